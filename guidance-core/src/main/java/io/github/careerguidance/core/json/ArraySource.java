/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.json;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The elements of a JSON array. A small byte scanner finds where each element starts and ends (tracking
 * strings, escapes and nesting only), so an element longer than the record limit is skipped without being
 * held in memory; each element's bytes are then read on their own, so a bad element is reported and the next
 * one read. A syntax error inside an element ends the stream (the scanner's boundaries cannot be trusted
 * after it).
 */
final class ArraySource<T> implements RecordSource<T> {
    private final JsonMappers mappers;
    private final InputStream in;
    private final Class<T> type;
    private final String sourceName;
    private final long maxRecord;
    private final byte[] chunk = new byte[65536];
    private int chunkPos;
    private int chunkLength;
    private byte[] buffer = new byte[8192];
    private int length;
    private int line;
    private int column;
    private long index;
    private boolean started;
    private boolean done;

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
        int b = chunk[chunkPos++] & 0xFF;
        if (b == '\n') {
            line++;
            column = 0;
        } else if ((b & 0xC0) != 0x80) {
            column++;
        }
        return b;
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
                buffer = java.util.Arrays.copyOf(buffer, (int) Math.max(grown, length + 1L));
            }
            buffer[length++] = (byte) b;
        } else {
            length++;
            if (length < 0) {
                length = Integer.MAX_VALUE;
            }
        }
    }

    private Record<T> unreadable(long at, int l, int c, String detail) {
        done = true;
        return RecordSources.fatal(at, l, c, "core.json.records.unreadable", sourceName, Map.of("index", at, "detail", detail));
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
        long at = index;
        try {
            int b;
            if (!started) {
                started = true;
                skipWhitespace(); // the '[' detected before
                b = skipWhitespace();
                if (b == ']') {
                    return afterArray(at);
                }
            } else {
                b = skipWhitespace();
            }
            if (b < 0) {
                return unreadable(at, line, 0, "the input ends before the array is closed with ']'");
            }
            int startLine = line;
            int startColumn = column;
            length = 0;
            int depth = 0;
            boolean inString = false;
            boolean escape = false;
            int trailingWs = 0;
            int end;
            while (true) {
                if (b < 0) {
                    end = -1;
                    break;
                }
                if (inString) {
                    if (escape) {
                        escape = false;
                    } else if (b == '\\') {
                        escape = true;
                    } else if (b == '"') {
                        inString = false;
                    }
                } else if (b == '"') {
                    inString = true;
                } else if (b == '{' || b == '[') {
                    depth++;
                } else if (b == '}' || b == ']') {
                    if (depth == 0) {
                        end = b;
                        break;
                    }
                    depth--;
                } else if (b == ',' && depth == 0) {
                    end = b;
                    break;
                }
                trailingWs = !inString && whitespace(b) ? trailingWs + 1 : 0;
                append(b);
                b = read();
            }
            index++;
            OptionalInt recordLine = OptionalInt.of(startLine);
            if (end == '}') {
                return unreadable(at, line, column, "unexpected '}' in the array");
            }
            if ((long) length - trailingWs > maxRecord) {
                Record<T> skipped = RecordSources.tooLongRecord(at, startLine, maxRecord, sourceName);
                if (end < 0) {
                    done = true;
                } else if (end == ']') {
                    Record<T> trailing = afterArray(at + 1);
                    if (trailing != null) {
                        pending = trailing;
                    }
                }
                return skipped;
            }
            int n = length - trailingWs;
            if (end < 0) {
                return unreadable(at, line, 0, "the input ends before the array is closed with ']'");
            }
            if (n == 0) {
                return unreadable(at, startLine, startColumn, "an element is missing before '" + (char) end + "'");
            }
            byte[] bytes = buffer;
            int count = n;
            ReadResult<T> read = DocumentReads.read(mappers, Format.JSON,
                    mapper -> mapper.readValue(bytes, 0, count, type), count, type);
            if (!read.isSuccessful() && read.diagnostics().stream().anyMatch(d -> d.code().equals("core.json.syntax"))) {
                Diagnostic syntax = read.diagnostics().stream().filter(d -> d.code().equals("core.json.syntax"))
                        .findFirst().orElseThrow();
                int l = syntax.line().orElse(1);
                int c = syntax.column().orElse(0);
                return unreadable(at, startLine + l - 1, l == 1 ? startColumn + c - 1 : c,
                        syntax.arguments().getOrDefault("detail", "not well-formed JSON"));
            }
            if (end == ']') {
                Record<T> trailing = afterArray(at + 1);
                if (trailing != null) {
                    pending = trailing;
                }
            }
            return new Record<>(at, recordLine, RecordSources.relocate(RecordSources.shift(read, startLine, startColumn), at, startLine, false, sourceName));
        } catch (IOException e) {
            done = true;
            return RecordSources.fatal(at, line, 0, "core.io", sourceName, Map.of("detail", RecordSources.ioDetail(e)));
        }
    }

    private Record<T> pending;

    /** After the closing ']': only white space may follow. */
    private Record<T> afterArray(long at) throws IOException {
        done = true;
        int b = skipWhitespace();
        if (b >= 0) {
            return RecordSources.fatal(at, line, column, "core.json.records.unreadable", sourceName,
                    Map.of("index", at, "detail", "content after the closing ']' of the array"));
        }
        return null;
    }

    @Override
    public void close() {
        done = true;
        pending = null;
        RecordSources.closeQuietly(in);
    }
}
