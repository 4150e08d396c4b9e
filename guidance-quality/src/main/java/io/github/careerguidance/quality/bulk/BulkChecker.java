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
import io.github.careerguidance.core.meta.Beta;
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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import java.util.function.Supplier;

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
 * <p>Instances are immutable and thread-safe. By default a check runs on the calling thread; with
 * {@link Builder#parallelism(int)} above 1, records are bound and checked on that many worker threads made for the
 * check (a bounded pipeline: memory still does not grow with the number of records), while reading the input,
 * counting and calling the sink stay on the calling thread, in input order, so the results and the summary are the
 * same as a sequential check's.
 *
 * @since 0.1.0
 */
public final class BulkChecker {
    /** Records per batch handed to a worker: enough to make the hand-over cheap, few enough to keep memory small. */
    private static final int BATCH = 128;

    /** Batches out per worker before the calling thread waits for the oldest. */
    private static final int IN_FLIGHT_PER_THREAD = 4;

    /** Worker threads: daemons (an abandoned check never keeps the JVM alive), named for thread dumps. */
    private static final ThreadFactory WORKERS = r -> {
        Thread t = new Thread(r, "guidance-bulk-check");
        t.setDaemon(true);
        return t;
    };

    private final QualityChecker checker;
    private final Policy policy;
    private final LocalDate asOf;
    private final char csvSeparator;
    private final ReadOptions readOptions;
    private final GuidanceCodec json;
    private final int parallelism;

    private BulkChecker(Builder b) {
        this.parallelism = b.parallelism;
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
     * How many threads bind and check records; 1 (the calling thread only) by default.
     *
     * @return the number of checking threads, {@code >= 1}
     * @since 0.2.0
     */
    @Beta
    public int parallelism() {
        return parallelism;
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
                return run(deferred(records), format, sink, null);
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
            return run(bound(records), format, sink, records);
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
                return run(deferred(records), format, sink, null);
            }
        }
        try (CsvRecords records = new CsvRecords(in, csvSeparator, null, readOptions)) {
            return run(bound(records), format, sink, records);
        }
    }

    /** The records of a JSON reader, split off but bound later (by the thread that checks them). */
    private static Supplier<Supplier<Record<Registration>>> deferred(RecordReader<Registration> records) {
        return () -> records.hasNext() ? records.nextDeferred() : null;
    }

    /** The records of a CSV reader, bound as they are read. */
    private static Supplier<Supplier<Record<Registration>>> bound(CsvRecords records) {
        return () -> {
            if (!records.hasNext()) {
                return null;
            }
            Record<Registration> r = records.next();
            return () -> r;
        };
    }

    /**
     * Checks every record of a source: {@code records} gives the next record still to be bound, or null at the end.
     */
    private BulkSummary run(
            Supplier<Supplier<Record<Registration>>> records,
            BulkFormat format,
            Consumer<? super BulkResult> sink,
            CsvRecords csv) {
        Tally tally = new Tally(policy, asOf, format);
        boolean truncated =
                parallelism > 1 ? runParallel(records, sink, csv, tally) : runHere(records, sink, csv, tally);
        return tally.summary(truncated || (csv != null && csv.truncated()));
    }

    private boolean runHere(
            Supplier<Supplier<Record<Registration>>> records,
            Consumer<? super BulkResult> sink,
            CsvRecords csv,
            Tally tally) {
        boolean truncated = false;
        for (Supplier<Record<Registration>> next = records.get(); next != null; next = records.get()) {
            Checked checked = checked(next.get(), csv);
            truncated |= checked.fatal;
            tally.add(checked.result);
            sink.accept(checked.result);
        }
        return truncated;
    }

    /**
     * The bounded pipeline: the calling thread splits records off the input in batches and hands each batch to a
     * worker, which binds and checks it; the calling thread takes the batches back in order (waiting for the oldest
     * when {@link #IN_FLIGHT_PER_THREAD} batches per worker are out) and counts and passes on their results.
     */
    private boolean runParallel(
            Supplier<Supplier<Record<Registration>>> records,
            Consumer<? super BulkResult> sink,
            CsvRecords csv,
            Tally tally) {
        ExecutorService workers = Executors.newFixedThreadPool(parallelism, WORKERS);
        ArrayDeque<Future<Checked[]>> inFlight = new ArrayDeque<>();
        int maxInFlight = parallelism * IN_FLIGHT_PER_THREAD;
        boolean truncated = false;
        try {
            List<Supplier<Record<Registration>>> batch = new ArrayList<>(BATCH);
            boolean more = true;
            while (more) {
                Supplier<Record<Registration>> next = records.get();
                more = next != null;
                if (more) {
                    batch.add(next);
                }
                if (batch.size() == BATCH || (!more && !batch.isEmpty())) {
                    List<Supplier<Record<Registration>>> mine = batch;
                    inFlight.add(workers.submit(() -> checkAll(mine, csv)));
                    batch = new ArrayList<>(BATCH);
                    while (inFlight.size() >= maxInFlight) {
                        truncated |= passOn(inFlight.poll(), sink, tally);
                    }
                }
            }
            while (!inFlight.isEmpty()) {
                truncated |= passOn(inFlight.poll(), sink, tally);
            }
        } finally {
            inFlight.forEach(f -> f.cancel(true));
            workers.shutdownNow();
        }
        return truncated;
    }

    private Checked[] checkAll(List<Supplier<Record<Registration>>> batch, CsvRecords csv) {
        Checked[] out = new Checked[batch.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = checked(batch.get(i).get(), csv);
        }
        return out;
    }

    /** Waits for a batch, counts its results and gives them to the sink; true if one ended the input. */
    private static boolean passOn(Future<Checked[]> batch, Consumer<? super BulkResult> sink, Tally tally) {
        Checked[] results;
        try {
            results = batch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the bulk check was interrupted");
        } catch (ExecutionException e) {
            // check never throws for bad data; what reaches here is an Error or a defect: rethrown as it is
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
        boolean truncated = false;
        for (Checked c : results) {
            truncated |= c.fatal;
            tally.add(c.result);
            sink.accept(c.result);
        }
        return truncated;
    }

    /** A record's result, and whether its reading ended the input (a FATAL read diagnostic). */
    private record Checked(BulkResult result, boolean fatal) {}

    private Checked checked(Record<Registration> record, CsvRecords csv) {
        Diagnostics read = record.result().diagnostics();
        boolean fatal = !read.isEmpty() && read.stream().anyMatch(d -> d.severity() == Severity.FATAL);
        return new Checked(check(record, csv), fatal);
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
        private int parallelism = 1;

        private Builder() {}

        /**
         * How many threads bind and check records: 1 (the default) checks on the calling thread; more starts that
         * many worker threads for each check (and stops them at its end), for example
         * {@code Runtime.getRuntime().availableProcessors()}. Results reach the sink in input order on the calling
         * thread either way, and are the same; the checker ({@link #checker(QualityChecker)}) must be thread-safe,
         * as the built-in one is. An interrupted parallel check throws
         * {@link java.util.concurrent.CancellationException}.
         *
         * @param threads the number of checking threads, {@code >= 1}
         * @return this builder
         * @throws IllegalArgumentException if threads is less than 1
         * @since 0.2.0
         */
        @Beta
        public Builder parallelism(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("parallelism must be 1 or more but was " + threads);
            }
            this.parallelism = threads;
            return this;
        }

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
