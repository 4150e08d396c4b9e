/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.benchmarks;

import io.github.careerguidance.quality.bulk.BulkChecker;
import io.github.careerguidance.quality.bulk.BulkSummary;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The floor under the CLI's bulk check (issue #16): {@link CliProbe}'s in-process baseline, one pass of
 * {@link BulkChecker} over the file as built by default ({@code noloc-rl} as of 2026-11-28, one thread, each result
 * consumed, nothing rendered or written), but in a fresh JVM, run once. No CLI, no output: whatever a fresh
 * {@code guidance providers check} process does, it does at least this, so this pass's records per second over the
 * warm baseline's is the most any fresh process can reach. Prints the number of records.
 *
 * <pre>{@code java -cp benchmarks.jar io.github.careerguidance.benchmarks.ColdBulkPass registrations.ndjson}</pre>
 */
public final class ColdBulkPass {
    private ColdBulkPass() {}

    /**
     * Checks the file once and prints the number of records.
     *
     * @param args the file
     */
    public static void main(String[] args) {
        System.out.println(pass(Path.of(args[0])));
    }

    /**
     * The baseline checker: {@code noloc-rl} as of 2026-11-28, everything else as built by default (one thread).
     *
     * @return the checker
     */
    static BulkChecker baseline() {
        return BulkChecker.builder()
                .scheme("noloc-rl")
                .asOf(LocalDate.of(2026, 11, 28))
                .build();
    }

    /**
     * One pass of the baseline check.
     *
     * @param file the registrations
     * @return the number of records checked
     */
    static long pass(Path file) {
        BulkChecker bulk = baseline();
        long[] sink = new long[1];
        BulkSummary summary = bulk.check(file, r -> sink[0] += r.index());
        return sink[0] == -1 ? -1 : summary.records();
    }
}
