/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.simulation;

import io.github.careerguidance.core.contact.ContactChannel;
import io.github.careerguidance.core.plan.ActionKind;
import io.github.careerguidance.journeys.handover.HandoverReason;
import io.github.careerguidance.journeys.handover.RouteLevel;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The plan follow-up's counters of one chunk, or of the whole run: integers only, so merging is exact and does not
 * depend on the order of merges. The callback demand is kept per (contact point, request day, window, reason,
 * day after acceptance), bounded by the calendar, never by the number of clients. Not thread-safe.
 */
final class FollowUpCounts {
    static final int KINDS = ActionKind.values().length;

    long finished;
    long withPlan;
    final long[] actions = new long[KINDS];
    final long[] done = new long[KINDS];
    final long[] dueInWindow = new long[KINDS];
    final long[] onTime = new long[KINDS];
    long periods;
    long periodsMet;
    long obligationClients;
    long obligationClientsAllMet;
    long reviews;
    long reviewsAttended;
    long touched;
    final long[] firstTouch;
    long firstTouchSum;
    long firstTouchSquares;
    long behind;
    long routed;
    long handoverClients;
    long handovers;
    long noWindow;
    final long[] byReason = new long[HandoverReason.values().length];
    final long[] byChannel = new long[ContactChannel.values().length];
    final long[] byLevel = new long[RouteLevel.values().length];
    final Map<String, long[]> byRegion = new TreeMap<>();
    final Map<String, long[]> byPoint = new TreeMap<>();
    final Map<Demand, long[]> demand = new HashMap<>();

    FollowUpCounts(int days) {
        firstTouch = new long[days];
    }

    void merge(FollowUpCounts o) {
        finished += o.finished;
        withPlan += o.withPlan;
        add(actions, o.actions);
        add(done, o.done);
        add(dueInWindow, o.dueInWindow);
        add(onTime, o.onTime);
        periods += o.periods;
        periodsMet += o.periodsMet;
        obligationClients += o.obligationClients;
        obligationClientsAllMet += o.obligationClientsAllMet;
        reviews += o.reviews;
        reviewsAttended += o.reviewsAttended;
        touched += o.touched;
        add(firstTouch, o.firstTouch);
        firstTouchSum += o.firstTouchSum;
        firstTouchSquares += o.firstTouchSquares;
        behind += o.behind;
        routed += o.routed;
        handoverClients += o.handoverClients;
        handovers += o.handovers;
        noWindow += o.noWindow;
        add(byReason, o.byReason);
        add(byChannel, o.byChannel);
        add(byLevel, o.byLevel);
        merge(byRegion, o.byRegion);
        merge(byPoint, o.byPoint);
        merge(demand, o.demand);
    }

    private static void add(long[] into, long[] from) {
        for (int i = 0; i < into.length; i++) {
            into[i] += from[i];
        }
    }

    private static <K> void merge(Map<K, long[]> into, Map<K, long[]> from) {
        for (Map.Entry<K, long[]> e : from.entrySet()) {
            into.computeIfAbsent(e.getKey(), k -> new long[1])[0] += e.getValue()[0];
        }
    }

    static <K> void count(Map<K, long[]> map, K key) {
        map.computeIfAbsent(key, k -> new long[1])[0]++;
    }

    /**
     * Callbacks asked of one contact point on one day with the same window, reason and day after acceptance (days
     * count from the first day of the simulated calendar).
     */
    record Demand(String point, int requestDay, int earliestDay, int latestDay, int reason, int offset)
            implements Comparable<Demand> {
        @Override
        public int compareTo(Demand o) {
            int c = point.compareTo(o.point);
            if (c == 0) {
                c = Integer.compare(earliestDay, o.earliestDay);
            }
            if (c == 0) {
                c = Integer.compare(latestDay, o.latestDay);
            }
            if (c == 0) {
                c = Integer.compare(requestDay, o.requestDay);
            }
            if (c == 0) {
                c = Integer.compare(reason, o.reason);
            }
            return c != 0 ? c : Integer.compare(offset, o.offset);
        }
    }
}
