/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.benchmarks;

import io.github.careerguidance.quality.bulk.BulkChecker;
import io.github.careerguidance.quality.bulk.BulkSummary;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The CLI against the library on the same 100,000-record file in the same run (issue #16): round by round, one pass
 * of {@link BulkChecker} in this JVM (after warm-up passes, so at JIT speed, results consumed and not written) and one
 * {@code guidance providers check FILE --scheme noloc-rl --format json --quiet} as a fresh process, measured end to
 * end (JVM start included, output written to a file) under {@code /usr/bin/time} for its maximum resident set size.
 * Interleaving keeps both under the same machine load. Prints one tab-separated row: records, median records/s in
 * process, median records/s of the CLI, their ratio, the largest RSS of the CLI in MB, and the output size.
 *
 * <pre>{@code java -cp benchmarks.jar io.github.careerguidance.benchmarks.CliProbe 5 bin/guidance}</pre>
 */
public final class CliProbe {
    private CliProbe() {}

    /**
     * Runs the probe.
     *
     * @param args rounds (default 5), then the command that starts the CLI (default {@code bin/guidance})
     * @throws IOException if a file cannot be written
     * @throws InterruptedException if interrupted while waiting for the CLI
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<String> command = args.length > 1 ? List.of(args).subList(1, args.length) : List.of("bin/guidance");
        int records = BulkQualityBenchmark.RECORDS;
        Path file = RegistrationFiles.write(Files.createTempFile("registraties", ".ndjson"), records, 42);
        Path output = Files.createTempFile("cli-out", ".ndjson");
        Path timing = Files.createTempFile("cli-time", ".txt");
        try {
            BulkChecker bulk = BulkChecker.builder()
                    .scheme("noloc-rl")
                    .asOf(LocalDate.of(2026, 11, 28))
                    .build();
            long[] sink = new long[1];
            for (int i = 0; i < 3; i++) {
                bulk.check(file, r -> sink[0] += r.index());
            }
            List<Double> inProcess = new ArrayList<>();
            List<Double> cli = new ArrayList<>();
            long maxRssKb = 0;
            for (int round = 0; round < rounds; round++) {
                long start = System.nanoTime();
                BulkSummary summary = bulk.check(file, r -> sink[0] += r.index());
                inProcess.add(summary.records() / ((System.nanoTime() - start) / 1e9));

                List<String> run = new ArrayList<>(List.of("/usr/bin/time", "-f", "%M", "-o", timing.toString()));
                run.addAll(command);
                run.addAll(List.of(
                        "providers",
                        "check",
                        file.toString(),
                        "--scheme",
                        "noloc-rl",
                        "--as-of",
                        "2026-11-28",
                        "--format",
                        "json",
                        "--quiet"));
                start = System.nanoTime();
                Process p = new ProcessBuilder(run)
                        .redirectOutput(output.toFile())
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
                int exit = p.waitFor();
                double seconds = (System.nanoTime() - start) / 1e9;
                if (exit != 0 && exit != 1) {
                    throw new IllegalStateException("the CLI exited with " + exit + ": " + String.join(" ", run));
                }
                cli.add(records / seconds);
                List<String> lines = Files.readAllLines(timing, StandardCharsets.UTF_8);
                maxRssKb = Math.max(
                        maxRssKb, Long.parseLong(lines.get(lines.size() - 1).trim()));
            }
            double a = median(inProcess);
            double b = median(cli);
            System.out.println("records\tin-process records/s (median)\tCLI records/s (median)\tCLI / in-process\t"
                    + "CLI max RSS MB\tCLI output MB\trounds\tload average");
            System.out.printf(
                    "%d\t%.0f\t%.0f\t%.2f\t%.0f\t%.1f\t%d\t%s%n",
                    records, a, b, b / a, maxRssKb / 1024.0, Files.size(output) / 1e6, rounds, load());
            if (sink[0] == 42) {
                System.out.println(); // keeps the sink alive
            }
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(output);
            Files.deleteIfExists(timing);
        }
    }

    private static String load() {
        try {
            return Files.readString(new File("/proc/loadavg").toPath()).split(" ")[0];
        } catch (IOException e) {
            return "-";
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
