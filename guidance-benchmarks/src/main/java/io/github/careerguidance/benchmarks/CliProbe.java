/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.benchmarks;

import io.github.careerguidance.quality.bulk.BulkChecker;
import io.github.careerguidance.quality.bulk.BulkReportWriter;
import io.github.careerguidance.quality.bulk.BulkReports;
import io.github.careerguidance.quality.bulk.BulkSummary;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The CLI against the library on the same 100,000-record file in the same run (issue #16): round by round, passes of
 * {@link BulkChecker} in this JVM (after warm-up passes, so at JIT speed) and one
 * {@code guidance providers check FILE --scheme noloc-rl --as-of 2026-11-28 --format json --quiet} as a fresh
 * process, measured end to end (JVM start and JIT warm-up included, every record's result written to a file) under
 * {@code /usr/bin/time} for its maximum resident set size. Interleaving keeps all of them under the same machine
 * load.
 *
 * <p>Two in-process figures, because the CLI does more than a bare check:
 * <ul>
 *   <li><b>baseline</b> (the goal's reference): {@code BulkChecker} as built by default (one thread) reading the
 *   same file, each result consumed but nothing rendered or written. It does not render the explanation texts the
 *   CLI writes, so it is the stricter reference, and the one the goal of at least 60 % is measured against.</li>
 *   <li><b>like for like</b>: what the CLI does, in process: the same checker with the CLI's default parallelism
 *   (one less than the processors, at least 1) writing the same compact JSON lines ({@code BulkReports.compactJson}, Dutch as the
 *   CLI's default language) to a writer that discards them. The CLI's figure over this one is the cost of being a
 *   fresh process (JVM start, class loading, JIT warm-up, the file write).</li>
 * </ul>
 * <p>And a floor: <b>cold pass</b>, {@link ColdBulkPass}, the baseline pass in a fresh JVM (with the JVM options and,
 * like {@code bin/guidance}, a class-data-sharing archive of its own), run once per round. A fresh CLI process does at
 * least that work, so the cold pass over the baseline is the most the CLI over the baseline can be on this machine
 * and JDK; what the CLI loses beyond it is its own (start-up, rendering, writing).
 *
 * <p>Prints one tab-separated row: records, the median records/s of the baseline, of the like-for-like pass and of the
 * CLI, the CLI over the baseline (the goal), the CLI over like for like, the largest RSS of the CLI in MB, the output
 * size, the rounds, the load average at the end, the median records/s of the cold pass and the cold pass over the
 * baseline ("-" when the probe does not run from a jar).
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
        Path archive = timing.resolveSibling(timing.getFileName() + ".jsa");
        try {
            BulkChecker bulk = ColdBulkPass.baseline();
            long[] sink = new long[1];
            for (int i = 0; i < 3; i++) {
                bulk.check(file, r -> sink[0] += r.index());
            }
            BulkChecker parallel = BulkChecker.builder()
                    .scheme("noloc-rl")
                    .asOf(LocalDate.of(2026, 11, 28))
                    .parallelism(Math.max(1, Runtime.getRuntime().availableProcessors() - 1))
                    .build();
            for (int i = 0; i < 3; i++) {
                likeForLike(parallel, file);
            }
            // the floor: the baseline pass in a fresh JVM with the options bin/guidance gives providers check
            Optional<FreshJvm> cold = FreshJvm.ownJar()
                    .map(jar -> new FreshJvm(
                            FreshJvm.launcher(),
                            PROVIDERS_CHECK_OPTIONS,
                            List.of(jar),
                            ColdBulkPass.class.getName(),
                            archive));
            if (cold.isPresent()) {
                fresh(cold.get().creating(file.toString())); // writes the archive; not measured
            }
            List<Double> coldPass = new ArrayList<>();
            List<Double> inProcess = new ArrayList<>();
            List<Double> alike = new ArrayList<>();
            List<Double> cli = new ArrayList<>();
            long maxRssKb = 0;
            for (int round = 0; round < rounds; round++) {
                long start = System.nanoTime();
                BulkSummary summary = bulk.check(file, r -> sink[0] += r.index());
                inProcess.add(summary.records() / ((System.nanoTime() - start) / 1e9));
                start = System.nanoTime();
                summary = likeForLike(parallel, file);
                alike.add(summary.records() / ((System.nanoTime() - start) / 1e9));

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
                if (cold.isPresent()) {
                    coldPass.add(records / fresh(cold.get().using(file.toString())));
                }
                List<String> lines = Files.readAllLines(timing, StandardCharsets.UTF_8);
                maxRssKb = Math.max(
                        maxRssKb, Long.parseLong(lines.get(lines.size() - 1).trim()));
            }
            double a = median(inProcess);
            double l = median(alike);
            double b = median(cli);
            String floor = coldPass.isEmpty()
                    ? "-\t-"
                    : String.format(Locale.ROOT, "%.0f\t%.2f", median(coldPass), median(coldPass) / a);
            System.out.println("records\tin-process baseline records/s (median)\tin-process like-for-like records/s "
                    + "(median)\tCLI records/s (median)\tCLI / baseline\tCLI / like-for-like\tCLI max RSS MB\t"
                    + "CLI output MB\trounds\tload average\tcold baseline pass records/s (median)\t"
                    + "cold pass / baseline");
            System.out.printf(
                    Locale.ROOT,
                    "%d\t%.0f\t%.0f\t%.0f\t%.2f\t%.2f\t%.0f\t%.1f\t%d\t%s\t%s%n",
                    records,
                    a,
                    l,
                    b,
                    b / a,
                    b / l,
                    maxRssKb / 1024.0,
                    Files.size(output) / 1e6,
                    rounds,
                    load(),
                    floor);
            if (sink[0] == 42) {
                System.out.println(); // keeps the sink alive
            }
        } finally {
            Files.deleteIfExists(archive);
            Files.deleteIfExists(file);
            Files.deleteIfExists(output);
            Files.deleteIfExists(timing);
        }
    }

    /** The JVM options bin/guidance gives {@code providers check}; the cold pass runs with the same. */
    static final List<String> PROVIDERS_CHECK_OPTIONS = List.of("-XX:+UseSerialGC", "-Xmx128m");

    /** Runs a fresh JVM to its end; its wall seconds. */
    private static double fresh(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        int exit = p.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (exit != 0) {
            throw new IllegalStateException("exit code " + exit + ": " + String.join(" ", command));
        }
        return seconds;
    }

    /** The CLI's work in process: compact JSON lines in Dutch, written to a writer that discards them. */
    private static BulkSummary likeForLike(BulkChecker bulk, Path file) {
        try (BulkReportWriter json = BulkReports.compactJson(Writer.nullWriter(), Locale.forLanguageTag("nl"))) {
            BulkSummary summary = bulk.check(file, json);
            json.finish(summary);
            return summary;
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
