/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.benchmarks.journey;

import io.github.careerguidance.core.competence.CasvePhase;
import io.github.careerguidance.core.contact.ContactChannel;
import io.github.careerguidance.core.contact.ContactPoint;
import io.github.careerguidance.core.contact.DayHours;
import io.github.careerguidance.core.contact.OpeningHours;
import io.github.careerguidance.core.contact.TimeRange;
import io.github.careerguidance.core.profile.AgeBand;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.core.profile.ClientProfile;
import io.github.careerguidance.core.profile.EducationLevel;
import io.github.careerguidance.core.profile.EmploymentSituation;
import io.github.careerguidance.core.profile.Province;
import io.github.careerguidance.core.profile.Region;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.journeys.authoring.JourneyBuilder;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.engine.Session;
import io.github.careerguidance.journeys.engine.SessionResult;
import io.github.careerguidance.journeys.engine.StepView;
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
import java.util.List;
import java.util.Map;

/**
 * The reference-size journey of {@code DecisionBenchmark}: 30 steps built with {@link JourneyBuilder} (20
 * questions of every type, one CAAS-24 assessment whose score drives a transition, three information steps whose
 * content is narrowed by the profile, answers and scores, two contact steps, a reflection with a professional, an
 * action and two outcomes), a Leerwerkloket-like contact point (example hours, Europe/Amsterdam), a client
 * profile and the scripted answers of a walk through it.
 */
public final class DecisionJourney {
    /** The zone of the contact point's opening hours. */
    public static final ZoneId AMS = ZoneId.of("Europe/Amsterdam");

    /** Monday 30 March 2026, 10:00 in Amsterdam: chat and phone open, walk-in closed. */
    public static final Instant MONDAY_MORNING =
            LocalDateTime.parse("2026-03-30T10:00").atZone(AMS).toInstant();

    /**
     * Saturday 28 March 2026, 22:00 in Amsterdam: every channel closed, so a view carries the next opening and is
     * built afresh (the engine reuses finished views only while every contact option is open).
     */
    public static final Instant SATURDAY_NIGHT =
            LocalDateTime.parse("2026-03-28T22:00").atZone(AMS).toInstant();

    /** The mid-journey question the benchmark answers. */
    public static final String DECISION_STEP = "q-regio";

    /** The answer the benchmark gives there. */
    public static final Answer DECISION_ANSWER = Answer.choice("utrecht");

    /** Where that answer leads. */
    public static final String DECISION_NEXT = "info-regio";

    /** An unemployed client with WW, MBO 4, 45-54, in the province of Utrecht. */
    public static final ClientProfile PROFILE = ClientProfile.builder()
            .ageBand(AgeBand.AGE_45_54)
            .educationLevel(EducationLevel.MBO_4)
            .employment(EmploymentSituation.UNEMPLOYED_WITH_BENEFIT)
            .region(Region.province(Province.UTRECHT))
            .goal("looking-for-work")
            .build();

    /**
     * A contact point with chat, phone, video and walk-in; the hours are example data (workdays 09:00-17:00,
     * walk-in Tuesday and Thursday afternoon), not a real desk's.
     */
    public static final ContactPoint LOKET = ContactPoint.builder()
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
            .build();

    /** The scripted answers of a walk that answers all 20 questions (it takes the "elders" branch of q-regio). */
    public static final Map<String, Answer> ANSWERS = answers();

    private DecisionJourney() {}

    /**
     * The engine: the journey compiled once with {@link #LOKET} as its contact point.
     *
     * @return a new engine
     */
    public static JourneyEngine engine() {
        return JourneyEngine.compiler().contactPoints(List.of(LOKET)).compile(journey());
    }

    /**
     * CAAS-24 responses, every item the same value.
     *
     * @param value 1 to 5
     * @return the 24 responses
     */
    public static Map<String, Integer> caas(int value) {
        Map<String, Integer> responses = new LinkedHashMap<>();
        for (String scale : new String[] {"concern", "control", "curiosity", "confidence"}) {
            for (int i = 1; i <= 6; i++) {
                responses.put(scale + "-" + i, value);
            }
        }
        return responses;
    }

    /**
     * One scripted decision on the session's current step: the scripted answer, CAAS-24 all 3s, or proceed.
     *
     * @param engine the engine
     * @param session a session not completed
     * @param answers the answers by question step
     * @return the result
     */
    public static SessionResult decide(JourneyEngine engine, Session session, Map<String, Answer> answers) {
        StepView view = engine.view(session, MONDAY_MORNING);
        switch (view.kind()) {
            case QUESTION:
                return engine.answer(session, view.step(), answers.get(view.step()));
            case ASSESSMENT:
                return engine.assess(session, view.step(), caas(3));
            default:
                return engine.proceed(session, view.step());
        }
    }

    /**
     * Walks from the start with {@link #ANSWERS}, the way the benchmark does to the decision step, until the
     * session has answered {@code questions} questions or stops at {@code stopAt}.
     *
     * @param engine the engine
     * @param answers the scripted answers
     * @param stopAt a step to stop on, or null
     * @param questions the number of answered questions to stop at
     * @return the session
     */
    public static Session walk(JourneyEngine engine, Map<String, Answer> answers, String stopAt, int questions) {
        Session session = engine.start(PROFILE);
        while (!session.completed()
                && !session.step().equals(stopAt)
                && session.answers().size() < questions) {
            session = decide(engine, session, answers).orElseThrow();
        }
        return session;
    }

    /**
     * The session positioned at {@link #DECISION_STEP}.
     *
     * @param engine the engine
     * @return the session
     */
    public static Session atDecision(JourneyEngine engine) {
        return walk(engine, ANSWERS, DECISION_STEP, Integer.MAX_VALUE);
    }

    private static Map<String, Answer> answers() {
        Map<String, Answer> a = new LinkedHashMap<>();
        a.put("q-situatie", Answer.choice("geen-werk"));
        a.put("q-uren", Answer.number(32));
        a.put("q-sector", Answer.choices("zorg", "ict"));
        a.put("q-zeker", Answer.number(3));
        a.put("q-ervaring", Answer.choice("weinig"));
        a.put("q-vangnet", Answer.choice("ja"));
        a.put("q-richting", Answer.choice("twijfel"));
        a.put("q-waarden", Answer.choices("zekerheid", "zingeving"));
        a.put("q-regio", Answer.choice("elders"));
        a.put("q-reistijd", Answer.number(45));
        a.put("q-scholing", Answer.choice("ja"));
        a.put("q-budget", Answer.number(2500));
        a.put("q-tijd", Answer.number(6));
        a.put("q-netwerk", Answer.choice("een-beetje"));
        a.put("q-cv", Answer.choice("ja"));
        a.put("q-motivatie", Answer.text("Ik wil mensen helpen en zekerheid hebben."));
        a.put("q-vangnet-2", Answer.choice("ja"));
        a.put("q-keuze", Answer.choice("ja"));
        a.put("q-start", Answer.choice("deze-maand"));
        a.put("q-terugblik", Answer.number(4));
        return Map.copyOf(a);
    }

    private static ContentItem item(String id, String nl, String en, Condition when) {
        return ContentItem.builder()
                .id(id)
                .text(LocalizedText.of(nl, en))
                .when(when)
                .build();
    }

    /**
     * The 30-step journey "werk-in-zicht" 1.0.0.
     *
     * @return the journey
     */
    public static Journey journey() {
        Operand employment = Operand.profile(ProfileField.EMPLOYMENT);
        Operand education = Operand.profile(ProfileField.EDUCATION_LEVEL);
        Operand age = Operand.profile(ProfileField.AGE_BAND);
        Operand region = Operand.profile(ProfileField.REGION);
        return JourneyBuilder.journey("werk-in-zicht", "1.0.0")
                .title("Werk in zicht", "Work in sight")
                .goals("looking-for-work")
                .locales("nl", "en")
                .information(
                        "welkom",
                        s -> s.phase(CasvePhase.COMMUNICATION)
                                .title("Welkom", "Welcome")
                                .item(
                                        "intro",
                                        "Fijn dat je er bent. Dit duurt ongeveer 30 minuten.",
                                        "Good to have you here. This takes about 30 minutes.")
                                .item(item(
                                        "ww",
                                        "Met WW geef je elke 4 weken je sollicitaties door.",
                                        "With WW you report your applications every 4 weeks.",
                                        Condition.equalTo(employment, "unemployed-with-benefit")))
                                .item(item(
                                        "mbo",
                                        "Het Leerwerkloket adviseert gratis over scholing.",
                                        "The Leerwerkloket gives free advice on training.",
                                        Condition.in(education, "mbo-2", "mbo-3", "mbo-4")))
                                .item(item(
                                        "jong",
                                        "Onder de 27? Het jongerenloket van je gemeente helpt ook.",
                                        "Under 27? Your municipality's youth desk helps too.",
                                        Condition.in(age, "18-22", "23-29")))
                                .next("q-situatie"))
                .question(
                        "q-situatie",
                        s -> s.phase(CasvePhase.COMMUNICATION)
                                .title("Je situatie", "Your situation")
                                .singleChoice("Wat past het best bij je?", "What fits you best?")
                                .choice("werk", "Ik heb werk", "I have work")
                                .choice("geen-werk", "Ik heb geen werk", "I have no work")
                                .choice("school", "Ik zit op school", "I am at school")
                                .next("q-uren"))
                .question(
                        "q-uren",
                        s -> s.phase(CasvePhase.COMMUNICATION)
                                .title("Uren", "Hours")
                                .number(
                                        "Hoeveel uur per week wil je werken?",
                                        "How many hours a week do you want to work?")
                                .range(BigDecimal.ZERO, BigDecimal.valueOf(60))
                                .when(Condition.lessThan(Operand.answer("q-uren"), 8), "contact-kort")
                                .next("q-sector"))
                .question(
                        "q-sector",
                        s -> s.phase(CasvePhase.ANALYSIS)
                                .title("Sector", "Sector")
                                .multipleChoice(
                                        "In welke sectoren wil je werken?", "Which sectors do you want to work in?")
                                .choice("zorg", "Zorg en welzijn", "Care and welfare")
                                .choice("techniek", "Techniek", "Engineering")
                                .choice("onderwijs", "Onderwijs", "Education")
                                .choice("ict", "ICT", "IT")
                                .next("q-zeker"))
                .question(
                        "q-zeker",
                        s -> s.phase(CasvePhase.ANALYSIS)
                                .title("Zekerheid", "Certainty")
                                .scale(1, 5, "Hoe zeker ben je van die keuze?", "How sure are you of that choice?")
                                .anchors("Helemaal niet", "Not at all", "Heel zeker", "Very sure")
                                .when(Condition.atMost(Operand.answer("q-zeker"), 1), "contact-kort")
                                .next("q-ervaring"))
                .question(
                        "q-ervaring",
                        s -> s.phase(CasvePhase.ANALYSIS)
                                .title("Ervaring", "Experience")
                                .singleChoice(
                                        "Hoeveel ervaring heb je in die sector?",
                                        "How much experience do you have there?")
                                .choice("geen", "Geen", "None")
                                .choice("weinig", "Weinig", "Little")
                                .choice("veel", "Veel", "A lot")
                                .next("q-vangnet"))
                .question(
                        "q-vangnet",
                        s -> s.phase(CasvePhase.ANALYSIS)
                                .title("Even checken", "A quick check")
                                .singleChoice("Vind je wat je zoekt?", "Are you finding what you need?")
                                .choice("ja", "Ja", "Yes")
                                .escalatingChoice("nee", "Nee, ik wil hulp", "No, I would like help")
                                .when(Condition.equalTo(Operand.answer("q-vangnet"), "nee"), "contact-kort")
                                .next("zelftest"))
                .contact(
                        "contact-kort",
                        s -> s.phase(CasvePhase.COMMUNICATION)
                                .title("Praat met een adviseur", "Talk to an adviser")
                                .supportLevel(SupportLevel.BRIEF_STAFF_ASSISTED)
                                .channels(ContactChannel.CHAT, ContactChannel.PHONE)
                                .next("zelftest"))
                .assessment(
                        "zelftest",
                        s -> s.phase(CasvePhase.ANALYSIS)
                                .title("Zelftest loopbaanvaardigheden", "Career adaptability self-test")
                                .instrument("caas-24")
                                .when(Condition.atLeast(Operand.score("caas-24", "concern"), 4.5), "q-richting")
                                .next("info-opties"))
                .information(
                        "info-opties",
                        s -> s.phase(CasvePhase.SYNTHESIS)
                                .title("Je opties", "Your options")
                                .item(
                                        "lijstje",
                                        "Maak een kort lijstje van 3 tot 5 beroepen.",
                                        "Make a shortlist of 3 to 5 occupations.")
                                .item(item(
                                        "zorg",
                                        "In de zorg zijn veel vacatures.",
                                        "Care has many vacancies.",
                                        Condition.in(Operand.answer("q-sector"), "zorg")))
                                .item(item(
                                        "ict",
                                        "In de ICT kun je vaak omscholen met behoud van uitkering.",
                                        "In IT you can often retrain while keeping your benefit.",
                                        Condition.all(
                                                Condition.in(Operand.answer("q-sector"), "ict"),
                                                Condition.equalTo(employment, "unemployed-with-benefit"))))
                                .item(item(
                                        "zorgen",
                                        "Je denkt nog weinig na over je toekomst; daar helpt dit bij.",
                                        "You think little about your future yet; this helps.",
                                        Condition.lessThan(Operand.score("caas-24", "concern"), 2.5)))
                                .next("q-richting"))
                .question(
                        "q-richting",
                        s -> s.phase(CasvePhase.SYNTHESIS)
                                .title("Richting", "Direction")
                                .singleChoice("Weet je welke kant je op wilt?", "Do you know which way you want to go?")
                                .choice("duidelijk", "Ja, duidelijk", "Yes, clearly")
                                .choice("twijfel", "Ik twijfel", "I am in doubt")
                                .choice("geen-idee", "Geen idee", "No idea")
                                .when(Condition.equalTo(Operand.answer("q-richting"), "geen-idee"), "contact-adviseur")
                                .next("q-waarden"))
                .question(
                        "q-waarden",
                        s -> s.phase(CasvePhase.SYNTHESIS)
                                .title("Waarden", "Values")
                                .multipleChoice("Wat vind je belangrijk in werk?", "What matters to you in work?")
                                .choice("zekerheid", "Zekerheid", "Security")
                                .choice("vrijheid", "Vrijheid", "Freedom")
                                .choice("zingeving", "Zingeving", "Meaning")
                                .choice("salaris", "Salaris", "Pay")
                                .next("q-regio"))
                .question(
                        "q-regio",
                        s -> s.phase(CasvePhase.SYNTHESIS)
                                .title("Regio", "Region")
                                .singleChoice("Waar zoek je werk?", "Where are you looking for work?")
                                .choice("utrecht", "Regio Utrecht", "Utrecht region")
                                .choice("amsterdam", "Regio Amsterdam", "Amsterdam region")
                                .choice("rotterdam", "Regio Rijnmond", "Rijnmond region")
                                .choice("elders", "Elders", "Elsewhere")
                                .when(Condition.equalTo(Operand.answer("q-regio"), "elders"), "q-reistijd")
                                .next("info-regio"))
                .question(
                        "q-reistijd",
                        s -> s.phase(CasvePhase.SYNTHESIS)
                                .title("Reistijd", "Travel time")
                                .number(
                                        "Hoeveel minuten wil je per dag reizen?",
                                        "How many minutes a day will you travel?")
                                .range(BigDecimal.ZERO, BigDecimal.valueOf(240))
                                .next("info-regio"))
                .information(
                        "info-regio",
                        s -> s.phase(CasvePhase.SYNTHESIS)
                                .title("Werk in je regio", "Work in your region")
                                .item(
                                        "werkbedrijf",
                                        "Het WerkgeversServicepunt kent de vacatures in je regio.",
                                        "The employer service point knows the vacancies in your region.")
                                .item(item(
                                        "ut",
                                        "In de provincie Utrecht helpt het Leerwerkloket Midden-Utrecht.",
                                        "In the province of Utrecht the Leerwerkloket Central Utrecht helps.",
                                        Condition.equalTo(region, "NL-UT")))
                                .item(item(
                                        "nh",
                                        "In Noord-Holland helpt het Leerwerkloket Groot-Amsterdam.",
                                        "In North Holland the Leerwerkloket Greater Amsterdam helps.",
                                        Condition.equalTo(region, "NL-NH")))
                                .item(item(
                                        "ww-regio",
                                        "Vraag het UWV naar scholing met behoud van WW.",
                                        "Ask UWV about training while keeping WW.",
                                        Condition.all(
                                                Condition.equalTo(employment, "unemployed-with-benefit"),
                                                Condition.not(Condition.in(education, "master", "doctorate")))))
                                .item(item(
                                        "reis",
                                        "Reis je ver? Kijk ook naar thuiswerkbanen.",
                                        "Travelling far? Look at remote jobs too.",
                                        Condition.greaterThan(Operand.answer("q-reistijd"), 60)))
                                .next("q-scholing"))
                .question(
                        "q-scholing",
                        s -> s.phase(CasvePhase.VALUING)
                                .title("Scholing", "Training")
                                .singleChoice("Wil je je laten bijscholen?", "Would you take training?")
                                .choice("ja", "Ja", "Yes")
                                .choice("nee", "Nee", "No")
                                .choice("weet-niet", "Weet ik niet", "I don't know")
                                .when(Condition.equalTo(Operand.answer("q-scholing"), "weet-niet"), "contact-adviseur")
                                .next("q-budget"))
                .question(
                        "q-budget",
                        s -> s.phase(CasvePhase.VALUING)
                                .title("Budget", "Budget")
                                .number("Hoeveel euro mag scholing kosten?", "How many euros may training cost?")
                                .range(BigDecimal.ZERO, BigDecimal.valueOf(20_000))
                                .when(Condition.lessThan(Operand.answer("q-budget"), 500), "contact-adviseur")
                                .next("q-tijd"))
                .question(
                        "q-tijd",
                        s -> s.phase(CasvePhase.VALUING)
                                .title("Tijd", "Time")
                                .scale(
                                        0,
                                        10,
                                        "Hoeveel ruimte heb je naast je andere taken?",
                                        "How much room do you have next to your other tasks?")
                                .next("q-netwerk"))
                .question(
                        "q-netwerk",
                        s -> s.phase(CasvePhase.VALUING)
                                .title("Netwerk", "Network")
                                .singleChoice("Ken je mensen in die sector?", "Do you know people in that sector?")
                                .choice("ja", "Ja", "Yes")
                                .choice("een-beetje", "Een beetje", "A few")
                                .choice("nee", "Nee", "No")
                                .next("q-cv"))
                .question(
                        "q-cv",
                        s -> s.phase(CasvePhase.EXECUTION)
                                .title("Cv", "CV")
                                .singleChoice("Is je cv bijgewerkt?", "Is your CV up to date?")
                                .choice("ja", "Ja", "Yes")
                                .choice("nee", "Nee", "No")
                                .next("q-motivatie"))
                .question(
                        "q-motivatie",
                        s -> s.phase(CasvePhase.EXECUTION)
                                .title("Motivatie", "Motivation")
                                .shortText(200, "Wat trekt je in dit werk?", "What draws you to this work?")
                                .next("q-vangnet-2"))
                .question(
                        "q-vangnet-2",
                        s -> s.phase(CasvePhase.EXECUTION)
                                .title("Nog even checken", "Another quick check")
                                .singleChoice("Kom je verder zo?", "Is this getting you further?")
                                .choice("ja", "Ja", "Yes")
                                .escalatingChoice("nee", "Nee, ik wil hulp", "No, I would like help")
                                .next("contact-adviseur"))
                .contact(
                        "contact-adviseur",
                        s -> s.phase(CasvePhase.EXECUTION)
                                .title("Afspraak met een loopbaanadviseur", "Appointment with a career adviser")
                                .supportLevel(SupportLevel.BRIEF_STAFF_ASSISTED)
                                .channels(ContactChannel.CHAT, ContactChannel.PHONE, ContactChannel.VIDEO)
                                .next("q-keuze"))
                .question(
                        "q-keuze",
                        s -> s.phase(CasvePhase.VALUING)
                                .title("Je keuze", "Your choice")
                                .singleChoice("Heb je een keuze gemaakt?", "Have you made a choice?")
                                .choice("ja", "Ja", "Yes")
                                .choice("nee", "Nog niet", "Not yet")
                                .when(Condition.equalTo(Operand.answer("q-keuze"), "nee"), "gesprek")
                                .next("q-start"))
                .question(
                        "q-start",
                        s -> s.phase(CasvePhase.EXECUTION)
                                .title("Start", "Start")
                                .singleChoice("Wanneer begin je?", "When do you start?")
                                .choice("deze-maand", "Deze maand", "This month")
                                .choice("later", "Later", "Later")
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
                                .prompt("Wat wil ik, wat past bij mij?", "What do I want, what suits me?")
                                .when(Condition.equalTo(Operand.answer("q-keuze"), "nee"), "verwijzing")
                                .next("q-terugblik"))
                .question(
                        "q-terugblik",
                        s -> s.phase(CasvePhase.VALUING)
                                .title("Terugblik", "Looking back")
                                .scale(
                                        1,
                                        5,
                                        "Hoe goed weet je nu wat je gaat doen?",
                                        "How well do you now know what to do?")
                                .when(Condition.atMost(Operand.answer("q-terugblik"), 2), "contact-adviseur")
                                .next("plan"))
                .outcome(
                        "plan",
                        s -> s.phase(CasvePhase.EXECUTION)
                                .title("Je plan", "Your plan")
                                .plan("Je weet wat je volgende stap is.", "You know your next step."))
                .outcome(
                        "verwijzing",
                        s -> s.phase(CasvePhase.COMMUNICATION)
                                .title("Verder met hulp", "Onwards with help")
                                .referral(
                                        "UWV-adviseur",
                                        "UWV adviser",
                                        "Je adviseur helpt je verder.",
                                        "Your adviser will help you further."))
                .build();
    }
}
