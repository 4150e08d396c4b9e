/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.careerguidance.journeys.engine.JourneyEngine;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Examples of the plan follow-up, with figures checked against hand-computed expectations. */
class PlanFollowUpTest {
    private static final JourneyEngine ENGINE = Populations.lookingForWorkEngine();

    static SimulationSummary run(
            FollowUpBehaviour behaviour, PlanFollowUp followUp, long clients, long seed, int threads) {
        return Simulator.builder()
                .population(PlanFixtures.population(behaviour))
                .clients(clients)
                .seed(seed)
                .threads(threads)
                .followUp(followUp)
                .build()
                .run("A", ENGINE);
    }

    static double estimate(SimulationSummary s, String metric) {
        return s.metric(metric, "", "")
                .orElseThrow(() -> new AssertionError("no metric " + metric))
                .estimate();
    }

    static long count(SimulationSummary s, String metric, String group, String key) {
        return s.metric(metric, group, key)
                .orElseThrow(() -> new AssertionError("no metric " + metric + "/" + group + "/" + key))
                .count()
                .orElseThrow();
    }

    @Test
    void everyClientCompletesTheTestJourney() {
        SimulationSummary s = run(
                PlanFixtures.hazard(0, 0, 1),
                PlanFollowUp.builder(c -> Optional.empty()).build(),
                200,
                1,
                1);
        assertThat(estimate(s, "completion")).isEqualTo(1.0);
        assertThat(estimate(s, "plan")).isEqualTo(0.0);
        assertThat(s.metric("plan-action-done", "", "")).isEmpty();
    }

    /**
     * Ten clients finish on Monday 5 January 2026 (arrival spread 0), all with the WW plan and a miss hazard of 1: the
     * first 4-week period is unmet, so all are behind from day 28 (Monday 2 February 2026) and take the check-in
     * that day. All route to Werkplein Noord (postcode 9711), which calls back 2 per business day and promises 2
     * business days: Monday to Wednesday 17:00. Callbacks fall on days 28, 28, 29, 29, 30, 30, 31, 31, 32, 32: four
     * late (Thursday and Friday), waits 0 to 4 days (mean 2), reflections on day 28 to 32 (mean 30).
     */
    @Test
    void aQueueOfTenBehindClientsAtTwoCallbacksADay() {
        FollowUpBehaviour behaviour = FollowUpBehaviour.builder()
                .from(PlanFixtures.hazard(1.0, 0, 1))
                .postcodes(java.util.Map.of("9711", 1.0))
                .build();
        PlanFollowUp followUp = PlanFollowUp.builder(c -> Optional.of(PlanFixtures.wwPlan(21)))
                .router(PlanFixtures.router())
                .arrivalDays(0)
                .capacityPerDay(2)
                .callbackBusinessDays(2)
                .build();
        SimulationSummary s = run(behaviour, followUp, 10, 2026, 1);

        assertThat(estimate(s, "plan")).isEqualTo(1.0);
        assertThat(estimate(s, "plan-action-done")).isEqualTo(0.0);
        assertThat(count(s, "plan-action-on-time", "", "")).isZero();
        assertThat(s.metric("plan-action-on-time", "", "").orElseThrow().n()).isEqualTo(30); // 3 one-off actions each
        assertThat(count(s, "plan-obligation-met", "", "")).isZero();
        assertThat(s.metric("plan-obligation-met", "", "").orElseThrow().n()).isEqualTo(30); // 3 periods each
        assertThat(estimate(s, "plan-behind")).isEqualTo(1.0);
        assertThat(estimate(s, "plan-first-touchpoint")).isEqualTo(1.0);
        assertThat(s.metric("plan-first-touchpoint-days", "statistic", "mean")
                        .orElseThrow()
                        .estimate())
                .isEqualTo(21.0);

        assertThat(count(s, "handover", "", "")).isEqualTo(10);
        assertThat(count(s, "handover", "reason", "plan-behind")).isEqualTo(10);
        assertThat(count(s, "handover", "region", "noord")).isEqualTo(10);
        assertThat(count(s, "handover", "route-level", "pc4")).isEqualTo(10);
        assertThat(count(s, "handover", "contact-point", "werkplein-noord")).isEqualTo(10);
        assertThat(count(s, "callback-late", "", "")).isEqualTo(4);
        assertThat(s.metric("callback-late", "", "").orElseThrow().n()).isEqualTo(10);
        assertThat(s.metric("callback-wait-days", "statistic", "mean")
                        .orElseThrow()
                        .estimate())
                .isEqualTo(2.0);
        assertThat(s.metric("callback-wait-days", "statistic", "p90")
                        .orElseThrow()
                        .estimate())
                .isEqualTo(4.0);
        assertThat(count(s, "plan-follow-up-reflection", "", "")).isEqualTo(10);
        assertThat(s.metric("plan-follow-up-reflection-days", "statistic", "mean")
                        .orElseThrow()
                        .estimate())
                .isEqualTo(30.0);
        // Wilson interval of 4 of 10, as today: [0.1682, 0.6873]
        Metric late = s.metric("callback-late", "", "").orElseThrow();
        assertThat(late.lower().orElseThrow()).isCloseTo(0.1682, within(1e-4));
        assertThat(late.upper().orElseThrow()).isCloseTo(0.6873, within(1e-4));
    }

    @Test
    void withoutCapacityLimitNoCallbackIsLate() {
        FollowUpBehaviour behaviour = FollowUpBehaviour.builder()
                .from(PlanFixtures.hazard(1.0, 0, 1))
                .postcodes(PlanFixtures.postcodes())
                .build();
        PlanFollowUp followUp = PlanFollowUp.builder(c -> Optional.of(PlanFixtures.wwPlan(21)))
                .router(PlanFixtures.router())
                .build();
        SimulationSummary s = run(behaviour, followUp, 300, 7, 1);
        assertThat(count(s, "callback-late", "", "")).isZero();
        assertThat(count(s, "handover", "region", "noord") + count(s, "handover", "region", "zuid"))
                .isEqualTo(300);
        assertThat(count(s, "handover", "region", "noord")).isBetween(100L, 200L);
    }

    /** A client with no hazard does everything in week 0: every action on time, every period met, never behind. */
    @Test
    void zeroHazardIsAlwaysOnTimeAndFullHazardNever() {
        PlanFollowUp followUp = PlanFollowUp.builder(c -> Optional.of(PlanFixtures.wwPlan(14)))
                .router(PlanFixtures.router())
                .build();
        SimulationSummary zero = run(PlanFixtures.hazard(0, 0, 1), followUp, 50, 3, 1);
        assertThat(estimate(zero, "plan-action-on-time")).isEqualTo(1.0);
        assertThat(estimate(zero, "plan-action-done")).isEqualTo(1.0);
        assertThat(estimate(zero, "plan-obligation-met")).isEqualTo(1.0);
        assertThat(estimate(zero, "plan-behind")).isEqualTo(0.0);
        assertThat(estimate(zero, "plan-follow-up-reflection")).isEqualTo(0.0);
        assertThat(estimate(zero, "handover")).isEqualTo(0.0);

        SimulationSummary full = run(PlanFixtures.hazard(1, 1, 1), followUp, 50, 3, 1);
        assertThat(estimate(full, "plan-action-done")).isEqualTo(0.0);
        assertThat(estimate(full, "plan-obligation-met")).isEqualTo(0.0);
        assertThat(estimate(full, "plan-first-touchpoint")).isEqualTo(0.0);
        assertThat(estimate(full, "plan-behind")).isEqualTo(1.0);
    }

    @Test
    void theSeamDecidesWhoHasAPlan() {
        PlanFollowUp followUp = PlanFollowUp.builder(
                        c -> c.client() % 2 == 0 ? Optional.of(PlanFixtures.wwPlan(28)) : Optional.empty())
                .build();
        SimulationSummary s = run(PlanFixtures.hazard(0.3, 0.1, 0.8), followUp, 100, 5, 1);
        assertThat(count(s, "plan", "", "")).isEqualTo(50);
        assertThat(s.metric("handover", "", "")).isEmpty(); // no router: no handovers
        assertThat(s.metric("plan-follow-up-reflection", "", "")).isEmpty();
    }

    @Test
    void resultsDoNotDependOnThreads() {
        FollowUpBehaviour behaviour = FollowUpBehaviour.builder()
                .from(PlanFixtures.hazard(0.4, 0.2, 0.7))
                .postcodes(PlanFixtures.postcodes())
                .build();
        PlanFollowUp followUp = PlanFollowUp.builder(c -> Optional.of(PlanFixtures.wwPlan(21)))
                .router(PlanFixtures.router())
                .capacityPerDay(3)
                .build();
        SimulationSummary one = run(behaviour, followUp, 700, 11, 1);
        SimulationSummary two = run(behaviour, followUp, 700, 11, 2);
        assertThat(two).isEqualTo(one);
        assertThat(one.metric("callback-late", "", "").orElseThrow().count().orElseThrow())
                .isPositive();
    }

    /**
     * The reference journey's own plan templates feed the follow-up through {@link PlanSource#outcomeView()}: every
     * client who reaches a plan outcome leaves with the engine's plan, and its review with a professional is
     * simulated. The same run with no plan source gives no plan at all.
     */
    @Test
    void theEnginesOutcomePlanFeedsTheFollowUp() {
        PlanFollowUp fromEngine = PlanFollowUp.builder(PlanSource.outcomeView())
                .router(PlanFixtures.router())
                .build();
        SimulationSummary s = run(PlanFixtures.hazard(0.2, 0.1, 1), fromEngine, 300, 7, 1);
        assertThat(estimate(s, "plan")).isGreaterThan(0.0).isLessThanOrEqualTo(estimate(s, "completion"));
        assertThat(s.metric("plan-review-attended", "", "")).isPresent();
        assertThat(s.metric("plan-action-done", "", "")).isPresent();
        SimulationSummary none = run(
                PlanFixtures.hazard(0.2, 0.1, 1),
                PlanFollowUp.builder(c -> Optional.empty())
                        .router(PlanFixtures.router())
                        .build(),
                300,
                7,
                1);
        assertThat(estimate(none, "plan")).isEqualTo(0.0);
    }

    @Test
    void settingsAreChecked() {
        PlanFollowUp.Builder b = PlanFollowUp.builder(c -> Optional.empty());
        assertThatThrownBy(() -> b.weeks(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0");
        assertThatThrownBy(() -> b.capacityPerDay(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.arrivalDays(PlanFollowUp.MAX_ARRIVAL_DAYS + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PlanFollowUp.builder(null)).isInstanceOf(NullPointerException.class);
        assertThat(b.build().weeks()).isEqualTo(12);
    }
}
