/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.careerguidance.core.competence.CasvePhase;
import io.github.careerguidance.core.competence.DimensionRef;
import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.intake.IntakeCatalogue;
import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.journeys.format.JourneyFormat;
import io.github.careerguidance.journeys.model.Assessment;
import io.github.careerguidance.journeys.model.Condition;
import io.github.careerguidance.journeys.model.ContentItem;
import io.github.careerguidance.journeys.model.ImmutableJourney;
import io.github.careerguidance.journeys.model.ImmutableStep;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.Literal;
import io.github.careerguidance.journeys.model.Operand;
import io.github.careerguidance.journeys.model.Outcome;
import io.github.careerguidance.journeys.model.OutcomeType;
import io.github.careerguidance.journeys.model.ProfileField;
import io.github.careerguidance.journeys.model.ScoreRef;
import io.github.careerguidance.journeys.model.Step;
import io.github.careerguidance.journeys.model.StepKind;
import io.github.careerguidance.journeys.model.Transition;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class JourneyCheckerTest {
    private static final JourneyChecker CHECKER = JourneyChecker.ofDefaults();
    private static final Journey BASE = load();

    private static Journey load() {
        try (InputStream in = JourneyCheckerTest.class.getResourceAsStream("basis.yaml")) {
            return JourneyFormat.yaml().read(in).orElseThrow();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The base journey with one step changed. */
    private static Journey withStep(String id, UnaryOperator<ImmutableStep.Builder> change) {
        List<Step> steps = new ArrayList<>();
        for (Step s : BASE.steps()) {
            steps.add(s.id().equals(id) ? change.apply(Step.builder().from(s)).build() : s);
        }
        return Journey.builder().from(BASE).steps(steps).build();
    }

    private static Journey with(UnaryOperator<ImmutableJourney.Builder> change) {
        return change.apply(Journey.builder().from(BASE)).build();
    }

    private static Diagnostic only(Journey journey, String code) {
        Diagnostics found = CHECKER.check(journey).withCode(code);
        assertThat(found.asList()).as("%s in %s", code, CHECKER.check(journey)).isNotEmpty();
        return found.asList().get(0);
    }

    private static Transition to(String target) {
        return Transition.to(target);
    }

    @Test
    void theBaseJourneyIsClean() {
        assertThat(CHECKER.check(BASE).asList()).isEmpty();
    }

    @Test
    void duplicateStepIds() {
        Diagnostic d = only(with(b -> b.addSteps(BASE.steps().get(7))), "journeys.step.duplicate-id");
        assertThat(d.location()).hasToString("/steps/8/id");
        assertThat(d.severity()).isEqualTo(Severity.ERROR);
        assertThat(d.message(Locale.ENGLISH)).isEqualTo("Step id 'einde' is used more than once (first at /steps/7)");
        assertThat(d.message(new Locale("nl")))
                .isEqualTo("Stap-id 'einde' wordt meer dan eens gebruikt (eerst bij /steps/7)");
    }

    @Test
    void unknownStart() {
        assertThat(only(with(b -> b.start("begin")), "journeys.start.unknown").location())
                .hasToString("/start");
    }

    @Test
    void unknownTransitionTarget() {
        Diagnostic d = only(
                withStep("test", s -> s.transitions(List.of(to("vangnet")))), "journeys.transition.unknown-target");
        assertThat(d.location()).hasToString("/steps/3/transitions/0/target");
        assertThat(d.arguments()).containsEntry("target", "vangnet");
    }

    @Test
    void unreachableStep() {
        Journey j = withStep("welkom", s -> s.transitions(List.of(to("test"))));
        assertThat(only(j, "journeys.step.unreachable").location()).hasToString("/steps/1");
    }

    @Test
    void trapWithoutOutcome() {
        Journey j = withStep("gesprek", s -> s.transitions(List.of(to("contact"))));
        Diagnostics found = CHECKER.check(j).withCode("journeys.step.no-outcome");
        assertThat(found.asList()).extracting(d -> d.location().toString()).contains("/steps/5", "/steps/6");
    }

    @Test
    void cycleWithAnExitIsFine() {
        Journey j = withStep(
                "gesprek",
                s -> s.transitions(List.of(
                        Transition.when(Condition.equalTo(Operand.answer("q-vangnet"), "nee"), "q-vangnet"),
                        to("einde"))));
        assertThat(CHECKER.check(j).asList()).isEmpty();
    }

    @Test
    void stepWithoutTransitions() {
        Journey j = withStep("contact", s -> s.transitions(List.of()));
        assertThat(only(j, "journeys.step.no-transitions").location()).hasToString("/steps/5");
    }

    @Test
    void outcomeWithTransitions() {
        Journey j = withStep("einde", s -> s.addTransitions(to("welkom")));
        assertThat(only(j, "journeys.outcome.has-transitions").location()).hasToString("/steps/7/transitions");
    }

    @Test
    void missingDefaultAndUncoveredChoice() {
        Journey j = withStep(
                "q-situatie",
                s -> s.transitions(List.of(
                        Transition.when(Condition.equalTo(Operand.answer("q-situatie"), "geen-werk"), "info-ww"))));
        assertThat(only(j, "journeys.transition.no-default").location()).hasToString("/steps/1/transitions");
        Diagnostic uncovered = only(j, "journeys.question.uncovered-choice");
        assertThat(uncovered.location()).hasToString("/steps/1/question/choices/0");
        assertThat(uncovered.arguments()).containsEntry("choice", "werk");
    }

    @Test
    void transitionAfterTheDefault() {
        Journey j = withStep("test", s -> s.addTransitions(to("contact")));
        Diagnostic d = only(j, "journeys.transition.after-default");
        assertThat(d.location()).hasToString("/steps/3/transitions/1");
        assertThat(d.severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void unknownCompetencyAndInstrumentAndDuplicateContent() {
        Journey j = withStep(
                "test",
                s -> s.addCompetencies(DimensionRef.parse("kuijpers:dromen")).assessment(Assessment.of("mbti")));
        assertThat(only(j, "journeys.step.unknown-competency").location()).hasToString("/steps/3/competencies/0");
        assertThat(only(j, "journeys.assessment.unknown-instrument").location())
                .hasToString("/steps/3/assessment/instrument");
        Journey dup =
                withStep("welkom", s -> s.addContent(ContentItem.of("intro", LocalizedText.of("Nog eens", "Again"))));
        assertThat(only(dup, "journeys.content.duplicate-id").location()).hasToString("/steps/0/content/1/id");
    }

    private static Journey guarded(Condition condition) {
        return withStep("test", s -> s.transitions(List.of(Transition.when(condition, "contact"), to("q-vangnet"))));
    }

    @Test
    void conditionsMustReferToExistingQuestionsWithTypeCorrectValues() {
        assertThat(only(
                                guarded(Condition.equalTo(Operand.answer("q-leeftijd"), "ja")),
                                "journeys.condition.unknown-question")
                        .location())
                .hasToString("/steps/3/transitions/0/when/equals/answer");
        assertThat(only(guarded(Condition.equalTo(Operand.answer("welkom"), "ja")), "journeys.condition.not-a-question")
                        .arguments())
                .containsEntry("kind", "information");
        assertThat(only(
                                guarded(Condition.all(
                                        Condition.equalTo(Operand.answer("q-vangnet"), "ja"),
                                        Condition.in(Operand.answer("q-vangnet"), "ja", "misschien"))),
                                "journeys.condition.unknown-choice")
                        .location())
                .hasToString("/steps/3/transitions/0/when/all/1/in/values/1");
        assertThat(only(
                                guarded(Condition.not(Condition.lessThan(Operand.answer("q-vangnet"), 2))),
                                "journeys.condition.not-numeric")
                        .location())
                .hasToString("/steps/3/transitions/0/when/not/lt");
        assertThat(only(
                                guarded(Condition.equalTo(Operand.score("caas-24", "concern"), "hoog")),
                                "journeys.condition.wrong-type")
                        .location())
                .hasToString("/steps/3/transitions/0/when/equals/value");
        assertThat(only(
                                guarded(Condition.lessThan(Operand.score("caas-kort", "concern"), 2)),
                                "journeys.condition.unknown-score")
                        .location())
                .hasToString("/steps/3/transitions/0/when/lt/score/instrument");
        assertThat(only(
                                guarded(Condition.lessThan(Operand.score("caas-24", "zorg"), 2)),
                                "journeys.condition.unknown-dimension")
                        .location())
                .hasToString("/steps/3/transitions/0/when/lt/score/dimension");
        assertThat(only(
                                guarded(Condition.in(
                                        Operand.profile(ProfileField.EDUCATION_LEVEL), "mbo-4", "universiteit")),
                                "journeys.condition.invalid-value")
                        .location())
                .hasToString("/steps/3/transitions/0/when/in/values/1");
        assertThat(only(guarded(Condition.equalTo(Operand.supportLevel(), "veel")), "journeys.condition.invalid-value")
                        .arguments())
                .containsEntry("operand", "supportLevel");
        assertThat(only(
                                guarded(Condition.atLeast(Operand.profile(ProfileField.AGE_BAND), 30)),
                                "journeys.condition.not-numeric")
                        .arguments())
                .containsEntry("operand", "ageBand");
        Journey noTotal = withStep(
                "test",
                s -> s.assessment(Assessment.of("caas-sf-12"))
                        .transitions(List.of(
                                Transition.when(
                                        Condition.atLeast(Operand.score(ScoreRef.total("caas-sf-12")), 3), "contact"),
                                to("q-vangnet"))));
        assertThat(CHECKER.check(noTotal)
                        .withCode("journeys.condition.no-total")
                        .asList())
                .hasSize(
                        io.github.careerguidance.core.competence.CompetenceModels.caas12Structure()
                                        .scoresTotal()
                                ? 0
                                : 1);
        Journey content = withStep(
                "info-ww",
                s -> s.content(List.of(ContentItem.builder()
                        .id("ww")
                        .text(LocalizedText.of("WW", "WW"))
                        .when(Condition.equalTo(Operand.answer("q-situatie"), "misschien"))
                        .build())));
        assertThat(only(content, "journeys.condition.unknown-choice").location())
                .hasToString("/steps/2/content/0/when/equals/value");
        Journey number = withStep(
                "test",
                s -> s.transitions(List.of(
                        Transition.when(
                                Condition.builder()
                                        .equalTo(io.github.careerguidance.journeys.model.Comparison.of(
                                                Operand.score("caas-24", "control"), Literal.of(3)))
                                        .build(),
                                "contact"),
                        to("q-vangnet"))));
        assertThat(CHECKER.check(number).asList()).isEmpty();
        // a scale question 1..5 compared with 9: always false, so the transition is dead
        Journey scale = withStep(
                "q-vangnet",
                s -> s.question(io.github.careerguidance.journeys.model.Question.builder()
                                .type(io.github.careerguidance.journeys.model.QuestionType.SCALE)
                                .prompt(LocalizedText.of("Hoe gaat het?", "How are you?"))
                                .min(java.math.BigDecimal.ONE)
                                .max(java.math.BigDecimal.valueOf(5))
                                .build())
                        .transitions(List.of(
                                Transition.when(Condition.atLeast(Operand.answer("q-vangnet"), 9), "contact"),
                                to("gesprek"))));
        Diagnostic range = only(scale, "journeys.condition.out-of-range");
        assertThat(range.severity()).isEqualTo(io.github.careerguidance.core.diagnostics.Severity.WARNING);
        assertThat(range.location()).hasToString("/steps/4/transitions/0/when/ge/value");
        assertThat(range.arguments()).containsEntry("min", "1").containsEntry("max", "5");
        Journey inRange = withStep(
                "q-vangnet",
                s -> s.question(io.github.careerguidance.journeys.model.Question.builder()
                                .type(io.github.careerguidance.journeys.model.QuestionType.SCALE)
                                .prompt(LocalizedText.of("Hoe gaat het?", "How are you?"))
                                .min(java.math.BigDecimal.ONE)
                                .max(java.math.BigDecimal.valueOf(5))
                                .build())
                        .transitions(List.of(
                                Transition.when(Condition.atLeast(Operand.answer("q-vangnet"), 5), "contact"),
                                to("gesprek"))));
        assertThat(CHECKER.check(inRange)
                        .withCode("journeys.condition.out-of-range")
                        .isEmpty())
                .isTrue();
    }

    @Test
    void everyTextHasEveryRequiredLocale() {
        Journey j = withStep("gesprek", s -> s.title(LocalizedText.single(LocalizedText.DUTCH, "Gesprek")));
        Diagnostic d = only(j, "journeys.text.missing-locale");
        assertThat(d.location()).hasToString("/steps/6/title");
        assertThat(d.arguments()).containsEntry("locales", "en");
        Journey fy = with(b -> b.addLocales("fy"));
        assertThat(CHECKER.check(fy).withCode("journeys.text.missing-locale").size())
                .isGreaterThan(10);
    }

    @Test
    void humanContactWithinNSteps() {
        Journey far = withStep("q-vangnet", s -> s.transitions(List.of(to("gesprek"))));
        Diagnostics strict = JourneyChecker.of(
                        CheckPolicy.builder().maxStepsToContact(2).build())
                .check(far)
                .withCode("journeys.policy.contact-out-of-reach");
        assertThat(strict.asList())
                .extracting(d -> d.location().toString())
                .containsExactly("/steps/0", "/steps/1", "/steps/2");
        assertThat(strict.asList().get(0).arguments())
                .containsEntry("distance", "4")
                .containsEntry("max", "2");
        assertThat(JourneyChecker.of(CheckPolicy.builder()
                                .maxStepsToContact(2)
                                .contactReach(RuleLevel.OFF)
                                .build())
                        .check(far)
                        .withCode("journeys.policy.contact-out-of-reach")
                        .asList())
                .isEmpty();
    }

    @Test
    void everyRouteToAnOutcomePassesAReflectionWithAProfessional() {
        Journey bypass = withStep("contact", s -> s.transitions(List.of(to("einde"))));
        Diagnostic d = only(bypass, "journeys.policy.no-professional-reflection");
        assertThat(d.severity()).isEqualTo(Severity.WARNING);
        assertThat(d.location()).hasToString("/steps/7");
        assertThat(JourneyChecker.of(CheckPolicy.builder()
                                .professionalReflection(RuleLevel.ERROR)
                                .build())
                        .check(bypass)
                        .hasErrors())
                .isTrue();
        assertThat(JourneyChecker.of(CheckPolicy.builder()
                                .professionalReflection(RuleLevel.OFF)
                                .build())
                        .check(bypass)
                        .asList())
                .isEmpty();
    }

    @Test
    void pathLengthBounds() {
        Diagnostic tooLong = JourneyChecker.of(
                        CheckPolicy.builder().minPathLength(2).maxPathLength(5).build())
                .check(BASE)
                .asList()
                .get(0);
        assertThat(tooLong.code()).isEqualTo("journeys.policy.path-too-long");
        assertThat(tooLong.arguments()).containsEntry("length", "6");
        assertThat(JourneyChecker.of(CheckPolicy.builder()
                                .minPathLength(7)
                                .maxPathLength(9)
                                .build())
                        .check(BASE)
                        .withCode("journeys.policy.path-too-short")
                        .size())
                .isEqualTo(1);
        assertThatThrownBy(() ->
                        CheckPolicy.builder().minPathLength(5).maxPathLength(4).build())
                .hasMessageContaining("maxPathLength must be >= minPathLength (5) but was 4");
        assertThatThrownBy(() -> CheckPolicy.builder().maxStepsToContact(0).build())
                .hasMessageContaining("was 0");
    }

    @Test
    void catalogueCoverage() {
        IntakeCatalogue catalogue = IntakeCatalogue.builtIn();
        Journey other = Journey.builder()
                .from(BASE)
                .id("andere")
                .goals(List.of("must-retrain", "ruimtevaart"))
                .build();
        Diagnostics found = CHECKER.checkCatalogue(List.of(BASE, other, BASE), catalogue);
        assertThat(found.withCode("journeys.catalogue.duplicate-journey")
                        .asList()
                        .get(0)
                        .location())
                .hasToString("/journeys/2/id");
        assertThat(found.withCode("journeys.catalogue.unknown-goal")
                        .asList()
                        .get(0)
                        .location())
                .hasToString("/journeys/1/goals/1");
        assertThat(found.withCode("journeys.catalogue.unserved-goal").asList())
                .extracting(d -> d.arguments().get("goal"))
                .contains("first-time-study", "became-unemployed")
                .doesNotContain("looking-for-work", "must-retrain");
    }

    @Test
    void hugeLinearJourneysDoNotExhaustTheStack() {
        ImmutableJourney.Builder b =
                Journey.builder().from(BASE).steps(List.of()).start("s0").locales(List.of());
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            b.addSteps(Step.builder()
                    .id("s" + i)
                    .kind(StepKind.CONTACT)
                    .phase(CasvePhase.ANALYSIS)
                    .title(LocalizedText.of("Stap", "Step"))
                    .contact(io.github.careerguidance.journeys.model.Contact.of(
                            io.github.careerguidance.core.readiness.SupportLevel.BRIEF_STAFF_ASSISTED,
                            io.github.careerguidance.core.contact.ContactChannel.CHAT))
                    .addTransitions(to("s" + (i + 1)))
                    .build());
        }
        b.addSteps(Step.builder()
                .id("s" + n)
                .kind(StepKind.OUTCOME)
                .phase(CasvePhase.EXECUTION)
                .title(LocalizedText.of("Einde", "End"))
                .outcome(Outcome.of(OutcomeType.PLAN, LocalizedText.of("Klaar", "Done")))
                .build());
        Diagnostics found = JourneyChecker.of(
                        CheckPolicy.builder().maxPathLength(n + 1).build())
                .check(b.build());
        assertThat(found.withCode("journeys.policy.no-professional-reflection").size())
                .isEqualTo(1);
        assertThat(found.size()).isEqualTo(1);
    }
}
