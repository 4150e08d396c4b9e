/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.handover.sink;

import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.RecordReader;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.journeys.handover.HandoverRequest;
import io.github.careerguidance.journeys.handover.spi.HandoverException;
import io.github.careerguidance.journeys.handover.spi.HandoverReceipt;
import io.github.careerguidance.journeys.handover.spi.HandoverSink;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Objects;

/**
 * A sink that appends each request as one JSON object on one line of a file (JSON Lines / NDJSON), for embedders
 * to start with or to keep an audit trail. Read the file back with {@link #read(Path)}, which uses the SDK's record
 * reader.
 *
 * <p>Thread-safe: a write is one append of the whole line, under a lock per sink, so lines of concurrent writers
 * never interleave; the file is opened in append mode for each write, so several sinks (or processes) appending
 * to one local file also write whole lines. With {@code fsync} each accepted request is forced to the storage
 * device before the receipt is returned. No id is checked for duplicates: the file is an append-only log.
 *
 * <pre>{@code
 * HandoverSink sink = JsonLinesHandoverSink.open(Path.of("handovers.jsonl"), true);
 * try (RecordReader<HandoverRequest> records = JsonLinesHandoverSink.read(Path.of("handovers.jsonl"))) {
 *     records.forEachRemaining(r -> ...);
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@Beta
public final class JsonLinesHandoverSink implements HandoverSink {
    private final Path file;
    private final boolean fsync;
    private final Clock clock;
    private final Object lock = new Object();

    private JsonLinesHandoverSink(Path file, boolean fsync, Clock clock) {
        this.file = file;
        this.fsync = fsync;
        this.clock = clock;
    }

    /**
     * A sink appending to a file, created when first written.
     *
     * @param file the file
     * @param fsync whether to force each line to the device before returning its receipt
     * @return the sink
     */
    public static JsonLinesHandoverSink open(Path file, boolean fsync) {
        return open(file, fsync, Clock.systemUTC());
    }

    /**
     * A sink appending to a file, dating receipts by a clock.
     *
     * @param file the file
     * @param fsync whether to force each line to the device before returning its receipt
     * @param clock the clock
     * @return the sink
     */
    public static JsonLinesHandoverSink open(Path file, boolean fsync, Clock clock) {
        return new JsonLinesHandoverSink(
                Objects.requireNonNull(file, "file"), fsync, Objects.requireNonNull(clock, "clock"));
    }

    /**
     * Reads a file this sink wrote, one record per line; bad lines are reported per record, never thrown.
     *
     * @param file the file
     * @return a reader; close it
     */
    public static RecordReader<HandoverRequest> read(Path file) {
        return GuidanceCodec.json().records(file, HandoverRequest.class);
    }

    /**
     * The file.
     *
     * @return the path
     */
    public Path file() {
        return file;
    }

    @Override
    public HandoverReceipt accept(HandoverRequest request) throws HandoverException {
        Objects.requireNonNull(request, "request");
        ByteBuffer line =
                ByteBuffer.wrap((GuidanceCodec.json().writeLine(request) + "\n").getBytes(StandardCharsets.UTF_8));
        synchronized (lock) {
            try (FileChannel channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                while (line.hasRemaining()) {
                    channel.write(line);
                }
                if (fsync) {
                    channel.force(true);
                }
            } catch (IOException e) {
                throw new HandoverException(
                        HandoverException.Reason.UNAVAILABLE,
                        request.id(),
                        "cannot append to the handover file: " + e.getClass().getSimpleName(),
                        e);
            }
        }
        return HandoverReceipt.builder()
                .requestId(request.id())
                .acceptedAt(clock.instant())
                .reference("file:" + file.getFileName())
                .build();
    }

    @Override
    public String toString() {
        return "JsonLinesHandoverSink[" + file + (fsync ? ", fsync" : "") + "]";
    }
}
