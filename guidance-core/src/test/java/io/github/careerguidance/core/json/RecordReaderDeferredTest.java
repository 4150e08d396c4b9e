/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.careerguidance.core.citation.Citation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Issue #16, CLI at library speed: {@link RecordReader#nextDeferred()} splits records off first and binds them later,
 * on other threads, with the same result as {@link RecordReader#next()}, after the reader's buffers have moved on.
 */
class RecordReaderDeferredTest {
    private static final GuidanceCodec JSON = GuidanceCodec.json();

    private static String citation(int i) {
        return "{\"title\": \"Beroepsregister " + i
                + "\", \"url\": \"https://www.noloc.nl/faq\", \"accessed\": \"2026-11-28\"}";
    }

    /** NDJSON of n lines, every seventh malformed, every eleventh blank line extra; long enough for many chunks. */
    private static String ndjson(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i % 7 == 3 ? "{\"title\": \"broken " + i + "\"," : citation(i))
                    .append('\n');
            if (i % 11 == 5) {
                sb.append("  \n");
            }
        }
        return sb.toString();
    }

    private static RecordReader<Citation> reader(String text) {
        return JSON.records(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Citation.class);
    }

    private static List<Record<Citation>> sequential(String text) {
        List<Record<Citation>> out = new ArrayList<>();
        try (RecordReader<Citation> r = reader(text)) {
            r.forEachRemaining(out::add);
        }
        return out;
    }

    @Test
    void ndjsonRecordsBoundLaterOnOtherThreadsEqualTheRecordsReadOneByOne() throws Exception {
        String text = ndjson(5_000); // about 450 KB: the reader's 64 KiB chunk is refilled many times
        List<Supplier<Record<Citation>>> pending = new ArrayList<>();
        try (RecordReader<Citation> r = reader(text)) {
            while (r.hasNext()) {
                pending.add(r.nextDeferred());
            }
        }
        // every record is split off (and the input closed) before any is bound
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<CompletableFuture<Record<Citation>>> bound = new ArrayList<>();
            for (int i = pending.size() - 1; i >= 0; i--) { // bound in reverse order too
                bound.add(0, CompletableFuture.supplyAsync(pending.get(i), pool));
            }
            List<Record<Citation>> parallel = new ArrayList<>();
            for (CompletableFuture<Record<Citation>> f : bound) {
                parallel.add(f.get());
            }
            List<Record<Citation>> expected = sequential(text);
            assertThat(parallel).hasSize(5_000).isEqualTo(expected);
            assertThat(parallel.get(3).isSuccessful()).isFalse();
            assertThat(parallel.get(3).result().diagnostics().asList().get(0).line())
                    .hasValue(expected.get(3).line().getAsInt());
            assertThat(parallel.get(4).result().orElseThrow().title()).isEqualTo("Beroepsregister 4");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aDeferredRecordGivesTheSameRecordEachTimeItIsBound() {
        try (RecordReader<Citation> r = reader(citation(0) + "\n" + citation(1) + "\n")) {
            Supplier<Record<Citation>> first = r.nextDeferred();
            Record<Citation> second = r.next();
            assertThat(first.get()).isEqualTo(first.get());
            assertThat(first.get().index()).isZero();
            assertThat(first.get().result().orElseThrow().title()).isEqualTo("Beroepsregister 0");
            assertThat(second.index()).isEqualTo(1);
            assertThat(r.hasNext()).isFalse();
            assertThatThrownBy(r::nextDeferred).isInstanceOf(NoSuchElementException.class);
        }
    }

    @Test
    void arrayElementsAndTooLongLinesComeDeferredWithTheSameResults() {
        String array = "[" + citation(0) + ",\n{\"title\": },\n" + citation(2) + "]";
        List<Record<Citation>> deferred = new ArrayList<>();
        try (RecordReader<Citation> r = reader(array)) {
            while (r.hasNext()) {
                deferred.add(r.nextDeferred().get());
            }
        }
        assertThat(deferred).isEqualTo(sequential(array)).hasSize(3);
        assertThat(deferred.get(1).isSuccessful()).isFalse();

        GuidanceCodec small =
                GuidanceCodec.json(ReadOptions.builder().maxRecordLength(120).build());
        String lines = citation(0) + "\n{\"title\": \"" + "x".repeat(500) + "\"}\n" + citation(2) + "\n";
        List<Record<Citation>> limited = new ArrayList<>();
        try (RecordReader<Citation> r =
                small.records(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), Citation.class)) {
            while (r.hasNext()) {
                limited.add(r.nextDeferred().get());
            }
        }
        assertThat(limited).extracting(Record::isSuccessful).containsExactly(true, false, true);
        assertThat(limited.get(1).result().diagnostics().asList().get(0).code())
                .isEqualTo("core.json.records.too-long");
    }
}
