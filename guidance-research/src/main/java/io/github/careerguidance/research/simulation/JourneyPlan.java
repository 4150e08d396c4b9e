/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.simulation;

import io.github.careerguidance.core.competence.DimensionRef;
import io.github.careerguidance.core.competence.Instrument;
import io.github.careerguidance.core.competence.Item;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.model.Choice;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.Step;
import io.github.careerguidance.journeys.model.StepKind;
import io.github.careerguidance.research.internal.PopulationCodes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the simulator needs to know about one engine's journey, read once from {@code engine.journey()}: step
 * indices, kinds, declared minutes, competencies, phases, human touchpoints and the population's samplers per
 * step. Immutable after construction; shared by all worker threads.
 */
final class JourneyPlan {
    final int index;
    final JourneyEngine engine;
    final Journey journey;
    final Map<String, Integer> stepIndex;
    final Step[] steps;
    final StepKind[] kinds;
    final int[] minutes;
    final boolean hasDurations;
    final int[][] competencies;
    final int[] phases;
    final boolean[] withProfessional;
    final QuestionSampler[] questions;
    final ResponseSampler[] assessments;
    final String[][] items;

    JourneyPlan(
            int index, JourneyEngine engine, PopulationModel population, Map<DimensionRef, Integer> competenceIndex) {
        this.index = index;
        this.engine = engine;
        this.journey = engine.journey();
        int n = journey.steps().size();
        this.steps = journey.steps().toArray(new Step[0]);
        this.stepIndex = new HashMap<>();
        this.kinds = new StepKind[n];
        this.minutes = new int[n];
        this.competencies = new int[n][];
        this.phases = new int[n];
        this.withProfessional = new boolean[n];
        this.questions = new QuestionSampler[n];
        this.assessments = new ResponseSampler[n];
        this.items = new String[n][];
        boolean durations = false;
        for (int i = 0; i < n; i++) {
            Step s = steps[i];
            stepIndex.putIfAbsent(s.id(), i);
            kinds[i] = s.kind();
            minutes[i] = s.durationMinutes().orElse(0);
            durations |= s.durationMinutes().isPresent();
            competencies[i] = new int[s.competencies().size()];
            for (int c = 0; c < competencies[i].length; c++) {
                competencies[i][c] = competenceIndex.get(s.competencies().get(c));
            }
            phases[i] = s.phase().ordinal();
            withProfessional[i] = s.isReflectionWithProfessional();
            if (s.kind() == StepKind.QUESTION) {
                questions[i] =
                        new QuestionSampler(s, rules(population.questions(), s.id()), population.safetyNetFailure());
            } else if (s.kind() == StepKind.ASSESSMENT) {
                Optional<Instrument> instrument = PopulationCodes.instrument(s);
                if (instrument.isPresent()) {
                    List<String> ids = new ArrayList<>();
                    for (Item item : instrument.get().items()) {
                        ids.add(item.id());
                    }
                    items[i] = ids.toArray(new String[0]);
                }
                assessments[i] = new ResponseSampler(
                        rules(population.assessments(), s.id()),
                        instrument.map(x -> x.responseScale().min()).orElse(1),
                        instrument.map(x -> x.responseScale().max()).orElse(5));
            }
        }
        this.hasDurations = durations;
    }

    private <R> List<R> rules(Map<String, List<R>> byKey, String step) {
        List<R> scoped = byKey.get(journey.id() + "/" + step);
        if (scoped != null) {
            return scoped;
        }
        return byKey.getOrDefault(step, List.of());
    }

    int indexOf(String step) {
        return stepIndex.get(step);
    }

    /** Escalating choice codes of a question, for a safety net. */
    static List<String> escalating(Step step) {
        List<String> codes = new ArrayList<>();
        for (Choice c : step.question().orElseThrow().choices()) {
            if (c.escalate()) {
                codes.add(c.code());
            }
        }
        return codes;
    }
}
