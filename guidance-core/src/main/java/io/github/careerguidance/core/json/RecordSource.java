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

    /** Closes the input; never throws. */
    void close();
}
