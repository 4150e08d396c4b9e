/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine;

import io.github.careerguidance.core.citation.Citation;
import io.github.careerguidance.core.competence.CasvePhase;
import io.github.careerguidance.core.contact.ContactChannel;
import io.github.careerguidance.core.contact.ContactPoint;
import io.github.careerguidance.core.contact.DayHours;
import io.github.careerguidance.core.contact.OpeningHours;
import io.github.careerguidance.core.contact.TimeRange;
import io.github.careerguidance.core.profile.AgeBand;
import io.github.careerguidance.core.profile.ClientProfile;
import io.github.careerguidance.core.profile.EducationLevel;
import io.github.careerguidance.core.profile.EmploymentSituation;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.journeys.authoring.JourneyBuilder;
import io.github.careerguidance.journeys.model.Condition;
import io.github.careerguidance.journeys.model.ContentItem;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.Operand;
import io.github.careerguidance.journeys.model.ProfileField;
import io.github.careerguidance.journeys.model.TaskKind;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/** Shared fixtures: a small journey with every step kind and question type, a contact point, CAAS responses. */
final class EngineFixtures {
    static final ZoneId AMS = ZoneId.of("Europe/Amsterdam");

    /**
     * A Leerwerkloket-like contact point. The hours and phone number are example data: the research notes give no
     * hours for the Leerwerkloketten (only that there are 35, free and independent).
     */
    static final ContactPoint LOKET = ContactPoint.builder()
            .id("leerwerkloket-utrecht")
            .name(LocalizedText.of("Leerwerkloket Midden-Utrecht", "Learning and work desk Central Utrecht"))
            .addChannels(ContactChannel.CHAT, ContactChannel.PHONE, ContactChannel.VIDEO, ContactChannel.WALK_IN)
            .hours(OpeningHours.builder()
                    .from(OpeningHours.workdays(TimeRange.parse("09:00-17:00")))
                    .putException(LocalDate.of(2026, 12, 25), DayHours.closed())
                    .build())
            .putHoursByChannel(
                    ContactChannel.WALK_IN,
                    OpeningHours.builder()
                            .putWeekly(DayOfWeek.TUESDAY, DayHours.of(TimeRange.parse("13:00-16:00")))
                            .putWeekly(DayOfWeek.THURSDAY, DayHours.of(TimeRange.parse("13:00-16:00")))
                            .build())
            .addSupportLevels(SupportLevel.BRIEF_STAFF_ASSISTED, SupportLevel.INDIVIDUAL_CASE_MANAGED)
            .putAddressByChannel(ContactChannel.PHONE, "+31 30 123 4567")
            .putAddressByChannel(ContactChannel.WALK_IN, "Stationsplein 1, 3511 ED Utrecht")
            .addCitations(Citation.builder()
                    .title("Leerwerkloket: about us")
                    .url("https://www.leerwerkloket.nl/about-us")
                    .accessed(LocalDate.of(2026, 11, 28))
                    .note("35 desks; hours in this fixture are examples")
                    .build())
            .build();

    /** Monday 30 March 2026, 10:00 in Amsterdam: chat and phone open, walk-in closed. */
    static final Instant MONDAY_MORNING = ams("2026-03-30T10:00");

    /** Saturday 28 March 2026, 12:00 in Amsterdam: everything closed. */
    static final Instant SATURDAY_NOON = ams("2026-03-28T12:00");

    static final ClientProfile WW_MBO = ClientProfile.builder()
            .ageBand(AgeBand.AGE_45_54)
            .educationLevel(EducationLevel.MBO_3)
            .employment(EmploymentSituation.UNEMPLOYED_WITH_BENEFIT)
            .goal("looking-for-work")
            .build();

    static final ClientProfile EMPLOYED_BACHELOR = ClientProfile.builder()
            .ageBand(AgeBand.AGE_30_44)
            .educationLevel(EducationLevel.BACHELOR)
            .employment(EmploymentSituation.EMPLOYED)
            .goal("looking-for-work")
            .build();

    private EngineFixtures() {}

    static Instant ams(String local) {
        return LocalDateTime.parse(local).atZone(AMS).toInstant();
    }

    /** Responses to all 24 CAAS items, every item the same value. */
    static Map<String, Integer> caas(int value) {
        Map<String, Integer> responses = new LinkedHashMap<>();
        for (String scale : new String[] {"concern", "control", "curiosity", "confidence"}) {
            for (int i = 1; i <= 6; i++) {
                responses.put(scale + "-" + i, value);
            }
        }
        return responses;
    }

    /**
     * A small journey with every step kind and every question type (version 1.0.0).
     *
     * <p>welkom (information, narrowed) - q-uren (number 0..60; fewer than 8 hours to contact) - q-wens (multiple
     * choice) - q-toelichting (short text, 40) - q-zeker (scale 1..5) - zelftest (CAAS-24) - q-vangnet (safety net)
     * - actie (apply) - gesprek (reflection with a professional) - plan (outcome); contact (brief) after "nee".
     */
    static Journey small() {
        return small("1.0.0", true);
    }

    static Journey small(String version, boolean withTextQuestion) {
        JourneyBuilder b = JourneyBuilder.journey("werk-op-maat", version)
                .title("Werk op maat", "Work that fits")
                .goals("looking-for-work")
                .locales("nl", "en")
                .information(
                        "welkom",
                        s -> s.phase(CasvePhase.COMMUNICATION)
                                .title("Welkom", "Welcome")
                                .item("intro", "Fijn dat je er bent.", "Good to have you here.")
                                .item(ContentItem.builder()
                                        .id("ww")
                                        .text(LocalizedText.of(
                                                "Met WW geef je elke 4 weken 4 sollicitaties door.",
                                                "With WW you report 4 applications every 4 weeks."))
                                        .when(Condition.equalTo(
                                                Operand.profile(ProfileField.EMPLOYMENT), "unemployed-with-benefit"))
                                        .build())
                                .item(ContentItem.builder()
                                        .id("mbo")
                                        .text(LocalizedText.of(
                                                "Het Leerwerkloket adviseert gratis over scholing.",
                                                "The Leerwerkloket gives free advice on training."))
                                        .when(Condition.in(
                                                Operand.profile(ProfileField.EDUCATION_LEVEL),
                                                "mbo-2",
                                                "mbo-3",
                                                "mbo-4"))
                                        .build())
                                .next("q-uren"))
                .question(
                        "q-uren",
                        s -> s.phase(CasvePhase.COMMUNICATION)
                                .title("Uren", "Hours")
                                .number(
                                        "Hoeveel uur per week wil je werken?",
                                        "How many hours a week do you want to work?")
                                .range(BigDecimal.ZERO, BigDecimal.valueOf(60))
                                .when(Condition.lessThan(Operand.answer("q-uren"), 8), "contact")
                                .next("q-wens"))
                .question(
                        "q-wens",
                        s -> s.phase(CasvePhase.ANALYSIS)
                                .title("Wensen", "Wishes")
                                .multipleChoice(
                                        "In welke sector wil je werken?", "Which sector do you want to work in?")
                                .choice("zorg", "Zorg", "Care")
                                .choice("techniek", "Techniek", "Engineering")
                                .choice("onderwijs", "Onderwijs", "Education")
                                .next(withTextQuestion ? "q-toelichting" : "q-zeker"));
        if (withTextQuestion) {
            b.question(
                    "q-toelichting",
                    s -> s.phase(CasvePhase.ANALYSIS)
                            .title("Toelichting", "Explanation")
                            .shortText(40, "Wat trekt je daarin?", "What attracts you to it?")
                            .next("q-zeker"));
        }
        return b.question(
                        "q-zeker",
                        s -> s.phase(CasvePhase.ANALYSIS)
                                .title("Zekerheid", "Certainty")
                                .scale(1, 5, "Hoe zeker ben je van je keuze?", "How sure are you of your choice?")
                                .next("zelftest"))
                .assessment(
                        "zelftest",
                        s -> s.phase(CasvePhase.ANALYSIS)
                                .title("Zelftest", "Self-test")
                                .instrument("caas-24")
                                .next("info-opties"))
                .information(
                        "info-opties",
                        s -> s.phase(CasvePhase.SYNTHESIS)
                                .title("Opties", "Options")
                                .item(
                                        "lijstje",
                                        "Maak een kort lijstje van 3 tot 5 beroepen.",
                                        "Make a shortlist of 3 to 5 occupations.")
                                .item(ContentItem.builder()
                                        .id("zorg")
                                        .text(LocalizedText.of(
                                                "In de zorg zijn veel vacatures.", "Care has many vacancies."))
                                        .when(Condition.equalTo(Operand.answer("q-wens"), "zorg"))
                                        .build())
                                .item(ContentItem.builder()
                                        .id("zorgen")
                                        .text(LocalizedText.of(
                                                "Je maakt je nog weinig zorgen over je toekomst.",
                                                "You do not worry much about your future yet."))
                                        .when(Condition.lessThan(Operand.score("caas-24", "concern"), 2.5))
                                        .build())
                                .next("q-vangnet"))
                .question(
                        "q-vangnet",
                        s -> s.phase(CasvePhase.SYNTHESIS)
                                .title("Even checken", "A quick check")
                                .singleChoice("Vind je wat je zoekt?", "Are you finding what you need?")
                                .choice("ja", "Ja", "Yes")
                                .escalatingChoice("nee", "Nee, ik wil hulp", "No, I would like help")
                                .when(Condition.equalTo(Operand.answer("q-vangnet"), "nee"), "contact")
                                .next("actie"))
                .contact(
                        "contact",
                        s -> s.phase(CasvePhase.COMMUNICATION)
                                .title("Praat met een adviseur", "Talk to an adviser")
                                .supportLevel(SupportLevel.BRIEF_STAFF_ASSISTED)
                                .channels(ContactChannel.CHAT, ContactChannel.PHONE)
                                .next("actie"))
                .action(
                        "actie",
                        s -> s.phase(CasvePhase.EXECUTION)
                                .title("Solliciteer", "Apply")
                                .task(TaskKind.APPLY, "Solliciteer op twee vacatures.", "Apply for two vacancies.")
                                .next("gesprek"))
                .reflection(
                        "gesprek",
                        s -> s.phase(CasvePhase.VALUING)
                                .title("Loopbaangesprek", "Career conversation")
                                .withProfessional()
                                .prompt(
                                        "Wat kan ik, welke kwaliteiten heb ik?",
                                        "What can I do, what qualities do I have?")
                                .next("plan"))
                .outcome(
                        "plan",
                        s -> s.phase(CasvePhase.EXECUTION)
                                .title("Je plan", "Your plan")
                                .plan("Je weet wat je volgende stap is.", "You know your next step."))
                .build();
    }
}
