/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.careerguidance.core.competence.CasvePhase;
import io.github.careerguidance.core.competence.DimensionRef;
import io.github.careerguidance.core.contact.ContactChannel;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.core.text.LocalizedText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ModelTest {
    private static final LocalizedText TEXT = LocalizedText.of("Tekst", "Text");

    private static ImmutableStep.Builder step(String id, StepKind kind) {
        return Step.builder().id(id).kind(kind).phase(CasvePhase.ANALYSIS).title(TEXT);
    }

    private static Question yesNo() {
        return Question.builder()
                .type(QuestionType.SINGLE_CHOICE)
                .prompt(TEXT)
                .addChoices(
                        Choice.of("ja", LocalizedText.of("Ja", "Yes")), Choice.of("nee", LocalizedText.of("Nee", "No")))
                .build();
    }

    @Test
    void literalsAreTextOrCanonicalNumbers() {
        assertThat(Literal.of(new BigDecimal("3.50"))).isEqualTo(Literal.of(3.5));
        assertThat(Literal.of(new BigDecimal("1E+2")).number()).contains(new BigDecimal("100"));
        assertThat(Literal.of(new BigDecimal("0.000")).asText()).isEqualTo("0");
        assertThat(Literal.of("ja").isNumber()).isFalse();
        assertThat(Literal.of("ja").toString()).isEqualTo("'ja'");
        assertThat(Literal.fromJson(7).number()).contains(BigDecimal.valueOf(7));
        assertThat(Literal.fromJson(new java.math.BigInteger("12"))).isEqualTo(Literal.of(12));
        assertThatThrownBy(() -> Literal.fromJson(true)).hasMessageContaining("boolean");
        assertThatThrownBy(() -> Literal.fromJson(List.of())).hasMessageContaining("string or a number");
        assertThatThrownBy(() -> Literal.of(" ")).hasMessageContaining("blank");
        assertThatThrownBy(() -> Literal.of(Double.NaN)).hasMessageContaining("finite");
        assertThatThrownBy(() -> Literal.of(new BigDecimal("1e20"))).hasMessageContaining("integer digits");
    }

    @Test
    void conditionsHaveExactlyOneOperator() {
        Condition c = Condition.all(
                Condition.equalTo(Operand.answer("q-situatie"), "werkloos"),
                Condition.in(Operand.profile(ProfileField.EDUCATION_LEVEL), "mbo-2", "mbo-3"),
                Condition.not(Condition.lessThan(Operand.score("caas-24", "concern"), 3)),
                Condition.any(
                        Condition.atLeast(Operand.score(ScoreRef.total("caas-24")), 60),
                        Condition.atMost(Operand.supportLevel(), 1),
                        Condition.greaterThan(Operand.answer("leeftijd"), 2)));
        assertThat(c.operator()).isEqualTo(ConditionOperator.ALL);
        assertThat(c.children()).hasSize(4);
        assertThat(c.all().get(0).comparison().orElseThrow().operand()).isEqualTo(Operand.answer("q-situatie"));
        assertThat(c.all().get(1).comparison().orElseThrow().allValues())
                .containsExactly(Literal.of("mbo-2"), Literal.of("mbo-3"));
        assertThat(c.all().get(2).operator()).isEqualTo(ConditionOperator.NOT);
        assertThat(c.toString())
                .startsWith("all(equals(answer q-situatie 'werkloos'), in(profile educationLevel ['mbo-2', 'mbo-3'])");
        assertThat(c.all().get(3).any().get(1).operator()).isEqualTo(ConditionOperator.LE);
        assertThat(c.all()
                        .get(3)
                        .any()
                        .get(1)
                        .comparison()
                        .orElseThrow()
                        .operand()
                        .kind())
                .isEqualTo(OperandKind.SESSION);

        assertThatThrownBy(() -> Condition.builder().build()).hasMessageContaining("exactly one");
        assertThatThrownBy(() -> Condition.builder()
                        .not(c)
                        .in(Comparison.of(Operand.answer("q"), List.of(Literal.of("a"))))
                        .build())
                .hasMessageContaining("but had 2");
        assertThatThrownBy(() -> Condition.builder()
                        .lt(Comparison.of(Operand.answer("q"), Literal.of("a")))
                        .build())
                .hasMessageContaining("compares numbers");
        assertThatThrownBy(() -> Condition.builder()
                        .in(Comparison.of(Operand.answer("q"), Literal.of("a")))
                        .build())
                .hasMessageContaining("needs 'values'");
        assertThatThrownBy(() -> Condition.builder()
                        .equalTo(Comparison.of(Operand.answer("q"), List.of(Literal.of("a"))))
                        .build())
                .hasMessageContaining("needs 'value'");
    }

    @Test
    void comparisonsHaveOneOperandAndValueOrValues() {
        assertThatThrownBy(() -> Comparison.builder().value(Literal.of(1)).build())
                .hasMessageContaining("exactly one");
        assertThatThrownBy(() -> Comparison.builder()
                        .answer("q")
                        .profile(ProfileField.GOAL)
                        .value(Literal.of(1))
                        .build())
                .hasMessageContaining("but had 2");
        assertThatThrownBy(() -> Comparison.builder().answer("q").build()).hasMessageContaining("neither");
        assertThatThrownBy(() -> Comparison.builder()
                        .answer("q")
                        .value(Literal.of(1))
                        .addValues(Literal.of(2))
                        .build())
                .hasMessageContaining("both");
        assertThatThrownBy(() -> Comparison.builder()
                        .answer("q")
                        .addValues(Literal.of(2), Literal.of(2))
                        .build())
                .hasMessageContaining("appears twice");
        assertThatThrownBy(() -> Operand.answer("q 1")).hasMessageContaining("'q 1'");
    }

    @Test
    void stepsHaveExactlyThePartOfTheirKind() {
        Step question = step("q-situatie", StepKind.QUESTION)
                .question(yesNo())
                .addTransitions(Transition.to("einde"))
                .build();
        assertThat(question.isOutcome()).isFalse();
        assertThat(question.isHumanContact()).isFalse();
        assertThatThrownBy(() -> step("a", StepKind.QUESTION).build()).hasMessageContaining("needs 'question'");
        assertThatThrownBy(() -> step("a", StepKind.INFORMATION).build()).hasMessageContaining("at least one item");
        assertThatThrownBy(() -> step("a", StepKind.ACTION)
                        .action(Action.of(TaskKind.PLAN, TEXT))
                        .question(yesNo())
                        .build())
                .hasMessageContaining("must not have 'question'");
        assertThatThrownBy(() -> step("a b", StepKind.OUTCOME)
                        .outcome(Outcome.of(OutcomeType.PLAN, TEXT))
                        .build())
                .hasMessageContaining("step id");
        assertThatThrownBy(() -> step("a", StepKind.OUTCOME)
                        .outcome(Outcome.of(OutcomeType.PLAN, TEXT))
                        .durationMinutes(0)
                        .build())
                .hasMessageContaining("durationMinutes must be from 1 to 480 but was 0");
        assertThatThrownBy(() -> step("a", StepKind.OUTCOME)
                        .outcome(Outcome.of(OutcomeType.PLAN, TEXT))
                        .addCompetencies(
                                DimensionRef.parse("kuijpers:netwerken"), DimensionRef.parse("kuijpers:netwerken"))
                        .build())
                .hasMessageContaining("appears twice");
        Step dialogue = step("gesprek", StepKind.REFLECTION)
                .reflection(Reflection.builder()
                        .withProfessional(true)
                        .addPrompts(TEXT)
                        .build())
                .build();
        assertThat(dialogue.isHumanContact()).isTrue();
        assertThat(dialogue.isReflectionWithProfessional()).isTrue();
        Step contact = step("contact", StepKind.CONTACT)
                .contact(Contact.of(SupportLevel.BRIEF_STAFF_ASSISTED, ContactChannel.CHAT))
                .build();
        assertThat(contact.isHumanContact()).isTrue();
        assertThat(contact.isReflectionWithProfessional()).isFalse();
    }

    @Test
    void partsCheckTheirOwnFields() {
        assertThatThrownBy(() -> Question.builder()
                        .type(QuestionType.SINGLE_CHOICE)
                        .prompt(TEXT)
                        .addChoices(Choice.of("ja", TEXT))
                        .build())
                .hasMessageContaining("2 to 100 choices but had 1");
        assertThatThrownBy(() -> Question.builder()
                        .type(QuestionType.SINGLE_CHOICE)
                        .prompt(TEXT)
                        .addChoices(Choice.of("ja", TEXT), Choice.of("ja", TEXT))
                        .build())
                .hasMessageContaining("'ja' appears twice");
        assertThatThrownBy(() ->
                        Question.builder().type(QuestionType.SCALE).prompt(TEXT).build())
                .hasMessageContaining("needs 'min' and 'max'");
        assertThatThrownBy(() -> Question.builder()
                        .type(QuestionType.SCALE)
                        .prompt(TEXT)
                        .min(BigDecimal.ONE)
                        .max(new BigDecimal("4.5"))
                        .build())
                .hasMessageContaining("whole numbers");
        assertThatThrownBy(() -> Question.builder()
                        .type(QuestionType.SCALE)
                        .prompt(TEXT)
                        .min(BigDecimal.ONE)
                        .max(BigDecimal.valueOf(20))
                        .build())
                .hasMessageContaining("2 to 11 points");
        assertThatThrownBy(() -> Question.builder()
                        .type(QuestionType.NUMBER)
                        .prompt(TEXT)
                        .min(BigDecimal.TEN)
                        .max(BigDecimal.ONE)
                        .build())
                .hasMessageContaining("min must be <= max");
        assertThatThrownBy(() -> Question.builder()
                        .type(QuestionType.SHORT_TEXT)
                        .prompt(TEXT)
                        .build())
                .hasMessageContaining("maxLength from 1 to 2000 but was absent");
        assertThatThrownBy(() -> Question.builder()
                        .type(QuestionType.NUMBER)
                        .prompt(TEXT)
                        .maxLength(3)
                        .build())
                .hasMessageContaining("'maxLength' does not apply");
        assertThat(Question.builder()
                        .type(QuestionType.SCALE)
                        .prompt(TEXT)
                        .min(new BigDecimal("1.0"))
                        .max(new BigDecimal("5"))
                        .build()
                        .min())
                .contains(BigDecimal.ONE);
        assertThat(yesNo().choice("nee")).isPresent();
        assertThat(yesNo().choice("misschien")).isEmpty();
        assertThatThrownBy(() -> Choice.of("Ja!", TEXT)).hasMessageContaining("'Ja!'");
        assertThatThrownBy(() -> Contact.of(SupportLevel.SELF_HELP, ContactChannel.CHAT))
                .hasMessageContaining("self-help");
        assertThatThrownBy(() -> Contact.of(SupportLevel.BRIEF_STAFF_ASSISTED))
                .hasMessageContaining("at least one channel");
        assertThatThrownBy(
                        () -> Contact.of(SupportLevel.BRIEF_STAFF_ASSISTED, ContactChannel.CHAT, ContactChannel.CHAT))
                .hasMessageContaining("'chat' appears twice");
        assertThatThrownBy(() -> Reflection.builder().withProfessional(false).build())
                .hasMessageContaining("at least one prompt");
        assertThatThrownBy(() -> Outcome.builder()
                        .type(OutcomeType.PLAN)
                        .referTo(TEXT)
                        .text(TEXT)
                        .build())
                .hasMessageContaining("referTo");
        assertThatThrownBy(() -> Action.builder()
                        .task(TaskKind.ENROL)
                        .text(TEXT)
                        .url("ftp://x")
                        .build())
                .hasMessageContaining("http(s)");
        assertThatThrownBy(() -> ContentItem.builder()
                        .id("c")
                        .text(TEXT)
                        .url("niet een url")
                        .build())
                .hasMessageContaining("http(s)");
        assertThat(Assessment.builder()
                        .instrument("caas-24")
                        .storeAs("caas-start")
                        .build()
                        .scoreKey())
                .isEqualTo("caas-start");
        assertThat(Assessment.of("caas-24").scoreKey()).isEqualTo("caas-24");
        assertThatThrownBy(() -> Assessment.builder()
                        .instrument("caas-24")
                        .inline(io.github.careerguidance.core.competence.CompetenceModels.caas12Structure())
                        .build())
                .hasMessageContaining("'caas-sf-12'");
        assertThat(ScoreRef.of("caas-24", "concern").toString()).isEqualTo("caas-24/concern (mean)");
    }

    @Test
    void journeysCheckFormatsOnly() {
        Step end = step("einde", StepKind.OUTCOME)
                .outcome(Outcome.of(OutcomeType.PLAN, TEXT))
                .build();
        Journey journey = Journey.builder()
                .id("looking-for-work")
                .version("1.0.0-rc.1+build.5")
                .title(TEXT)
                .addGoals("looking-for-work")
                .addLocales("nl", "en")
                .start("nergens")
                .addSteps(end)
                .build();
        assertThat(journey.step("einde")).contains(end);
        assertThat(journey.step("nergens")).isEmpty();
        assertThat(journey.indexOf("einde")).isZero();
        assertThat(journey.indexOf("nergens")).isEqualTo(-1);
        assertThat(journey.requiredLocales()).containsExactly(new Locale("nl"), Locale.ENGLISH);
        assertThat(journey).hasToString("Journey{looking-for-work 1.0.0-rc.1+build.5, 1 steps}");
        ImmutableJourney.Builder base =
                Journey.builder().id("j").version("1.0.0").title(TEXT).start("a");
        assertThatThrownBy(() -> Journey.builder().from(journey).version("1.0").build())
                .hasMessageContaining("'1.0'");
        assertThatThrownBy(() -> Journey.builder().from(journey).id("Zoek_Werk").build())
                .hasMessageContaining("'Zoek_Werk'");
        assertThatThrownBy(() -> base.addLocales("NL").build()).hasMessageContaining("'NL'");
        assertThatThrownBy(() -> Journey.builder()
                        .from(journey)
                        .addGoals("looking-for-work")
                        .build())
                .hasMessageContaining("appears twice");
        assertThatThrownBy(
                        () -> Journey.builder().from(journey).addLocales("en").build())
                .hasMessageContaining("appears twice");
    }

    @Test
    void enumsReadCodesAndNames() {
        assertThat(StepKind.fromCode("information")).isEqualTo(StepKind.INFORMATION);
        assertThat(QuestionType.fromCode("SINGLE_CHOICE")).isEqualTo(QuestionType.SINGLE_CHOICE);
        assertThat(QuestionType.fromCode("short-text").code()).isEqualTo("short-text");
        assertThat(ProfileField.fromCode("educationLevel")).isEqualTo(ProfileField.EDUCATION_LEVEL);
        assertThat(ProfileField.fromCode("EDUCATION_LEVEL")).isEqualTo(ProfileField.EDUCATION_LEVEL);
        assertThat(SessionField.fromCode("supportLevel")).isEqualTo(SessionField.SUPPORT_LEVEL);
        assertThat(TaskKind.fromCode("enrol")).isEqualTo(TaskKind.ENROL);
        assertThatThrownBy(() -> StepKind.fromCode("wizard"))
                .hasMessageContaining("'wizard'")
                .hasMessageContaining("information, question");
    }

    @Test
    void escalateIsWrittenOnlyWhenTrue() {
        String yaml = GuidanceCodec.json().write(yesNo());
        assertThat(yaml).doesNotContain("escalate");
        Choice no = Choice.builder().code("nee").label(TEXT).escalate(true).build();
        assertThat(GuidanceCodec.json().write(no)).contains("\"escalate\" : true");
    }

    @Test
    void malformedDocumentsBecomeDiagnosticsWithPointers() {
        String yaml = "id: x\nversion: 1.0.0\ntitle: {nl: Titel}\nstart: a\nsteps:\n"
                + "  - id: a\n    kind: outcome\n    phase: execution\n    title: {nl: Einde}\n"
                + "    outcome: {type: plan, text: {nl: Klaar}}\n"
                + "    transitions: [{target: b, when: {lt: {answer: q, value: veel}}}]\n";
        var read = GuidanceCodec.yaml().read(yaml, Journey.class);
        assertThat(read.isSuccessful()).isFalse();
        assertThat(read.diagnostics().asList().get(0).location().toString()).isEqualTo("/steps/0/transitions/0/when");
        assertThat(read.diagnostics().asList().get(0).message(Locale.ENGLISH)).contains("compares numbers");
    }
}
