/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.simulation;

import java.io.Closeable;
import java.io.Writer;
import java.util.Collection;
import java.util.List;

/**
 * Tidy CSV (RFC 4180, header row, UTF-8 text, comma-separated, quoted where needed) that loads directly into R
 * ({@code read.csv}) or pandas ({@code read_csv}), written with Jackson's CSV data format.
 *
 * <ul>
 *   <li>metrics: {@value CsvSupport#METRIC_HEADER}, one row per metric and design;</li>
 *   <li>differences: {@value CsvSupport#DIFFERENCE_HEADER}, one row per compared metric;</li>
 *   <li>events: {@value CsvSupport#EVENT_HEADER}, one row per client-step, written as the simulation goes.</li>
 * </ul>
 * Empty cells mean "not applicable" (no interval for a percentile, no answer at a proceed).
 *
 * <pre>{@code
 * try (Writer w = Files.newBufferedWriter(dir.resolve("metrics.csv"))) {
 *     SimulationCsv.metrics(List.of(summary), w);
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SimulationCsv {
    private SimulationCsv() {}

    /**
     * Writes the metrics of one or more summaries.
     *
     * @param summaries the summaries
     * @param out the writer (not closed)
     * @throws java.io.UncheckedIOException when writing fails
     */
    public static void metrics(Collection<SimulationSummary> summaries, Writer out) {
        CsvSupport.metrics(List.copyOf(summaries), out);
    }

    /**
     * Writes the differences of a comparison.
     *
     * @param comparison the comparison
     * @param out the writer (not closed)
     * @throws java.io.UncheckedIOException when writing fails
     */
    public static void differences(DesignComparison comparison, Writer out) {
        CsvSupport.differences(comparison, out);
    }

    /**
     * A listener that writes the event stream as CSV rows, header first. Close it to flush (the writer itself is
     * not closed).
     *
     * @param out the writer
     * @return the listener
     */
    public static EventWriter events(Writer out) {
        return new EventWriter(CsvSupport.events(out));
    }

    /**
     * A {@link SimulationListener} that writes event rows as CSV.
     *
     * @since 0.1.0
     */
    public static final class EventWriter implements SimulationListener, Closeable {
        private final CsvSupport.Rows rows;
        private long written;

        private EventWriter(CsvSupport.Rows rows) {
            this.rows = rows;
        }

        @Override
        public void onClient(long client, List<ClientStep> steps) {
            for (ClientStep s : steps) {
                rows.write(CsvSupport.event(s));
                written++;
            }
        }

        /**
         * The number of rows written so far (header excluded).
         *
         * @return the number of rows
         */
        public long rows() {
            return written;
        }

        /** Flushes the rows; the underlying writer stays open. */
        @Override
        public void close() {
            rows.close();
        }
    }
}
