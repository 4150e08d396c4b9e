/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Regenerates the "Engine decision" results of {@code guidance-benchmarks/README.md} from a JMH JSON result file
 * of {@link DecisionBenchmark} run with {@code -prof gc} and the line of {@link SessionSizeProbe}, between the
 * markers {@code <!-- decision:start -->} and {@code <!-- decision:end -->}.
 */
public final class DecisionTable {
    private static final String START = "<!-- decision:start -->";
    private static final String END = "<!-- decision:end -->";

    private DecisionTable() {}

    /**
     * Writes the table.
     *
     * @param args JMH JSON file, session-size TSV file, README file, label (e.g. "quick, 2026-11-28"), optional
     *     note appended to the run line (e.g. about the machine's load)
     * @throws IOException on I/O failure
     */
    public static void main(String[] args) throws IOException {
        JsonNode results = JsonMapper.builder().build().readTree(Files.readString(Path.of(args[0])));
        List<String> size = Files.exists(Path.of(args[1])) ? Files.readAllLines(Path.of(args[1])) : List.of();
        Path readme = Path.of(args[2]);
        String label = args.length > 3 ? args[3] : "";
        String note = args.length > 4 && !args[4].isBlank() ? " " + args[4].strip() : "";

        StringBuilder rows = new StringBuilder();
        String jdk = "";
        for (JsonNode r : results) {
            String name = r.get("benchmark").asText();
            name = name.substring(name.lastIndexOf('.') + 1);
            JsonNode m = r.get("primaryMetric");
            JsonNode alloc = r.path("secondaryMetrics").path("gc.alloc.rate.norm");
            String bytes = alloc.isMissingNode() ? "–" : String.format(Locale.ROOT, "%,.0f",
                    alloc.get("score").asDouble());
            String bytesError = alloc.isMissingNode() || !Double.isFinite(alloc.get("scoreError").asDouble()) ? "–"
                    : String.format(Locale.ROOT, "%,.1f", alloc.get("scoreError").asDouble());
            rows.append(String.format(Locale.ROOT, "| `%s` | %,.0f | %,.0f | %s | %s |%n", name,
                    m.get("score").asDouble(), m.get("scoreError").asDouble(), bytes, bytesError));
            jdk = r.get("jdkVersion").asText() + " (" + r.get("vmName").asText() + ")";
        }
        StringBuilder md = new StringBuilder();
        md.append(START).append("\n\n");
        md.append("Run: ").append(label).append("; JDK ").append(jdk).append("; ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores; `-prof gc`.").append(note)
                .append(" Times are nanoseconds per operation (lower is better), ± the 99.9 % error JMH reports;"
                        + " allocation is `gc.alloc.rate.norm`.\n\n");
        md.append("| Benchmark | ns/op | ± | bytes/op | ± |\n|---|---:|---:|---:|---:|\n");
        md.append(rows);
        for (String line : size) {
            String[] f = line.split("\t");
            if (f.length < 5) {
                continue;
            }
            md.append(String.format(Locale.ROOT, "%nStored session (`engine.store(session)`, compact JSON; "
                    + "`SessionSizeProbe`) after %s answers (%s events, at `%s`): **%,d bytes**.%n",
                    f[0], f[1], f[2], Long.parseLong(f[3])));
        }
        md.append('\n').append(END);
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int a = text.indexOf(START);
        int b = text.indexOf(END);
        if (a < 0 || b < a) {
            throw new IllegalStateException(readme + " lacks the markers " + START + " and " + END);
        }
        Files.writeString(readme, text.substring(0, a) + md + text.substring(b + END.length()), StandardCharsets.UTF_8);
        System.out.println(md);
    }
}
