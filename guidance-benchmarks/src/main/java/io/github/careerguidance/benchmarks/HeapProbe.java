/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.benchmarks;

import io.github.careerguidance.quality.bulk.BulkChecker;
import io.github.careerguidance.quality.bulk.BulkSummary;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Heap high-water mark of a bulk check as the file grows: generates an NDJSON file of N registrations, checks it
 * with {@link BulkChecker} and prints the peak heap used (sum of the heap pools' peaks) as one tab-separated line
 * {@code records, file bytes, peak heap bytes, seconds}. Run it in a fresh JVM per size with a small {@code -Xmx}:
 * a run that finishes proves the check does not hold the file.
 */
public final class HeapProbe {
    private HeapProbe() {}

    /**
     * Runs one probe.
     *
     * @param args the record count
     * @throws IOException if the temporary file cannot be written
     */
    public static void main(String[] args) throws IOException {
        int records = Integer.parseInt(args[0]);
        Path file = RegistrationFiles.write(Files.createTempFile("registraties", ".ndjson"), records, 42);
        try {
            BulkChecker checker = BulkChecker.builder()
                    .scheme("noloc-rl")
                    .asOf(LocalDate.of(2026, 11, 28))
                    .build();
            System.gc();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                pool.resetPeakUsage();
            }
            long start = System.nanoTime();
            long[] seen = {0};
            BulkSummary summary = checker.check(file, r -> seen[0]++);
            double seconds = (System.nanoTime() - start) / 1e9;
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            if (summary.records() != records || seen[0] != records) {
                throw new IllegalStateException(
                        "records in " + records + " but out " + summary.records() + "/" + seen[0]);
            }
            System.out.printf("%d\t%d\t%d\t%.1f%n", records, Files.size(file), peak, seconds);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
