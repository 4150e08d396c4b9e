/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine;

import static io.github.careerguidance.journeys.engine.EngineFixtures.MONDAY_MORNING;
import static io.github.careerguidance.journeys.engine.EngineFixtures.WW_MBO;
import static io.github.careerguidance.journeys.engine.EngineFixtures.caas;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.core.readiness.ReadinessAssessment;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.journeys.model.ImmutableJourney;
import io.github.careerguidance.journeys.model.ImmutableQuestion;
import io.github.careerguidance.journeys.model.ImmutableStep;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.Step;
import io.github.careerguidance.journeys.reference.ReferenceJourneys;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ResumeReplayTest {
    private static final JourneyEngine V1 = JourneyEngine.compile(EngineFixtures.small("1.0.0", true));
    private static final JourneyEngine V1_1 = JourneyEngine.compile(EngineFixtures.small("1.1.0", true));
    private static final JourneyEngine V2_WITHOUT_TEXT = JourneyEngine.compile(EngineFixtures.small("2.0.0", false));

    /** A session with a readiness start, a back, a contact request, a stall and an assessment, at q-vangnet. */
    private static Session busy(JourneyEngine engine) {
        Session s = engine.start(WW_MBO, ReadinessAssessment.of(0.9, 0.1));
        s = engine.proceed(s, "welkom").orElseThrow();
        s = engine.answer(s, "q-uren", Answer.number(new BigDecimal("32.5"))).orElseThrow();
        s = engine.back(s).orElseThrow();
        s = engine.answer(s, "q-uren", Answer.number(30)).orElseThrow();
        s = engine.back(s).orElseThrow();
        s = engine.answer(s, "q-uren", Answer.number(28)).orElseThrow();
        s = engine.answer(s, "q-wens", Answer.choices("zorg", "onderwijs")).orElseThrow();
        s = engine.requestContact(s).orElseThrow();
        s = engine.answer(s, "q-toelichting", Answer.text("Ik wil \"iets\" betekenen — écht"))
                .orElseThrow();
        s = engine.answer(s, "q-zeker", Answer.number(5)).orElseThrow();
        s = engine.assess(s, "zelftest", caas(3)).orElseThrow();
        return engine.proceed(s, "info-opties").orElseThrow();
    }

    @Test
    void sessionsRoundTripAsCompactJson() {
        Session s = busy(V1);
        String json = V1.store(s);
        assertThat(json)
                .doesNotContain("null")
                .doesNotContain("\"completed\"")
                .contains("\"log\"")
                .doesNotContain("\"path\"")
                .doesNotContain("\"visits\"")
                .doesNotContain("\"answers\"");
        assertThat(V1.resume(json).orElseThrow()).isEqualTo(s);
        assertThat(s.toString()).doesNotContain("zorg").doesNotContain("mbo");
        assertThat(json)
                .doesNotContain("\n")
                .startsWith("{\"format\":2,\"journey\":\"werk-op-maat\",\"version\":\"1.0.0\"")
                .contains("[\"m\",\"q-wens\",[\"zorg\",\"onderwijs\"]]")
                .contains("\"Ik wil \\\"iets\\\" betekenen — écht\"");
        assertThat(json.split("\"educationLevel\"", -1)).hasSize(2);
        assertThat(json.length())
                .isLessThan(1700)
                .isLessThan(GuidanceCodec.json().writeLine(s).length() * 2 / 3);
    }

    @Test
    void format1SnapshotsWrittenBeforeFormat2StillResume() {
        Session s = busy(V1);
        String format1 = GuidanceCodec.json().writeLine(s);
        assertThat(format1)
                .startsWith("{\"journey\":\"werk-op-maat\"")
                .contains("\"visits\"")
                .doesNotContain("\"format\"");
        assertThat(GuidanceCodec.json().read(format1, Session.class).orElseThrow())
                .isEqualTo(s);
        Session resumed = V1.resume(format1).orElseThrow();
        assertThat(resumed).isEqualTo(s);
        assertThat(V1.answer(resumed, "q-richting", Answer.choice("twijfel")).isAccepted())
                .isEqualTo(V1.answer(s, "q-richting", Answer.choice("twijfel")).isAccepted());
    }

    @Test
    void backAndAnsweringAgainSurviveFormat2() {
        Session s = V1.back(V1.back(busy(V1)).orElseThrow()).orElseThrow();
        assertThat(s.step()).isEqualTo("zelftest");
        Session again = V1.assess(s, "zelftest", caas(4)).orElseThrow();
        for (Session each : List.of(s, again, V1.requestContact(again).orElseThrow())) {
            Session resumed = V1.resume(V1.store(each)).orElseThrow();
            assertThat(resumed).isEqualTo(each);
            assertThat(resumed.visits()).isEqualTo(each.visits()).containsEntry("zelftest", 2);
            assertThat(resumed.path()).isEqualTo(each.path());
            assertThat(resumed.scores()).isEqualTo(each.scores());
        }
    }

    @Test
    void aSessionWhoseStateDoesNotFollowFromItsLogIsStoredInFormat1() {
        Session s = busy(V1);
        Session handMade = Session.builder()
                .from(s)
                .putAllVisits(java.util.Map.of("welkom", 7))
                .build();
        String json = V1.store(handMade);
        assertThat(json).doesNotContain("\"format\"").contains("\"welkom\":7");
        assertThat(V1.resume(json).orElseThrow()).isEqualTo(handMade);
    }

    @Test
    void malformedFormat2SnapshotsGiveDiagnosticsWithAPointer() {
        String json = V1.store(busy(V1));
        for (String[] broken : new String[][] {
            {"[\"p\",\"welkom\"]", "[\"x\",\"welkom\"]", "/log/1/0"},
            {"[\"p\",\"welkom\"]", "[\"p\"]", "/log/1"},
            {"[\"p\",\"welkom\"]", "[\"p\",\"welkom\",3]", "/log/1"},
            {"\"format\":2", "\"format\":9", "/format"},
            {"\"supportLevel\":\"individual-case-managed\"", "\"supportLevel\":\"heel-veel\"", "/supportLevel"},
            {"\"format\":2,", "\"format\":2,\"extra\":1,", "/extra"}
        }) {
            assertThat(json).contains(broken[0]);
            ReadResult<Session> r = V1.resume(json.replaceFirst(
                    java.util.regex.Pattern.quote(broken[0]), java.util.regex.Matcher.quoteReplacement(broken[1])));
            assertThat(r.isSuccessful()).as(broken[1]).isFalse();
            Diagnostic d = r.diagnostics().asList().get(0);
            assertThat(d.code()).isEqualTo("journeys.resume.malformed");
            assertThat(d.location().toString()).as(broken[1]).isEqualTo(broken[2]);
        }
    }

    @Test
    void snapshotResumeGivesTheSameView() {
        Session s = busy(V1);
        Session resumed = V1.resume(V1.store(s)).orElseThrow();
        assertThat(V1.view(resumed, MONDAY_MORNING)).isEqualTo(V1.view(s, MONDAY_MORNING));
    }

    @Test
    void resumingOnANewerCompatibleVersionMovesTheSessionToIt() {
        Session old = busy(V1);
        ReadResult<Session> resumed = V1_1.resume(V1.store(old));
        assertThat(resumed.isSuccessful()).as("%s", resumed).isTrue();
        Session s = resumed.orElseThrow();
        assertThat(s.version()).isEqualTo("1.1.0");
        assertThat(s.events().get(s.events().size() - 1)).isEqualTo(SessionEvent.resumed("1.0.0", "1.1.0"));
        assertThat(s.answers()).isEqualTo(old.answers());
        s = V1_1.answer(s, "q-vangnet", Answer.choice("ja")).orElseThrow();
        s = V1_1.proceed(s, "actie").orElseThrow();
        s = V1_1.proceed(s, "gesprek").orElseThrow();
        assertThat(s.completed()).isTrue();
        assertThat(V1_1.replay(s.events()).orElseThrow()).isEqualTo(s);
    }

    @Test
    void anOldVersionSessionMustBeResumedBeforeUse() {
        Session old = busy(V1);
        SessionResult r = V1_1.answer(old, "q-vangnet", Answer.choice("ja"));
        assertThat(r.isAccepted()).isFalse();
        assertThat(r.session()).isSameAs(old);
        assertThat(r.error().orElseThrow().reason()).isEqualTo(ErrorReason.JOURNEY_MISMATCH);
        assertThat(r.error().orElseThrow().message(Locale.ENGLISH)).contains("resume it first");
        assertThatThrownBy(() -> V1_1.view(old, MONDAY_MORNING))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("resume it first");
    }

    @Test
    void resumingFailsNamingTheMissingQuestion() {
        ReadResult<Session> r = V2_WITHOUT_TEXT.resume(busy(V1));
        assertThat(r.isSuccessful()).isFalse();
        Diagnostic d = r.diagnostics().asList().get(0);
        assertThat(d.code()).isEqualTo("journeys.resume.missing-question");
        assertThat(d.location().toString()).isEqualTo("/answers/q-toelichting");
        assertThat(d.message(Locale.ENGLISH))
                .contains("q-toelichting")
                .contains("werk-op-maat")
                .contains("2.0.0");
        assertThat(d.message(Locale.forLanguageTag("nl"))).contains("q-toelichting");
    }

    @Test
    void resumingFailsNamingTheMissingCurrentStep() {
        Session s = V1.proceed(V1.start(WW_MBO), "welkom").orElseThrow();
        s = V1.answer(s, "q-uren", Answer.number(30)).orElseThrow();
        s = V1.answer(s, "q-wens", Answer.choice("zorg")).orElseThrow();
        assertThat(s.step()).isEqualTo("q-toelichting");
        ReadResult<Session> r = V2_WITHOUT_TEXT.resume(V1.store(s));
        assertThat(r.diagnostics().stream().map(Diagnostic::code)).containsExactly("journeys.resume.missing-step");
        assertThat(r.diagnostics().asList().get(0).location().toString()).isEqualTo("/step");
    }

    @Test
    void resumingFailsWhenAnAnswerNoLongerFits() {
        Journey v1 = EngineFixtures.small("1.0.0", true);
        List<Step> steps = new ArrayList<>();
        for (Step step : v1.steps()) {
            steps.add(
                    !step.id().equals("q-uren")
                            ? step
                            : ImmutableStep.copyOf(step)
                                    .withQuestion(ImmutableQuestion.copyOf(
                                                    step.question().orElseThrow())
                                            .withMax(BigDecimal.valueOf(24))));
        }
        JourneyEngine fewerHours = JourneyEngine.compile(
                ImmutableJourney.copyOf(v1).withVersion("1.2.0").withSteps(steps));
        ReadResult<Session> r = fewerHours.resume(busy(V1));
        assertThat(r.diagnostics().stream().map(Diagnostic::code)).containsExactly("journeys.resume.answer-invalid");
        assertThat(r.diagnostics().render(Locale.ENGLISH)).contains("q-uren").contains("number-out-of-range");
    }

    @Test
    void resumingRejectsUnreadableJsonAndOtherJourneys() {
        assertThat(V1.resume("{\"journey\": 3").isSuccessful()).isFalse();
        assertThat(V1.resume("{}").diagnostics().hasErrors()).isTrue();
        JourneyEngine other =
                JourneyEngine.compile(ReferenceJourneys.byId("must-retrain").orElseThrow());
        ReadResult<Session> r = other.resume(busy(V1));
        assertThat(r.diagnostics().stream().map(Diagnostic::code)).containsExactly("journeys.engine.journey-mismatch");
    }

    @Test
    void replayingTheEventLogReproducesTheSession() {
        Session s = busy(V1);
        // q-uren and then q-wens are each entered a third time: two stalls, self-help to case-managed
        assertThat(s.supportLevel()).isEqualTo(SupportLevel.INDIVIDUAL_CASE_MANAGED);
        assertThat(s.events())
                .filteredOn(e -> e.type() == EventType.ESCALATED)
                .extracting(e -> e.step().orElseThrow())
                .containsExactly("q-uren", "q-wens");
        assertThat(s.events())
                .extracting(SessionEvent::type)
                .contains(EventType.MOVED_BACK, EventType.CONTACT_REQUESTED, EventType.ESCALATED, EventType.ASSESSED);
        assertThat(V1.replay(s.events()).orElseThrow()).isEqualTo(s);
        Session done = V1.answer(s, "q-vangnet", Answer.choice("nee")).orElseThrow();
        assertThat(V1.replay(done.events()).orElseThrow()).isEqualTo(done);
        List<SessionEvent> inputsOnly = new ArrayList<>();
        for (SessionEvent e : done.events()) {
            if (e.type().isInput()) {
                inputsOnly.add(e);
            }
        }
        assertThat(V1.replay(inputsOnly).orElseThrow()).isEqualTo(done);
    }

    @Test
    void replayNamesTheFirstEventThatCannotBeReplayed() {
        assertThat(V1.replay(List.of()).diagnostics().stream().map(Diagnostic::code))
                .containsExactly("journeys.engine.replay-not-started");
        List<SessionEvent> events = new ArrayList<>(busy(V1).events());
        int at = 0;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).type() == EventType.ANSWERED
                    && events.get(i).step().orElseThrow().equals("q-wens")) {
                at = i;
            }
        }
        events.set(at, SessionEvent.answered("q-wens", Answer.choice("bouw")));
        ReadResult<Session> r = V1.replay(events);
        assertThat(r.isSuccessful()).isFalse();
        assertThat(r.diagnostics().stream().map(Diagnostic::code))
                .contains("journeys.engine.replay-rejected", "journeys.engine.choice-not-offered");
        assertThat(r.diagnostics()
                        .withCode("journeys.engine.replay-rejected")
                        .asList()
                        .get(0)
                        .location()
                        .toString())
                .isEqualTo("/" + at);
    }

    @Test
    void eventsHaveExactlyTheFieldsOfTheirType() {
        assertThatThrownBy(() -> SessionEvent.builder()
                        .type(EventType.ANSWERED)
                        .step("q")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("answered event needs 'answer'");
        assertThatThrownBy(() -> SessionEvent.builder()
                        .type(EventType.COMPLETED)
                        .step("q")
                        .answer(Answer.choice("ja"))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not have 'answer'");
        assertThat(GuidanceCodec.json()
                        .read("{\"type\": \"escalated\", \"step\": \"q\"}", SessionEvent.class)
                        .diagnostics()
                        .hasErrors())
                .isTrue();
        for (SessionEvent e : busy(V1).events()) {
            assertThat(GuidanceCodec.json()
                            .read(GuidanceCodec.json().write(e), SessionEvent.class)
                            .orElseThrow())
                    .isEqualTo(e);
        }
    }
}
