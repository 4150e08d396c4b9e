/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.json;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.ImmutableDiagnostic;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.diagnostics.internal.CoreMessages;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Opens the records of an input: detects the layout from the first byte that is not white space (a JSON array or
 * NDJSON, after an optional UTF-8 byte order mark) and hands it to {@link ArraySource} or {@link LineSource}; and the
 * helpers both share to place a record's diagnostics (under {@code /<index>}, on the record's line, with the input's
 * name) and to report an unreadable input, an I/O failure or a record that is too long. Internal to the package.
 */
final class RecordSources {
    private RecordSources() {}

    /**
     * A record source for an input, read with the mappers of some options.
     *
     * @param mappers the mappers
     * @param in the input
     * @param type the record type
     * @param sourceName the input's name for diagnostics, or null
     * @param <T> the record type
     * @return the source
     */
    static <T> RecordSource<T> records(JsonMappers mappers, InputStream in, Class<T> type, String sourceName) {
        PushbackInputStream pin = new PushbackInputStream(in, 1);
        int skippedLines = 0;
        int first;
        try {
            first = pin.read();
            if (first == 0xEF) {
                // UTF-8 byte order mark
                int b = pin.read();
                int c = pin.read();
                if (b != 0xBB || c != 0xBF) {
                    return new FailedSource<>(
                            pin,
                            sourceName,
                            0,
                            OptionalInt.of(1),
                            "the input starts with a byte that is not valid UTF-8 JSON");
                }
                first = pin.read();
            }
            while (first == ' ' || first == '\t' || first == '\r' || first == '\n') {
                if (first == '\n') {
                    skippedLines++;
                }
                first = pin.read();
            }
            if (first >= 0) {
                pin.unread(first);
            }
        } catch (IOException e) {
            return new FailedSource<>(pin, sourceName, 0, OptionalInt.empty(), ioDetail(e));
        }
        if (first == '[') {
            return new ArraySource<>(mappers, pin, type, sourceName, skippedLines);
        }
        return new LineSource<>(mappers, pin, type, sourceName, skippedLines);
    }

    /**
     * A record source for an input that could not be opened: one FATAL {@code core.io} record.
     *
     * @param sourceName the input's name
     * @param e the failure
     * @param <T> the record type
     * @return the source
     */
    static <T> RecordSource<T> unreadableRecords(String sourceName, IOException e) {
        return new FailedSource<>(null, sourceName, 0, OptionalInt.empty(), ioDetail(e));
    }

    static String ioDetail(Exception e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    /** Locates a record's diagnostics under {@code /<index>}, gives them the record's line and source. */
    static <T> ReadResult<T> relocate(
            ReadResult<T> result, long index, int line, boolean overrideLine, String sourceName) {
        if (result.diagnostics().isEmpty()) {
            return result;
        }
        JsonPointer prefix = JsonPointer.root().append(Long.toString(index));
        List<Diagnostic> moved = new ArrayList<>(result.diagnostics().size());
        for (Diagnostic d : result.diagnostics()) {
            var copy = ImmutableDiagnostic.copyOf(d).withLocation(prefix.resolve(d.location()));
            if (line > 0 && (overrideLine || d.line().isEmpty())) {
                copy = copy.withLine(line);
            }
            if (sourceName != null && d.source().isEmpty()) {
                copy = copy.withSource(sourceName);
            }
            moved.add(copy);
        }
        Diagnostics diagnostics = Diagnostics.of(moved);
        return result.value()
                .map(v -> ReadResult.success(v, diagnostics))
                .orElseGet(() -> ReadResult.failure(diagnostics));
    }

    static <T> Record<T> fatal(long index, int line, int column, String code, String sourceName, Map<String, ?> args) {
        var d = ImmutableDiagnostic.copyOf(JacksonErrors.diagnostic(
                Severity.FATAL, code, JsonPointer.root().append(Long.toString(index)), args));
        if (line > 0) {
            d = d.withLine(line);
            if (column > 0) {
                d = d.withColumn(column);
            }
        }
        if (sourceName != null) {
            d = d.withSource(sourceName);
        }
        return new Record<>(
                index, line > 0 ? OptionalInt.of(line) : OptionalInt.empty(), ReadResult.failure(Diagnostics.of(d)));
    }

    static void closeQuietly(java.io.Closeable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (IOException | RuntimeException ignored) {
            // closing is best effort; the records read so far stand
        }
    }

    /** A source whose only record says why the input cannot be read. */
    private static final class FailedSource<T> implements RecordSource<T> {
        private final InputStream in;
        private final String sourceName;
        private final long index;
        private final OptionalInt line;
        private final String detail;
        private boolean done;

        FailedSource(InputStream in, String sourceName, long index, OptionalInt line, String detail) {
            this.in = in;
            this.sourceName = sourceName;
            this.index = index;
            this.line = line;
            this.detail = detail;
        }

        @Override
        public boolean array() {
            return false;
        }

        @Override
        public Record<T> next() {
            if (done) {
                return null;
            }
            done = true;
            return fatal(
                    index,
                    line.orElse(0),
                    0,
                    "core.json.records.unreadable",
                    sourceName,
                    Map.of("index", index, "detail", detail));
        }

        @Override
        public void close() {
            done = true;
            closeQuietly(in);
        }
    }

    /** A record longer than {@link ReadOptions#maxRecordLength()}: reported under its index, then skipped. */
    static <T> Record<T> tooLongRecord(long index, int line, long max, String sourceName) {
        ReadResult<T> limit = JacksonErrors.fail(JacksonErrors.error(
                "core.json.records.too-long",
                JsonPointer.root(),
                CoreMessages.args("index", index, "limit", "maxRecordLength", "max", max)));
        return new Record<>(
                index,
                line > 0 ? OptionalInt.of(line) : OptionalInt.empty(),
                relocate(limit, index, line, true, sourceName));
    }

    /** Moves diagnostics read from an element's own bytes to where the element starts in the input. */
    static <T> ReadResult<T> shift(ReadResult<T> result, int startLine, int startColumn) {
        if (result.diagnostics().isEmpty()) {
            return result;
        }
        List<Diagnostic> moved = new ArrayList<>(result.diagnostics().size());
        for (Diagnostic d : result.diagnostics()) {
            var copy = ImmutableDiagnostic.copyOf(d);
            if (d.line().isPresent()) {
                int l = d.line().getAsInt();
                copy = copy.withLine(startLine + l - 1);
                if (l == 1 && d.column().isPresent()) {
                    copy = copy.withColumn(startColumn + d.column().getAsInt() - 1);
                }
            } else {
                copy = copy.withLine(startLine);
            }
            moved.add(copy);
        }
        Diagnostics diagnostics = Diagnostics.of(moved);
        return result.value()
                .map(v -> ReadResult.success(v, diagnostics))
                .orElseGet(() -> ReadResult.failure(diagnostics));
    }
}
