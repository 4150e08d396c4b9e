/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The keys of {@link StepMap}s: a journey's step ids, numbered once when the engine is compiled, plus any keys
 * added for sessions that carry ids the journey does not have. Immutable and thread-safe. Not API.
 *
 * @since 0.1.0
 */
public final class StepKeys {
    private final String[] ids;
    private final Map<String, Integer> index;

    private StepKeys(String[] ids) {
        this.ids = ids;
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            map.putIfAbsent(ids[i], i);
        }
        this.index = map;
    }

    /**
     * Numbers ids in order (a repeated id keeps its first number).
     *
     * @param ids the ids
     * @return the keys
     */
    public static StepKeys of(List<String> ids) {
        return new StepKeys(ids.toArray(new String[0]));
    }

    /**
     * The number of an id.
     *
     * @param id the id
     * @return the number, or -1 when the id is not known
     */
    public int indexOf(Object id) {
        Integer i = index.get(id);
        return i == null ? -1 : i;
    }

    /**
     * The id with a number.
     *
     * @param i the number
     * @return the id
     */
    public String id(int i) {
        return ids[i];
    }

    /**
     * How many ids there are.
     *
     * @return the count
     */
    public int size() {
        return ids.length;
    }

    /**
     * These keys with one more id at the end.
     *
     * @param id the new id
     * @return the longer keys
     */
    StepKeys with(String id) {
        String[] more = Arrays.copyOf(ids, ids.length + 1);
        more[ids.length] = id;
        return new StepKeys(more);
    }
}
