/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.benchmarks.journey.DecisionJourney;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.journeys.check.JourneyChecker;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.engine.Session;
import io.github.careerguidance.journeys.engine.SessionResult;
import io.github.careerguidance.journeys.engine.StepView;
import io.github.careerguidance.journeys.model.ContentItem;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.StepKind;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The decision benchmark's journey is valid and its decision does what the benchmark claims: CI runs this. */
class DecisionEquivalenceTest {
    private final JourneyEngine engine = DecisionJourney.engine();

    @Test
    void journeyHasThirtyStepsAndPassesTheChecker() {
        Journey journey = DecisionJourney.journey();
        Diagnostics found = JourneyChecker.ofDefaults().check(journey);
        assertThat(found.hasErrors()).as(found.render(Locale.ENGLISH)).isFalse();
        assertThat(found.asList()).as("no warnings either").isEmpty();
        assertThat(journey.steps()).hasSize(30);
        assertThat(journey.steps().stream().filter(s -> s.kind() == StepKind.QUESTION))
                .hasSize(20);
        assertThat(journey.steps().stream().map(s -> s.kind()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(StepKind.values());
    }

    @Test
    void benchmarkedDecisionIsAcceptedAndLandsOnTheNarrowedInformationStep() {
        Session at = DecisionJourney.atDecision(engine);
        assertThat(at.step()).isEqualTo(DecisionJourney.DECISION_STEP);
        assertThat(at.answers()).hasSize(8);
        assertThat(at.scores()).containsKey("caas-24");

        SessionResult result = engine.answer(at, DecisionJourney.DECISION_STEP, DecisionJourney.DECISION_ANSWER);
        assertThat(result.isAccepted()).isTrue();
        assertThat(result.session().step()).isEqualTo(DecisionJourney.DECISION_NEXT);
        // the operation does not change the benchmark's state: the same call gives an equal result
        assertThat(engine.answer(at, DecisionJourney.DECISION_STEP, DecisionJourney.DECISION_ANSWER)
                        .session())
                .isEqualTo(result.session());

        StepView view = engine.view(result.session(), DecisionJourney.MONDAY_MORNING);
        assertThat(view.kind()).isEqualTo(StepKind.INFORMATION);
        // Utrecht, WW and MBO 4: the Utrecht and WW items show, North Holland and remote work do not
        assertThat(view.content()).extracting(ContentItem::id).containsExactly("werkbedrijf", "ut", "ww-regio");
        assertThat(view.contactOffer().options()).isNotEmpty();
        assertThat(view.contactOffer().options())
                .anySatisfy(o -> assertThat(o.open()).isTrue());

        // answerThenViewAfterHours: the same step and content, every option closed with its next opening
        StepView closed = engine.view(result.session(), DecisionJourney.SATURDAY_NIGHT);
        assertThat(closed.step()).isEqualTo(view.step());
        assertThat(closed.content()).isEqualTo(view.content());
        assertThat(closed.contactOffer().options()).isNotEmpty().allSatisfy(o -> {
            assertThat(o.open()).isFalse();
            assertThat(o.nextOpening()).isPresent();
        });
    }

    @Test
    void twentyAnswerWalkCompletesAndStoresCompactly() {
        Session twenty = SessionSizeProbe.session(engine);
        assertThat(twenty.answers()).hasSize(SessionSizeProbe.ANSWERS);
        String json = engine.store(twenty);
        assertThat(json).doesNotContain("\n").startsWith("{");
        assertThat(engine.resume(json).orElseThrow()).isEqualTo(twenty);

        Session end = twenty;
        while (!end.completed()) {
            end = DecisionJourney.decide(engine, end, DecisionJourney.ANSWERS).orElseThrow();
        }
        assertThat(end.step()).isEqualTo("plan");
        assertThat(end.path()).contains("zelftest", "info-opties", "q-reistijd", "contact-adviseur", "gesprek");
    }

    @Test
    void highConcernScoreSkipsTheOptionsOverview() {
        Session s = DecisionJourney.walk(engine, DecisionJourney.ANSWERS, "zelftest", Integer.MAX_VALUE);
        Session high = engine.assess(s, "zelftest", DecisionJourney.caas(5)).orElseThrow();
        Session mid = engine.assess(s, "zelftest", DecisionJourney.caas(3)).orElseThrow();
        assertThat(high.step()).isEqualTo("q-richting");
        assertThat(mid.step()).isEqualTo("info-opties");
    }
}
