/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.simulation;

import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** Jackson CSV writing for {@code SimulationCsv}; rows are lists of strings (empty = not applicable). */
final class CsvSupport {
    /** Columns of metrics.csv. */
    public static final String METRIC_HEADER = "design,metric,group,key,estimate,lower,upper,n,count,sd";

    /** Columns of differences.csv. */
    public static final String DIFFERENCE_HEADER = "metric,group,key,a,b,difference,lower,upper,method";

    /** Columns of events.csv. */
    public static final String EVENT_HEADER =
            "design,client,journey,index,step,kind,action,answer,level,channel," + "minutes";

    private static final CsvMapper MAPPER = CsvMapper.builder().build();

    private CsvSupport() {}

    /** An open CSV row stream. */
    public static final class Rows {
        private final SequenceWriter writer;

        Rows(SequenceWriter writer) {
            this.writer = writer;
        }

        /**
         * Writes one row.
         *
         * @param row the cells
         */
        public void write(List<String> row) {
            try {
                writer.write(row);
            } catch (JacksonException e) {
                throw new java.io.UncheckedIOException(new java.io.IOException(e.getMessage(), e));
            }
        }

        /** Flushes; the underlying writer stays open. */
        public void close() {
            try {
                writer.flush();
            } catch (JacksonException e) {
                throw new java.io.UncheckedIOException(new java.io.IOException(e.getMessage(), e));
            }
        }
    }

    static Rows open(String header, Writer out) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        for (String column : header.split(",")) {
            schema.addColumn(column);
        }
        try {
            return new Rows(MAPPER.writer(schema.build())
                    .without(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
                    .writeValues(out));
        } catch (JacksonException e) {
            throw new java.io.UncheckedIOException(new java.io.IOException(e.getMessage(), e));
        }
    }

    /**
     * Writes metrics rows.
     *
     * @param summaries the summaries
     * @param out the writer
     */
    public static void metrics(List<SimulationSummary> summaries, Writer out) {
        Rows rows = open(METRIC_HEADER, out);
        for (SimulationSummary s : summaries) {
            for (Metric m : s.metrics()) {
                rows.write(Arrays.asList(
                        m.design(),
                        m.metric(),
                        m.group(),
                        m.key(),
                        num(m.estimate()),
                        num(m.lower()),
                        num(m.upper()),
                        Long.toString(m.n()),
                        m.count().map(String::valueOf).orElse(""),
                        num(m.sd())));
            }
        }
        rows.close();
    }

    /**
     * Writes difference rows.
     *
     * @param comparison the comparison
     * @param out the writer
     */
    public static void differences(DesignComparison comparison, Writer out) {
        Rows rows = open(DIFFERENCE_HEADER, out);
        for (MetricDifference d : comparison.differences()) {
            rows.write(Arrays.asList(
                    d.metric(),
                    d.group(),
                    d.key(),
                    num(d.a()),
                    num(d.b()),
                    num(d.difference()),
                    num(d.lower()),
                    num(d.upper()),
                    d.method()));
        }
        rows.close();
    }

    /**
     * Opens an events stream (writes the header).
     *
     * @param out the writer
     * @return the rows
     */
    public static Rows events(Writer out) {
        return open(EVENT_HEADER, out);
    }

    /**
     * The cells of an event row.
     *
     * @param s the event
     * @return the cells
     */
    public static List<String> event(ClientStep s) {
        return Arrays.asList(
                s.design(),
                Long.toString(s.client()),
                s.journey(),
                Integer.toString(s.index()),
                s.step(),
                s.kind(),
                s.action(),
                s.answer().orElse(""),
                s.level(),
                s.channel().orElse(""),
                Integer.toString(s.minutes()));
    }

    private static String num(double v) {
        return Double.toString(v);
    }

    private static String num(Optional<Double> v) {
        return v.map(d -> Double.toString(d)).orElse("");
    }
}
