/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Supplier;

/** NDJSON: one record per non-blank line, each read on its own. */
final class LineSource<T> implements RecordSource<T> {
    private final JsonMappers mappers;
    private final long maxRecord;
    private final InputStream in;
    private final Class<T> type;
    private final String sourceName;
    private int lineNumber;
    private long index;
    private final byte[] chunk = new byte[65536];
    private int chunkPos;
    private int chunkLength;
    private byte[] buffer = new byte[8192];
    /** The current line: {@code length} bytes from {@code lineStart} of {@code lineBytes} (the chunk or buffer). */
    private byte[] lineBytes = buffer;

    private int lineStart;
    private int length;
    /** The mapper's reader for the type, made once: no type lookup per line. */
    private final tools.jackson.databind.ObjectReader reader;

    private boolean tooLong;
    private boolean done;

    LineSource(JsonMappers mappers, InputStream in, Class<T> type, String sourceName, int skippedLines) {
        this.mappers = mappers;
        this.maxRecord = mappers.options().maxRecordLength();
        this.in = in;
        this.type = type;
        this.sourceName = sourceName;
        this.lineNumber = skippedLines;
        this.reader = mappers.mapper(Format.JSON).readerFor(type);
    }

    @Override
    public boolean array() {
        return false;
    }

    /** Reads the next line into the buffer; false at the end of the input. */
    private boolean readLine() throws IOException {
        length = 0;
        tooLong = false;
        lineBytes = buffer;
        lineStart = 0;
        if (!fillChunk()) {
            return false;
        }
        lineNumber++;
        int first = chunkPos;
        while (first < chunkLength && chunk[first] != '\n') {
            first++;
        }
        if (first < chunkLength && first - chunkPos <= maxRecord) {
            // the whole line is in the chunk: read it from there, without copying it
            lineBytes = chunk;
            lineStart = chunkPos;
            length = first - chunkPos;
            chunkPos = first + 1;
            if (length > 0 && chunk[lineStart + length - 1] == '\r') {
                length--;
            }
            return true;
        }
        while (true) {
            int end = chunkPos;
            while (end < chunkLength && chunk[end] != '\n') {
                end++;
            }
            append(chunkPos, end - chunkPos);
            boolean newline = end < chunkLength;
            chunkPos = newline ? end + 1 : end;
            if (newline || !fillChunk()) {
                break;
            }
        }
        lineBytes = buffer; // append may have grown it
        if (length > 0 && buffer[length - 1] == '\r') {
            length--;
        }
        return true;
    }

    private boolean fillChunk() throws IOException {
        if (chunkPos < chunkLength) {
            return true;
        }
        int n = in.read(chunk, 0, chunk.length);
        while (n == 0) {
            n = in.read(chunk, 0, chunk.length);
        }
        chunkPos = 0;
        chunkLength = Math.max(n, 0);
        return n > 0;
    }

    private void append(int from, int count) {
        if (count == 0) {
            return;
        }
        long room = maxRecord - length;
        int take = (int) Math.min(count, room);
        if (take < count) {
            tooLong = true;
        }
        if (length + take > buffer.length) {
            long grown = Math.max((long) buffer.length * 2, (long) length + take);
            buffer =
                    java.util.Arrays.copyOf(buffer, (int) Math.min(grown, Math.min(maxRecord, Integer.MAX_VALUE - 16)));
        }
        System.arraycopy(chunk, from, buffer, length, take);
        length += take;
    }

    private boolean blank() {
        for (int i = lineStart, end = lineStart + length; i < end; i++) {
            byte b = lineBytes[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    @Override
    public Record<T> next() {
        Supplier<Record<T>> next = read(false);
        return next == null ? null : next.get();
    }

    @Override
    public Supplier<Record<T>> nextDeferred() {
        return read(true);
    }

    /**
     * Splits off the next non-blank line; {@code copy}: its bytes are copied, so that the binding may run later, on
     * another thread, after the buffers moved on.
     */
    private Supplier<Record<T>> read(boolean copy) {
        if (done) {
            return null;
        }
        try {
            while (true) {
                if (!readLine()) {
                    done = true;
                    return null;
                }
                if (!blank()) {
                    break;
                }
            }
        } catch (IOException e) {
            done = true;
            Record<T> fatal = RecordSources.fatal(
                    index, lineNumber, 0, "core.io", sourceName, Map.of("detail", RecordSources.ioDetail(e)));
            return () -> fatal;
        }
        long at = index++;
        int lineAt = lineNumber;
        if (tooLong) {
            Record<T> skipped = RecordSources.tooLongRecord(at, lineAt, maxRecord, sourceName);
            return () -> skipped;
        }
        byte[] bytes = copy ? java.util.Arrays.copyOfRange(lineBytes, lineStart, lineStart + length) : lineBytes;
        int from = copy ? 0 : lineStart;
        int n = length;
        return () -> {
            ReadResult<T> read =
                    DocumentReads.read(mappers, Format.JSON, mapper -> reader.readValue(bytes, from, n), -1, type);
            return new Record<>(at, OptionalInt.of(lineAt), RecordSources.relocate(read, at, lineAt, true, sourceName));
        };
    }

    @Override
    public void close() {
        done = true;
        RecordSources.closeQuietly(in);
    }
}
