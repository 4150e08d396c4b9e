/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.spi;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.ImmutableDiagnostic;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.json.ReadOptions;
import io.github.careerguidance.core.json.internal.ReadConstraints;
import io.github.careerguidance.quality.internal.QualityMessages;
import io.github.careerguidance.quality.registration.RegistrationStatus;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * A {@link RegisterSource} over a CSV export of one scheme's register, held in memory.
 *
 * <p>The first row is the header; column names are matched case-insensitively and other columns are ignored:
 * <ul>
 *   <li>{@code register_number} (required): the number;</li>
 *   <li>{@code status} (required): {@code active}, {@code silent}, {@code suspended} or {@code expired};</li>
 *   <li>{@code valid_until}: the expiry date, ISO ({@code 2027-02-28});</li>
 *   <li>{@code name}: the person's name, only needed for the opt-in name comparison of {@link RegisterVerifier}.</li>
 * </ul>
 * A row that cannot be used (no number, an unknown status, a bad date, a repeated number) is left out and
 * reported in {@link #diagnostics()} with its row index, line and column; the other rows stay usable.
 *
 * <pre>{@code
 * register_number,name,status,valid_until
 * RL-1234,Anne de Vries,active,2027-02-28
 * }</pre>
 *
 * <p>Immutable and thread-safe once loaded.
 *
 * @since 0.1.0
 */
public final class CsvRegisterSource implements RegisterSource {
    /** Bounded by the default {@code ReadOptions} limits (string, number and name length, document size). */
    private static final CsvMapper MAPPER = CsvMapper.builder(CsvFactory.builder()
                    .streamReadConstraints(ReadConstraints.of(ReadOptions.defaults()))
                    .build())
            .enable(CsvReadFeature.SKIP_EMPTY_LINES)
            .build();

    private final String name;
    private final String scheme;
    private final Map<String, RegisterEntry> entries;
    private final Diagnostics diagnostics;

    private CsvRegisterSource(String name, String scheme, Map<String, RegisterEntry> entries, Diagnostics diagnostics) {
        this.name = name;
        this.scheme = scheme;
        this.entries = Map.copyOf(entries);
        this.diagnostics = diagnostics;
    }

    /**
     * Loads a UTF-8, comma-separated export.
     *
     * @param file the export
     * @param scheme the scheme id the register belongs to
     * @return the source, named after the file
     * @throws UncheckedIOException if the file cannot be read
     */
    public static CsvRegisterSource load(Path file, String scheme) {
        Objects.requireNonNull(file, "file");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return load(reader, scheme, file.getFileName().toString(), ',');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read register export " + file, e);
        }
    }

    /**
     * Loads an export from a character stream; the stream is not closed.
     *
     * @param reader the export
     * @param scheme the scheme id the register belongs to
     * @param name a name for explanations, such as the file name
     * @param separator the column separator, {@code ,} or {@code ;}
     * @return the source; rows that could not be used are in {@link #diagnostics()}
     */
    public static CsvRegisterSource load(Reader reader, String scheme, String name, char separator) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(name, "name");
        Map<String, RegisterEntry> entries = new HashMap<>();
        List<Diagnostic> findings = new ArrayList<>();
        long index = 0;
        try (JsonParser parser = MAPPER.reader()
                .with(CsvSchema.emptySchema().withColumnSeparator(separator))
                .createParser(reader)) {
            int[] lineOut = new int[1];
            List<String> header = row(parser, lineOut);
            if (header == null) {
                return new CsvRegisterSource(name, scheme, entries, Diagnostics.empty());
            }
            Map<String, Integer> at = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                at.putIfAbsent(header.get(i).replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT), i);
            }
            for (String required : List.of("register_number", "status")) {
                if (!at.containsKey(required)) {
                    findings.add(finding(
                            Severity.ERROR,
                            "quality.register.csv.missing-column",
                            JsonPointer.root(),
                            1,
                            0,
                            name,
                            QualityMessages.args("column", required)));
                }
            }
            if (!findings.isEmpty()) {
                return new CsvRegisterSource(name, scheme, entries, Diagnostics.of(findings));
            }
            List<String> cells;
            while ((cells = row(parser, lineOut)) != null) {
                int line = lineOut[0];
                JsonPointer row = JsonPointer.root().append(Long.toString(index++));
                String number = cell(cells, at.get("register_number"));
                String status = cell(cells, at.get("status"));
                String until = at.containsKey("valid_until") ? cell(cells, at.get("valid_until")) : "";
                String person = at.containsKey("name") ? cell(cells, at.get("name")) : "";
                if (number.isEmpty()) {
                    findings.add(finding(
                            Severity.ERROR,
                            "quality.register.csv.empty-number",
                            row,
                            line,
                            at.get("register_number") + 1,
                            name,
                            Map.of()));
                    continue;
                }
                RegistrationStatus parsedStatus;
                try {
                    parsedStatus = RegistrationStatus.fromCode(status);
                } catch (IllegalArgumentException e) {
                    findings.add(finding(
                            Severity.ERROR,
                            "quality.register.csv.status",
                            row.append("status"),
                            line,
                            at.get("status") + 1,
                            name,
                            QualityMessages.args("value", status)));
                    continue;
                }
                Optional<LocalDate> parsedUntil = Optional.empty();
                if (!until.isEmpty()) {
                    try {
                        parsedUntil = Optional.of(LocalDate.parse(until));
                    } catch (DateTimeParseException e) {
                        findings.add(finding(
                                Severity.ERROR,
                                "quality.register.csv.date",
                                row.append("valid_until"),
                                line,
                                at.get("valid_until") + 1,
                                name,
                                QualityMessages.args("value", until)));
                        continue;
                    }
                }
                RegisterEntry entry = RegisterEntry.builder()
                        .scheme(scheme)
                        .number(number)
                        .status(parsedStatus)
                        .validUntil(parsedUntil)
                        .name(person.isEmpty() ? Optional.empty() : Optional.of(person))
                        .build();
                if (entries.putIfAbsent(RegisterSource.normalise(number), entry) != null) {
                    findings.add(finding(
                            Severity.ERROR,
                            "quality.register.csv.duplicate",
                            row,
                            line,
                            at.get("register_number") + 1,
                            name,
                            QualityMessages.args("number", number)));
                }
            }
        } catch (JacksonException e) {
            int line = e.getLocation() != null ? e.getLocation().getLineNr() : 0;
            findings.add(finding(
                    Severity.FATAL,
                    "quality.register.csv.unreadable",
                    JsonPointer.root().append(Long.toString(index)),
                    line,
                    0,
                    name,
                    QualityMessages.args(
                            "index",
                            index,
                            "detail",
                            String.valueOf(e.getOriginalMessage()).split("\n")[0])));
        }
        return new CsvRegisterSource(name, scheme, entries, Diagnostics.of(findings));
    }

    /** The cells of the next row, or null at the end; {@code line[0]} gets the row's line. */
    private static List<String> row(JsonParser parser, int[] lineOut) {
        JsonToken t = parser.nextToken();
        while (t != null && t != JsonToken.START_ARRAY) {
            t = parser.nextToken();
        }
        if (t == null) {
            return null;
        }
        int line = 0;
        List<String> cells = new ArrayList<>();
        for (t = parser.nextToken(); t != null && t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            if (line == 0) {
                line = parser.currentTokenLocation().getLineNr();
            }
            cells.add(parser.getString());
        }
        lineOut[0] = Math.max(line, 1);
        return cells;
    }

    private static String cell(List<String> cells, int i) {
        return i < cells.size() && cells.get(i) != null ? cells.get(i).trim() : "";
    }

    private static Diagnostic finding(
            Severity severity, String code, JsonPointer at, int line, int column, String source, Map<String, ?> args) {
        var d = ImmutableDiagnostic.copyOf(QualityMessages.diagnostic(severity, code, at, args))
                .withSource(source);
        if (line > 0) {
            d = d.withLine(line);
        }
        return column > 0 ? d.withColumn(column) : d;
    }

    @Override
    public String name() {
        return name;
    }

    /**
     * The scheme id this register belongs to.
     *
     * @return the scheme id this register belongs to
     */
    public String scheme() {
        return scheme;
    }

    @Override
    public boolean covers(String scheme) {
        return this.scheme.equals(scheme);
    }

    @Override
    public Optional<RegisterEntry> lookup(String scheme, String registerNumber) {
        if (!covers(scheme) || registerNumber == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(entries.get(RegisterSource.normalise(registerNumber)));
    }

    /**
     * The entries loaded.
     *
     * @return the number of usable rows
     */
    public int size() {
        return entries.size();
    }

    /**
     * Rows that could not be used, located under {@code /<row index>} with line and column.
     *
     * @return the findings, empty for a clean export
     */
    public Diagnostics diagnostics() {
        return diagnostics;
    }

    @Override
    public String toString() {
        return "CsvRegisterSource[" + name + ", " + scheme + ", " + entries.size() + " entries]";
    }
}
