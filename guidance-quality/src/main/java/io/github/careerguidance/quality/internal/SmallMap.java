/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An insertion-ordered map of a few text keys in one array (key, value, key, value, ...), for the arguments and the
 * evidence of a rule outcome: no hashing and no entry objects for a handful of keys. Behaves as a
 * {@link java.util.LinkedHashMap} would for the operations used here (order of first insertion, a later
 * {@code put} of a key replaces its value in place, null values allowed, equality and hash code of {@link Map}).
 * Internal; not thread-safe (an outcome belongs to one check).
 */
public final class SmallMap<V> extends AbstractMap<String, V> {
    private Object[] pairs;
    private int size;

    /** An empty map with room for four pairs. */
    public SmallMap() {
        this.pairs = new Object[8];
    }

    /**
     * A map of key, value pairs, in order; a repeated key keeps its first place and its last value, and an odd last
     * element is ignored, as filling a {@code LinkedHashMap} pair by pair would do.
     *
     * @param keysAndValues keys (written with {@link String#valueOf(Object)}) and values, alternating
     * @return a new map
     */
    public static SmallMap<Object> of(Object... keysAndValues) {
        SmallMap<Object> map = new SmallMap<>(keysAndValues.length);
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            map.put(String.valueOf(keysAndValues[i]), keysAndValues[i + 1]);
        }
        return map;
    }

    private SmallMap(int capacity) {
        this.pairs = new Object[Math.max(capacity, 2)];
    }

    private int indexOf(Object key) {
        Object[] p = pairs;
        for (int i = 0, n = size * 2; i < n; i += 2) {
            Object k = p[i];
            if (k == key || k.equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    /** A lookup: keys are mostly literals and the names asked for interned, so the same instance is tried first. */
    private int find(Object key) {
        Object[] p = pairs;
        for (int i = 0, n = size * 2; i < n; i += 2) {
            if (p[i] == key) {
                return i;
            }
        }
        return indexOf(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return key != null && find(key) >= 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        if (key == null) {
            return null;
        }
        int i = find(key);
        return i < 0 ? null : (V) pairs[i + 1];
    }

    @Override
    @SuppressWarnings("unchecked")
    public V put(String key, V value) {
        if (key == null) {
            throw new NullPointerException("key");
        }
        int i = indexOf(key);
        if (i >= 0) {
            V old = (V) pairs[i + 1];
            pairs[i + 1] = value;
            return old;
        }
        if (size * 2 == pairs.length) {
            pairs = Arrays.copyOf(pairs, pairs.length * 2);
        }
        pairs[size * 2] = key;
        pairs[size * 2 + 1] = value;
        size++;
        return null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEach(BiConsumer<? super String, ? super V> action) {
        Object[] p = pairs;
        for (int i = 0, n = size * 2; i < n; i += 2) {
            action.accept((String) p[i], (V) p[i + 1]);
        }
    }

    @Override
    public Set<Map.Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Map.Entry<String, V>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public Map.Entry<String, V> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        int i = 2 * next++;
                        return new AbstractMap.SimpleImmutableEntry<>((String) pairs[i], (V) pairs[i + 1]);
                    }
                };
            }
        };
    }
}
