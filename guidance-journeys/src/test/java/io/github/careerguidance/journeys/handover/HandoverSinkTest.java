/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.careerguidance.core.json.Record;
import io.github.careerguidance.core.json.RecordReader;
import io.github.careerguidance.journeys.handover.sink.InMemoryHandoverSink;
import io.github.careerguidance.journeys.handover.sink.JsonLinesHandoverSink;
import io.github.careerguidance.journeys.handover.spi.HandoverException;
import io.github.careerguidance.journeys.handover.spi.HandoverReceipt;
import io.github.careerguidance.journeys.handover.spi.HandoverSink;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandoverSinkTest {
    static final Clock CLOCK = Clock.fixed(HandoverFixtures.NOW, ZoneOffset.UTC);

    static List<HandoverRequest> requests(int n, long seed) {
        Random random = new Random(seed);
        List<HandoverRequest> list = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        while (list.size() < n) {
            HandoverRequest r = HandoverFixtures.randomRequest(random);
            if (ids.add(r.id())) {
                list.add(r);
            }
        }
        return list;
    }

    /** Sends every request from several threads at once; returns the receipts. */
    static List<HandoverReceipt> concurrently(List<HandoverSink> sinks, List<HandoverRequest> requests)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HandoverReceipt>> futures = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            HandoverRequest r = requests.get(i);
            HandoverSink sink = sinks.get(i % sinks.size());
            futures.add(pool.submit(() -> {
                start.await();
                return sink.accept(r);
            }));
        }
        start.countDown();
        List<HandoverReceipt> receipts = new ArrayList<>();
        for (Future<HandoverReceipt> f : futures) {
            receipts.add(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        return receipts;
    }

    @Test
    void inMemorySinkIsThreadSafeIdempotentAndQueryable() throws Exception {
        InMemoryHandoverSink sink = new InMemoryHandoverSink(CLOCK);
        List<HandoverRequest> sent = requests(400, 11);
        List<HandoverReceipt> receipts = concurrently(List.of(sink), sent);
        assertThat(sink.size()).isEqualTo(400);
        assertThat(sink.requests()).containsExactlyInAnyOrderElementsOf(sent);
        assertThat(receipts).allMatch(r -> r.acceptedAt().equals(HandoverFixtures.NOW));
        assertThat(receipts.stream().map(HandoverReceipt::reference).distinct()).hasSize(400);
        HandoverRequest first = sent.get(0);
        assertThat(sink.accept(first)).isEqualTo(receipts.get(0));
        assertThat(sink.find(first.id())).contains(first);
        assertThat(sink.requests(r -> r.reason() == HandoverReason.STALL))
                .allMatch(r -> r.reason() == HandoverReason.STALL)
                .hasSize((int) sent.stream()
                        .filter(r -> r.reason() == HandoverReason.STALL)
                        .count());
        HandoverRequest clash = HandoverRequest.builder()
                .from(first)
                .sessionId("s-other")
                .summary(java.util.Optional.empty())
                .build();
        assertThatThrownBy(() -> sink.accept(clash))
                .isInstanceOf(HandoverException.class)
                .satisfies(e -> {
                    assertThat(((HandoverException) e).reason()).isEqualTo(HandoverException.Reason.DUPLICATE_ID);
                    assertThat(((HandoverException) e).isRetryable()).isFalse();
                });
    }

    @Test
    void jsonLinesSinkWritesWholeLinesFromConcurrentWritersAndReadsBack(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("handovers.jsonl");
        // two sinks on one file (as two processes would be) and eight threads
        List<HandoverSink> sinks =
                List.of(JsonLinesHandoverSink.open(file, false, CLOCK), JsonLinesHandoverSink.open(file, true, CLOCK));
        List<HandoverRequest> sent = requests(300, 12);
        concurrently(sinks, sent);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(300).allMatch(l -> l.startsWith("{") && l.endsWith("}"));
        List<HandoverRequest> read = new ArrayList<>();
        try (RecordReader<HandoverRequest> records = JsonLinesHandoverSink.read(file)) {
            records.forEachRemaining((Record<HandoverRequest> r) -> {
                assertThat(r.isSuccessful())
                        .as(r.result().diagnostics().toString())
                        .isTrue();
                read.add(r.result().orElseThrow());
            });
        }
        assertThat(read).containsExactlyInAnyOrderElementsOf(sent);
    }

    @Test
    void jsonLinesSinkReportsAnUnwritableFileAsRetryable(@TempDir Path dir) {
        JsonLinesHandoverSink sink =
                JsonLinesHandoverSink.open(dir.resolve("missing").resolve("x.jsonl"), false);
        assertThatThrownBy(() -> sink.accept(HandoverFixtures.fullRequest()))
                .isInstanceOf(HandoverException.class)
                .satisfies(
                        e -> assertThat(((HandoverException) e).isRetryable()).isTrue());
    }
}
