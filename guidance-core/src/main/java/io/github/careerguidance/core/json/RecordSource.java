/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.json;

/**
 * The records of a JSON array or NDJSON input, one at a time. Internal: see {@code RecordReader}.
 *
 * @param <T> the record type
 */
interface RecordSource<T> {
    /**
     * Whether the input is a JSON array.
     *
     * @return true for an array, false for NDJSON or empty input
     */
    boolean array();

    /**
     * The next record.
     *
     * @return the record, or null at the end
     */
    Record<T> next();

    /**
     * The next record, split from the input but perhaps not yet bound: the supplier binds it, on any thread. By
     * default the record read by {@link #next()}.
     *
     * @return the record to come, or null at the end
     */
    default java.util.function.Supplier<Record<T>> nextDeferred() {
        Record<T> r = next();
        return r == null ? null : () -> r;
    }

    /** Closes the input; never throws. */
    void close();
}
