/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.json;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.ImmutableDiagnostic;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The elements of a JSON array. A small byte scanner finds where each element starts and ends (tracking
 * strings, escapes and a stack of brackets), so an element longer than the record limit is skipped without being
 * held in memory; each element's bytes are then read on their own, so a bad element is reported and the next
 * one read.
 *
 * <p>Resynchronisation: an element whose syntax is broken is reported as one failed record ({@code core.json.syntax},
 * ERROR, with its own line and column) and the scanner finds the next element. An element that is well delimited
 * (brackets that match, strings closed on their line) ends at its {@code ,} whatever Jackson thinks of its
 * content. Where the scanner itself sees the break (a string still open at the end of its line, which JSON does
 * not allow; a closing bracket of the wrong kind or with nothing to close; content after the closing {@code ]}),
 * the broken element ends where the next element starts: a line whose first character is at the broken element's
 * indentation and is the same character it started with (so pretty-printed and one-per-line arrays resynchronise;
 * an array written on one line cannot). If an element runs to the end of the input with brackets still open, it is
 * cut at the first such line inside it and the rest read again, so an unclosed {@code {} loses no later record.
 * Only an input that ends before the array's {@code ]} (with no way to tell the elements apart) or an I/O error ends
 * the stream with a FATAL record.
 */
final class ArraySource<T> implements RecordSource<T> {
    private static final String UNCLOSED = "the input ends before the array is closed with ']'";

    private final JsonMappers mappers;
    private final InputStream in;
    private final Class<T> type;
    private final String sourceName;
    private final long maxRecord;
    private final byte[] chunk = new byte[65536];
    private int chunkPos;
    private int chunkLength;
    /** Bytes to read again before the input (a broken element cut at a later element's start). */
    private byte[] replay = new byte[0];

    private int replayPos;
    private byte[] buffer = new byte[8192];
    private int length;
    private byte[] stack = new byte[32];
    private int line;
    private int column;
    /** No byte but white space read yet on this line. */
    private boolean freshLine = true;
    /** The column and byte of the first byte on this line that is not white space. */
    private int indentColumn;

    private int indentByte;
    private long index;
    private boolean started;
    private boolean done;
    /** Whether the array's closing ']' has been seen (content may still follow it). */
    private boolean closed;
    /** The next element follows the closing ']': it is reported as content after the array. */
    private boolean afterClose;

    private int afterCloseLine;
    private int afterCloseColumn;
    private Record<T> pending;

    ArraySource(JsonMappers mappers, InputStream in, Class<T> type, String sourceName, int lineOffset) {
        this.mappers = mappers;
        this.in = in;
        this.type = type;
        this.sourceName = sourceName;
        this.maxRecord = mappers.options().maxRecordLength();
        this.line = lineOffset + 1;
        this.column = 0;
    }

    @Override
    public boolean array() {
        return true;
    }

    /** The next byte, or -1 at the end; keeps line and column. */
    private int read() throws IOException {
        int b;
        if (replayPos < replay.length) {
            b = replay[replayPos++] & 0xFF;
        } else {
            if (chunkPos >= chunkLength) {
                int n = in.read(chunk, 0, chunk.length);
                while (n == 0) {
                    n = in.read(chunk, 0, chunk.length);
                }
                if (n < 0) {
                    return -1;
                }
                chunkPos = 0;
                chunkLength = n;
            }
            b = chunk[chunkPos++] & 0xFF;
        }
        if (b == '\n') {
            line++;
            column = 0;
            freshLine = true;
        } else {
            if ((b & 0xC0) != 0x80) {
                column++;
            }
            if (freshLine && b != ' ' && b != '\t' && b != '\r') {
                freshLine = false;
                indentColumn = column;
                indentByte = b;
            }
        }
        return b;
    }

    /** Reads {@code bytes[from, to)} again before what is left to read, from the given position. */
    private void unread(byte[] bytes, int from, int to, int atLine, int columnBefore, boolean atLineStart) {
        int rest = replay.length - replayPos;
        byte[] next = new byte[to - from + rest];
        System.arraycopy(bytes, from, next, 0, to - from);
        System.arraycopy(replay, replayPos, next, to - from, rest);
        replay = next;
        replayPos = 0;
        line = atLine;
        column = columnBefore;
        if (atLineStart) {
            freshLine = true;
        }
    }

    private static boolean whitespace(int b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    private int skipWhitespace() throws IOException {
        int b = read();
        while (whitespace(b)) {
            b = read();
        }
        return b;
    }

    private void append(int b) {
        if (length < maxRecord) {
            if (length == buffer.length) {
                long grown = Math.min(Math.max(buffer.length * 2L, 16), Math.min(maxRecord, Integer.MAX_VALUE - 16));
                buffer = Arrays.copyOf(buffer, (int) Math.max(grown, length + 1L));
            }
            buffer[length++] = (byte) b;
        } else {
            length++;
            if (length < 0) {
                length = Integer.MAX_VALUE;
            }
        }
    }

    private void push(int b, int depth) {
        if (depth == stack.length) {
            stack = Arrays.copyOf(stack, stack.length * 2);
        }
        stack[depth] = (byte) b;
    }

    private Record<T> unreadable(long at, int l, int c, String detail) {
        done = true;
        return RecordSources.fatal(
                at, l, c, "core.json.records.unreadable", sourceName, Map.of("index", at, "detail", detail));
    }

    /** Where the scanner saw an element break, and why. */
    private static final class Break {
        final int line;
        final int column;
        final String detail;

        Break(int line, int column, String detail) {
            this.line = line;
            this.column = column;
            this.detail = detail;
        }
    }

    @Override
    public Record<T> next() {
        if (pending != null) {
            Record<T> r = pending;
            pending = null;
            return r;
        }
        if (done) {
            return null;
        }
        try {
            return element();
        } catch (IOException e) {
            done = true;
            return RecordSources.fatal(
                    index, line, 0, "core.io", sourceName, Map.of("detail", RecordSources.ioDetail(e)));
        }
    }

    private Record<T> element() throws IOException {
        long at = index;
        int b;
        if (!started) {
            started = true;
            skipWhitespace(); // the '[' detected before
            b = skipWhitespace();
            if (b == ']') {
                closed = true;
                return afterArray() ? next() : null;
            }
        } else {
            b = skipWhitespace();
        }
        if (b < 0) {
            if (closed) {
                done = true;
                return null;
            }
            return unreadable(at, line, 0, UNCLOSED);
        }
        int startLine = line;
        int startColumn = column;
        // where a later element starts: at this line's indentation, with the byte this line starts with (an element
        // that starts mid-line, after a ',' or a stray ']', resynchronises on the lines of its neighbours)
        boolean ownLine = indentColumn == column || at == 0 && indentByte == '[';
        int resyncColumn = ownLine ? column : indentColumn;
        int first = ownLine ? b : indentByte;
        Break broken = null;
        if (afterClose) {
            afterClose = false;
            broken = new Break(afterCloseLine, afterCloseColumn, "content after the closing ']' of the array");
        }
        if (b == ',' || b == ']') {
            // an empty element: "[1,,2]" or "[1,]"
            index++;
            Record<T> missing = malformed(
                    at,
                    startLine,
                    broken != null
                            ? broken
                            : new Break(startLine, startColumn, "an element is missing before '" + (char) b + "'"));
            if (b == ']') {
                closed = true;
                afterArray();
            }
            return missing;
        }
        length = 0;
        int depth = 0;
        boolean inString = false;
        boolean escape = false;
        int stringLine = 0;
        int stringColumn = 0;
        boolean lineStart = false;
        int cutAt = -1;
        int cutLine = 0;
        int cutColumn = 0;
        int trailingWs = 0;
        // the element's signature: its bytes up to its first key's ':' (such as {"reference":), to find a later
        // element that starts on the same line after a ',' (a single-line array)
        int signature = 0;
        int end;
        while (true) {
            if (b < 0) {
                end = -1;
                break;
            }
            if (inString) {
                if (b == '\n') {
                    inString = false;
                    escape = false;
                    if (broken == null) {
                        broken = new Break(
                                stringLine, stringColumn, "a string is not closed before the end of its line");
                        if (cutAt >= 0 && length <= maxRecord) {
                            end = 'S';
                            break;
                        }
                    }
                } else if (escape) {
                    escape = false;
                } else if (b == '\\') {
                    escape = true;
                } else if (b == '"') {
                    inString = false;
                }
            } else {
                if (lineStart && !whitespace(b)) {
                    lineStart = false;
                    if (broken != null && b == ']' && column <= resyncColumn) {
                        end = ']'; // a broken element's brackets cannot be trusted: a ']' at its indentation closes
                        // the array
                        break;
                    }
                    if (column == resyncColumn && b == first && (depth > 0 || broken != null)) {
                        if (broken != null) {
                            end = 'L';
                            break;
                        }
                        if (cutAt < 0 && length < maxRecord) {
                            cutAt = length;
                            cutLine = line;
                            cutColumn = column;
                        }
                    }
                }
                Break found = null;
                if (b == '"') {
                    inString = true;
                    stringLine = line;
                    stringColumn = column;
                } else if (b == '{' || b == '[') {
                    push(b, depth++);
                } else if (b == '}' || b == ']') {
                    if (depth == 0) {
                        if (b == ']') {
                            end = ']';
                            break;
                        }
                        found = new Break(line, column, "a '}' that closes nothing");
                    } else {
                        int open = stack[--depth];
                        if ((open == '{') != (b == '}')) {
                            found = new Break(line, column, "'" + (char) b + "' closes '" + (char) open + "'");
                        }
                    }
                } else if (b == ',' && depth == 0) {
                    end = ',';
                    break;
                }
                if (found != null && broken == null) {
                    broken = found;
                    if (cutAt >= 0 && length <= maxRecord) {
                        end = 'S';
                        break;
                    }
                }
            }
            if (b == '\n') {
                lineStart = true;
            }
            trailingWs = !inString && whitespace(b) ? trailingWs + 1 : 0;
            append(b);
            if (b == ':' && length <= maxRecord) {
                if (signature == 0 && !inString && depth == 1 && buffer[0] == '{' && length <= 64) {
                    signature = length;
                } else if (signature > 0 && laterElementAt(signature)) {
                    int startsAt = length - signature;
                    if (cutAt < 0 || broken != null && cutAt < startsAt) {
                        cutAt = startsAt;
                        cutLine = line;
                        cutColumn = column - signature + 1;
                    }
                    if (broken != null) {
                        end = 'S'; // broken before a later element on its line: read again from that element
                        b = -1;
                        break;
                    }
                }
            }
            b = read();
        }
        index++;
        boolean open = inString || depth > 0;
        boolean canCut = cutAt >= 0 && length <= maxRecord;
        if (end == -1 && canCut && (open || broken != null || !closed)) {
            end = 'S';
        }
        if (end == 'S') {
            return cut(at, startLine, startColumn, cutAt, cutLine, cutColumn, b);
        }
        if (end == 'L') {
            byte[] one = {(byte) b};
            unread(one, 0, 1, line, column - 1, false);
        }
        int n = length - trailingWs;
        if ((long) n > maxRecord) {
            if (end == -1) {
                done = true;
            }
            closeIf(end);
            return RecordSources.tooLongRecord(at, startLine, maxRecord, sourceName);
        }
        if (end == -1 && !closed) {
            List<Diagnostic> found = new ArrayList<>();
            if (broken != null) {
                found.addAll(syntax(at, broken).diagnostics().asList());
            }
            Record<T> fatal = unreadable(at, line, 0, UNCLOSED);
            found.addAll(fatal.result().diagnostics().asList());
            return new Record<>(at, OptionalInt.of(startLine), ReadResult.failure(Diagnostics.of(found)));
        }
        if (broken != null) {
            closeIf(end);
            return malformed(at, startLine, broken);
        }
        byte[] bytes = buffer;
        ReadResult<T> read =
                DocumentReads.read(mappers, Format.JSON, mapper -> mapper.readValue(bytes, 0, n, type), n, type);
        if (canCut && !read.isSuccessful() && !wellFormed(bytes, n)) {
            // well delimited but not well formed, with a later element's start inside: it swallowed that element
            return cut(at, startLine, startColumn, cutAt, cutLine, cutColumn, end);
        }
        closeIf(end);
        return new Record<>(
                at,
                OptionalInt.of(startLine),
                RecordSources.relocate(
                        RecordSources.shift(read, startLine, startColumn), at, startLine, false, sourceName));
    }

    /**
     * Whether the last {@code signature} bytes of the buffer repeat its first ones (a later element's start, with the
     * same first key) after a ',' and white space.
     */
    private boolean laterElementAt(int signature) {
        int from = length - signature;
        if (from < signature + 1) {
            return false;
        }
        for (int i = 0; i < signature; i++) {
            if (buffer[from + i] != buffer[i]) {
                return false;
            }
        }
        int i = from - 1;
        while (i > 0 && whitespace(buffer[i])) {
            i--;
        }
        return buffer[i] == ',';
    }

    /** Whether bytes are well-formed JSON (a binding error stops Jackson before a syntax error further on). */
    private boolean wellFormed(byte[] bytes, int n) {
        try (tools.jackson.core.JsonParser p = mappers.mapper(Format.JSON).createParser(bytes, 0, n)) {
            while (p.nextToken() != null) {
                // tokens only
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void closeIf(int end) throws IOException {
        if (end == ']') {
            closed = true;
            afterArray(); // content after the ']' is read as further elements, the first reported as such
        }
    }

    /**
     * Cuts the element at a later element's start: this element is what comes before it, the rest (and the byte that
     * ended the scan, if any) is read again.
     */
    private Record<T> cut(long at, int startLine, int startColumn, int cutAt, int cutLine, int cutColumn, int endByte) {
        int rest = length - cutAt;
        byte[] again = Arrays.copyOfRange(buffer, cutAt, length + (endByte >= 0 ? 1 : 0));
        if (endByte >= 0) {
            again[rest] = (byte) endByte;
        }
        unread(again, 0, again.length, cutLine, cutColumn - 1, true);
        return malformed(
                at,
                startLine,
                new Break(
                        startLine,
                        startColumn,
                        "the element is not closed before the next element starts on line " + cutLine + ", column "
                                + cutColumn));
    }

    /** A failed record for an element the scanner found broken: one {@code core.json.syntax} error where it broke. */
    private Record<T> malformed(long at, int startLine, Break broken) {
        return new Record<>(at, OptionalInt.of(startLine), syntax(at, broken));
    }

    private ReadResult<T> syntax(long at, Break broken) {
        var d = ImmutableDiagnostic.copyOf(JacksonErrors.error(
                        "core.json.syntax",
                        JsonPointer.root().append(Long.toString(at)),
                        Map.of("format", Format.JSON.name(), "detail", broken.detail)))
                .withLine(Math.max(1, broken.line));
        if (broken.column > 0) {
            d = d.withColumn(broken.column);
        }
        if (sourceName != null) {
            d = d.withSource(sourceName);
        }
        return ReadResult.failure(Diagnostics.of(d));
    }

    /**
     * After a closing ']': only white space may follow. Content that follows is read as further elements, the first
     * of them reported as content after the array.
     *
     * @return true when content follows
     */
    private boolean afterArray() throws IOException {
        int b = skipWhitespace();
        if (b < 0) {
            done = true;
            return false;
        }
        afterClose = true;
        afterCloseLine = line;
        afterCloseColumn = column;
        byte[] one = {(byte) b};
        unread(one, 0, 1, line, column - 1, false);
        return true;
    }

    @Override
    public void close() {
        done = true;
        pending = null;
        RecordSources.closeQuietly(in);
    }
}
