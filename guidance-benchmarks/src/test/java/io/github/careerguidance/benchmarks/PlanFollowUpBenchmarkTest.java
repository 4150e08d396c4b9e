/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.plan.ActionPlans;
import io.github.careerguidance.research.simulation.SimulationSummary;
import org.junit.jupiter.api.Test;

/** The plan follow-up benchmark measures what it claims: a sound plan, every client followed, handovers routed. */
class PlanFollowUpBenchmarkTest {
    @Test
    void theBenchmarkFollowsEveryClientsPlan() {
        assertThat(ActionPlans.check(PlanFollowUpBenchmark.plan()).hasErrors()).isFalse();
        PlanFollowUpBenchmark benchmark = new PlanFollowUpBenchmark();
        benchmark.setUp();
        SimulationSummary with = benchmark.followUp();
        assertThat(with.clients()).isEqualTo(PlanFollowUpBenchmark.CLIENTS);
        assertThat(with.metric("plan", "", "").orElseThrow().count()).contains((long) PlanFollowUpBenchmark.CLIENTS);
        assertThat(with.metric("plan-obligation-met", "", "").orElseThrow().n())
                .isEqualTo(3L * PlanFollowUpBenchmark.CLIENTS);
        assertThat(with.metric("handover", "", "").orElseThrow().count().orElseThrow())
                .isPositive();
        SimulationSummary without = benchmark.walkOnly();
        assertThat(without.metric("plan", "", "")).isEmpty();
        assertThat(without.metric("completion", "", "").orElseThrow().estimate())
                .isEqualTo(1.0);
    }
}
