/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.simulation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deep copies of the maps of lists in the simulation's values. Immutables copies a {@code Map<String, List<T>>}
 * but not the lists inside it, so without this a list element could be null (a YAML {@code - ~} or a caller's
 * {@code Arrays.asList(null)}) and a caller could still change a list after building the value. Not API.
 */
final class NestedLists {
    private NestedLists() {}

    /**
     * The map with every list replaced by an unmodifiable copy; the same map when every list already is one.
     *
     * @param property the property's name, for the error message
     * @param map the map (its keys and lists already non-null: Immutables checked them)
     * @param <T> the element type
     * @return the map, or a copy of it with copied lists, in the same order
     * @throws IllegalArgumentException when a list holds a null element, naming its key and index
     */
    static <T> Map<String, List<T>> copy(String property, Map<String, List<T>> map) {
        Map<String, List<T>> copied = null;
        for (Map.Entry<String, List<T>> e : map.entrySet()) {
            List<T> list = e.getValue();
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) == null) {
                    throw new IllegalArgumentException(
                            property + "/" + e.getKey() + "/" + i + " is null; a list here holds values only");
                }
            }
            List<T> copy = List.copyOf(list);
            if (copy != list && copied == null) {
                copied = new LinkedHashMap<>();
                for (Map.Entry<String, List<T>> before : map.entrySet()) {
                    if (before.getKey().equals(e.getKey())) {
                        break;
                    }
                    copied.put(before.getKey(), before.getValue());
                }
            }
            if (copied != null) {
                copied.put(e.getKey(), copy);
            }
        }
        return copied == null ? map : copied;
    }

    /**
     * Whether {@link #copy} would return the map itself.
     *
     * @param map the map
     * @param <T> the element type
     * @return true when every list is an unmodifiable copy without nulls (false for a list with a null, which
     *     {@link #copy} rejects)
     */
    static <T> boolean isCopied(Map<String, List<T>> map) {
        for (List<T> list : map.values()) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) == null) {
                    return false;
                }
            }
            if (List.copyOf(list) != list) {
                return false;
            }
        }
        return true;
    }
}
