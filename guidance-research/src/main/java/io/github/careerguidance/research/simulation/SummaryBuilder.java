/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.simulation;

import io.github.careerguidance.core.competence.CasvePhase;
import io.github.careerguidance.core.contact.ContactChannel;
import io.github.careerguidance.core.plan.ActionKind;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.journeys.engine.EscalationReason;
import io.github.careerguidance.journeys.handover.HandoverReason;
import io.github.careerguidance.journeys.handover.RouteLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns a run's merged counters into a {@link SimulationSummary}. */
final class SummaryBuilder {
    private final SimulationRun run;
    private final Accumulator a;
    private final List<Metric> metrics = new ArrayList<>();

    SummaryBuilder(SimulationRun run, Accumulator a) {
        this.run = run;
        this.a = a;
    }

    SimulationSummary build() {
        ImmutableSimulationSummary.Builder s = SimulationSummary.builder()
                .design(run.design)
                .population(run.population.id())
                .seed(run.seed)
                .clients(a.clients);
        for (JourneyPlan p : run.plans) {
            s.addJourney(p.journey.id() + " " + p.journey.version());
        }
        rate("unrouted", "", "", a.unrouted, a.clients);
        for (Map.Entry<String, long[]> e : new java.util.TreeMap<>(a.unroutedByGoal).entrySet()) {
            rate("unrouted", "goal", e.getKey(), e.getValue()[0], a.clients);
        }
        long n = a.routed;
        rate("completion", "", "", a.completed, n);
        rate("drop-out", "", "", a.dropped, n);
        rate("step-limit", "", "", a.stepLimit, n);
        rate("rejected", "", "", a.rejected, n);
        rate("no-human-touchpoint", "", "", a.noHuman, n);
        for (SupportLevel level : SupportLevel.values()) {
            long c = a.escalatedLevel[level.ordinal()];
            rate("escalation", "level", level.code(), c, n);
            s.putEscalationsByLevel(level.code(), c);
        }
        for (EscalationReason reason : EscalationReason.values()) {
            rate("escalation", "reason", reason.code(), a.escalatedReason[reason.ordinal()], n);
        }
        for (ContactChannel channel : ContactChannel.values()) {
            rate("human-contact", "channel", channel.code(), a.channel[channel.ordinal()], n);
        }
        for (JourneyPlan p : run.plans) {
            int j = p.index;
            String id = p.journey.id();
            rate("journey-share", "journey", id, a.routedTo[j], n);
            for (int i = 0; i < p.steps.length; i++) {
                String step = p.steps[i].id();
                s.addFunnel(FunnelStep.builder()
                        .journey(id)
                        .step(step)
                        .kind(p.kinds[i].code())
                        .reached(a.reached[j][i])
                        .dropped(a.droppedAt[j][i])
                        .completed(a.completedAt[j][i])
                        .build());
                if (a.reached[j][i] > 0 && !p.steps[i].isOutcome()) {
                    rate("drop-out", id, step, a.droppedAt[j][i], a.reached[j][i]);
                }
                if (p.steps[i].isOutcome()) {
                    rate("outcome", id, step, a.completedAt[j][i], a.routedTo[j]);
                }
                if (p.withProfessional[i]) {
                    rate("reflection-reach", id, step, a.reached[j][i], a.routedTo[j]);
                }
            }
            List<Map.Entry<Long, long[]>> edges = new ArrayList<>(a.edges[j].entrySet());
            edges.sort(Map.Entry.comparingByKey());
            for (Map.Entry<Long, long[]> e : edges) {
                int from = (int) (e.getKey() >>> 32);
                int to = (int) (e.getKey() & 0xFFFFFFFFL);
                s.addEdge(EdgeCount.builder()
                        .journey(id)
                        .from(p.steps[from].id())
                        .to(p.steps[to].id())
                        .count(e.getValue()[0])
                        .build());
            }
        }
        for (int i = 0; i < run.competencies.size(); i++) {
            rate("exposure", "competency", run.competencies.get(i).toString(), a.competency[i], n);
        }
        for (CasvePhase phase : CasvePhase.values()) {
            rate("exposure", "phase", phase.code(), a.phase[phase.ordinal()], n);
        }
        distribution("steps-to-outcome", a.steps, a.stepsSum, a.stepsSquares, a.completed);
        boolean durations = false;
        for (JourneyPlan p : run.plans) {
            durations |= p.hasDurations;
        }
        if (durations) {
            distribution("minutes-to-outcome", a.minutes, a.minutesSum, a.minutesSquares, a.completed);
        }
        s.stepsToOutcome(bins(a.steps));
        if (durations) {
            s.minutesToOutcome(bins(a.minutes));
        }
        for (Map.Entry<String, Long> e : a.paths.top(run.topPaths)) {
            s.addPath(PathCount.builder().path(e.getKey()).count(e.getValue()).build());
            String journey = e.getKey().substring(0, e.getKey().indexOf(':'));
            rate("path", journey, e.getKey(), e.getValue(), n);
        }
        s.pathsExact(a.paths.exact()).otherPaths(a.paths.other());
        if (run.followUp != null) {
            followUp(a.followUp);
        }
        return s.metrics(metrics).build();
    }

    /** The plan follow-up's metrics (see {@link SimulationSummary}). */
    private void followUp(FollowUpCounts f) {
        rate("plan", "", "", f.withPlan, f.finished);
        long actions = 0;
        long done = 0;
        long due = 0;
        long onTime = 0;
        for (ActionKind kind : ActionKind.values()) {
            int k = kind.ordinal();
            actions += f.actions[k];
            done += f.done[k];
            due += f.dueInWindow[k];
            onTime += f.onTime[k];
        }
        rate("plan-action-done", "", "", done, actions);
        for (ActionKind kind : ActionKind.values()) {
            rate("plan-action-done", "kind", kind.code(), f.done[kind.ordinal()], f.actions[kind.ordinal()]);
        }
        rate("plan-action-on-time", "", "", onTime, due);
        for (ActionKind kind : ActionKind.values()) {
            rate("plan-action-on-time", "kind", kind.code(), f.onTime[kind.ordinal()], f.dueInWindow[kind.ordinal()]);
        }
        rate("plan-obligation-met", "", "", f.periodsMet, f.periods);
        rate("plan-obligation-all-met", "", "", f.obligationClientsAllMet, f.obligationClients);
        rate("plan-review-attended", "", "", f.reviewsAttended, f.reviews);
        rate("plan-first-touchpoint", "", "", f.touched, f.withPlan);
        distribution("plan-first-touchpoint-days", f.firstTouch, f.firstTouchSum, f.firstTouchSquares, f.touched);
        rate("plan-behind", "", "", f.behind, f.withPlan);
        if (run.followUp.config.router().isEmpty()) {
            return;
        }
        CallbackQueue q = CallbackQueue.of(f, run.followUp);
        rate("plan-follow-up-reflection", "", "", q.reflections, f.withPlan);
        distribution(
                "plan-follow-up-reflection-days", q.reflectionDay, q.reflectionSum, q.reflectionSquares, q.reflections);
        rate("handover", "", "", f.handoverClients, f.routed);
        for (HandoverReason reason : HandoverReason.values()) {
            rate("handover", "reason", reason.code(), f.byReason[reason.ordinal()], f.handovers);
        }
        for (ContactChannel channel : ContactChannel.values()) {
            rate("handover", "channel", channel.code(), f.byChannel[channel.ordinal()], f.handovers);
        }
        for (Map.Entry<String, long[]> e : f.byRegion.entrySet()) {
            rate("handover", "region", e.getKey().isEmpty() ? "none" : e.getKey(), e.getValue()[0], f.handovers);
        }
        for (RouteLevel level : RouteLevel.values()) {
            rate("handover", "route-level", level.code(), f.byLevel[level.ordinal()], f.handovers);
        }
        for (Map.Entry<String, long[]> e : f.byPoint.entrySet()) {
            rate("handover", "contact-point", e.getKey(), e.getValue()[0], f.handovers);
        }
        rate("callback-no-window", "", "", f.noWindow, f.handovers);
        rate("callback-late", "", "", q.late, q.served);
        for (Map.Entry<String, long[]> e : q.servedByPoint.entrySet()) {
            rate("callback-late", "contact-point", e.getKey(), q.lateByPoint.get(e.getKey())[0], e.getValue()[0]);
        }
        distribution("callback-wait-days", q.wait, q.waitSum, q.waitSquares, q.served);
    }

    private void rate(String metric, String group, String key, long count, long n) {
        if (n <= 0) {
            return;
        }
        Intervals.Interval ci = Intervals.wilson(count, n);
        metrics.add(Metric.builder()
                .design(run.design)
                .metric(metric)
                .group(group)
                .key(key)
                .estimate((double) count / n)
                .lower(ci.lower())
                .upper(ci.upper())
                .n(n)
                .count(count)
                .build());
    }

    private void distribution(String metric, long[] histogram, long sum, long squares, long n) {
        if (n <= 0) {
            return;
        }
        double mean = (double) sum / n;
        double variance = n > 1 ? Math.max(0.0, (squares - (double) sum * sum / n) / (n - 1)) : 0.0;
        double sd = Math.sqrt(variance);
        Intervals.Interval ci = Intervals.mean(mean, sd, n);
        metrics.add(Metric.builder()
                .design(run.design)
                .metric(metric)
                .group("statistic")
                .key("mean")
                .estimate(mean)
                .lower(ci.lower())
                .upper(ci.upper())
                .n(n)
                .sd(sd)
                .build());
        metrics.add(Metric.builder()
                .design(run.design)
                .metric(metric)
                .group("statistic")
                .key("p50")
                .estimate(percentile(histogram, n, 0.5))
                .n(n)
                .build());
        metrics.add(Metric.builder()
                .design(run.design)
                .metric(metric)
                .group("statistic")
                .key("p90")
                .estimate(percentile(histogram, n, 0.9))
                .n(n)
                .build());
    }

    /** Nearest-rank percentile: the smallest value whose cumulative count reaches ceil(q n). */
    static long percentile(long[] histogram, long n, double q) {
        long rank = (long) Math.ceil(q * n);
        long seen = 0;
        for (int v = 0; v < histogram.length; v++) {
            seen += histogram[v];
            if (seen >= rank && seen > 0) {
                return v;
            }
        }
        return histogram.length - 1;
    }

    private static List<HistogramBin> bins(long[] histogram) {
        List<HistogramBin> bins = new ArrayList<>();
        for (int v = 0; v < histogram.length; v++) {
            if (histogram[v] > 0) {
                bins.add(HistogramBin.builder().value(v).count(histogram[v]).build());
            }
        }
        return bins;
    }
}
