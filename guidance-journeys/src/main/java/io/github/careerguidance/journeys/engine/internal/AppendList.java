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
 * An immutable list that shares structure with the lists it was appended from: full 8-element chunks are shared
 * as they are, and the last, partly filled chunk is shared too while no other list has claimed its next slot (an
 * atomic claim); otherwise only that chunk is copied. Appending allocates one small object, and at most an
 * 8-element chunk and the array of chunk references, whatever the list's length; reads are two array reads. The
 * elements a list can see never change after it was created, so instances are values, safe to share between
 * threads without locking. Mutators of {@link List} throw {@link UnsupportedOperationException}. Not API.
 *
 * @param <E> the element type
 * @since 0.1.0
 */
public final class AppendList<E> extends AbstractList<E> implements RandomAccess {
    private static final int BITS = 3;
    private static final int WIDTH = 1 << BITS;
    private static final int MASK = WIDTH - 1;
    private static final Object[][] NO_CHUNKS = new Object[0][];
    private static final AppendList<?> EMPTY = new AppendList<>(NO_CHUNKS, new Buffer(new Object[0], 0), 0);

    /** A chunk and how many of its slots are claimed; a slot is written once, by the list that claims it. */
    private static final class Buffer extends AtomicInteger {
        private static final long serialVersionUID = 1L;
        final Object[] items;

        Buffer(Object[] items, int used) {
            super(used);
            this.items = items;
        }
    }

    private final Object[][] full;
    private final Buffer tail;
    private final int size;

    private AppendList(Object[][] full, Buffer tail, int size) {
        this.full = full;
        this.tail = tail;
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
        AppendList<E> list = empty();
        for (E e : elements) {
            list = list.append(e);
        }
        return list;
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
        int used = size - (full.length << BITS);
        if (used < WIDTH) {
            if (used < tail.items.length && tail.compareAndSet(used, used + 1)) {
                tail.items[used] = element;
                return new AppendList<>(full, tail, size + 1);
            }
            Object[] copy = new Object[WIDTH];
            System.arraycopy(tail.items, 0, copy, 0, used);
            copy[used] = element;
            return new AppendList<>(full, new Buffer(copy, used + 1), size + 1);
        }
        Object[][] more = Arrays.copyOf(full, full.length + 1);
        more[full.length] = tail.items;
        Object[] next = new Object[WIDTH];
        next[0] = element;
        return new AppendList<>(more, new Buffer(next, 1), size + 1);
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
        if (size > full.length << BITS) {
            return new AppendList<>(full, tail, size - 1);
        }
        Object[][] fewer = Arrays.copyOf(full, full.length - 1);
        return new AppendList<>(fewer, new Buffer(full[full.length - 1], WIDTH), size - 1);
    }

    /**
     * The last element.
     *
     * @return the element
     * @throws IllegalStateException if this list is empty
     */
    public E last() {
        if (size == 0) {
            throw new IllegalStateException("the list is empty");
        }
        return get(size - 1);
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        Objects.checkIndex(index, size);
        int chunk = index >>> BITS;
        return (E) (chunk < full.length ? full[chunk] : tail.items)[index & MASK];
    }

    @Override
    public int size() {
        return size;
    }
}
