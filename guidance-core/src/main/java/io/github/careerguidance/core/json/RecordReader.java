/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.json;

import io.github.careerguidance.core.meta.Beta;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads the records of a large JSON array or NDJSON input one at a time, with memory that does not grow with the
 * number of records. Created by {@link GuidanceCodec#records(java.io.InputStream, Class)}.
 *
 * <p>The layout is detected from the first byte that is not white space (a UTF-8 byte order mark is skipped):
 * <ul>
 *   <li>{@code [}: a JSON array. Each element is read on its own, so an element that cannot be bound
 *   (a missing field, a wrong type, a duplicate key, a limit) is reported and the next element is read. An element
 *   that is not well-formed JSON is reported as one failed record with the ERROR {@code core.json.syntax} on its own
 *   line and column, and reading resynchronises at the next element: where the break leaves the element's end in
 *   doubt (a string left open at the end of its line, brackets that do not match or never close), at the next line
 *   that starts at the broken element's indentation with the same character, so a pretty-printed or
 *   one-element-a-line array loses no record. Content after the closing {@code ]} is reported the same way. Only
 *   an input that ends before the array is closed ends the stream with a
 *   {@link io.github.careerguidance.core.diagnostics.Severity#FATAL FATAL} diagnostic
 *   {@code core.json.records.unreadable} naming the index reached.</li>
 *   <li>anything else: NDJSON (JSON Lines), one JSON value per line. Each line is read on its own: a malformed
 *   line is reported with its line number and the following lines are read. Blank lines are skipped and are not
 *   records. A record may not span lines.</li>
 * </ul>
 * Empty input (or only white space) has no records.
 *
 * <p>Every record's diagnostics are located under {@code /<index>} and carry the line of the record (for NDJSON,
 * the column within the line where known). Records are read with the same configuration and error translation
 * as {@link GuidanceCodec#read(String, Class)} (unknown fields, duplicate keys, nesting and string limits of the
 * codec's {@link ReadOptions}); the input as a whole may be any length. A record (an NDJSON line or an array
 * element) longer than {@link ReadOptions#maxRecordLength()} is not held in memory: it is reported as a failed
 * record with the ERROR diagnostic {@code core.json.records.too-long} (arguments {@code index}, {@code limit} =
 * {@code maxRecordLength} and {@code max}) and skipped, and the records after it are read. Reading never throws
 * for bad input; an I/O failure ends the stream with a FATAL {@code core.io} record.
 *
 * <pre>{@code
 * try (RecordReader<Citation> records = GuidanceCodec.json().records(Files.newInputStream(file), Citation.class)) {
 *     while (records.hasNext()) {
 *         Record<Citation> record = records.next();
 *         if (!record.isSuccessful()) {
 *             record.result().diagnostics().forEach(System.err::println);
 *         }
 *     }
 * }
 * }</pre>
 *
 * <p>A reader is not thread-safe; read it from one thread. Closing it closes the input.
 *
 * @param <T> the record type
 * @since 0.1.0
 */
public final class RecordReader<T> implements Iterator<Record<T>>, AutoCloseable {
    /**
     * How the records of an input are laid out.
     *
     * @since 0.1.0
     */
    public enum Layout {
        /** A JSON array of records. */
        JSON_ARRAY,
        /** One JSON value per line (NDJSON, JSON Lines); also used for empty input. */
        NDJSON
    }

    private final RecordSource<T> source;
    private Supplier<Record<T>> next;
    private boolean finished;

    RecordReader(RecordSource<T> source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * The layout detected from the first byte that is not white space.
     *
     * @return the layout; {@link Layout#NDJSON} for empty input
     */
    public Layout layout() {
        return source.array() ? Layout.JSON_ARRAY : Layout.NDJSON;
    }

    /**
     * Whether another record follows.
     *
     * @return true if {@link #next()} returns a record
     */
    @Override
    public boolean hasNext() {
        if (next == null && !finished) {
            next = source.nextDeferred();
            finished = next == null;
        }
        return next != null;
    }

    /**
     * The next record.
     *
     * @return the record
     * @throws NoSuchElementException if there is none
     */
    @Override
    public Record<T> next() {
        return nextDeferred().get();
    }

    /**
     * The next record, split from the input but not necessarily bound yet: {@link Supplier#get()} binds it (with
     * the same result {@link #next()} would give) and may be called later and on another thread, once or more, while
     * this reader goes on. This lets a caller bind records in parallel and keep them in input order. For NDJSON the
     * record's bytes are copied out of the reader's buffers, so the reader's memory stays bounded by what the caller
     * keeps; records of a JSON array are bound here, as {@link #next()} does.
     *
     * <pre>{@code
     * Supplier<Record<Registration>> pending = records.nextDeferred();
     * CompletableFuture<Record<Registration>> bound = CompletableFuture.supplyAsync(pending, workers);
     * }</pre>
     *
     * @return the supplier of the next record; thread-safe
     * @throws NoSuchElementException if there is none
     * @since 0.2.0
     */
    @Beta
    public Supplier<Record<T>> nextDeferred() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more records");
        }
        Supplier<Record<T>> r = next;
        next = null;
        return r;
    }

    /**
     * The remaining records as a sequential stream; closing the stream closes this reader.
     *
     * @return the stream
     */
    public Stream<Record<T>> stream() {
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(this::close);
    }

    /** Closes the input. Further calls to {@link #hasNext()} return false. */
    @Override
    public void close() {
        finished = true;
        next = null;
        source.close();
    }

    @Override
    public String toString() {
        return "RecordReader[" + layout() + "]";
    }
}
