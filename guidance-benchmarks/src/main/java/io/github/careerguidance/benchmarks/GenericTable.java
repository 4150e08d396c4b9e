/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a results table for every benchmark class of a JMH JSON file that has no table of its own (a new class,
 * such as {@code SimulationBenchmark}, shows up without code changes): per benchmark its mode, score ± error,
 * unit and, with {@code -prof gc}, bytes per operation. Each class gets a section between
 * {@code <!-- jmh:Class:start -->} and {@code <!-- jmh:Class:end -->}; a missing section is added before
 * {@code <!-- jmh:more -->}.
 */
public final class GenericTable {
    /** Where sections for new benchmark classes go. */
    public static final String ANCHOR = "<!-- jmh:more -->";

    private GenericTable() {}

    /**
     * Writes the tables.
     *
     * @param args JMH JSON file, README file, label (e.g. "quick, 2026-11-28"), optional note
     * @throws IOException on I/O failure
     */
    public static void main(String[] args) throws IOException {
        List<JmhResults.Row> rows = JmhResults.read(Path.of(args[0]));
        Path readme = Path.of(args[1]);
        String label = args.length > 2 ? args[2] : "";
        String note = args.length > 3 && !args[3].isBlank() ? " " + args[3].strip() : "";
        Map<String, List<JmhResults.Row>> byClass = new LinkedHashMap<>();
        for (JmhResults.Row r : rows) {
            byClass.computeIfAbsent(r.benchmarkClass(), k -> new ArrayList<>()).add(r);
        }
        for (Map.Entry<String, List<JmhResults.Row>> e : byClass.entrySet()) {
            StringBuilder md = new StringBuilder();
            md.append("Run: ")
                    .append(label)
                    .append("; JDK ")
                    .append(e.getValue().get(0).jdk())
                    .append("; ")
                    .append(Runtime.getRuntime().availableProcessors())
                    .append(" cores.")
                    .append(note)
                    .append(" ± is the 99.9 % error JMH reports.\n\n");
            md.append("| Benchmark | parameters | mode | score | ± | unit | bytes/op |\n");
            md.append("|---|---|---|---:|---:|---|---:|\n");
            for (JmhResults.Row r : e.getValue()) {
                md.append("| `")
                        .append(r.name())
                        .append("` | ")
                        .append(r.params())
                        .append(" | ")
                        .append(r.mode())
                        .append(" | ")
                        .append(JmhResults.format(r.score(), r.score() < 10 ? 3 : 0))
                        .append(" | ")
                        .append(JmhResults.format(r.error(), r.error() < 10 ? 3 : 0))
                        .append(" | ")
                        .append(r.unit())
                        .append(" | ")
                        .append(JmhResults.format(r.bytesPerOp(), 0))
                        .append(" |\n");
            }
            String cls = e.getKey();
            JmhResults.replace(
                    readme,
                    "<!-- jmh:" + cls + ":start -->",
                    "<!-- jmh:" + cls + ":end -->",
                    md.toString(),
                    "## `" + cls + "` (generated)",
                    ANCHOR);
            System.out.println(md);
        }
    }
}
