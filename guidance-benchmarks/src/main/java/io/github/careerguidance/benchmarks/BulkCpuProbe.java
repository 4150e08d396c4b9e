/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The workloads of {@link BulkQualityBenchmark}, interleaved round by round and timed in CPU time of the running
 * thread rather than wall-clock time: a cross-check of the benchmark's ratios on a shared machine, where other
 * processes steal time slices (which wall-clock throughput counts and thread CPU time does not). Prints, per
 * workload, the median records per CPU second over the rounds, and the median, minimum and maximum per round of
 * the ratios that issues #5 and #7 ask about.
 *
 * <pre>{@code java -cp benchmarks.jar io.github.careerguidance.benchmarks.BulkCpuProbe 12}</pre>
 */
public final class BulkCpuProbe {
    private BulkCpuProbe() {}

    /** One workload of the benchmark. */
    @FunctionalInterface
    private interface Workload {
        void run(BulkQualityBenchmark b, Blackhole bh) throws IOException;
    }

    /**
     * Runs the probe.
     *
     * @param args rounds (default 12), then warm-up rounds (default 4), then optionally a comma-separated list of
     *     workloads to run (default all; a ratio is printed when both its workloads ran)
     * @throws IOException if the temporary file cannot be written
     */
    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 12;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        BulkQualityBenchmark b = new BulkQualityBenchmark();
        b.records = BulkQualityBenchmark.RECORDS;
        b.setUp();
        Blackhole bh = new Blackhole(
                "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        Map<String, Workload> workloads = new LinkedHashMap<>();
        workloads.put("tokensOnly", (x, h) -> h.consume(x.tokensOnly()));
        workloads.put("jacksonBind", BulkQualityBenchmark::jacksonBind);
        workloads.put("jacksonBindAndBeanValidation", BulkQualityBenchmark::jacksonBindAndBeanValidation);
        workloads.put("sdkRecordsNoCheck", BulkQualityBenchmark::sdkRecordsNoCheck);
        workloads.put("sdkBulkCheck", (x, h) -> h.consume(x.sdkBulkCheck(h)));
        if (args.length > 2) {
            List<String> only = List.of(args[2].split(","));
            workloads.keySet().retainAll(only);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, List<Double>> rates = new LinkedHashMap<>();
        workloads.keySet().forEach(k -> rates.put(k, new ArrayList<>()));
        try {
            for (int round = 0; round < warmup + rounds; round++) {
                for (Map.Entry<String, Workload> w : workloads.entrySet()) {
                    long start = threads.getCurrentThreadCpuTime();
                    w.getValue().run(b, bh);
                    long cpu = threads.getCurrentThreadCpuTime() - start;
                    if (round >= warmup) {
                        rates.get(w.getKey()).add(BulkQualityBenchmark.RECORDS / (cpu / 1e9));
                    }
                }
            }
        } finally {
            b.tearDown();
        }
        System.out.println("workload\trecords per CPU second (median of " + rounds + " rounds)\tmin\tmax");
        rates.forEach((k, v) -> System.out.printf("%s\t%.0f\t%.0f\t%.0f%n", k, median(v), min(v), max(v)));
        ratio(rates, "sdkBulkCheck", "jacksonBind");
        ratio(rates, "sdkBulkCheck", "jacksonBindAndBeanValidation");
        ratio(rates, "sdkRecordsNoCheck", "jacksonBind");
    }

    private static void ratio(Map<String, List<Double>> rates, String a, String b) {
        if (!rates.containsKey(a) || !rates.containsKey(b)) {
            return;
        }
        List<Double> r = new ArrayList<>();
        for (int i = 0; i < rates.get(a).size(); i++) {
            r.add(rates.get(a).get(i) / rates.get(b).get(i));
        }
        System.out.printf("%s / %s\t%.3f\t%.3f\t%.3f%n", a, b, median(r), min(r), max(r));
    }

    private static double median(List<Double> v) {
        double[] s = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double min(List<Double> v) {
        return Arrays.stream(v.stream().mapToDouble(Double::doubleValue).toArray())
                .min()
                .orElse(0);
    }

    private static double max(List<Double> v) {
        return Arrays.stream(v.stream().mapToDouble(Double::doubleValue).toArray())
                .max()
                .orElse(0);
    }
}
