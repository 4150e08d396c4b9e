/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.simulation;

import io.github.careerguidance.core.calendar.BusinessCalendar;
import io.github.careerguidance.journeys.handover.HandoverReason;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The callback queues of the contact points, computed once after a run from the merged demand: per contact point,
 * requests become ready on the first day of their window and are called back on business days, at most the
 * capacity per day, first ready first served (earlier window end first, then earlier request). A callback after
 * the last day of its window is late. Deterministic: the demand is sorted, never taken in arrival order of threads.
 */
final class CallbackQueue {
    long served;
    long late;
    final Map<String, long[]> servedByPoint = new TreeMap<>();
    final Map<String, long[]> lateByPoint = new TreeMap<>();
    long[] wait = new long[32];
    long waitSum;
    long waitSquares;
    long reflections;
    final long[] reflectionDay;
    long reflectionSum;
    long reflectionSquares;

    private CallbackQueue(int days) {
        reflectionDay = new long[days];
    }

    static CallbackQueue of(FollowUpCounts counts, FollowUpRun run) {
        CallbackQueue q = new CallbackQueue(run.days);
        Map<String, List<Map.Entry<FollowUpCounts.Demand, long[]>>> byPoint = new TreeMap<>();
        new TreeMap<>(counts.demand)
                .entrySet()
                .forEach(e -> byPoint.computeIfAbsent(e.getKey().point(), k -> new ArrayList<>())
                        .add(e));
        int capacity = run.config.capacityPerDay();
        for (Map.Entry<String, List<Map.Entry<FollowUpCounts.Demand, long[]>>> p : byPoint.entrySet()) {
            q.serve(p.getKey(), p.getValue(), capacity == 0 ? Long.MAX_VALUE : capacity, run);
        }
        return q;
    }

    private void serve(
            String point, List<Map.Entry<FollowUpCounts.Demand, long[]>> demand, long capacity, FollowUpRun run) {
        BusinessCalendar calendar = run.config.calendar();
        ArrayDeque<long[]> ready = new ArrayDeque<>(); // {index into demand, remaining}
        int next = 0;
        int day = demand.get(0).getKey().earliestDay();
        while (next < demand.size() || !ready.isEmpty()) {
            while (next < demand.size() && demand.get(next).getKey().earliestDay() <= day) {
                ready.add(new long[] {next, demand.get(next).getValue()[0]});
                next++;
            }
            if (ready.isEmpty()) {
                day = demand.get(next).getKey().earliestDay();
                continue;
            }
            LocalDate date = run.start.plusDays(day);
            if (calendar.isBusinessDay(date)) {
                long left = capacity;
                while (left > 0 && !ready.isEmpty()) {
                    long[] head = ready.peek();
                    long n = Math.min(left, head[1]);
                    record(point, demand.get((int) head[0]).getKey(), day, n, run);
                    left -= n;
                    head[1] -= n;
                    if (head[1] == 0) {
                        ready.poll();
                    }
                }
            }
            day++;
        }
    }

    private void record(String point, FollowUpCounts.Demand d, int day, long n, FollowUpRun run) {
        served += n;
        FollowUpCounts.count(servedByPoint, point);
        servedByPoint.get(point)[0] += n - 1;
        lateByPoint.computeIfAbsent(point, k -> new long[1]);
        if (day > d.latestDay()) {
            late += n;
            lateByPoint.get(point)[0] += n;
        }
        int waited = Math.max(0, day - d.requestDay());
        if (waited >= wait.length) {
            wait = java.util.Arrays.copyOf(wait, Math.max(waited + 1, wait.length * 2));
        }
        wait[waited] += n;
        waitSum += waited * n;
        waitSquares += (long) waited * waited * n;
        if (d.reason() == HandoverReason.PLAN_BEHIND.ordinal()) {
            int reflection = d.offset() + waited;
            if (reflection < run.days) {
                reflections += n;
                reflectionDay[reflection] += n;
                reflectionSum += reflection * n;
                reflectionSquares += (long) reflection * reflection * n;
            }
        }
    }
}
