/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.simulation;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counters of one chunk of clients, or of the whole run: only integers, so merging is exact and its result does
 * not depend on the order of merges, except for the path table, which is merged in chunk order. Memory depends on
 * the journeys, never on the number of clients. Not thread-safe; each chunk has its own.
 */
final class Accumulator {
    long clients;
    long unrouted;
    long routed;
    long completed;
    long dropped;
    long stepLimit;
    long rejected;
    long noHuman;
    final Map<String, long[]> unroutedByGoal = new LinkedHashMap<>();
    final long[] escalatedLevel;
    final long[] escalatedReason;
    final long[] channel;
    final long[] routedTo;
    final long[][] reached;
    final long[][] droppedAt;
    final long[][] completedAt;
    final Map<Long, long[]>[] edges;
    long[] steps = new long[16];
    long[] minutes = new long[64];
    long stepsSum;
    long stepsSquares;
    long minutesSum;
    long minutesSquares;
    final long[] competency;
    final long[] phase;
    final PathTable paths;
    /** The plan follow-up's counters, or null without a follow-up. */
    FollowUpCounts followUp;

    @SuppressWarnings({"unchecked", "rawtypes"}) // an array of generic maps
    Accumulator(
            int[] stepsPerJourney,
            int levels,
            int reasons,
            int channels,
            int competencies,
            int phases,
            int pathCapacity) {
        int j = stepsPerJourney.length;
        escalatedLevel = new long[levels];
        escalatedReason = new long[reasons];
        channel = new long[channels];
        routedTo = new long[j];
        reached = new long[j][];
        droppedAt = new long[j][];
        completedAt = new long[j][];
        edges = new Map[j];
        for (int i = 0; i < j; i++) {
            reached[i] = new long[stepsPerJourney[i]];
            droppedAt[i] = new long[stepsPerJourney[i]];
            completedAt[i] = new long[stepsPerJourney[i]];
            edges[i] = new HashMap<>();
        }
        competency = new long[competencies];
        phase = new long[phases];
        paths = new PathTable(pathCapacity);
    }

    void edge(int journey, int from, int to) {
        long key = ((long) from << 32) | to;
        long[] c = edges[journey].get(key);
        if (c == null) {
            edges[journey].put(key, new long[] {1});
        } else {
            c[0]++;
        }
    }

    void outcome(int stepCount, int minuteCount) {
        steps = count(steps, stepCount);
        minutes = count(minutes, minuteCount);
        stepsSum += stepCount;
        stepsSquares += (long) stepCount * stepCount;
        minutesSum += minuteCount;
        minutesSquares += (long) minuteCount * minuteCount;
    }

    private static long[] count(long[] histogram, int value) {
        long[] h = histogram;
        if (value >= h.length) {
            h = Arrays.copyOf(h, Math.max(value + 1, h.length * 2));
        }
        h[value]++;
        return h;
    }

    /** Adds another accumulator (a later chunk) into this one. */
    void merge(Accumulator o) {
        clients += o.clients;
        unrouted += o.unrouted;
        routed += o.routed;
        completed += o.completed;
        dropped += o.dropped;
        stepLimit += o.stepLimit;
        rejected += o.rejected;
        noHuman += o.noHuman;
        if (followUp != null && o.followUp != null) {
            followUp.merge(o.followUp);
        }
        for (Map.Entry<String, long[]> e : o.unroutedByGoal.entrySet()) {
            unroutedByGoal.computeIfAbsent(e.getKey(), k -> new long[1])[0] += e.getValue()[0];
        }
        add(escalatedLevel, o.escalatedLevel);
        add(escalatedReason, o.escalatedReason);
        add(channel, o.channel);
        add(routedTo, o.routedTo);
        for (int j = 0; j < reached.length; j++) {
            add(reached[j], o.reached[j]);
            add(droppedAt[j], o.droppedAt[j]);
            add(completedAt[j], o.completedAt[j]);
            for (Map.Entry<Long, long[]> e : o.edges[j].entrySet()) {
                edges[j].computeIfAbsent(e.getKey(), k -> new long[1])[0] += e.getValue()[0];
            }
        }
        if (o.steps.length > steps.length) {
            steps = Arrays.copyOf(steps, o.steps.length);
        }
        add(steps, o.steps);
        if (o.minutes.length > minutes.length) {
            minutes = Arrays.copyOf(minutes, o.minutes.length);
        }
        add(minutes, o.minutes);
        stepsSum += o.stepsSum;
        stepsSquares += o.stepsSquares;
        minutesSum += o.minutesSum;
        minutesSquares += o.minutesSquares;
        add(competency, o.competency);
        add(phase, o.phase);
        paths.merge(o.paths);
    }

    private static void add(long[] into, long[] from) {
        for (int i = 0; i < from.length; i++) {
            into[i] += from[i];
        }
    }
}
