/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.plan.ActionKind;
import io.github.careerguidance.journeys.engine.StepView;
import org.junit.jupiter.api.Test;

/** The outcome rows of {@link DecisionBenchmark} measure what they say: a plan is built on one and not the other. */
class PlanOutcomeTest {
    @Test
    void theOutcomeWithPlanCarriesTheWwDutyAndTheBaselineNoPlan() {
        DecisionBenchmark benchmark = new DecisionBenchmark();
        DecisionBenchmark.PlanState state = new DecisionBenchmark.PlanState();
        state.setUp();
        StepView with = benchmark.outcomeWithPlan(state);
        assertThat(with.step()).isEqualTo(PlanOutcome.OUTCOME);
        assertThat(with.plan()).isPresent();
        assertThat(with.plan().orElseThrow().actions()).anyMatch(a -> a.kind() == ActionKind.RECURRING_OBLIGATION);
        assertThat(with.plan().orElseThrow().reviews()).isNotEmpty();
        StepView without = benchmark.outcomeWithoutPlan(state);
        assertThat(without.step()).isEqualTo(PlanOutcome.OUTCOME);
        assertThat(without.plan()).isEmpty();
        assertThat(without.content()).isEqualTo(with.content());
    }
}
