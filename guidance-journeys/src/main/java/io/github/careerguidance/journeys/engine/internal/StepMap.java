/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable map from step ids to values with structural sharing: values sit in 8-wide leaves by the step's
 * number in its {@link StepKeys}, so {@link #with(String, Object)} copies one leaf and the small array of leaves,
 * whatever the journey's size, and {@link #get(Object)} is a hash lookup of the id plus two array reads. Iterates
 * in step order. Instances are values, safe to share between threads. Mutators of {@link Map} throw
 * {@link UnsupportedOperationException}. Not API.
 *
 * @param <V> the value type
 * @since 0.1.0
 */
public final class StepMap<V> extends AbstractMap<String, V> {
    private static final int BITS = 3;
    private static final int WIDTH = 1 << BITS;
    private static final int MASK = WIDTH - 1;

    private final StepKeys keys;
    private final Object[][] leaves;
    private final int count;

    private StepMap(StepKeys keys, Object[][] leaves, int count) {
        this.keys = keys;
        this.leaves = leaves;
        this.count = count;
    }

    /**
     * The empty map over some keys.
     *
     * @param <V> the value type
     * @param keys the keys
     * @return the empty map
     */
    public static <V> StepMap<V> empty(StepKeys keys) {
        return new StepMap<>(keys, new Object[(keys.size() + MASK) >>> BITS][], 0);
    }

    /**
     * A map with the entries of another.
     *
     * @param <V> the value type
     * @param keys the keys (ids the map has and the keys do not are added at the end)
     * @param entries the entries (no null keys or values)
     * @return the map; {@code entries} itself when it is a {@code StepMap} over the same keys
     */
    @SuppressWarnings("unchecked")
    public static <V> StepMap<V> copyOf(StepKeys keys, Map<String, ? extends V> entries) {
        if (entries instanceof StepMap && ((StepMap<?>) entries).keys == keys) {
            return (StepMap<V>) entries;
        }
        StepMap<V> map = empty(keys);
        for (Map.Entry<String, ? extends V> e : entries.entrySet()) {
            map = map.with(e.getKey(), e.getValue());
        }
        return map;
    }

    /**
     * The keys this map is numbered by.
     *
     * @return the keys
     */
    public StepKeys keys() {
        return keys;
    }

    /**
     * The value at a step number.
     *
     * @param i the number in {@link #keys()}
     * @return the value, or null
     */
    @SuppressWarnings("unchecked")
    public V at(int i) {
        Object[] leaf = leaves[i >>> BITS];
        return leaf == null ? null : (V) leaf[i & MASK];
    }

    /**
     * This map with a value at a step number; this map is unchanged.
     *
     * @param i the number in {@link #keys()}
     * @param value the value
     * @return the new map
     */
    public StepMap<V> withAt(int i, V value) {
        Objects.requireNonNull(value, "value");
        Object[][] top = leaves.clone();
        Object[] leaf = top[i >>> BITS];
        leaf = leaf == null ? new Object[WIDTH] : leaf.clone();
        boolean added = leaf[i & MASK] == null;
        leaf[i & MASK] = value;
        top[i >>> BITS] = leaf;
        return new StepMap<>(keys, top, added ? count + 1 : count);
    }

    /**
     * This map with a value for an id; this map is unchanged.
     *
     * @param id the id
     * @param value the value
     * @return the new map
     */
    public StepMap<V> with(String id, V value) {
        Objects.requireNonNull(id, "id");
        int i = keys.indexOf(id);
        if (i >= 0) {
            return withAt(i, value);
        }
        StepKeys more = keys.with(id);
        Object[][] top = Arrays.copyOf(leaves, (more.size() + MASK) >>> BITS);
        return new StepMap<V>(more, top, count).withAt(more.size() - 1, value);
    }

    @Override
    public V get(Object key) {
        int i = keys.indexOf(key);
        return i < 0 ? null : at(i);
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return count;
    }

    @Override
    public boolean isEmpty() {
        return count == 0;
    }

    @Override
    public Set<Map.Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, V>> iterator() {
                return new Iterator<>() {
                    private int next = advance(0);

                    private int advance(int from) {
                        int i = from;
                        while (i < keys.size() && at(i) == null) {
                            i++;
                        }
                        return i;
                    }

                    @Override
                    public boolean hasNext() {
                        return next < keys.size();
                    }

                    @Override
                    public Map.Entry<String, V> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        Map.Entry<String, V> e = new AbstractMap.SimpleImmutableEntry<>(keys.id(next), at(next));
                        next = advance(next + 1);
                        return e;
                    }
                };
            }

            @Override
            public int size() {
                return count;
            }
        };
    }
}
