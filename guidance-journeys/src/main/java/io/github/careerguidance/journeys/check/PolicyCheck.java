/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.check;

import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.journeys.internal.JourneyMessages;
import io.github.careerguidance.journeys.model.Step;
import java.util.Map;

/** The rules of a {@link CheckPolicy}: contact reach, reflection with a professional, path length. */
final class PolicyCheck {
    private final JourneyGraph graph;
    private final CheckPolicy policy;
    private final Diagnostics.Builder out;

    PolicyCheck(JourneyGraph graph, CheckPolicy policy, Diagnostics.Builder out) {
        this.graph = graph;
        this.policy = policy;
        this.out = out;
    }

    void run() {
        if (graph.size() == 0 || graph.start() < 0) {
            return;
        }
        int[] fromStart = graph.distances(new int[] {graph.start()}, false, x -> false);
        policy.contactReach().severity().ifPresent(severity -> {
            int[] toContact = graph.distances(graph.nodes(Step::isHumanContact), true, x -> false);
            for (int i = 0; i < graph.size(); i++) {
                Step s = graph.step(i);
                if (s.isOutcome() || fromStart[i] == JourneyGraph.UNREACHABLE || graph.indexOf(s.id()) != i) {
                    continue;
                }
                if (toContact[i] > policy.maxStepsToContact()) {
                    out.add(JourneyMessages.diagnostic(
                            severity,
                            "journeys.policy.contact-out-of-reach",
                            JsonPointer.of("steps").append(i),
                            Map.of(
                                    "step",
                                    s.id(),
                                    "max",
                                    policy.maxStepsToContact(),
                                    "distance",
                                    toContact[i] == JourneyGraph.UNREACHABLE ? "-" : toContact[i])));
                }
            }
        });
        policy.professionalReflection().severity().ifPresent(severity -> {
            int[] bypass = graph.distances(
                    new int[] {graph.start()}, false, x -> graph.step(x).isReflectionWithProfessional());
            boolean startIsReflection = graph.step(graph.start()).isReflectionWithProfessional();
            for (int i = 0; i < graph.size(); i++) {
                if (!startIsReflection
                        && graph.step(i).isOutcome()
                        && bypass[i] != JourneyGraph.UNREACHABLE
                        && graph.indexOf(graph.step(i).id()) == i) {
                    out.add(JourneyMessages.diagnostic(
                            severity,
                            "journeys.policy.no-professional-reflection",
                            JsonPointer.of("steps").append(i),
                            Map.of("step", graph.step(i).id())));
                }
            }
        });
        policy.pathLength().severity().ifPresent(severity -> {
            int shortest = JourneyGraph.UNREACHABLE;
            int outcome = -1;
            for (int i = 0; i < graph.size(); i++) {
                if (graph.step(i).isOutcome() && fromStart[i] < shortest) {
                    shortest = fromStart[i];
                    outcome = i;
                }
            }
            if (outcome < 0) {
                return; // no outcome reachable: reported as a trap
            }
            int steps = shortest + 1;
            if (steps < policy.minPathLength()) {
                out.add(JourneyMessages.diagnostic(
                        severity,
                        "journeys.policy.path-too-short",
                        JsonPointer.of("start"),
                        Map.of(
                                "length",
                                steps,
                                "min",
                                policy.minPathLength(),
                                "outcome",
                                graph.step(outcome).id())));
            }
            if (steps > policy.maxPathLength()) {
                out.add(JourneyMessages.diagnostic(
                        severity,
                        "journeys.policy.path-too-long",
                        JsonPointer.of("start"),
                        Map.of(
                                "length",
                                steps,
                                "max",
                                policy.maxPathLength(),
                                "outcome",
                                graph.step(outcome).id())));
            }
        });
    }
}
