/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine;

import static io.github.careerguidance.journeys.engine.EngineFixtures.EMPLOYED_BACHELOR;
import static io.github.careerguidance.journeys.engine.EngineFixtures.MONDAY_MORNING;
import static io.github.careerguidance.journeys.engine.EngineFixtures.WW_MBO;
import static io.github.careerguidance.journeys.engine.EngineFixtures.caas;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.careerguidance.core.competence.CasvePhase;
import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.json.InvalidInputException;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.core.profile.ClientProfile;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.journeys.authoring.JourneyBuilder;
import io.github.careerguidance.journeys.model.ContentItem;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.StepKind;
import io.github.careerguidance.journeys.reference.ReferenceJourneys;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class JourneyEngineTest {
    private static final JourneyEngine ENGINE = JourneyEngine.compile(EngineFixtures.small());

    private static Session at(String step, ClientProfile profile) {
        Session s = ENGINE.start(profile);
        Map<String, Function<Session, SessionResult>> moves = new HashMap<>();
        moves.put("welkom", x -> ENGINE.proceed(x, "welkom"));
        moves.put("q-uren", x -> ENGINE.answer(x, "q-uren", Answer.number(24)));
        moves.put("q-wens", x -> ENGINE.answer(x, "q-wens", Answer.choices("zorg", "techniek")));
        moves.put("q-toelichting", x -> ENGINE.answer(x, "q-toelichting", Answer.text("Mensen helpen")));
        moves.put("q-zeker", x -> ENGINE.answer(x, "q-zeker", Answer.number(4)));
        moves.put("zelftest", x -> ENGINE.assess(x, "zelftest", caas(2)));
        moves.put("info-opties", x -> ENGINE.proceed(x, "info-opties"));
        moves.put("q-vangnet", x -> ENGINE.answer(x, "q-vangnet", Answer.choice("ja")));
        moves.put("actie", x -> ENGINE.proceed(x, "actie"));
        moves.put("gesprek", x -> ENGINE.proceed(x, "gesprek"));
        while (!s.step().equals(step)) {
            SessionResult r = moves.get(s.step()).apply(s);
            assertThat(r.isAccepted()).as("%s: %s", s.step(), r).isTrue();
            s = r.session();
        }
        return s;
    }

    @Test
    void compileRefusesAJourneyWithCheckErrorsAndCarriesTheDiagnostics() {
        Journey broken = JourneyBuilder.journey("kapot", "1.0.0")
                .title("Kapot", "Broken")
                .goals("looking-for-work")
                .locales("nl", "en")
                .information(
                        "welkom",
                        s -> s.phase(CasvePhase.COMMUNICATION)
                                .title("Welkom", "Welcome")
                                .item("intro", "Hallo", "Hello")
                                .next("nergens"))
                .outcome(
                        "einde",
                        s -> s.phase(CasvePhase.EXECUTION).title("Einde", "End").plan("Klaar", "Done"))
                .build();
        assertThatThrownBy(() -> JourneyEngine.compile(broken))
                .isInstanceOfSatisfying(InvalidJourneyException.class, e -> {
                    assertThat(e.journey()).isEqualTo("kapot");
                    assertThat(e.diagnostics().hasErrors()).isTrue();
                    assertThat(e.diagnostics().stream().map(Diagnostic::code))
                            .contains("journeys.transition.unknown-target");
                })
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aSessionWalksEveryStepKindToAnOutcome() {
        Session s = ENGINE.start(WW_MBO);
        assertThat(s.step()).isEqualTo("welkom");
        assertThat(s.supportLevel()).isEqualTo(SupportLevel.SELF_HELP);
        assertThat(s.events()).extracting(SessionEvent::type).containsExactly(EventType.STARTED);
        s = ENGINE.proceed(s, "welkom").orElseThrow();
        assertThat(ENGINE.view(s, MONDAY_MORNING)
                        .question()
                        .orElseThrow()
                        .type()
                        .code())
                .isEqualTo("number");
        s = ENGINE.answer(s, "q-uren", Answer.number(new BigDecimal("24.0"))).orElseThrow();
        s = ENGINE.answer(s, "q-wens", Answer.choices("zorg", "techniek")).orElseThrow();
        s = ENGINE.answer(s, "q-toelichting", Answer.text("Ik help graag mensen"))
                .orElseThrow();
        s = ENGINE.answer(s, "q-zeker", Answer.number(4)).orElseThrow();
        StepView test = ENGINE.view(s, MONDAY_MORNING);
        assertThat(test.kind()).isEqualTo(StepKind.ASSESSMENT);
        assertThat(test.instrument().orElseThrow().code()).isEqualTo("caas-24");
        s = ENGINE.assess(s, "zelftest", caas(2)).orElseThrow();
        assertThat(s.score("caas-24")
                        .orElseThrow()
                        .dimension("concern")
                        .orElseThrow()
                        .mean())
                .isEqualTo(2.0);
        assertThat(s.score("caas-24").orElseThrow().total().orElseThrow().sum()).isEqualTo(48.0);
        s = ENGINE.proceed(s, "info-opties").orElseThrow();
        s = ENGINE.answer(s, "q-vangnet", Answer.choice("ja")).orElseThrow();
        assertThat(ENGINE.view(s, MONDAY_MORNING).action().orElseThrow().task().code())
                .isEqualTo("apply");
        s = ENGINE.proceed(s, "actie").orElseThrow();
        StepView reflection = ENGINE.view(s, MONDAY_MORNING);
        assertThat(reflection.reflection().orElseThrow().withProfessional()).isTrue();
        assertThat(reflection.reflection().orElseThrow().prompts()).hasSize(1);
        SessionResult last = ENGINE.proceed(s, "gesprek");
        s = last.orElseThrow();
        assertThat(s.step()).isEqualTo("plan");
        assertThat(s.completed()).isTrue();
        assertThat(last.events())
                .extracting(SessionEvent::type)
                .containsExactly(EventType.PROCEEDED, EventType.COMPLETED);
        StepView end = ENGINE.view(s, MONDAY_MORNING);
        assertThat(end.completed()).isTrue();
        assertThat(end.outcome().orElseThrow().type().code()).isEqualTo("plan");
        assertThat(s.answers()).containsOnlyKeys("q-uren", "q-wens", "q-toelichting", "q-zeker", "q-vangnet");
        assertThat(s.path())
                .containsExactly(
                        "welkom",
                        "q-uren",
                        "q-wens",
                        "q-toelichting",
                        "q-zeker",
                        "zelftest",
                        "info-opties",
                        "q-vangnet",
                        "actie",
                        "gesprek");
        assertThat(s.supportLevel()).isEqualTo(SupportLevel.SELF_HELP);
    }

    @Test
    void transitionsFollowTheAnswers() {
        Session s = at("q-uren", WW_MBO);
        Session fewHours = ENGINE.answer(s, "q-uren", Answer.number(6)).orElseThrow();
        assertThat(fewHours.step()).isEqualTo("contact");
        Session manyHours = ENGINE.answer(s, "q-uren", Answer.number(8)).orElseThrow();
        assertThat(manyHours.step()).isEqualTo("q-wens");
    }

    @Test
    void contentIsNarrowedByProfile() {
        assertThat(ENGINE.view(ENGINE.start(WW_MBO), MONDAY_MORNING).content())
                .extracting(ContentItem::id)
                .containsExactly("intro", "ww", "mbo");
        assertThat(ENGINE.view(ENGINE.start(EMPLOYED_BACHELOR), MONDAY_MORNING).content())
                .extracting(ContentItem::id)
                .containsExactly("intro");
        assertThat(ENGINE.view(ENGINE.start(ClientProfile.anonymous()), MONDAY_MORNING)
                        .content())
                .extracting(ContentItem::id)
                .containsExactly("intro");
    }

    @Test
    void contentIsNarrowedByAnswersAndScores() {
        Session low = ENGINE.assess(at("zelftest", WW_MBO), "zelftest", caas(2)).orElseThrow();
        assertThat(ENGINE.view(low, MONDAY_MORNING).content())
                .extracting(ContentItem::id)
                .containsExactly("lijstje", "zorg", "zorgen");
        Session high =
                ENGINE.assess(at("zelftest", WW_MBO), "zelftest", caas(4)).orElseThrow();
        assertThat(ENGINE.view(high, MONDAY_MORNING).content())
                .extracting(ContentItem::id)
                .containsExactly("lijstje", "zorg");
        Session s = at("q-wens", WW_MBO);
        s = ENGINE.answer(s, "q-wens", Answer.choice("techniek")).orElseThrow();
        s = at(s, "info-opties");
        assertThat(ENGINE.view(s, MONDAY_MORNING).content())
                .extracting(ContentItem::id)
                .containsExactly("lijstje", "zorgen");
    }

    private static Session at(Session s, String step) {
        while (!s.step().equals(step)) {
            switch (s.step()) {
                case "q-toelichting":
                    s = ENGINE.answer(s, "q-toelichting", Answer.text("Techniek"))
                            .orElseThrow();
                    break;
                case "q-zeker":
                    s = ENGINE.answer(s, "q-zeker", Answer.number(3)).orElseThrow();
                    break;
                case "zelftest":
                    s = ENGINE.assess(s, "zelftest", caas(1)).orElseThrow();
                    break;
                default:
                    throw new AssertionError(s.step());
            }
        }
        return s;
    }

    @Test
    void invalidAnswersNameTheReasonAndLeaveTheSessionUnchanged() {
        Session start = ENGINE.start(WW_MBO);
        Session uren = at("q-uren", WW_MBO);
        rejects(ENGINE.answer(start, "bestaat-niet", Answer.choice("ja")), start, ErrorReason.UNKNOWN_STEP);
        rejects(ENGINE.answer(start, "q-uren", Answer.number(20)), start, ErrorReason.NOT_CURRENT_STEP);
        rejects(ENGINE.answer(start, "welkom", Answer.choice("ja")), start, ErrorReason.WRONG_STEP_KIND);
        rejects(ENGINE.proceed(uren, "q-uren"), uren, ErrorReason.WRONG_STEP_KIND);
        rejects(ENGINE.assess(uren, "q-uren", caas(3)), uren, ErrorReason.WRONG_STEP_KIND);
        rejects(ENGINE.answer(uren, "q-uren", Answer.text("veel")), uren, ErrorReason.WRONG_ANSWER_KIND);
        rejects(ENGINE.answer(uren, "q-uren", Answer.number(61)), uren, ErrorReason.NUMBER_OUT_OF_RANGE);
        rejects(ENGINE.answer(uren, "q-uren", Answer.number(-1)), uren, ErrorReason.NUMBER_OUT_OF_RANGE);
        Session wens = at("q-wens", WW_MBO);
        rejects(ENGINE.answer(wens, "q-wens", Answer.choices("zorg", "bouw")), wens, ErrorReason.CHOICE_NOT_OFFERED);
        rejects(ENGINE.answer(wens, "q-wens", Answer.number(1)), wens, ErrorReason.WRONG_ANSWER_KIND);
        Session tekst = at("q-toelichting", WW_MBO);
        rejects(ENGINE.answer(tekst, "q-toelichting", Answer.text("x".repeat(41))), tekst, ErrorReason.TEXT_TOO_LONG);
        assertThat(ENGINE.answer(tekst, "q-toelichting", Answer.text("😀".repeat(40)))
                        .isAccepted())
                .isTrue();
        Session zeker = at("q-zeker", WW_MBO);
        rejects(ENGINE.answer(zeker, "q-zeker", Answer.number(6)), zeker, ErrorReason.NUMBER_OUT_OF_RANGE);
        rejects(ENGINE.answer(zeker, "q-zeker", Answer.number(2.5)), zeker, ErrorReason.NUMBER_OUT_OF_RANGE);
        Session test = at("zelftest", WW_MBO);
        rejects(ENGINE.assess(test, "zelftest", caas(6)), test, ErrorReason.INSTRUMENT_RESPONSES_INVALID);
        rejects(
                ENGINE.assess(test, "zelftest", Map.of("concern-1", 3)),
                test,
                ErrorReason.INSTRUMENT_RESPONSES_INVALID);
        Session vangnet = at("q-vangnet", WW_MBO);
        rejects(ENGINE.answer(vangnet, "q-vangnet", Answer.choices("ja")), vangnet, ErrorReason.WRONG_ANSWER_KIND);
        rejects(
                ENGINE.answer(vangnet, "q-vangnet", Answer.choice("misschien")),
                vangnet,
                ErrorReason.CHOICE_NOT_OFFERED);
        Session end = at("plan", WW_MBO);
        rejects(ENGINE.proceed(end, "plan"), end, ErrorReason.SESSION_COMPLETED);
        rejects(ENGINE.back(start), start, ErrorReason.NOTHING_TO_GO_BACK_TO);
        JourneyEngine other =
                JourneyEngine.compile(ReferenceJourneys.byId("looking-for-work").orElseThrow());
        rejects(other.proceed(start, "welkom"), start, ErrorReason.JOURNEY_MISMATCH);
    }

    @Test
    void errorsCarryLocatedBilingualDiagnostics() {
        Session wens = at("q-wens", WW_MBO);
        SessionError e = ENGINE.answer(wens, "q-wens", Answer.choices("zorg", "bouw"))
                .error()
                .orElseThrow();
        Diagnostic d = e.diagnostics().asList().get(0);
        assertThat(d.code()).isEqualTo("journeys.engine.choice-not-offered");
        assertThat(d.location().toString()).isEqualTo("/answer/choices/1");
        assertThat(e.message(Locale.ENGLISH))
                .contains("does not offer the answer given (choice 2)")
                .contains("zorg, techniek, onderwijs")
                .doesNotContain("bouw");
        assertThat(e.message(Locale.forLanguageTag("nl"))).contains("biedt het gegeven antwoord (keuze 2) niet aan");
        SessionError scoring = ENGINE.assess(at("zelftest", WW_MBO), "zelftest", caas(6))
                .error()
                .orElseThrow();
        assertThat(scoring.diagnostics().stream().map(Diagnostic::code))
                .contains("journeys.engine.instrument-responses-invalid", "core.competence.item-out-of-range");
        assertThatThrownBy(() ->
                        ENGINE.answer(wens, "q-wens", Answer.choice("bouw")).orElseThrow())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("choice-not-offered");
    }

    @Test
    void backReturnsToThePreviousStepKeepingTheAnswer() {
        Session s = at("q-wens", WW_MBO);
        SessionResult back = ENGINE.back(s);
        assertThat(back.isAccepted()).isTrue();
        Session b = back.session();
        assertThat(b.step()).isEqualTo("q-uren");
        assertThat(b.path()).containsExactly("welkom");
        assertThat(back.events()).extracting(SessionEvent::type).containsExactly(EventType.MOVED_BACK);
        StepView view = ENGINE.view(b, MONDAY_MORNING);
        assertThat(view.answer()).contains(Answer.number(24));
        assertThat(view.canGoBack()).isTrue();
        Session again = ENGINE.answer(b, "q-uren", Answer.number(4)).orElseThrow();
        assertThat(again.step()).isEqualTo("contact");
        assertThat(again.answer("q-uren")).contains(Answer.number(4));
        Session fromEnd = ENGINE.back(at("plan", WW_MBO)).orElseThrow();
        assertThat(fromEnd.completed()).isFalse();
        assertThat(fromEnd.step()).isEqualTo("gesprek");
    }

    @Test
    void theReferenceJourneysRunToAnOutcome() {
        JourneyEngine engine =
                JourneyEngine.compile(ReferenceJourneys.byId("looking-for-work").orElseThrow());
        Session s = engine.start(WW_MBO);
        StepView welkom = engine.view(s, MONDAY_MORNING);
        assertThat(welkom.content()).extracting(ContentItem::id).containsExactly("intro", "ww-plicht");
        s = engine.proceed(s, "welkom").orElseThrow();
        s = engine.answer(s, "q-situatie", Answer.choice("geen-werk")).orElseThrow();
        s = engine.answer(s, "q-richting", Answer.choice("geen-idee")).orElseThrow();
        s = engine.assess(s, "zelftest", caas(3)).orElseThrow();
        assertThat(engine.view(s, MONDAY_MORNING).content())
                .extracting(ContentItem::id)
                .containsExactly("kort-lijstje", "werk-nl");
        s = engine.proceed(s, "info-opties").orElseThrow();
        s = engine.answer(s, "q-vangnet", Answer.choice("ja")).orElseThrow();
        assertThat(s.step()).isEqualTo("gesprek");
        s = engine.proceed(s, "gesprek").orElseThrow();
        s = engine.answer(s, "q-keuze", Answer.choice("ja")).orElseThrow();
        s = engine.proceed(s, "actie-netwerk").orElseThrow();
        s = engine.proceed(s, "actie-solliciteren").orElseThrow();
        s = engine.answer(s, "q-lukt", Answer.choice("ja")).orElseThrow();
        assertThat(s.step()).isEqualTo("plan");
        assertThat(s.completed()).isTrue();
        assertThat(s.supportLevel()).isEqualTo(SupportLevel.SELF_HELP);
    }

    @Test
    void theEngineIsSharedSafelyAcrossThreads() throws Exception {
        Session expected = at("plan", WW_MBO);
        java.util.List<java.util.concurrent.Future<Session>> runs = new java.util.ArrayList<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            for (int i = 0; i < 16; i++) {
                runs.add(pool.submit(() -> at("plan", WW_MBO)));
            }
            for (java.util.concurrent.Future<Session> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static void rejects(SessionResult result, Session before, ErrorReason reason) {
        assertThat(result.isAccepted()).as("%s", result).isFalse();
        assertThat(result.session()).isSameAs(before);
        assertThat(result.events()).isEmpty();
        SessionError error = result.error().orElseThrow();
        assertThat(error.reason()).isEqualTo(reason);
        assertThat(error.diagnostics().hasErrors()).isTrue();
        assertThat(error.diagnostics().stream().map(Diagnostic::code)).contains(reason.diagnosticCode());
    }
}
