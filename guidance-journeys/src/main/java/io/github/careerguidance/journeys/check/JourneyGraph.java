/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.check;

import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.Step;
import io.github.careerguidance.journeys.model.Transition;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * The step graph of a journey: nodes are step indexes, edges the transitions whose target resolves (to the first
 * step with that id). All searches are iterative breadth-first searches. Internal to the checker's package.
 */
final class JourneyGraph {
    /** Distance of a node that cannot be reached. */
    static final int UNREACHABLE = Integer.MAX_VALUE;

    private final Journey journey;
    private final Map<String, Integer> index = new HashMap<>();
    private final int[][] successors;
    private final int[][] predecessors;
    private final int start;

    /**
     * Builds the graph.
     *
     * @param journey the journey
     */
    JourneyGraph(Journey journey) {
        this.journey = journey;
        List<Step> steps = journey.steps();
        for (int i = 0; i < steps.size(); i++) {
            index.putIfAbsent(steps.get(i).id(), i);
        }
        int n = steps.size();
        List<List<Integer>> succ = new ArrayList<>(n);
        List<List<Integer>> pred = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            succ.add(new ArrayList<>());
            pred.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            for (Transition t : steps.get(i).transitions()) {
                Integer target = index.get(t.target());
                if (target != null && !succ.get(i).contains(target)) {
                    succ.get(i).add(target);
                    pred.get(target).add(i);
                }
            }
        }
        successors = toArrays(succ);
        predecessors = toArrays(pred);
        start = index.getOrDefault(journey.start(), -1);
    }

    private static int[][] toArrays(List<List<Integer>> lists) {
        int[][] out = new int[lists.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    /**
     * The number of steps.
     *
     * @return the count
     */
    int size() {
        return successors.length;
    }

    /**
     * The index of the first step with an id.
     *
     * @param id the id
     * @return the index, or -1
     */
    int indexOf(String id) {
        return index.getOrDefault(id, -1);
    }

    /**
     * The index of the start step.
     *
     * @return the index, or -1 when the start does not resolve
     */
    int start() {
        return start;
    }

    /**
     * The step at an index.
     *
     * @param i the index
     * @return the step
     */
    Step step(int i) {
        return journey.steps().get(i);
    }

    /**
     * Breadth-first distances (in transitions) from sources, forward or backward, not entering blocked nodes.
     *
     * @param sources the nodes at distance 0
     * @param backward true to follow transitions in reverse
     * @param blocked nodes not to enter (sources are always included)
     * @return the distance per node, {@link #UNREACHABLE} when not reached
     */
    int[] distances(int[] sources, boolean backward, IntPredicate blocked) {
        int[] dist = new int[size()];
        Arrays.fill(dist, UNREACHABLE);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int s : sources) {
            if (s >= 0 && dist[s] == UNREACHABLE) {
                dist[s] = 0;
                queue.add(s);
            }
        }
        int[][] edges = backward ? predecessors : successors;
        while (!queue.isEmpty()) {
            int node = queue.poll();
            for (int next : edges[node]) {
                if (dist[next] == UNREACHABLE && !blocked.test(next)) {
                    dist[next] = dist[node] + 1;
                    queue.add(next);
                }
            }
        }
        return dist;
    }

    /**
     * The indexes of the steps that match.
     *
     * @param predicate the test on a step
     * @return the indexes
     */
    int[] nodes(java.util.function.Predicate<Step> predicate) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            if (predicate.test(step(i))) {
                found.add(i);
            }
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }
}
