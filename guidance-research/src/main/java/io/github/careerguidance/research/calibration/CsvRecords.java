/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.calibration;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 record reader that knows the line each record starts on and never throws on bad input: a
 * record with a stray quote, an unterminated quoted cell or more than {@link #MAX_RECORD} characters comes back as
 * a {@link Record} with an error, and reading goes on at the next line. Not thread-safe.
 */
final class CsvRecords {
    /** The longest record, in characters. */
    static final int MAX_RECORD = 65_536;

    private final Reader in;
    private int pushedBack = -2;
    private long line = 1;

    CsvRecords(Reader in) {
        this.in = in;
    }

    /** One record: its first line, the cells, or why it is malformed. */
    static final class Record {
        final long line;
        final List<String> cells;
        final String error;

        Record(long line, List<String> cells, String error) {
            this.line = line;
            this.cells = cells;
            this.error = error;
        }
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }

    /**
     * The next record, or null at the end of the input.
     *
     * @return the record or null
     * @throws IOException if the reader fails
     */
    Record next() throws IOException {
        int c = read();
        if (c == -1) {
            return null;
        }
        pushedBack = c;
        long start = line;
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean afterQuote = false;
        boolean cellStart = true;
        int length = 0;
        String error = null;
        while (true) {
            c = read();
            if (c != -1 && ++length > MAX_RECORD && error == null) {
                error = "longer than " + MAX_RECORD + " characters";
            }
            if (quoted) {
                if (c == -1) {
                    return new Record(start, cells, "a quoted cell is not closed before the end of the file");
                }
                if (c == '"') {
                    int d = read();
                    if (d == '"') {
                        cell.append('"');
                    } else {
                        pushedBack = d;
                        quoted = false;
                        afterQuote = true;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    if (error == null) {
                        cell.append((char) c);
                    }
                }
                continue;
            }
            if (c == -1 || c == '\n' || c == '\r') {
                if (c == '\r') {
                    int d = read();
                    if (d != '\n') {
                        pushedBack = d;
                    }
                }
                if (c != -1) {
                    line++;
                }
                cells.add(cell.toString());
                return new Record(start, error == null ? cells : List.of(), error);
            }
            if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                afterQuote = false;
                cellStart = true;
                continue;
            }
            if (c == '"' && cellStart) {
                quoted = true;
                cellStart = false;
                continue;
            }
            if ((c == '"' || afterQuote) && error == null) {
                error = c == '"' ? "a quote inside an unquoted cell" : "text after the closing quote of a cell";
            }
            cellStart = false;
            if (error == null) {
                cell.append((char) c);
            }
        }
    }
}
