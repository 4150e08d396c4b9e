/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.bulk;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.ImmutableDiagnostic;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadOptions;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.json.Record;
import io.github.careerguidance.core.json.internal.ReadConstraints;
import io.github.careerguidance.quality.internal.QualityMessages;
import io.github.careerguidance.quality.registration.Registration;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.OptionalInt;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/** Reads registrations from CSV in the {@link RegistrationCsv} layout, one row at a time. Not thread-safe. */
final class CsvRecords implements Iterator<Record<Registration>>, AutoCloseable {
    private final CsvMapper mapper;
    private final long maxRowLength;

    private final InputStream in;
    private final char separator;
    private final String sourceName;
    private JsonParser parser;
    private List<String> header;
    private final Map<String, Integer> position = new HashMap<>();
    private final List<Diagnostic> headerFindings = new ArrayList<>();
    private long index;
    private boolean done;
    private boolean truncated;
    private Record<Registration> next;

    CsvRecords(InputStream in, char separator, String sourceName) {
        this(in, separator, sourceName, ReadOptions.defaults());
    }

    CsvRecords(InputStream in, char separator, String sourceName, ReadOptions options) {
        this.mapper = mapper(options);
        this.maxRowLength = options.maxRecordLength();
        this.in = in;
        this.separator = separator;
        this.sourceName = sourceName;
    }

    /**
     * A CSV mapper bounded by the options' Jackson limits (string, number and name length, nesting, document size).
     *
     * @param options the read options
     * @return a new mapper
     */
    static CsvMapper mapper(ReadOptions options) {
        return CsvMapper.builder(CsvFactory.builder()
                        .streamReadConstraints(ReadConstraints.of(options))
                        .build())
                .enable(CsvReadFeature.SKIP_EMPTY_LINES)
                .build();
    }

    boolean truncated() {
        return truncated;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            next = read();
            // read() ends the stream itself after an unreadable row (done = true) and still returns that row's record
            done |= next == null;
        }
        return next != null;
    }

    @Override
    public Record<Registration> next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more rows");
        }
        Record<Registration> r = next;
        next = null;
        return r;
    }

    private Record<Registration> read() {
        long at = index;
        int line = 0;
        try {
            if (parser == null) {
                Reader reader = new PushbackReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1);
                int first = reader.read();
                if (first >= 0 && first != '\uFEFF') {
                    ((PushbackReader) reader).unread(first);
                }
                parser = mapper.reader()
                        .with(CsvSchema.emptySchema().withColumnSeparator(separator))
                        .createParser(reader);
                List<String> names = row();
                if (names == null) {
                    return null;
                }
                readHeader(names);
            }
            List<String> cells = row();
            if (cells == null) {
                return null;
            }
            line = rowLine;
            index++;
            if (rowTooLong) {
                return tooLong(at, line);
            }
            return toRecord(at, line, cells);
        } catch (JacksonException | IOException e) {
            done = true;
            truncated = true;
            TokenStreamLocation location = e instanceof JacksonException ? ((JacksonException) e).getLocation() : null;
            int l = location != null && location.getLineNr() > 0 ? location.getLineNr() : 0;
            String detail =
                    e instanceof JacksonException ? ((JacksonException) e).getOriginalMessage() : e.getMessage();
            var d = ImmutableDiagnostic.copyOf(QualityMessages.diagnostic(
                    Severity.FATAL,
                    "quality.bulk.csv.unreadable",
                    JsonPointer.root().append(Long.toString(at)),
                    QualityMessages.args(
                            "index", at, "detail", String.valueOf(detail).split("\n")[0])));
            if (l > 0) {
                d = d.withLine(l);
            }
            if (sourceName != null) {
                d = d.withSource(sourceName);
            }
            return new Record<>(
                    at, l > 0 ? OptionalInt.of(l) : OptionalInt.empty(), ReadResult.failure(Diagnostics.of(d)));
        }
    }

    private int rowLine;
    private boolean rowTooLong;

    private Record<Registration> tooLong(long at, int line) {
        var d = ImmutableDiagnostic.copyOf(QualityMessages.diagnostic(
                        Severity.ERROR,
                        "quality.bulk.csv.too-long",
                        JsonPointer.root().append(Long.toString(at)),
                        QualityMessages.args("index", at, "limit", "maxRecordLength", "max", maxRowLength)))
                .withLine(line);
        if (sourceName != null) {
            d = d.withSource(sourceName);
        }
        return new Record<>(at, OptionalInt.of(line), ReadResult.failure(Diagnostics.of(d)));
    }

    /** The cells of the next row, or null at the end. */
    private List<String> row() {
        JsonToken t = parser.nextToken();
        while (t != null && t != JsonToken.START_ARRAY) {
            t = parser.nextToken();
        }
        if (t == null) {
            return null;
        }
        rowLine = 0;
        rowTooLong = false;
        long length = 0;
        List<String> cells = new ArrayList<>();
        for (t = parser.nextToken(); t != null && t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            if (rowLine == 0) {
                // the first cell's location: the row's own START_ARRAY is located at the end of the row before
                rowLine = parser.currentTokenLocation().getLineNr();
            }
            if (rowTooLong) {
                continue; // skip the rest of an oversized row without keeping it
            }
            String cell = parser.getString();
            // the row's length in characters: its cells and the separators between them (quotes not counted)
            length += cell.length() + (cells.isEmpty() ? 0 : 1);
            if (length > maxRowLength) {
                rowTooLong = true;
                cells.clear();
            } else {
                cells.add(cell);
            }
        }
        rowLine = Math.max(rowLine, 1);
        return cells;
    }

    private void readHeader(List<String> names) {
        header = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).trim().toLowerCase(Locale.ROOT);
            header.add(name);
            if (!RegistrationCsv.COLUMNS.containsKey(name)) {
                headerFindings.add(QualityMessages.diagnostic(
                        Severity.ERROR,
                        "quality.bulk.csv.unknown-column",
                        JsonPointer.root(),
                        QualityMessages.args("column", name, "known", RegistrationCsv.columns())));
            } else if (position.putIfAbsent(name, i) != null) {
                headerFindings.add(QualityMessages.diagnostic(
                        Severity.ERROR,
                        "quality.bulk.csv.duplicate-column",
                        JsonPointer.root(),
                        QualityMessages.args("column", name)));
            }
        }
    }

    private Record<Registration> toRecord(long at, int line, List<String> cells) {
        List<Diagnostic> findings = new ArrayList<>(headerFindings);
        Map<String, Object> registration = new LinkedHashMap<>();
        if (cells.size() > header.size()) {
            findings.add(QualityMessages.diagnostic(
                    Severity.ERROR,
                    "quality.bulk.csv.extra-cells",
                    JsonPointer.root(),
                    QualityMessages.args("cells", cells.size(), "columns", header.size())));
        }
        for (Map.Entry<String, Integer> column : position.entrySet()) {
            int i = column.getValue();
            String cell = i < cells.size() ? cells.get(i).trim() : "";
            if (cell.isEmpty()) {
                continue;
            }
            String name = column.getKey();
            String pointer = RegistrationCsv.COLUMNS.get(name);
            Object value = cell;
            if (name.equals("services") || name.equals("documents")) {
                value = splitList(cell);
            } else if (name.equals("clients")) {
                List<Map<String, Object>> years = new ArrayList<>();
                for (String pair : splitList(cell)) {
                    String[] parts = pair.split(":", -1);
                    if (parts.length != 2
                            || !parts[0].trim().matches("\\d{4}")
                            || !parts[1].trim().matches("\\d{1,9}")) {
                        findings.add(QualityMessages.diagnostic(
                                Severity.ERROR,
                                "quality.bulk.csv.clients",
                                JsonPointer.parse(pointer),
                                QualityMessages.args("value", pair)));
                        continue;
                    }
                    Map<String, Object> year = new LinkedHashMap<>();
                    year.put("year", Integer.parseInt(parts[0].trim()));
                    year.put("clients", Integer.parseInt(parts[1].trim()));
                    years.add(year);
                }
                value = years;
            }
            put(registration, JsonPointer.parse(pointer).segments(), value);
        }
        ReadResult<Registration> read = GuidanceCodec.json().convert(registration, Registration.class);
        findings.addAll(read.diagnostics().asList());
        Diagnostics located = locate(findings, at, line);
        ReadResult<Registration> result = read.isSuccessful() && !located.hasErrors()
                ? ReadResult.success(read.orElseThrow(), located)
                : ReadResult.failure(located);
        return new Record<>(at, OptionalInt.of(line), result);
    }

    private Diagnostics locate(List<Diagnostic> findings, long at, int line) {
        if (findings.isEmpty()) {
            return Diagnostics.empty();
        }
        JsonPointer prefix = JsonPointer.root().append(Long.toString(at));
        List<Diagnostic> out = new ArrayList<>(findings.size());
        for (Diagnostic d : findings) {
            var copy = ImmutableDiagnostic.copyOf(d)
                    .withLocation(prefix.resolve(d.location()))
                    .withLine(line);
            copy = copy.withColumn(columnOf(d.location()));
            if (sourceName != null && d.source().isEmpty()) {
                copy = copy.withSource(sourceName);
            }
            out.add(copy);
        }
        return Diagnostics.of(out);
    }

    /**
     * The 1-based number of the column that fills a field.
     *
     * @param relative a pointer relative to the registration
     * @return the column number, or empty when no column of this file fills it
     */
    OptionalInt columnOf(JsonPointer relative) {
        Integer column = RegistrationCsv.columnFor(relative.toString())
                .map(position::get)
                .orElse(null);
        return column != null ? OptionalInt.of(column + 1) : OptionalInt.empty();
    }

    private static List<String> splitList(String cell) {
        List<String> out = new ArrayList<>();
        for (String part : cell.split(";")) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> root, List<String> path, Object value) {
        Object container = root;
        for (int i = 0; i < path.size(); i++) {
            String segment = path.get(i);
            boolean last = i == path.size() - 1;
            boolean nextIsIndex = !last && path.get(i + 1).matches("\\d+");
            if (container instanceof Map) {
                Map<String, Object> map = (Map<String, Object>) container;
                if (last) {
                    map.put(segment, value);
                } else {
                    container =
                            map.computeIfAbsent(segment, k -> nextIsIndex ? new ArrayList<>() : new LinkedHashMap<>());
                }
            } else {
                List<Object> list = (List<Object>) container;
                int idx = Integer.parseInt(segment);
                while (list.size() <= idx) {
                    list.add(nextIsIndex ? new ArrayList<>() : new LinkedHashMap<>());
                }
                if (last) {
                    list.set(idx, value);
                } else {
                    container = list.get(idx);
                }
            }
        }
    }

    @Override
    public void close() {
        done = true;
        try {
            if (parser != null) {
                parser.close();
            }
            in.close();
        } catch (IOException | RuntimeException ignored) {
            // best effort
        }
    }
}
