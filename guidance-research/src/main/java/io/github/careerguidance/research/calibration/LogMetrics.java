/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.calibration;

import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.journeys.engine.EscalationReason;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.Step;
import io.github.careerguidance.research.simulation.EdgeCount;
import io.github.careerguidance.research.simulation.FunnelStep;
import io.github.careerguidance.research.simulation.HistogramBin;
import io.github.careerguidance.research.simulation.ImmutableSimulationSummary;
import io.github.careerguidance.research.simulation.Intervals;
import io.github.careerguidance.research.simulation.Metric;
import io.github.careerguidance.research.simulation.PathCount;
import io.github.careerguidance.research.simulation.SimulationSummary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The simulator's metrics computed from sessions, with the simulator's definitions (see
 * {@link SimulationSummary}): completion, drop-out overall and per step (dropped of reached), outcome per outcome
 * step (of the journey's sessions), escalation per level and reason (when the log has escalations), journey share,
 * the funnel, transition traffic, steps to an outcome (actions taken) and the most frequent paths; plus
 * {@code contact-request}, the share of sessions that asked for a person at least once. Also what happened at each
 * step (the next step, or drop-out) and the answers per question, for goodness of fit. Not thread-safe.
 */
final class LogMetrics {
    /** The exit category of a drop-out in {@link #exits}. */
    static final String DROP_OUT = "(drop-out)";

    static final int TOP_PATHS = 20;

    final SimulationSummary summary;
    /** journey → step → next step or {@link #DROP_OUT} → count. */
    final Map<String, Map<String, Map<String, Long>>> exits = new LinkedHashMap<>();
    /** journey → question → answer value → count (each selected choice counts). */
    final Map<String, Map<String, Map<String, Long>>> answers = new LinkedHashMap<>();

    private final List<Metric> metrics = new ArrayList<>();
    private final String design;

    private LogMetrics(String design, String population, List<ObservedSession> sessions, List<Journey> journeys) {
        this.design = design;
        Map<String, Journey> byId = new LinkedHashMap<>();
        for (Journey j : journeys) {
            byId.putIfAbsent(j.id(), j);
        }
        long n = 0;
        long completed = 0;
        long dropped = 0;
        long contact = 0;
        boolean escalations = false;
        boolean reasons = false;
        long[] levels = new long[SupportLevel.values().length];
        long[] why = new long[EscalationReason.values().length];
        Map<String, Long> routedTo = new LinkedHashMap<>();
        Map<String, Map<String, Long>> reached = new LinkedHashMap<>();
        Map<String, Map<String, Long>> droppedAt = new LinkedHashMap<>();
        Map<String, Map<String, Long>> completedAt = new LinkedHashMap<>();
        Map<String, Map<List<String>, Long>> edges = new LinkedHashMap<>();
        Map<String, Long> paths = new LinkedHashMap<>();
        long[] steps = new long[16];
        long stepsSum = 0;
        long stepsSquares = 0;
        for (ObservedSession s : sessions) {
            Journey journey = byId.get(s.journey());
            if (journey == null) {
                continue;
            }
            n++;
            String j = journey.id();
            routedTo.merge(j, 1L, Long::sum);
            Set<String> seen = new HashSet<>();
            StringBuilder path = new StringBuilder(j).append(':').append(journey.start());
            seen.add(journey.start());
            boolean asked = false;
            boolean[] escalatedTo = new boolean[levels.length];
            boolean[] escalatedFor = new boolean[why.length];
            int actions = 0;
            List<ObservedEvent> events = s.events();
            for (int i = 0; i < events.size(); i++) {
                ObservedEvent e = events.get(i);
                switch (e.type()) {
                    case CONTACT_REQUESTED:
                        asked = true;
                        break;
                    case ESCALATED:
                        escalations = true;
                        e.level()
                                .ifPresent(l ->
                                        escalatedTo[SupportLevel.fromCode(l).ordinal()] = true);
                        if (e.reason().isPresent()) {
                            reasons = true;
                            escalatedFor[
                                    EscalationReason.fromCode(e.reason().get()).ordinal()] = true;
                        }
                        break;
                    case COMPLETED:
                        completed++;
                        count(completedAt, j, e.step());
                        break;
                    case DROPPED_OUT:
                        count(droppedAt, j, e.step());
                        count(exits, j, e.step(), DROP_OUT);
                        break;
                    case ANSWERED:
                        for (String v : e.answer()) {
                            count(answers, j, e.step(), v);
                        }
                        break;
                    default:
                }
                if (e.type().isAction()) {
                    actions++;
                    String target = next(events, i);
                    if (target != null) {
                        edges.computeIfAbsent(j, k -> new LinkedHashMap<>())
                                .merge(List.of(e.step(), target), 1L, Long::sum);
                        count(exits, j, e.step(), target);
                        seen.add(target);
                        path.append('>').append(target);
                    }
                }
            }
            for (String step : seen) {
                count(reached, j, step);
            }
            if (s.completed()) {
                if (actions >= steps.length) {
                    steps = Arrays.copyOf(steps, Math.max(actions + 1, steps.length * 2));
                }
                steps[actions]++;
                stepsSum += actions;
                stepsSquares += (long) actions * actions;
            } else {
                dropped++;
                path.append(">(drop-out)");
            }
            paths.merge(path.toString(), 1L, Long::sum);
            if (asked) {
                contact++;
            }
            for (int i = 0; i < levels.length; i++) {
                levels[i] += escalatedTo[i] ? 1 : 0;
            }
            for (int i = 0; i < why.length; i++) {
                why[i] += escalatedFor[i] ? 1 : 0;
            }
        }
        ImmutableSimulationSummary.Builder b = SimulationSummary.builder()
                .design(design)
                .population(population)
                .seed(0)
                .clients(n);
        for (Journey journey : byId.values()) {
            b.addJourney(journey.id() + " " + journey.version());
        }
        rate("completion", "", "", completed, n);
        rate("drop-out", "", "", dropped, n);
        rate("contact-request", "", "", contact, n);
        if (escalations) {
            for (SupportLevel level : SupportLevel.values()) {
                rate("escalation", "level", level.code(), levels[level.ordinal()], n);
                b.putEscalationsByLevel(level.code(), levels[level.ordinal()]);
            }
        }
        if (reasons) {
            for (EscalationReason reason : EscalationReason.values()) {
                rate("escalation", "reason", reason.code(), why[reason.ordinal()], n);
            }
        }
        for (Journey journey : byId.values()) {
            String j = journey.id();
            long routed = routedTo.getOrDefault(j, 0L);
            rate("journey-share", "journey", j, routed, n);
            for (Step step : journey.steps()) {
                long r = get(reached, j, step.id());
                long d = get(droppedAt, j, step.id());
                long c = get(completedAt, j, step.id());
                b.addFunnel(FunnelStep.builder()
                        .journey(j)
                        .step(step.id())
                        .kind(step.kind().code())
                        .reached(r)
                        .dropped(d)
                        .completed(c)
                        .build());
                if (r > 0 && !step.isOutcome()) {
                    rate("drop-out", j, step.id(), Math.min(d, r), r);
                }
                if (step.isOutcome()) {
                    rate("outcome", j, step.id(), c, routed);
                }
            }
            List<String> order = new ArrayList<>();
            journey.steps().forEach(s -> order.add(s.id()));
            List<Map.Entry<List<String>, Long>> list =
                    new ArrayList<>(edges.getOrDefault(j, Map.of()).entrySet());
            list.sort((x, y) -> {
                int c = Integer.compare(
                        order.indexOf(x.getKey().get(0)),
                        order.indexOf(y.getKey().get(0)));
                return c != 0
                        ? c
                        : Integer.compare(
                                order.indexOf(x.getKey().get(1)),
                                order.indexOf(y.getKey().get(1)));
            });
            for (Map.Entry<List<String>, Long> e : list) {
                b.addEdge(EdgeCount.builder()
                        .journey(j)
                        .from(e.getKey().get(0))
                        .to(e.getKey().get(1))
                        .count(e.getValue())
                        .build());
            }
        }
        distribution("steps-to-outcome", steps, stepsSum, stepsSquares, completed);
        for (int v = 0; v < steps.length; v++) {
            if (steps[v] > 0) {
                b.addStepsToOutcome(
                        HistogramBin.builder().value(v).count(steps[v]).build());
            }
        }
        List<Map.Entry<String, Long>> top = new ArrayList<>(paths.entrySet());
        top.sort((x, y) -> {
            int c = Long.compare(y.getValue(), x.getValue());
            return c != 0 ? c : x.getKey().compareTo(y.getKey());
        });
        for (Map.Entry<String, Long> p : top.subList(0, Math.min(TOP_PATHS, top.size()))) {
            b.addPath(PathCount.builder().path(p.getKey()).count(p.getValue()).build());
            rate("path", p.getKey().substring(0, p.getKey().indexOf(':')), p.getKey(), p.getValue(), n);
        }
        summary = b.metrics(metrics).build();
    }

    static LogMetrics of(String design, String population, List<ObservedSession> sessions, List<Journey> journeys) {
        return new LogMetrics(design, population, sessions, journeys);
    }

    /** The step the client was at after the action at {@code i}: the step of the next position event. */
    private static String next(List<ObservedEvent> events, int i) {
        for (int k = i + 1; k < events.size(); k++) {
            ObservedEvent e = events.get(k);
            if (e.type() != LogEvent.ESCALATED && !e.step().isEmpty()) {
                return e.step();
            }
        }
        return null;
    }

    private static void count(Map<String, Map<String, Long>> into, String journey, String step) {
        into.computeIfAbsent(journey, k -> new LinkedHashMap<>()).merge(step, 1L, Long::sum);
    }

    private static void count(
            Map<String, Map<String, Map<String, Long>>> into, String journey, String step, String value) {
        into.computeIfAbsent(journey, k -> new LinkedHashMap<>())
                .computeIfAbsent(step, k -> new TreeMap<>())
                .merge(value, 1L, Long::sum);
    }

    private static long get(Map<String, Map<String, Long>> from, String journey, String step) {
        return from.getOrDefault(journey, Map.of()).getOrDefault(step, 0L);
    }

    private void rate(String metric, String group, String key, long count, long n) {
        if (n <= 0) {
            return;
        }
        Intervals.Interval ci = Intervals.wilson(count, n);
        metrics.add(Metric.builder()
                .design(design)
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
                .design(design)
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
                .design(design)
                .metric(metric)
                .group("statistic")
                .key("p50")
                .estimate(percentile(histogram, n, 0.5))
                .n(n)
                .build());
        metrics.add(Metric.builder()
                .design(design)
                .metric(metric)
                .group("statistic")
                .key("p90")
                .estimate(percentile(histogram, n, 0.9))
                .n(n)
                .build());
    }

    /** Nearest rank, as the simulator computes it. */
    private static long percentile(long[] histogram, long n, double q) {
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
}
