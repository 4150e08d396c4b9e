/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads JMH JSON result files for the table generators ({@link ResultsTable}, {@link DecisionTable},
 * {@link GenericTable}) and replaces marked sections of the README.
 */
public final class JmhResults {
    private JmhResults() {}

    /**
     * One benchmark's result.
     *
     * @param benchmarkClass the simple name of the benchmark class
     * @param name the benchmark method
     * @param mode the JMH mode, e.g. {@code avgt}
     * @param score the score
     * @param error the 99.9 % error (NaN when JMH could not compute one)
     * @param unit the score unit, e.g. {@code ns/op}
     * @param bytesPerOp {@code gc.alloc.rate.norm}, or NaN without {@code -prof gc}
     * @param bytesError its error, or NaN
     * @param jdk the JDK version and VM name
     * @param params the benchmark parameters, e.g. {@code size=100}, or ""
     */
    public record Row(
            String benchmarkClass,
            String name,
            String mode,
            double score,
            double error,
            String unit,
            double bytesPerOp,
            double bytesError,
            String jdk,
            String params) {
        /**
         * The score in nanoseconds per operation, for time-per-operation units; NaN otherwise.
         *
         * @return the nanoseconds
         */
        public double nanos() {
            switch (unit) {
                case "ns/op":
                    return score;
                case "us/op":
                    return score * 1e3;
                case "ms/op":
                    return score * 1e6;
                case "s/op":
                    return score * 1e9;
                default:
                    return Double.NaN;
            }
        }

        /**
         * The error in nanoseconds per operation, for time-per-operation units; NaN otherwise.
         *
         * @return the nanoseconds
         */
        public double nanosError() {
            return score == 0 ? Double.NaN : nanos() * error / score;
        }
    }

    /**
     * Reads a JMH JSON result file; a missing file gives no rows.
     *
     * @param file the file
     * @return the rows in file order
     * @throws IOException on I/O failure
     */
    public static List<Row> read(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        if (!Files.exists(file)) {
            return rows;
        }
        JsonNode results = JsonMapper.builder().build().readTree(Files.readString(file));
        for (JsonNode r : results) {
            String full = r.get("benchmark").asString();
            String name = full.substring(full.lastIndexOf('.') + 1);
            String owner = full.substring(0, full.lastIndexOf('.'));
            owner = owner.substring(owner.lastIndexOf('.') + 1);
            JsonNode m = r.get("primaryMetric");
            JsonNode alloc = r.path("secondaryMetrics").path("gc.alloc.rate.norm");
            StringBuilder params = new StringBuilder();
            r.path("params")
                    .properties()
                    .forEach(e -> params.append(params.length() == 0 ? "" : ", ")
                            .append(e.getKey())
                            .append('=')
                            .append(e.getValue().asString()));
            rows.add(new Row(
                    owner,
                    name,
                    r.get("mode").asString(),
                    m.get("score").asDouble(),
                    m.get("scoreError").asDouble(Double.NaN),
                    m.get("scoreUnit").asString(),
                    alloc.isMissingNode() ? Double.NaN : alloc.get("score").asDouble(),
                    alloc.isMissingNode() ? Double.NaN : alloc.get("scoreError").asDouble(Double.NaN),
                    r.get("jdkVersion").asString() + " (" + r.get("vmName").asString() + ")",
                    params.toString()));
        }
        return rows;
    }

    /**
     * A number with thousands separators and the given decimals, or "–" when not finite.
     *
     * @param value the number
     * @param decimals the decimals
     * @return the text
     */
    public static String format(double value, int decimals) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%,." + decimals + "f", value) : "–";
    }

    /**
     * Replaces the text between two markers of a file (markers kept); when the markers are missing, appends
     * {@code heading}, the markers and the text before {@code anchor} (or at the end when the anchor is missing).
     *
     * @param file the README
     * @param start the start marker
     * @param end the end marker
     * @param body the new text between the markers
     * @param heading text to put before the markers when they are added, or "" to require the markers
     * @param anchor the marker before which new sections go
     * @throws IOException on I/O failure
     * @throws IllegalStateException if the markers are missing and no heading is given
     */
    public static void replace(Path file, String start, String end, String body, String heading, String anchor)
            throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int a = text.indexOf(start);
        int b = text.indexOf(end);
        String section = start + "\n\n" + body + "\n" + end;
        if (a >= 0 && b > a) {
            text = text.substring(0, a) + section + text.substring(b + end.length());
        } else if (heading.isEmpty()) {
            throw new IllegalStateException(file + " lacks the markers " + start + " and " + end);
        } else {
            int at = text.indexOf(anchor);
            String added = heading + "\n\n" + section + "\n\n";
            text = at < 0 ? text + "\n" + added : text.substring(0, at) + added + text.substring(at);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
