/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.bulk;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadOptions;
import io.github.careerguidance.core.json.Record;
import io.github.careerguidance.core.json.RecordReader;
import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.quality.QualityChecker;
import io.github.careerguidance.quality.QualityReport;
import io.github.careerguidance.quality.SchemeResult;
import io.github.careerguidance.quality.Verdict;
import io.github.careerguidance.quality.internal.QualityMessages;
import io.github.careerguidance.quality.registration.Registration;
import io.github.careerguidance.quality.scheme.Policy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Checks a file of registrations record by record, with memory that does not grow with the number of records.
 *
 * <p>The input is a JSON array, NDJSON or CSV ({@link BulkFormat}, {@link RegistrationCsv}). Each record is read,
 * validated ({@link io.github.careerguidance.quality.registration.RegistrationValidator}) and checked with a
 * {@link QualityChecker} against a policy as of a date, and exactly one {@link BulkResult} per input record goes to
 * the sink, in input order: a record that cannot be read is reported with its index, line and diagnostics, and the
 * records after it are still checked. A malformed element of a JSON array is one such record: reading resynchronises
 * at the next element ({@link RecordReader}). Only an input that ends inside a JSON array, a syntax error that breaks
 * a CSV file, or an I/O error ends the input early; the last result then carries a FATAL diagnostic and the summary
 * says {@code truncated}.
 * The report of a readable record equals {@code checker.check(registration, policy, asOf)}.
 *
 * <pre>{@code
 * BulkChecker bulk = BulkChecker.builder().scheme("noloc-rl").asOf(LocalDate.of(2026, 11, 28)).build();
 * try (Writer out = Files.newBufferedWriter(Path.of("results.csv"));
 *      BulkReportWriter csv = BulkReports.csv(out, Locale.forLanguageTag("nl"))) {
 *     BulkSummary summary = bulk.check(Path.of("adviseurs.ndjson"), csv);
 *     csv.finish(summary);
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; a check runs on the calling thread.
 *
 * @since 0.1.0
 */
public final class BulkChecker {
    private final QualityChecker checker;
    private final Policy policy;
    private final LocalDate asOf;
    private final char csvSeparator;
    private final ReadOptions readOptions;
    private final GuidanceCodec json;

    private BulkChecker(Builder b) {
        this.readOptions = b.readOptions;
        this.json = GuidanceCodec.json(b.readOptions);
        this.checker = b.checker;
        this.policy = b.policy;
        this.asOf = b.asOf;
        this.csvSeparator = b.csvSeparator;
    }

    /**
     * A builder; {@link Builder#asOf(LocalDate)} and a policy or scheme are required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The checker used for each record.
     *
     * @return the checker used for each record
     */
    public QualityChecker checker() {
        return checker;
    }

    /**
     * The policy each record is checked against.
     *
     * @return the policy each record is checked against
     */
    public Policy policy() {
        return policy;
    }

    /**
     * The date each record is checked as of.
     *
     * @return the date each record is checked as of
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Checks a file; the format follows the file name ({@link BulkFormat#forFileName(String)}). The file name is
     * the source of every diagnostic.
     *
     * @param file the file
     * @param sink receives one result per record, in input order
     * @return the summary; a file that cannot be opened gives one unreadable result with a FATAL {@code core.io}
     */
    public BulkSummary check(Path file, Consumer<? super BulkResult> sink) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sink, "sink");
        BulkFormat format = BulkFormat.forFileName(file.toString());
        if (format == BulkFormat.JSON) {
            try (RecordReader<Registration> records = json.records(file, Registration.class)) {
                return run(records, format, sink, null);
            }
        }
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            Diagnostic d = QualityMessages.diagnostic(
                    Severity.FATAL,
                    "quality.bulk.csv.unreadable",
                    JsonPointer.of("0"),
                    QualityMessages.args("index", 0, "detail", e.getClass().getSimpleName() + ": " + e.getMessage()));
            BulkResult only = BulkResult.builder()
                    .index(0)
                    .verdict(Verdict.FAIL)
                    .diagnostics(Diagnostics.of(d))
                    .build();
            sink.accept(only);
            return new Tally(policy, asOf, format).add(only).summary(true);
        }
        try (CsvRecords records = new CsvRecords(in, csvSeparator, file.toString(), readOptions)) {
            return run(records, format, sink, records);
        }
    }

    /**
     * Checks a stream; the stream is closed at the end.
     *
     * @param in the input, UTF-8
     * @param format its format
     * @param sink receives one result per record, in input order
     * @return the summary
     */
    public BulkSummary check(InputStream in, BulkFormat format, Consumer<? super BulkResult> sink) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sink, "sink");
        if (format == BulkFormat.JSON) {
            try (RecordReader<Registration> records = json.records(in, Registration.class)) {
                return run(records, format, sink, null);
            }
        }
        try (CsvRecords records = new CsvRecords(in, csvSeparator, null, readOptions)) {
            return run(records, format, sink, records);
        }
    }

    private BulkSummary run(
            java.util.Iterator<Record<Registration>> records,
            BulkFormat format,
            Consumer<? super BulkResult> sink,
            CsvRecords csv) {
        Tally tally = new Tally(policy, asOf, format);
        boolean truncated = false;
        while (records.hasNext()) {
            Record<Registration> record = records.next();
            Diagnostics read = record.result().diagnostics();
            truncated |= !read.isEmpty() && read.stream().anyMatch(d -> d.severity() == Severity.FATAL);
            BulkResult result = check(record, csv);
            tally.add(result);
            sink.accept(result);
        }
        return tally.summary(truncated || (csv != null && csv.truncated()));
    }

    /**
     * Checks one record read elsewhere (for example with {@link GuidanceCodec#records(InputStream, Class)}).
     *
     * @param record the record
     * @return its result; never throws for bad data
     */
    public BulkResult check(Record<Registration> record) {
        return check(record, null);
    }

    private BulkResult check(Record<Registration> record, CsvRecords csv) {
        Objects.requireNonNull(record, "record");
        var b = BulkResult.builder().index(record.index()).line(record.line());
        if (!record.isSuccessful()) {
            return b.verdict(Verdict.FAIL)
                    .diagnostics(record.result().diagnostics())
                    .build();
        }
        Registration registration = record.result().orElseThrow();
        b.reference(registration.reference());
        try {
            QualityReport report = checker.check(registration, policy, asOf);
            return b.verdict(report.verdict())
                    .report(report)
                    .diagnostics(record.result().diagnostics().plus(locate(report.diagnostics(), record, csv)))
                    .build();
        } catch (RuntimeException e) {
            // Defensive: the checker never throws for bad data; if it does, the record is reported, not lost.
            // Only the exception's class: its message may carry the registration's personal data.
            Diagnostic d = internalError(record.location(), e);
            return b.verdict(Verdict.FAIL)
                    .diagnostics(record.result().diagnostics().plus(Diagnostics.of(d)))
                    .build();
        }
    }

    /** {@code quality.bulk.internal-error} naming only the exception's class, never its message. */
    static Diagnostic internalError(JsonPointer location, RuntimeException e) {
        return QualityMessages.diagnostic(
                Severity.ERROR,
                "quality.bulk.internal-error",
                location,
                QualityMessages.args("detail", e.getClass().getName()));
    }

    private static Diagnostics locate(Diagnostics found, Record<?> record, CsvRecords csv) {
        if (found.isEmpty()) {
            return found;
        }
        List<Diagnostic> out = new ArrayList<>(found.size());
        for (Diagnostic d : found) {
            Diagnostic moved = d.relocate(record.location());
            if (record.line().isPresent() && d.line().isEmpty()) {
                moved = io.github.careerguidance.core.diagnostics.ImmutableDiagnostic.copyOf(moved)
                        .withLine(record.line().getAsInt());
            }
            if (csv != null && d.column().isEmpty()) {
                moved = io.github.careerguidance.core.diagnostics.ImmutableDiagnostic.copyOf(moved)
                        .withColumn(csv.columnOf(d.location()));
            }
            out.add(moved);
        }
        return Diagnostics.of(out);
    }

    @Override
    public String toString() {
        return "BulkChecker[" + policy.id() + ", asOf=" + asOf + "]";
    }

    /** Counts verdicts as results go by; memory grows with the number of schemes only. */
    private static final class Tally {
        private final Policy policy;
        private final LocalDate asOf;
        private final BulkFormat format;
        private long records;
        private long unreadable;
        private final Map<Verdict, Long> overall = new EnumMap<>(Verdict.class);
        private final Map<String, Map<Verdict, Long>> schemes = new LinkedHashMap<>();

        Tally(Policy policy, LocalDate asOf, BulkFormat format) {
            this.policy = policy;
            this.asOf = asOf;
            this.format = format;
            policy.schemes().forEach(s -> schemes.put(s, new EnumMap<>(Verdict.class)));
        }

        Tally add(BulkResult r) {
            records++;
            overall.merge(r.verdict(), 1L, Long::sum);
            if (r.report().isEmpty()) {
                unreadable++;
                return this;
            }
            Map<String, Verdict> perScheme = new LinkedHashMap<>();
            for (SchemeResult s : r.report().get().schemes()) {
                perScheme.merge(s.scheme(), s.verdict(), Verdict::combine);
            }
            perScheme.forEach((scheme, v) -> schemes.computeIfAbsent(scheme, k -> new EnumMap<>(Verdict.class))
                    .merge(v, 1L, Long::sum));
            return this;
        }

        private static VerdictCounts counts(Map<Verdict, Long> m) {
            return VerdictCounts.builder()
                    .pass(m.getOrDefault(Verdict.PASS, 0L))
                    .warning(m.getOrDefault(Verdict.WARNING, 0L))
                    .fail(m.getOrDefault(Verdict.FAIL, 0L))
                    .notAssessable(m.getOrDefault(Verdict.NOT_ASSESSABLE, 0L))
                    .notApplicable(m.getOrDefault(Verdict.NOT_APPLICABLE, 0L))
                    .build();
        }

        BulkSummary summary(boolean truncated) {
            var b = BulkSummary.builder()
                    .policy(policy.id())
                    .asOf(asOf)
                    .format(format)
                    .records(records)
                    .unreadable(unreadable)
                    .truncated(truncated)
                    .verdicts(counts(overall));
            schemes.forEach((scheme, m) -> b.addSchemes(
                    SchemeSummary.builder().scheme(scheme).verdicts(counts(m)).build()));
            return b.build();
        }
    }

    /**
     * Builds a {@link BulkChecker}. Not thread-safe; the checker it builds is.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private QualityChecker checker = QualityChecker.builtIn();
        private Policy policy;
        private LocalDate asOf;
        private char csvSeparator = ',';
        private ReadOptions readOptions = ReadOptions.defaults();

        private Builder() {}

        /**
         * The parse limits for reading records: {@code maxRecordLength} bounds one NDJSON line, JSON-array element or
         * CSV row (an oversized one is reported with its index and line and skipped; the stream goes on), the other
         * limits bound each value. {@link ReadOptions#defaults()} by default.
         *
         * <pre>{@code
         * BulkChecker bulk = BulkChecker.builder().scheme("noloc-rl").asOf(LocalDate.of(2026, 11, 28))
         *         .readOptions(ReadOptions.builder().maxRecordLength(64 * 1024).build()).build();
         * }</pre>
         *
         * @param options the read options
         * @return this builder
         * @since 0.1.0
         */
        public Builder readOptions(ReadOptions options) {
            this.readOptions = Objects.requireNonNull(options, "options");
            return this;
        }

        /**
         * The checker; {@link QualityChecker#builtIn()} by default.
         *
         * @param checker the checker
         * @return this builder
         */
        public Builder checker(QualityChecker checker) {
            this.checker = Objects.requireNonNull(checker, "checker");
            return this;
        }

        /**
         * The policy to check each record against.
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder policy(Policy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Check each record against schemes of the checker's catalogue: a policy of just these schemes. An unknown
         * id is reported in every record's report, as {@link QualityChecker} does.
         *
         * @param schemeIds one or more scheme ids
         * @return this builder
         * @throws IllegalArgumentException if no id is given
         */
        public Builder schemes(String... schemeIds) {
            if (schemeIds.length == 0) {
                throw new IllegalArgumentException("schemes needs at least one scheme id but got none");
            }
            List<String> ids = List.of(schemeIds);
            this.policy =
                    ids.size() == 1 && checker.catalogue().scheme(ids.get(0)).isPresent()
                            ? Policy.of(checker.catalogue().scheme(ids.get(0)).get())
                            : Policy.builder()
                                    .id(String.join("+", ids))
                                    .name(LocalizedText.of(String.join(", ", ids), String.join(", ", ids)))
                                    .version("-")
                                    .addAllSchemes(ids)
                                    .build();
            return this;
        }

        /**
         * Check each record against one scheme of the checker's catalogue.
         *
         * @param schemeId the scheme id
         * @return this builder
         */
        public Builder scheme(String schemeId) {
            return schemes(Objects.requireNonNull(schemeId, "schemeId"));
        }

        /**
         * The date to check as of.
         *
         * @param asOf the date
         * @return this builder
         */
        public Builder asOf(LocalDate asOf) {
            this.asOf = Objects.requireNonNull(asOf, "asOf");
            return this;
        }

        /**
         * The CSV column separator; {@code ,} by default, {@code ;} for Dutch spreadsheet exports.
         *
         * @param separator the separator
         * @return this builder
         * @throws IllegalArgumentException for a quote, line break or letter/digit
         */
        public Builder csvSeparator(char separator) {
            if (separator == '"' || separator == '\n' || separator == '\r' || Character.isLetterOrDigit(separator)) {
                throw new IllegalArgumentException(
                        "csvSeparator must not be a quote, line break, letter or digit but was '" + separator + "'");
            }
            this.csvSeparator = separator;
            return this;
        }

        /**
         * The bulk checker.
         *
         * @return the checker
         * @throws IllegalStateException if no policy or scheme, or no date, was given
         */
        public BulkChecker build() {
            if (policy == null) {
                throw new IllegalStateException("a bulk check needs a policy or a scheme");
            }
            if (asOf == null) {
                throw new IllegalStateException("a bulk check needs an asOf date");
            }
            return new BulkChecker(this);
        }
    }
}
