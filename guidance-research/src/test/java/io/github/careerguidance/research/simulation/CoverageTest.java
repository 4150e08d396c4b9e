/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.journeys.check.CheckPolicy;
import io.github.careerguidance.journeys.check.RuleLevel;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.format.JourneyFormat;
import io.github.careerguidance.journeys.model.Journey;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A journey whose rates can be computed by hand: an information step with drop-out hazard 0.2, then a question
 * answered "links" with probability 0.3 and "rechts" with 0.7, each leading to its own outcome. So completion is
 * 0.8, the share of clients at outcome "links" is 0.8 x 0.3 = 0.24 and the drop-out at the information step
 * 0.2. Over 200 fixed seeds of 150 clients, each 95 % Wilson interval must cover the true value about 95 % of the
 * time: the count of covering seeds must lie in the central 99.9 % range of Binomial(200, 0.95), 181 to 198
 * (P(X <= 180) ~ 0.0004, P(X >= 199) ~ 0.0004, computed from the binomial distribution). The seeds are fixed, so
 * the test cannot flake.
 */
class CoverageTest {
    static final String JOURNEY = "id: twee-wegen\nversion: 1.0.0\ntitle: {nl: Twee wegen, en: Two ways}\n"
            + "goals: [looking-for-work]\nlocales: [nl]\nstart: uitleg\nsteps:\n"
            + "  - {id: uitleg, kind: information, phase: communication, durationMinutes: 2, title: {nl: Uitleg},"
            + " content: [{id: tekst, text: {nl: Je kiest zo een weg.}}], transitions: [{target: q-weg}]}\n"
            + "  - id: q-weg\n    kind: question\n    phase: valuing\n    durationMinutes: 1\n    title: {nl: Welke weg?}\n"
            + "    question: {type: single-choice, prompt: {nl: Welke weg kies je?}, choices: [{code: links, label: {nl: Links}},"
            + " {code: rechts, label: {nl: Rechts}}]}\n"
            + "    transitions: [{target: links, when: {equals: {answer: q-weg, value: links}}}, {target: rechts}]\n"
            + "  - {id: links, kind: outcome, phase: execution, title: {nl: Links}, outcome: {type: plan, text: {nl: Links.}}}\n"
            + "  - {id: rechts, kind: outcome, phase: execution, title: {nl: Rechts}, outcome: {type: plan, text: {nl: Rechts.}}}\n";

    static Journey journey() {
        return JourneyFormat.yaml().read(JOURNEY).orElseThrow();
    }

    static PopulationModel population() {
        return PopulationModel.builder()
                .id("twee-wegen")
                .putGoal("looking-for-work", 1.0)
                .putQuestion(
                        "q-weg",
                        List.of(AnswerRule.builder()
                                .putAnswer("links", 0.3)
                                .putAnswer("rechts", 0.7)
                                .build()))
                .putDropOut("information", 0.2)
                .build();
    }

    /** A research sketch: no person within reach and no reflection, so those policy rules are off. */
    static JourneyEngine engine() {
        return JourneyEngine.compiler()
                .checkPolicy(CheckPolicy.builder()
                        .contactReach(RuleLevel.OFF)
                        .professionalReflection(RuleLevel.OFF)
                        .pathLength(RuleLevel.OFF)
                        .build())
                .compile(journey());
    }

    @Test
    void theJourneyIsCleanAndThePopulationFits() {
        assertThat(population().check(List.of(journey()))).isEmpty();
    }

    @Test
    void wilsonIntervalsCoverTheTrueRatesAtTheirNominalFrequency() {
        JourneyEngine engine = engine();
        int completion = 0;
        int links = 0;
        int dropOut = 0;
        int seeds = 200;
        for (int seed = 0; seed < seeds; seed++) {
            SimulationSummary s = Simulator.builder()
                    .population(population())
                    .clients(150)
                    .seed(seed)
                    .topPaths(0)
                    .build()
                    .run("A", engine);
            completion += s.metric("completion", "", "").orElseThrow().lower().orElseThrow() <= 0.8
                            && 0.8
                                    <= s.metric("completion", "", "")
                                            .orElseThrow()
                                            .upper()
                                            .orElseThrow()
                    ? 1
                    : 0;
            Metric l = s.metric("outcome", "twee-wegen", "links").orElseThrow();
            links += l.lower().orElseThrow() <= 0.24 && 0.24 <= l.upper().orElseThrow() ? 1 : 0;
            Metric d = s.metric("drop-out", "twee-wegen", "uitleg").orElseThrow();
            dropOut += d.lower().orElseThrow() <= 0.2 && 0.2 <= d.upper().orElseThrow() ? 1 : 0;
            assertThat(s.metric("steps-to-outcome", "statistic", "p50")
                            .orElseThrow()
                            .estimate())
                    .isEqualTo(2.0);
            assertThat(s.metric("minutes-to-outcome", "statistic", "mean")
                            .orElseThrow()
                            .estimate())
                    .isEqualTo(3.0);
        }
        assertThat(completion).as("completion coverage").isBetween(181, 198);
        assertThat(links).as("outcome 'links' coverage").isBetween(181, 198);
        assertThat(dropOut).as("drop-out coverage").isBetween(181, 198);
    }
}
