/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.journeys.format.JourneyFormat;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.reference.ReferenceJourneys;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** Bad plan templates give diagnostics with JSON Pointers, never exceptions. */
class PlanCheckTest {
    static final String YAML = resource("became-unemployed.yaml");

    /** The outcome step "plan" of became-unemployed and its template's pointer. */
    static final String PLAN = "/steps/"
            + ReferenceJourneys.byId("became-unemployed").orElseThrow().indexOf("plan") + "/outcome";

    static String resource(String name) {
        try (InputStream in = PlanCheckTest.class.getClassLoader().getResourceAsStream(ReferenceJourneys.BASE + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Diagnostics check(String yaml) {
        return check(yaml, CheckPolicy.ofDefaults());
    }

    static Diagnostics check(String yaml, CheckPolicy policy) {
        ReadResult<Journey> read = JourneyFormat.yaml().read(yaml);
        assertThat(read.isSuccessful()).as("%s", read.diagnostics()).isTrue();
        return JourneyChecker.of(policy).check(read.orElseThrow());
    }

    static String replaced(String from, String to) {
        assertThat(YAML).contains(from);
        return YAML.replace(from, to);
    }

    static Diagnostic only(Diagnostics found, String code) {
        assertThat(found.withCode(code).asList()).as("%s", found).hasSize(1);
        return found.withCode(code).asList().get(0);
    }

    @Test
    void theReferenceTemplatesAreClean() {
        assertThat(check(YAML).asList()).isEmpty();
        for (Journey j : ReferenceJourneys.followUps()) {
            assertThat(JourneyChecker.ofDefaults().check(j).asList()).as(j.id()).isEmpty();
        }
    }

    @Test
    void anEmptyRecurrenceAndAZeroPeriodAreReportedWhereTheyAre() {
        Diagnostics found = check(replaced(
                "              count: 4\n              period: P4W",
                "              count: 0\n              period: P0D"));
        Diagnostic count = only(found, "core.plan.recurrence.count");
        assertThat(count.severity()).isEqualTo(Severity.ERROR);
        assertThat(count.location().toString()).matches("/steps/\\d+/action/plan/actions/1/recurrence/count");
        assertThat(only(found, "core.plan.recurrence.period").location().toString())
                .endsWith("/action/plan/actions/1/recurrence/period");
    }

    @Test
    void aRecurringObligationWithoutRecurrenceIsAnError() {
        String yaml = YAML.replaceAll(
                "(?s)            recurrence:\\n              count: 4.*?note: \"While on WW[^\\n]*\\n", "");
        assertThat(yaml).isNotEqualTo(YAML);
        assertThat(only(check(yaml), "core.plan.recurrence.missing").location().toString())
                .endsWith("/action/plan/actions/1");
    }

    @Test
    void calendarDatesUnknownGoalsAndPlainHttpLinksAreReported() {
        String http = YAML.replace(
                "url: \"https://www.uwv.nl/en/individuals/unemployment-benefit/when-receiving\", provider: UWV}\n            due: P14D",
                "url: \"http://www.uwv.nl/\", provider: UWV}\n            due: P14D");
        assertThat(http).isNotEqualTo(YAML);
        Diagnostics found = check(http.replaceFirst("            due: P14D\n", "            due: 2026-12-21\n")
                .replace("goal: nieuw-werk\n            kind: contact", "goal: elders\n            kind: contact"));
        assertThat(only(found, "journeys.plan.absolute-date").location().toString())
                .isEqualTo(PLAN + "/plan/actions/0/due");
        assertThat(only(found, "journeys.plan.unknown-goal").location().toString())
                .isEqualTo(PLAN + "/plan/actions/1/goal");
        assertThat(found.withCode("core.plan.link.https").asList()).isNotEmpty();
    }

    @Test
    void aPlanOutcomeNeedsAnActionAndAReviewWithinTheHorizonOfThePolicy() {
        String late = replaced(
                "          - id: evaluatie-1\n            when: P4W",
                "          - id: evaluatie-1\n            when: P10W");
        Diagnostic review = only(check(late), "journeys.plan.no-review");
        assertThat(review.location().toString()).isEqualTo(PLAN);
        assertThat(review.severity()).isEqualTo(Severity.ERROR);
        assertThat(check(
                                late,
                                CheckPolicy.builder()
                                        .planReviewWithin(Period.ofWeeks(12))
                                        .build())
                        .asList())
                .isEmpty();
        assertThat(check(
                                late,
                                CheckPolicy.builder()
                                        .planReview(RuleLevel.WARNING)
                                        .build())
                        .withCode("journeys.plan.no-review")
                        .asList())
                .extracting(Diagnostic::severity)
                .containsExactly(Severity.WARNING);
        // a review after the plan's horizon is core's finding, at the review
        assertThat(check(replaced("        horizon: P12W", "        horizon: P2W"))
                        .withCode("core.plan.review-after-horizon")
                        .asList())
                .extracting(d -> d.location().toString())
                .containsExactly(PLAN + "/plan/reviews/0/when");
    }

    @Test
    void aPlanOutcomeWithoutTemplateIsOnlyReportedWhenThePolicyAsks() {
        Journey plain = JourneyFormat.yaml()
                .read(resource("looking-for-work.yaml")
                        .replaceAll("(?s)      plan:\\n        horizon.*?(?=\\n  - id: verwijzing)", ""))
                .orElseThrow();
        assertThat(plain.step("plan").orElseThrow().outcome().orElseThrow().plan())
                .isEmpty();
        assertThat(JourneyChecker.ofDefaults().check(plain).asList()).isEmpty();
        Diagnostics strict = JourneyChecker.of(
                        CheckPolicy.builder().planTemplate(RuleLevel.ERROR).build())
                .check(plain);
        assertThat(strict.withCode("journeys.plan.no-template").asList()).hasSize(1);
    }

    @Test
    void actionConditionsAndPlanOperandsAreChecked() {
        Diagnostics found = check(replaced(
                "            due: P7D\n            when: {equals: {answer: q-ww, value: nog-niet}}",
                "            due: P7D\n            when: {all: [{equals: {answer: q-bestaat-niet, value: ja}}, {equals: {plan: progress, value: achter}},"
                        + " {equals: {plan: overdueActions, value: veel}}, {lt: {plan: progress, value: 1}}]}"));
        assertThat(only(found, "journeys.condition.unknown-question").location().toString())
                .endsWith("/action/plan/actions/0/when/all/0/equals/answer");
        assertThat(only(found, "journeys.condition.invalid-value").location().toString())
                .endsWith("/when/all/1/equals/value");
        assertThat(only(found, "journeys.condition.wrong-type").location().toString())
                .endsWith("/when/all/2/equals/value");
        assertThat(only(found, "journeys.condition.not-numeric").location().toString())
                .endsWith("/when/all/3/lt");
    }

    @Test
    void malformedTemplatesAreReadingDiagnosticsWithPointersNotExceptions() {
        ReadResult<Journey> badPeriod =
                JourneyFormat.yaml().read(YAML.replace("            due: P14D\n", "            due: soon\n"));
        assertThat(badPeriod.isSuccessful()).isFalse();
        assertThat(badPeriod.diagnostics().asList())
                .anyMatch(d -> d.location().toString().endsWith("/plan/actions/0/due"));
        ReadResult<Journey> badKind =
                JourneyFormat.yaml().read(YAML.replace("kind: recurring-obligation", "kind: chore"));
        assertThat(badKind.isSuccessful()).isFalse();
        assertThat(badKind.diagnostics().asList())
                .anyMatch(d -> d.location().toString().endsWith("/plan/actions/1/kind"));
        ReadResult<Journey> unknown = JourneyFormat.yaml()
                .read(YAML.replace("        horizon: P12W", "        horizon: P12W\n        colour: red"));
        assertThat(unknown.isSuccessful()).isFalse();
        assertThat(unknown.diagnostics().asList())
                .anyMatch(d -> d.location().toString().contains("/outcome/plan"));
    }
}
