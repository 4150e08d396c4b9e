/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine.internal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An immutable list that shares its backing array with the lists it was appended from: {@link #append(Object)}
 * writes into spare capacity when no other list has claimed that slot yet (an atomic claim), and copies into a
 * twice-as-large array otherwise. Appending is amortized O(1) and allocates one small object; reads are plain array
 * reads. The elements a list can see never change after it was created, so instances are values: safe to share
 * between threads without locking. Mutators of {@link List} throw {@link UnsupportedOperationException}. Not API.
 *
 * @param <E> the element type
 * @since 0.1.0
 */
public final class AppendList<E> extends AbstractList<E> implements RandomAccess {
    private static final AppendList<?> EMPTY = new AppendList<>(new Buffer(new Object[0], 0), 0);

    /** A backing array and how many of its slots are claimed; a slot is written once, by the list that claims it. */
    private static final class Buffer extends AtomicInteger {
        private static final long serialVersionUID = 1L;
        final Object[] items;

        Buffer(Object[] items, int used) {
            super(used);
            this.items = items;
        }
    }

    private final Buffer buffer;
    private final int size;

    private AppendList(Buffer buffer, int size) {
        this.buffer = buffer;
        this.size = size;
    }

    /**
     * The empty list.
     *
     * @param <E> the element type
     * @return the empty list
     */
    @SuppressWarnings("unchecked")
    public static <E> AppendList<E> empty() {
        return (AppendList<E>) EMPTY;
    }

    /**
     * A list with the elements of another, in order.
     *
     * @param <E> the element type
     * @param elements the elements (none null)
     * @return the list; {@code elements} itself when it is an {@code AppendList}
     * @throws NullPointerException if an element is null
     */
    @SuppressWarnings("unchecked")
    public static <E> AppendList<E> copyOf(List<? extends E> elements) {
        if (elements instanceof AppendList) {
            return (AppendList<E>) elements;
        }
        Object[] items = elements.toArray(new Object[Math.max(4, elements.size())]);
        for (int i = 0; i < elements.size(); i++) {
            Objects.requireNonNull(items[i], "element");
        }
        return new AppendList<>(new Buffer(items, elements.size()), elements.size());
    }

    /**
     * This list with one more element at the end; this list is unchanged.
     *
     * @param element the element
     * @return the longer list
     * @throws NullPointerException if element is null
     */
    public AppendList<E> append(E element) {
        Objects.requireNonNull(element, "element");
        Object[] items = buffer.items;
        if (size < items.length && buffer.compareAndSet(size, size + 1)) {
            items[size] = element;
            return new AppendList<>(buffer, size + 1);
        }
        Object[] grown = Arrays.copyOf(items, Math.max(4, size * 2));
        grown[size] = element;
        return new AppendList<>(new Buffer(grown, size + 1), size + 1);
    }

    /**
     * This list without its last element; this list is unchanged.
     *
     * @return the shorter list
     * @throws IllegalStateException if this list is empty
     */
    public AppendList<E> dropLast() {
        if (size == 0) {
            throw new IllegalStateException("the list is empty");
        }
        return new AppendList<>(buffer, size - 1);
    }

    /**
     * The last element.
     *
     * @return the element
     * @throws IllegalStateException if this list is empty
     */
    @SuppressWarnings("unchecked")
    public E last() {
        if (size == 0) {
            throw new IllegalStateException("the list is empty");
        }
        return (E) buffer.items[size - 1];
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        Objects.checkIndex(index, size);
        return (E) buffer.items[index];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Object[] toArray() {
        return Arrays.copyOf(buffer.items, size);
    }
}
