/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exact path counts up to a capacity of distinct paths. A path first seen when the table is full is counted only
 * as "other" and the table is marked inexact; tables are merged in chunk order, so the result is reproducible.
 * Paths already in the table keep exact counts. Not thread-safe.
 */
final class PathTable {
    private final int capacity;
    private final Map<String, long[]> counts = new LinkedHashMap<>();
    private long other;
    private boolean exact = true;

    PathTable(int capacity) {
        this.capacity = capacity;
    }

    void add(String path, long count) {
        long[] c = counts.get(path);
        if (c != null) {
            c[0] += count;
        } else if (counts.size() < capacity) {
            counts.put(path, new long[] {count});
        } else {
            other += count;
            exact = false;
        }
    }

    void merge(PathTable o) {
        for (Map.Entry<String, long[]> e : o.counts.entrySet()) {
            add(e.getKey(), e.getValue()[0]);
        }
        other += o.other;
        exact &= o.exact;
    }

    boolean exact() {
        return exact;
    }

    long other() {
        return other;
    }

    /** The top k paths, most frequent first, ties by path text. */
    List<Map.Entry<String, Long>> top(int k) {
        List<Map.Entry<String, Long>> all = new ArrayList<>();
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            all.add(Map.entry(e.getKey(), e.getValue()[0]));
        }
        all.sort((a, b) -> a.getValue().equals(b.getValue())
                ? a.getKey().compareTo(b.getKey())
                : Long.compare(b.getValue(), a.getValue()));
        return all.subList(0, Math.min(k, all.size()));
    }
}
