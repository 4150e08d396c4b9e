/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.careerguidance.core.competence.CasvePhase;
import io.github.careerguidance.core.contact.ContactChannel;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.journeys.format.JourneyFormat;
import io.github.careerguidance.journeys.model.Condition;
import io.github.careerguidance.journeys.model.ContentItem;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.Operand;
import io.github.careerguidance.journeys.model.ProfileField;
import io.github.careerguidance.journeys.model.StepKind;
import io.github.careerguidance.journeys.model.TaskKind;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class JourneyBuilderTest {

    @Test
    void javadocExampleBuilds() {
        Journey journey = JourneyBuilder.journey("zoek-werk", "1.0.0")
                .title("Ik zoek werk", "I am looking for work")
                .goals("looking-for-work")
                .locales("nl", "en")
                .question(
                        "q-situatie",
                        s -> s.phase(CasvePhase.COMMUNICATION)
                                .title("Jouw situatie", "Your situation")
                                .singleChoice("Wat past het best bij jou?", "What fits you best?")
                                .choice("werk", "Ik heb werk", "I have a job")
                                .choice("geen-werk", "Ik heb geen werk", "I have no job")
                                .when(Condition.equalTo(Operand.answer("q-situatie"), "geen-werk"), "contact")
                                .next("einde"))
                .contact(
                        "contact",
                        s -> s.phase(CasvePhase.COMMUNICATION)
                                .title("Praat met een adviseur", "Talk to an adviser")
                                .supportLevel(SupportLevel.BRIEF_STAFF_ASSISTED)
                                .channels(ContactChannel.CHAT, ContactChannel.PHONE)
                                .next("einde"))
                .outcome(
                        "einde",
                        s -> s.phase(CasvePhase.EXECUTION)
                                .title("Je plan", "Your plan")
                                .plan("Je weet wat je volgende stap is.", "You know your next step."))
                .build();
        assertThat(journey.start()).isEqualTo("q-situatie");
        assertThat(journey.steps())
                .extracting(s -> s.kind())
                .containsExactly(StepKind.QUESTION, StepKind.CONTACT, StepKind.OUTCOME);
        assertThat(journey.step("q-situatie").orElseThrow().transitions()).hasSize(2);
    }

    @Test
    void buildsTheSameJourneyAsTheYaml() throws IOException {
        Journey built = JourneyBuilder.journey("alle-soorten", "0.2.0")
                .title("Alle soorten stappen", "All kinds of steps")
                .description("Een voorbeeld met elke soort stap.", "An example with every kind of step.")
                .goals("must-retrain")
                .locales("nl", "en")
                .start("welkom")
                .information(
                        "welkom",
                        s -> s.phase(CasvePhase.COMMUNICATION)
                                .competencies("kuijpers:werkexploratie")
                                .minutes(3)
                                .title("Welkom", "Welcome")
                                .text("Fijn dat je er bent.", "Good to see you.")
                                .item("intro", "We kijken samen naar omscholen.", "Together we look at retraining.")
                                .item(ContentItem.builder()
                                        .id("mbo")
                                        .text(LocalizedText.of("Over het mbo.", "About MBO."))
                                        .url("https://www.leerwerkloket.nl/about-us")
                                        .when(Condition.in(
                                                Operand.profile(ProfileField.EDUCATION_LEVEL), "mbo-2", "mbo-3"))
                                        .build())
                                .next("q-uren"))
                .question(
                        "q-uren",
                        s -> s.phase(CasvePhase.ANALYSIS)
                                .title("Tijd", "Time")
                                .number("Hoeveel uur per week kun je leren?", "How many hours a week can you study?")
                                .range(BigDecimal.ZERO, BigDecimal.valueOf(40))
                                .when(Condition.lessThan(Operand.answer("q-uren"), 4), "contact")
                                .next("q-zeker"))
                .question(
                        "q-zeker",
                        s -> s.phase(CasvePhase.ANALYSIS)
                                .title("Zekerheid", "Certainty")
                                .scale(1, 5, "Hoe zeker ben je?", "How sure are you?")
                                .anchors("Niet zeker", "Not sure", "Heel zeker", "Very sure")
                                .next("q-vangnet"))
                .question(
                        "q-vangnet",
                        s -> s.phase(CasvePhase.SYNTHESIS)
                                .title("Vangnet", "Safety net")
                                .singleChoice("Vind je wat je zoekt?", "Are you finding what you need?")
                                .help("Zeg het gerust als het niet lukt.", "Do tell us if it does not work.")
                                .choice("ja", "Ja", "Yes")
                                .escalatingChoice("nee", "Nee", "No")
                                .when(Condition.equalTo(Operand.answer("q-vangnet"), "nee"), "contact")
                                .next("test"))
                .assessment(
                        "test",
                        s -> s.phase(CasvePhase.ANALYSIS)
                                .title("Zelftest", "Self-test")
                                .instrument("caas-24")
                                .storeAs("caas-start")
                                .next("gesprek"))
                .reflection(
                        "gesprek",
                        s -> s.phase(CasvePhase.VALUING)
                                .title("Gesprek", "Conversation")
                                .withProfessional()
                                .prompt("Wat wil je behouden?", "What do you want to keep?")
                                .next("aanmelden"))
                .action(
                        "aanmelden",
                        s -> s.phase(CasvePhase.EXECUTION)
                                .title("Aanmelden", "Enrol")
                                .task(TaskKind.ENROL, "Meld je aan.", "Enrol.")
                                .url("https://www.leerwerkloket.nl/about-us")
                                .next("verwijzing"))
                .contact(
                        "contact",
                        s -> s.phase(CasvePhase.COMMUNICATION)
                                .title("Contact", "Contact")
                                .supportLevel(SupportLevel.INDIVIDUAL_CASE_MANAGED)
                                .channels(ContactChannel.VIDEO)
                                .next("gesprek"))
                .outcome(
                        "verwijzing",
                        s -> s.phase(CasvePhase.EXECUTION)
                                .title("Verwijzing", "Referral")
                                .referral(
                                        "Leerwerkloket",
                                        "Leerwerkloket",
                                        "Je gaat naar het Leerwerkloket.",
                                        "You go to the Leerwerkloket."))
                .build();
        try (InputStream in = getClass().getResourceAsStream("alle-soorten.yaml")) {
            Journey read = JourneyFormat.yaml().read(in).orElseThrow();
            assertThat(built).isEqualTo(read);
        }
    }

    @Test
    void misuseIsReportedClearly() {
        assertThatThrownBy(() ->
                        JourneyBuilder.journey("x", "1.0.0").title("a", "b").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("start");
        assertThatThrownBy(() -> JourneyBuilder.journey("x", "1.0.0")
                        .title("a", "b")
                        .question(
                                "q",
                                s -> s.phase(CasvePhase.ANALYSIS)
                                        .title("a", "b")
                                        .choice("ja", "Ja", "Yes")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("step 'q'");
        assertThatThrownBy(() ->
                        JourneyBuilder.journey("x", "1.0.0").title("a", "b").assessment("t", s -> s.storeAs("k")))
                .hasMessageContaining("instrument(...)");
        assertThatThrownBy(() -> JourneyBuilder.journey("x", "1.0.0")
                        .title("a", "b")
                        .contact(
                                "c",
                                s -> s.phase(CasvePhase.ANALYSIS)
                                        .title("a", "b")
                                        .channels(ContactChannel.CHAT)))
                .hasMessageContaining("supportLevel");
        assertThatThrownBy(() -> JourneyBuilder.journey("x", "1.0.0")
                        .title("a", "b")
                        .information(
                                "i",
                                s -> s.phase(CasvePhase.ANALYSIS)
                                        .title("a", "b")
                                        .instrument("caas-24")
                                        .item("c", "a", "b")))
                .hasMessageContaining("must not have 'assessment'");
    }
}
