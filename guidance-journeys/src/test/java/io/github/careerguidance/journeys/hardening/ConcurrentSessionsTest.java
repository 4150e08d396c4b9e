/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.competence.CasvePhase;
import io.github.careerguidance.core.contact.ContactChannel;
import io.github.careerguidance.core.profile.AgeBand;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.core.profile.ClientProfile;
import io.github.careerguidance.core.profile.EmploymentSituation;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.journeys.authoring.JourneyBuilder;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.engine.Session;
import io.github.careerguidance.journeys.engine.SessionResult;
import io.github.careerguidance.journeys.model.Condition;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.Operand;
import io.github.careerguidance.journeys.model.Question;
import io.github.careerguidance.journeys.model.Step;
import io.github.careerguidance.testsupport.ConcurrentReplay;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * One compiled engine shared by 8 threads, each driving many short sessions with random valid answers (public API
 * only). Every session is checked as it ends (it holds exactly the answers its own thread gave it: none lost,
 * duplicated or crossed) and its fingerprint is compared with a single-threaded replay of the same seeds.
 *
 * <p>The number of sessions per thread is {@code -Dguidance.concurrency.sessions} (default 100,000: 800,000
 * sessions in all); the concurrent phase fails after {@code -Dguidance.concurrency.timeout} (default {@code PT10M}).
 * The threads, start barrier and replay are {@link ConcurrentReplay}'s.
 */
class ConcurrentSessionsTest {
    private static final int THREADS = 8;
    private static final int SESSIONS = Integer.getInteger("guidance.concurrency.sessions", 100_000);
    private static final Duration TIMEOUT = Duration.parse(System.getProperty("guidance.concurrency.timeout", "PT10M"));

    /**
     * A four-question journey with branches: situation, then hours or training (or an adviser when the client asks
     * for help), then a free-text note, a contact step and a plan.
     */
    static Journey tiny() {
        return JourneyBuilder.journey("snel-verder", "1.0.0")
                .title("Snel verder", "Moving on quickly")
                .goals("looking-for-work")
                .locales("nl", "en")
                .question(
                        "q-situatie",
                        s -> s.phase(CasvePhase.COMMUNICATION)
                                .title("Situatie", "Situation")
                                .singleChoice("Wat is je situatie?", "What is your situation?")
                                .choice("werk", "Ik heb werk", "I have work")
                                .choice("geen-werk", "Ik heb geen werk", "I have no work")
                                .choice("studie", "Ik studeer", "I study")
                                .escalatingChoice("hulp", "Ik wil hulp", "I would like help")
                                .when(Condition.equalTo(Operand.answer("q-situatie"), "studie"), "q-opleiding")
                                .when(Condition.equalTo(Operand.answer("q-situatie"), "hulp"), "contact")
                                .next("q-uren"))
                .question(
                        "q-uren",
                        s -> s.phase(CasvePhase.ANALYSIS)
                                .title("Uren", "Hours")
                                .number(
                                        "Hoeveel uur per week wil je werken?",
                                        "How many hours a week do you want to work?")
                                .range(BigDecimal.ZERO, BigDecimal.valueOf(40))
                                .next("q-toelichting"))
                .question(
                        "q-opleiding",
                        s -> s.phase(CasvePhase.ANALYSIS)
                                .title("Opleiding", "Training")
                                .multipleChoice("Welke richting?", "Which field?")
                                .choice("zorg", "Zorg", "Care")
                                .choice("techniek", "Techniek", "Engineering")
                                .choice("ict", "ICT", "IT")
                                .next("q-toelichting"))
                .question(
                        "q-toelichting",
                        s -> s.phase(CasvePhase.SYNTHESIS)
                                .title("Toelichting", "Explanation")
                                .shortText(60, "Wat wil je nog kwijt?", "Anything else?")
                                .next("contact"))
                .contact(
                        "contact",
                        s -> s.phase(CasvePhase.COMMUNICATION)
                                .title("Praat met een adviseur", "Talk to an adviser")
                                .supportLevel(SupportLevel.BRIEF_STAFF_ASSISTED)
                                .channels(ContactChannel.CHAT, ContactChannel.PHONE)
                                .next("plan"))
                .outcome(
                        "plan",
                        s -> s.phase(CasvePhase.EXECUTION)
                                .title("Je plan", "Your plan")
                                .plan("Je weet wat je volgende stap is.", "You know your next step."))
                .build();
    }

    /** The result of one session: what it must hold, and a fingerprint of what it holds. */
    private static long drive(JourneyEngine engine, int thread, int index, boolean check) {
        SplittableRandom random = new SplittableRandom(((long) thread << 32) | index);
        ClientProfile profile = ClientProfile.builder()
                .ageBand(AgeBand.values()[random.nextInt(AgeBand.values().length)])
                .employment(EmploymentSituation.values()[random.nextInt(EmploymentSituation.values().length)])
                .build();
        Session s = engine.start(profile);
        Map<String, Answer> given = new LinkedHashMap<>();
        List<String> visited = new ArrayList<>();
        for (int guard = 0; guard < 10 && !s.completed(); guard++) {
            Step step = engine.journey().step(s.step()).orElseThrow();
            SessionResult r;
            if (step.question().isPresent()) {
                Answer a = answer(step.question().get(), random, thread, index);
                given.put(step.id(), a);
                r = engine.answer(s, step.id(), a);
            } else {
                r = engine.proceed(s, step.id());
            }
            if (check && !r.isAccepted()) {
                throw new AssertionError("thread " + thread + " session " + index + " at " + s.step() + ": " + r);
            }
            visited.add(s.step());
            s = r.session();
        }
        if (check) {
            // exactly this session's answers: none lost, duplicated or crossed from another thread
            if (!s.completed() || !s.answers().equals(given) || !s.path().equals(visited)) {
                throw new AssertionError("thread " + thread + " session " + index + ": answers " + s.answers()
                        + " path " + s.path() + " but gave " + given + " via " + visited);
            }
        }
        return fingerprint(s);
    }

    private static long fingerprint(Session s) {
        long h = s.step().hashCode();
        h = h * 1_000_003L + s.path().hashCode();
        h = h * 1_000_003L + s.answers().hashCode();
        h = h * 1_000_003L + s.supportLevel().hashCode();
        h = h * 1_000_003L + s.events().size();
        return h;
    }

    private static Answer answer(Question q, SplittableRandom random, int thread, int index) {
        switch (q.type()) {
            case SINGLE_CHOICE:
                return Answer.choice(
                        q.choices().get(random.nextInt(q.choices().size())).code());
            case MULTIPLE_CHOICE: {
                List<String> picked = new ArrayList<>();
                for (var c : q.choices()) {
                    if (random.nextBoolean()) {
                        picked.add(c.code());
                    }
                }
                return picked.isEmpty() ? Answer.choice(q.choices().get(0).code()) : Answer.choices(picked);
            }
            case NUMBER:
            case SCALE:
                return Answer.number(random.nextInt(q.max().orElseThrow().intValue() + 1));
            default:
                // a text unique to the thread and session, so a crossed answer cannot go unnoticed
                return Answer.text("t" + thread + "-s" + index + " wil graag in de buurt werken");
        }
    }

    @Test
    void eightThreadsShareOneEngineAndEverySessionMatchesASingleThreadedReplay() {
        JourneyEngine engine = JourneyEngine.compile(tiny());
        ConcurrentReplay.Report report = ConcurrentReplay.run(
                THREADS,
                SESSIONS,
                TIMEOUT,
                (thread, index) -> drive(engine, thread, index, true),
                (thread, index) -> drive(engine, thread, index, false));
        System.out.println(report.summary("ConcurrentSessionsTest", "sessions"));
        assertThat(report.mismatches())
                .as("sessions that differ from the single-threaded replay: %s", report.examples())
                .isZero();
    }
}
