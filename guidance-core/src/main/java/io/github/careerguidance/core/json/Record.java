/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.json;

import io.github.careerguidance.core.diagnostics.JsonPointer;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One record of a stream read by a {@link RecordReader}: its position in the input and what could be read of it.
 *
 * <p>The {@linkplain #result() result}'s diagnostics are located under {@code /<index>} (for example
 * {@code /41/professionals/0/id}), so findings of many records can be merged and still point at the right record.
 *
 * <pre>{@code
 * try (RecordReader<Citation> records = GuidanceCodec.json().records(in, Citation.class)) {
 *     records.forEachRemaining(r -> System.out.println(r.index() + " line " + r.line() + ": " + r.result()));
 * }
 * }</pre>
 *
 * @param <T> the record type
 * @since 0.1.0
 */
public final class Record<T> {
    private final long index;
    private final OptionalInt line;
    private final ReadResult<T> result;

    /**
     * A record.
     *
     * @param index the 0-based position among the records of the input
     * @param line the 1-based line where the record starts, when known
     * @param result the value or the findings, located under {@code /<index>}
     * @throws IllegalArgumentException if index is negative or line is below 1
     */
    public Record(long index, OptionalInt line, ReadResult<T> result) {
        if (index < 0) {
            throw new IllegalArgumentException("record index must be >= 0 but was " + index);
        }
        Objects.requireNonNull(line, "line");
        if (line.isPresent() && line.getAsInt() < 1) {
            throw new IllegalArgumentException("record line must be >= 1 but was " + line.getAsInt());
        }
        this.index = index;
        this.line = line;
        this.result = Objects.requireNonNull(result, "result");
    }

    /**
     * The 0-based position among the records of the input (blank NDJSON lines are not records).
     *
     * @return the index, {@code >= 0}
     */
    public long index() {
        return index;
    }

    /**
     * The 1-based line where the record starts: the line of an NDJSON record, the line of the first token of an
     * array element.
     *
     * @return the line, or empty when not known
     */
    public OptionalInt line() {
        return line;
    }

    /**
     * What was read.
     *
     * @return the value, or the diagnostics that say why the record could not be read
     */
    public ReadResult<T> result() {
        return result;
    }

    /**
     * Whether the record was read.
     *
     * @return true when the result holds a value
     */
    public boolean isSuccessful() {
        return result.isSuccessful();
    }

    /**
     * The JSON Pointer of the record in the input: {@code /<index>}.
     *
     * @return the location
     */
    public JsonPointer location() {
        return JsonPointer.root().append(Long.toString(index));
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Record)) {
            return false;
        }
        Record<?> r = (Record<?>) other;
        return index == r.index && line.equals(r.line) && result.equals(r.result);
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, line, result);
    }

    @Override
    public String toString() {
        return "Record[" + index + (line.isPresent() ? ", line " + line.getAsInt() : "") + ", " + result + "]";
    }
}
