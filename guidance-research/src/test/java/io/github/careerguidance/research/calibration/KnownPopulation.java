/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.calibration;

import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.reference.ReferenceJourneys;
import io.github.careerguidance.research.simulation.PopulationModel;
import io.github.careerguidance.research.simulation.Simulator;
import java.util.List;

/** A population with known probabilities on the reference journey looking-for-work, and its simulated sessions. */
final class KnownPopulation {
    static final Journey JOURNEY = ReferenceJourneys.byId("looking-for-work").orElseThrow();

    static final String YAML = String.join(
            "\n",
            "id: bekend",
            "goals: {looking-for-work: 1.0}",
            "profile:",
            "  ageBand: {23-29: 0.5, 45-54: 0.5}",
            "  employment: {employed: 0.4, unemployed-with-benefit: 0.6}",
            "questions:",
            "  q-situatie:",
            "    - when: {profile: {employment: [employed]}}",
            "      answers: {ander-werk: 0.85, geen-werk: 0.05, terugkeer: 0.10}",
            "    - answers: {geen-werk: 0.75, ander-werk: 0.05, terugkeer: 0.20}",
            "  q-richting:",
            "    - answers: {duidelijk: 0.35, een-paar: 0.45, geen-idee: 0.20}",
            "  q-vangnet:",
            "    - answers: {ja: 0.65, deels: 0.27, nee: 0.08}",
            "  q-keuze:",
            "    - answers: {ja: 0.80, nog-niet: 0.20}",
            "assessments:",
            "  zelftest:",
            "    - responses: {1: 0.05, 2: 0.15, 3: 0.35, 4: 0.30, 5: 0.15}",
            "dropOut: {information: 0.03, question: 0.02, assessment: 0.10, reflection: 0.05, action: 0.08,"
                    + " contact: 0.04}",
            "contactRequest: 0.01",
            "maxSteps: 100",
            "");

    private KnownPopulation() {}

    static PopulationModel model() {
        return PopulationModel.parse(YAML, true).orElseThrow();
    }

    /** The engine, recording every session into the recorder. */
    static JourneyEngine engine(SessionRecorder recorder) {
        return JourneyEngine.compiler().listener(recorder).compile(JOURNEY);
    }

    /** Simulates clients and returns the recorder with their sessions. */
    static SessionRecorder simulate(long clients, long seed) {
        SessionRecorder recorder = new SessionRecorder();
        Simulator.builder()
                .population(model())
                .clients(clients)
                .seed(seed)
                .threads(1)
                .build()
                .run("A", engine(recorder));
        return recorder;
    }

    static List<Journey> design() {
        return List.of(JOURNEY);
    }
}
