/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.careerguidance.core.plan.ActionKind;
import io.github.careerguidance.core.plan.ActionPlan;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of the plan follow-up over random behaviour, plans and settings: counts add up, obligations met never
 * exceed periods, the same seed gives the same summary, no hazard is always on time and full hazard never done.
 */
class PlanFollowUpPropertiesTest {
    private static final JourneyEngine ENGINE = Populations.lookingForWorkEngine();

    /** A scenario: behaviour, plan shape and settings. */
    record Scenario(
            long seed,
            int clients,
            double[] hazards,
            double noShow,
            double uptake,
            int reviewDays,
            int[] dueDays,
            int count,
            int periodDays,
            int weeks,
            int checkIn,
            int capacity,
            int arrival) {
        FollowUpBehaviour behaviour() {
            ImmutableFollowUpBehaviour.Builder b = FollowUpBehaviour.builder()
                    .reviewNoShow(noShow)
                    .uptake(uptake)
                    .postcodes(PlanFixtures.postcodes());
            for (ActionKind kind : ActionKind.values()) {
                b.putMissHazard(kind.code(), hazards[kind.ordinal()]);
            }
            return b.build();
        }

        ActionPlan plan() {
            return PlanFixtures.plan(reviewDays, dueDays, count, periodDays);
        }

        SimulationSummary run(FollowUpBehaviour behaviour) {
            PlanFollowUp followUp = PlanFollowUp.builder(c -> Optional.of(plan()))
                    .weeks(weeks)
                    .checkInWeeks(checkIn)
                    .capacityPerDay(capacity)
                    .arrivalDays(arrival)
                    .router(PlanFixtures.router())
                    .build();
            return Simulator.builder()
                    .population(PlanFixtures.population(behaviour))
                    .clients(clients)
                    .seed(seed)
                    .followUp(followUp)
                    .build()
                    .run("A", ENGINE);
        }

        @Override
        public String toString() {
            return "Scenario{seed=" + seed + ", clients=" + clients + ", hazards=" + java.util.Arrays.toString(hazards)
                    + ", noShow=" + noShow + ", uptake=" + uptake + ", review=" + reviewDays + ", due="
                    + java.util.Arrays.toString(dueDays) + ", " + count + " per " + periodDays + "d, weeks=" + weeks
                    + ", checkIn=" + checkIn + ", capacity=" + capacity + ", arrival=" + arrival + "}";
        }
    }

    private static Gen<Scenario> scenarios() {
        Gen<double[]> hazards = doubles()
                .between(0, 1)
                .zip(doubles().between(0, 1), doubles().between(0, 1), (a, b, c) -> new double[] {a, b, c, a, c});
        Gen<int[]> dues = integers()
                .between(0, 120)
                .zip(integers().between(0, 120), integers().between(0, 120), (a, b, c) -> new int[] {a, b, c});
        Gen<int[]> settings = integers()
                .between(1, 16)
                .zip(
                        integers().between(1, 6),
                        integers().between(0, 4),
                        integers().between(0, 30),
                        (w, c, cap, a) -> new int[] {w, c, cap, a});
        Gen<int[]> shape = integers()
                .between(14, 28)
                .zip(integers().between(1, 6), integers().between(7, 35), (r, n, p) -> new int[] {r, n, p});
        return longs().all()
                .zip(
                        integers().between(1, 40),
                        hazards,
                        doubles().between(0, 1),
                        doubles().between(0, 1),
                        (seed, n, h, noShow, uptake) -> new Object[] {seed, n, h, noShow, uptake})
                .zip(
                        dues,
                        settings,
                        shape,
                        (o, d, s, p) -> new Scenario(
                                (Long) o[0],
                                (Integer) o[1],
                                (double[]) o[2],
                                (Double) o[3],
                                (Double) o[4],
                                p[0],
                                d,
                                p[1],
                                p[2],
                                s[0],
                                s[1],
                                s[2],
                                s[3]));
    }

    private static long count(SimulationSummary s, String metric, String group, String key) {
        return s.metric(metric, group, key).flatMap(Metric::count).orElse(0L);
    }

    private static long n(SimulationSummary s, String metric, String group, String key) {
        return s.metric(metric, group, key).map(Metric::n).orElse(0L);
    }

    private static long sum(SimulationSummary s, String metric, String group) {
        return s.metrics(metric).stream()
                .filter(m -> m.group().equals(group))
                .mapToLong(m -> m.count().orElse(0L))
                .sum();
    }

    @Test
    void countsAddUp() {
        qt().withExamples(40).forAll(scenarios()).checkAssert(sc -> {
            SimulationSummary s = sc.run(sc.behaviour());
            long plans = count(s, "plan", "", "");
            assertThat(plans).isEqualTo(n(s, "plan", "", "")); // every finished client got the plan
            long actions = n(s, "plan-action-done", "", "");
            long done = count(s, "plan-action-done", "", "");
            assertThat(actions).isEqualTo(3 * plans);
            assertThat(done).isLessThanOrEqualTo(actions).isEqualTo(sum(s, "plan-action-done", "kind"));
            long onTime = count(s, "plan-action-on-time", "", "");
            assertThat(onTime)
                    .isLessThanOrEqualTo(n(s, "plan-action-on-time", "", ""))
                    .isLessThanOrEqualTo(done)
                    .isEqualTo(sum(s, "plan-action-on-time", "kind"));
            long periodsPerPlan = Math.min(84, 7 * sc.weeks()) / sc.periodDays();
            assertThat(n(s, "plan-obligation-met", "", "")).isEqualTo(periodsPerPlan * plans);
            assertThat(count(s, "plan-obligation-met", "", ""))
                    .isLessThanOrEqualTo(n(s, "plan-obligation-met", "", ""));
            assertThat(count(s, "plan-obligation-all-met", "", "")).isLessThanOrEqualTo(plans);
            assertThat(count(s, "plan-review-attended", "", ""))
                    .isLessThanOrEqualTo(n(s, "plan-review-attended", "", ""));
            assertThat(count(s, "plan-first-touchpoint", "", "")).isEqualTo(count(s, "plan-review-attended", "", ""));
            assertThat(count(s, "plan-follow-up-reflection", "", ""))
                    .isLessThanOrEqualTo(count(s, "plan-behind", "", ""));
            long handovers = n(s, "handover", "reason", "plan-behind");
            for (String group : List.of("reason", "channel", "region", "route-level", "contact-point")) {
                assertThat(sum(s, "handover", group)).as(group).isEqualTo(handovers);
            }
            assertThat(count(s, "handover", "reason", "plan-behind"))
                    .isLessThanOrEqualTo(count(s, "plan-behind", "", ""));
            long served = n(s, "callback-late", "", "");
            assertThat(count(s, "callback-late", "", "")).isLessThanOrEqualTo(served);
            assertThat(served + count(s, "callback-no-window", "", "")).isEqualTo(handovers);
            assertThat(sum(s, "callback-late", "contact-point")).isEqualTo(count(s, "callback-late", "", ""));
            if (sc.capacity() == 0) {
                assertThat(count(s, "callback-late", "", "")).isZero();
            }
        });
    }

    @Test
    void theSameSeedGivesTheSameSummary() {
        qt().withExamples(15).forAll(scenarios()).checkAssert(sc -> {
            FollowUpBehaviour behaviour = sc.behaviour();
            assertThat(sc.run(behaviour)).isEqualTo(sc.run(behaviour));
        });
    }

    @Test
    void withoutHazardEverythingIsDoneOnTime() {
        qt().withExamples(25).forAll(scenarios()).checkAssert(sc -> {
            SimulationSummary s = sc.run(FollowUpBehaviour.builder()
                    .from(sc.behaviour())
                    .missHazard(java.util.Map.of())
                    .build());
            assertThat(count(s, "plan-action-done", "", "")).isEqualTo(n(s, "plan-action-done", "", ""));
            assertThat(count(s, "plan-action-on-time", "", "")).isEqualTo(n(s, "plan-action-on-time", "", ""));
            assertThat(count(s, "plan-obligation-met", "", "")).isEqualTo(n(s, "plan-obligation-met", "", ""));
            assertThat(count(s, "plan-behind", "", "")).isZero();
            assertThat(count(s, "handover", "reason", "plan-behind")).isZero();
        });
    }

    @Test
    void withFullHazardNothingIsDone() {
        qt().withExamples(25).forAll(scenarios()).checkAssert(sc -> {
            ImmutableFollowUpBehaviour.Builder b =
                    FollowUpBehaviour.builder().from(sc.behaviour()).reviewNoShow(1.0);
            for (ActionKind kind : ActionKind.values()) {
                b.putMissHazard(kind.code(), 1.0);
            }
            SimulationSummary s = sc.run(b.build());
            assertThat(count(s, "plan-action-done", "", "")).isZero();
            assertThat(count(s, "plan-action-on-time", "", "")).isZero();
            assertThat(count(s, "plan-obligation-met", "", "")).isZero();
            assertThat(count(s, "plan-first-touchpoint", "", "")).isZero();
            // behind from the end of the week an action fell due, or from the end of an unmet period, if that is
            // within the follow-up
            int days = 7 * sc.weeks();
            boolean behind = sc.periodDays() <= Math.min(84, days) && sc.periodDays() < days;
            for (int due : sc.dueDays()) {
                behind |= 7 * (due / 7 + 1) < days;
            }
            assertThat(count(s, "plan-behind", "", "")).isEqualTo(behind ? count(s, "plan", "", "") : 0);
        });
    }
}
