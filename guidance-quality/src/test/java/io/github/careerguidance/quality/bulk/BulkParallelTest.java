/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.careerguidance.quality.Verdict;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue #16, CLI at library speed: a check on several threads gives the same results, in the same order, on the
 * calling thread, and the same summary as a check on the calling thread alone, for NDJSON, a JSON array with
 * malformed elements, and CSV.
 */
class BulkParallelTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);

    private static BulkChecker checker(int threads) {
        return BulkChecker.builder()
                .scheme("noloc-rl")
                .asOf(AS_OF)
                .parallelism(threads)
                .build();
    }

    /** A registration whose verdict depends on n: active, expiring soon, expired, or withdrawn. */
    private static String adviseur(int n) {
        String until = n % 4 == 0 ? "2028-02-29" : n % 4 == 1 ? "2026-12-20" : "2025-10-04";
        String status = n % 4 == 3 ? "suspended" : "active";
        return "{\"reference\": \"2026-" + (100000 + n) + "\", \"professionals\": [{\"id\": \"adviseur-" + n + "\","
                + " \"registrations\": [{\"scheme\": \"noloc-rl\", \"registerNumber\": \"RL-" + n + "\","
                + " \"status\": \"" + status + "\", \"validFrom\": \"2022-03-01\", \"validUntil\": \"" + until
                + "\"}]}]}";
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private record Run(List<BulkResult> results, BulkSummary summary, List<Thread> sinkThreads) {}

    private static Run run(BulkChecker checker, InputStream in, BulkFormat format) {
        List<BulkResult> results = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        BulkSummary summary = checker.check(in, format, r -> {
            results.add(r);
            threads.add(Thread.currentThread());
        });
        return new Run(results, summary, threads);
    }

    @Test
    void ndjsonOverManyBatchesGivesTheSequentialResultsInOrderOnTheCallingThread() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 1_000; i++) {
            sb.append(i % 97 == 13 ? "{\"reference\": \"2026-broken\", " : adviseur(i))
                    .append('\n');
        }
        String text = sb.toString();
        Run one = run(checker(1), bytes(text), BulkFormat.JSON);
        Run three = run(checker(3), bytes(text), BulkFormat.JSON);

        assertThat(three.results()).hasSize(1_000).isEqualTo(one.results());
        assertThat(three.summary()).isEqualTo(one.summary());
        assertThat(three.results()).extracting(BulkResult::index).isSorted();
        assertThat(three.sinkThreads()).containsOnly(Thread.currentThread());
        assertThat(three.summary().unreadable()).isEqualTo(11);
        // every readable result belongs to its own record
        for (BulkResult r : three.results()) {
            if (r.readable()) {
                assertThat(r.reference()).hasValue("2026-" + (100000 + r.index()));
            }
        }
        assertThat(three.results().get(13).readable()).isFalse();
        assertThat(three.results().get(13).line()).hasValue(14);
    }

    @Test
    void aJsonArrayWithMalformedElementsAndATruncatedEndIsReportedAsASequentialCheckReportsIt() {
        StringBuilder sb = new StringBuilder("[\n");
        for (int i = 0; i < 300; i++) {
            sb.append("  ")
                    .append(i % 50 == 7 ? "{\"reference\": \"2026-1\" \"professionals\": []}" : adviseur(i))
                    .append(",\n");
        }
        sb.append("  ").append(adviseur(300)).append(",\n  {\"reference\": "); // the array never closes
        String text = sb.toString();
        Run one = run(checker(1), bytes(text), BulkFormat.JSON);
        Run two = run(checker(2), bytes(text), BulkFormat.JSON);

        assertThat(two.results()).isEqualTo(one.results());
        assertThat(two.summary()).isEqualTo(one.summary());
        assertThat(two.summary().truncated()).isTrue();
        assertThat(two.results().get(7).readable()).isFalse();
        assertThat(two.results().get(8).verdict())
                .isEqualTo(one.results().get(8).verdict());
    }

    @Test
    void csvGivesTheSequentialResultsWithTheirColumns() {
        try (InputStream a = BulkParallelTest.class.getResourceAsStream("adviseurs.csv");
                InputStream b = BulkParallelTest.class.getResourceAsStream("adviseurs.csv")) {
            Run one = run(checker(1), a, BulkFormat.CSV);
            Run four = run(checker(4), b, BulkFormat.CSV);
            assertThat(four.results()).isNotEmpty().isEqualTo(one.results());
            assertThat(four.summary()).isEqualTo(one.summary());
            assertThat(four.results()).extracting(BulkResult::verdict).contains(Verdict.FAIL);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aSinkThatFailsEndsTheCheckWithItsExceptionAndNoMoreResults() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 600; i++) {
            sb.append(adviseur(i)).append('\n');
        }
        List<Long> seen = new ArrayList<>();
        assertThatThrownBy(() -> checker(2).check(bytes(sb.toString()), BulkFormat.JSON, r -> {
                    if (r.index() == 200) {
                        throw new IllegalStateException("disk full");
                    }
                    seen.add(r.index());
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("disk full");
        assertThat(seen).hasSize(200).last().isEqualTo(199L);
    }

    @Test
    void parallelismIsOneByDefaultAndAtLeastOne() {
        assertThat(BulkChecker.builder().scheme("noloc-rl").asOf(AS_OF).build().parallelism())
                .isEqualTo(1);
        assertThat(checker(3).parallelism()).isEqualTo(3);
        assertThatThrownBy(() -> BulkChecker.builder().parallelism(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parallelism must be 1 or more but was 0");
    }
}
