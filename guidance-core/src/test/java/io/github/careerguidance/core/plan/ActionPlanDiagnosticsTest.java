/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each broken plan gives its diagnostic code at the JSON Pointer of the field, with Dutch and English text. */
class ActionPlanDiagnosticsTest {
    private static final String BASE;

    static {
        try {
            BASE = Files.readString(ActionPlanTest.WERKLOOS);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String replace(String from, String to) {
        assertThat(BASE).contains(from);
        return BASE.replace(from, to);
    }

    private static Diagnostics read(String yaml) {
        ReadResult<ActionPlan> read = ActionPlans.read(yaml, GuidanceCodec.yaml());
        return read.diagnostics();
    }

    private static List<String> found(Diagnostics diagnostics) {
        return diagnostics.stream().map(d -> d.code() + " " + d.location()).collect(Collectors.toList());
    }

    /** Exactly one finding, with this code and location, and a failed read when it is an error. */
    private static Diagnostic only(String yaml, String code, String pointer) {
        ReadResult<ActionPlan> read = ActionPlans.read(yaml, GuidanceCodec.yaml());
        assertThat(found(read.diagnostics())).containsExactly(code + " " + pointer);
        Diagnostic d = read.diagnostics().asList().get(0);
        assertThat(read.isSuccessful()).isEqualTo(d.severity().compareTo(Severity.ERROR) < 0);
        assertThat(d.message(new Locale("nl"))).doesNotContain("{").isNotEqualTo(d.message(Locale.ENGLISH));
        return d;
    }

    @Test
    void theBaseReadsClean() {
        assertThat(found(read(BASE))).isEmpty();
    }

    @Test
    void aDueDateBeforeAcceptance() {
        Diagnostic d = only(
                replace("due: 2026-12-31", "due: 2026-12-01"), "core.plan.due-before-acceptance", "/actions/2/due");
        assertThat(d.arguments()).containsEntry("due", "2026-12-01").containsEntry("start", "2026-12-07");
    }

    @Test
    void aDueDateAfterTheHorizonIsAWarning() {
        Diagnostic d =
                only(replace("due: 2026-12-31", "due: 2027-06-30"), "core.plan.due-after-horizon", "/actions/2/due");
        assertThat(d.severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void anEmptyRecurrence() {
        only(replace("count: 4", "count: 0"), "core.plan.recurrence.count", "/actions/0/recurrence/count");
        only(replace("count: 4", "count: -2"), "core.plan.recurrence.count", "/actions/0/recurrence/count");
    }

    @Test
    void aZeroOrNegativeRecurrencePeriod() {
        only(replace("period: P4W", "period: P0D"), "core.plan.recurrence.period", "/actions/0/recurrence/period");
        only(replace("period: P4W", "period: P-4W"), "core.plan.recurrence.period", "/actions/0/recurrence/period");
        only(replace("period: P4W", "period: P1M-40D"), "core.plan.recurrence.period", "/actions/0/recurrence/period");
    }

    @Test
    void aRecurringObligationWithoutRecurrenceAndARecurrenceElsewhere() {
        String without =
                BASE.substring(0, BASE.indexOf("    recurrence:")) + BASE.substring(BASE.indexOf("    history:"));
        only(without, "core.plan.recurrence.missing", "/actions/0");
        Diagnostic d = only(
                replace("kind: recurring-obligation", "kind: application"),
                "core.plan.recurrence.unexpected",
                "/actions/0/recurrence");
        assertThat(d.severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void aReviewAfterTheHorizonOrBeforeAcceptance() {
        only(replace("when: P4W", "when: P13W"), "core.plan.review-after-horizon", "/reviews/0/when");
        only(replace("when: P4W", "when: 2027-03-02"), "core.plan.review-after-horizon", "/reviews/0/when");
        only(replace("when: P4W", "when: 2026-12-06"), "core.plan.review-before-acceptance", "/reviews/0/when");
        // without acceptance or creation: periods of days compare by length, months are not compared
        String unanchored = replace("created: 2026-12-07\naccepted: 2026-12-07\n", "");
        assertThat(found(read(unanchored))).isEmpty();
        assertThat(found(read(unanchored.replace("when: P4W", "when: P90D"))))
                .containsExactly("core.plan.review-after-horizon /reviews/0/when");
        assertThat(found(read(unanchored.replace("when: P4W", "when: P4M")))).isEmpty();
    }

    @Test
    void anActionNamingAnUnknownGoal() {
        Diagnostic d =
                only(replace("goal: ww-op-orde", "goal: ww-in-orde"), "core.plan.unknown-goal", "/actions/0/goal");
        assertThat(d.arguments().get("known")).contains("nieuw-werk", "ww-op-orde");
    }

    @Test
    void duplicateIds() {
        assertThat(found(read(replace("id: leerwerkloket", "id: cv-bijwerken"))))
                .containsExactly("core.plan.duplicate-id /actions/2/id");
        assertThat(found(read(replace("id: ww-op-orde", "id: nieuw-werk"))))
                .contains("core.plan.duplicate-id /goals/1/id");
    }

    @Test
    void malformedIdsVersionsAndIntakeGoals() {
        only(replace("id: cv-bijwerken", "id: \"cv bijwerken\""), "core.plan.id", "/actions/1/id");
        only(replace("version: 1", "version: 0"), "core.plan.version", "/version");
        only(
                replace("intakeGoal: became-unemployed\ncreated", "intakeGoal: Werkloos!\ncreated"),
                "core.plan.intake-goal",
                "/intakeGoal");
    }

    @Test
    void aStatusHistoryOutOfOrderOrWithAnIllegalTransition() {
        String history = "    history:\n      - {status: in-progress, date: 2026-12-08}\n";
        only(
                replace(history, history + "      - {status: done, date: 2026-12-07}\n"),
                "core.plan.status.order",
                "/actions/0/history/1/date");
        Diagnostic d = only(
                replace(history, history + "      - {status: not-started, date: 2026-12-09}\n"),
                "core.plan.status.transition",
                "/actions/0/history/1/status");
        assertThat(d.arguments()).containsEntry("from", "in-progress").containsEntry("to", "not-started");
        only(
                replace(history, "    history:\n      - {status: not-started, date: 2026-12-08}\n"),
                "core.plan.status.transition",
                "/actions/0/history/0/status");
        only(
                replace(
                        history,
                        history
                                + "      - {status: done, date: 2026-12-09}\n      - {status: done, date: 2026-12-10}\n"),
                "core.plan.status.transition",
                "/actions/0/history/2/status");
    }

    @Test
    void aLinkThatIsNotHttps() {
        Diagnostic d = only(
                replace("url: https://www.leerwerkloket.nl/", "url: http://www.leerwerkloket.nl/"),
                "core.plan.link.https",
                "/actions/2/signposts/0/url");
        assertThat(d.arguments()).containsEntry("url", "http://www.leerwerkloket.nl/");
        only(
                replace("url: https://www.leerwerkloket.nl/", "url: leerwerkloket"),
                "core.plan.link.https",
                "/actions/2/signposts/0/url");
    }

    @Test
    void acceptanceBeforeCreationAndAHorizonBeforeTheStart() {
        only(replace("accepted: 2026-12-07", "accepted: 2026-12-01"), "core.plan.accepted-before-created", "/accepted");
        String early = replace("horizon: P12W", "horizon: 2026-12-01");
        assertThat(found(read(early))).contains("core.plan.horizon-before-start /horizon");
    }

    @Test
    void structuralProblemsAreReportedByTheCodecWithTheirPath() {
        assertThat(found(read(replace("horizon: P12W", "horizon: over twaalf weken"))))
                .containsExactly("core.json.invalid-value /horizon");
        assertThat(found(read(replace("due: P14D", "due: P-14D"))))
                .containsExactly("core.json.invalid-value /actions/1/due");
        assertThat(found(read(replace("kind: task", "kind: klus"))))
                .containsExactly("core.json.invalid-value /actions/1/kind");
        assertThat(found(read(replace("channel: video", "channel: duif"))))
                .containsExactly("core.json.invalid-value /reviews/0/channel");
        assertThat(found(read(replace("horizon: P12W\n", "")))).containsExactly("core.json.missing-property /horizon");
        assertThat(found(read(BASE + "kleur: blauw\n"))).containsExactly("core.json.unknown-property /kleur");
        assertThat(read("").hasErrors()).isTrue();
        assertThat(read("[1, 2]").hasErrors()).isTrue();
    }

    @Test
    void aFileReadNamesItsSource(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = dir.resolve("plan.yaml");
        Files.writeString(file, replace("count: 4", "count: 0"));
        ReadResult<ActionPlan> read = ActionPlans.read(file);
        assertThat(read.isSuccessful()).isFalse();
        assertThat(read.diagnostics().asList())
                .allMatch(d -> d.source().equals(java.util.Optional.of(file.toString())));
        assertThat(ActionPlans.read(dir.resolve("missing.yaml")).diagnostics().asList())
                .anyMatch(d -> d.code().equals("core.io"));
    }
}
