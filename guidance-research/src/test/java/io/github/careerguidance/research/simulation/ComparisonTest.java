/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.format.JourneyFormat;
import io.github.careerguidance.journeys.model.Journey;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A/B on the same population and seed. */
class ComparisonTest {
    @Test
    void aDesignAgainstItselfDiffersByNothing() {
        Simulator sim = Simulator.builder()
                .population(Populations.lookingForWork())
                .clients(500)
                .seed(11)
                .build();
        JourneyEngine e = Populations.lookingForWorkEngine();
        DesignComparison same = DesignComparison.of(sim.run("A", e), sim.run("B", e));
        MetricDifference completion = same.difference("completion", "", "").orElseThrow();
        assertThat(completion.difference()).isZero();
        assertThat(completion.lower().orElseThrow()).isNegative();
        assertThat(completion.upper().orElseThrow()).isPositive();
        assertThat(completion.method()).isEqualTo("newcombe-hybrid-score");
        assertThat(same.difference("steps-to-outcome", "statistic", "mean")
                        .orElseThrow()
                        .method())
                .isEqualTo("normal-unequal-variance");
        assertThat(same.difference("steps-to-outcome", "statistic", "p90")
                        .orElseThrow()
                        .method())
                .isEqualTo("none");
    }

    @Test
    void removingTheDropOutStepShowsUpAsAHigherCompletion() {
        Journey a = CoverageTest.journey();
        // design B skips the explanation: it starts at the question
        Journey b = JourneyFormat.yaml()
                .read(CoverageTest.JOURNEY
                        .replace("start: uitleg", "start: q-weg")
                        .replaceAll("(?m)^  - \\{id: uitleg.*\\n", ""))
                .orElseThrow();
        Simulator sim = Simulator.builder()
                .population(CoverageTest.population())
                .clients(2000)
                .seed(4)
                .build();
        SimulationSummary sa = sim.run("A", CoverageTest.engine());
        SimulationSummary sb = sim.run(
                "B",
                io.github.careerguidance.journeys.engine.JourneyEngine.compiler()
                        .checkPolicy(io.github.careerguidance.journeys.check.CheckPolicy.builder()
                                .contactReach(io.github.careerguidance.journeys.check.RuleLevel.OFF)
                                .professionalReflection(io.github.careerguidance.journeys.check.RuleLevel.OFF)
                                .pathLength(io.github.careerguidance.journeys.check.RuleLevel.OFF)
                                .build())
                        .compile(b));
        MetricDifference d =
                DesignComparison.of(sa, sb).difference("completion", "", "").orElseThrow();
        assertThat(d.b()).isEqualTo(1.0);
        assertThat(d.difference()).isCloseTo(0.2, within(0.03));
        assertThat(d.lower().orElseThrow()).isPositive();
        assertThat(d.lower().orElseThrow()).isLessThan(0.2);
        assertThat(d.upper().orElseThrow()).isGreaterThan(0.2);
        assertThat(a.id()).isEqualTo("twee-wegen");
        assertThat(DesignComparison.of(sa, sb).differences()).isNotEmpty();
        assertThat(List.of(sa.design(), sb.design())).containsExactly("A", "B");
    }
}
