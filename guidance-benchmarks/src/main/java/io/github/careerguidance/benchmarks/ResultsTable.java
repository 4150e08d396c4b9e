/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Regenerates the results section of {@code guidance-benchmarks/README.md} from a JMH JSON result file and the
 * heap probe's lines, between the markers {@code <!-- results:start -->} and {@code <!-- results:end -->}.
 */
public final class ResultsTable {
    private static final String START = "<!-- results:start -->";
    private static final String END = "<!-- results:end -->";

    private ResultsTable() {}

    /**
     * Writes the table.
     *
     * @param args JMH JSON file, heap TSV file, README file, label (e.g. "quick, 2026-11-28")
     * @throws IOException on I/O failure
     */
    public static void main(String[] args) throws IOException {
        JsonNode results = JsonMapper.builder().build().readTree(Files.readString(Path.of(args[0])));
        List<String> heap = Files.exists(Path.of(args[1])) ? Files.readAllLines(Path.of(args[1])) : List.of();
        Path readme = Path.of(args[2]);
        String label = args.length > 3 ? args[3] : "";

        Map<String, double[]> scores = new LinkedHashMap<>();
        String jdk = "";
        for (JsonNode r : results) {
            String name = r.get("benchmark").asString();
            name = name.substring(name.lastIndexOf('.') + 1);
            JsonNode m = r.get("primaryMetric");
            scores.put(
                    name,
                    new double[] {m.get("score").asDouble(), m.get("scoreError").asDouble()});
            jdk = r.get("jdkVersion").asString() + " (" + r.get("vmName").asString() + ")";
        }
        StringBuilder md = new StringBuilder();
        md.append(START).append("\n\n");
        md.append("Run: ")
                .append(label)
                .append("; JDK ")
                .append(jdk)
                .append("; ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores. ")
                .append("Scores are records per second (higher is better), ± the 99.9 % error JMH reports.\n\n");
        md.append("| Benchmark | records/s | ± | share of the limit (tokensOnly) | vs plain Jackson binding |\n");
        md.append("|---|---:|---:|---:|---:|\n");
        double limit = scores.getOrDefault("tokensOnly", new double[] {Double.NaN})[0];
        double bind = scores.getOrDefault("jacksonBind", new double[] {Double.NaN})[0];
        for (Map.Entry<String, double[]> e : scores.entrySet()) {
            double s = e.getValue()[0];
            md.append(String.format(
                    Locale.ROOT,
                    "| `%s` | %,.0f | %,.0f | %.1f %% | %.2f× |%n",
                    e.getKey(),
                    s,
                    e.getValue()[1],
                    100 * s / limit,
                    s / bind));
        }
        double check = scores.getOrDefault("sdkBulkCheck", new double[] {Double.NaN})[0];
        double hv = scores.getOrDefault("jacksonBindAndBeanValidation", new double[] {Double.NaN})[0];
        md.append(String.format(
                Locale.ROOT,
                "%nGoal: the full bulk check keeps ≥ 50 %% of plain Jackson binding's throughput: **%.0f %%** (%s). "
                        + "Against binding plus Hibernate Validator: %.2f×.%n",
                100 * check / bind,
                check / bind >= 0.5 ? "met" : "missed",
                check / hv));
        if (!heap.isEmpty()) {
            md.append("\nHeap high-water mark of `BulkChecker` (fresh JVM per size, `-Xmx96m`; `HeapProbe`):\n\n");
            md.append("| records | file size | peak heap used | seconds |\n|---:|---:|---:|---:|\n");
            for (String line : heap) {
                String[] f = line.split("\t");
                if (f.length < 4) {
                    continue;
                }
                md.append(String.format(
                        Locale.ROOT,
                        "| %,d | %.1f MB | %.1f MB | %s |%n",
                        Long.parseLong(f[0]),
                        Long.parseLong(f[1]) / 1e6,
                        Long.parseLong(f[2]) / 1e6,
                        f[3]));
            }
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
