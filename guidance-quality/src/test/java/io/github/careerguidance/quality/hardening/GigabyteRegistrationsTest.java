/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadOptions;
import io.github.careerguidance.quality.QualityChecker;
import io.github.careerguidance.quality.bulk.BulkChecker;
import io.github.careerguidance.quality.bulk.BulkFormat;
import io.github.careerguidance.quality.bulk.BulkSummary;
import io.github.careerguidance.quality.registration.Registration;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A generated 1 GiB NDJSON stream of registrations (made on the fly, never stored) in which one record is over the
 * per-record limit: every other record is delivered and checked, the oversized one is reported with its index and
 * the limit and skipped. Each record is a real registration padded with white space inside the JSON object, so the
 * test streams a gigabyte of tokens while binding only about a thousand registrations.
 */
class GigabyteRegistrationsTest {
    private static final long GIB = 1024L * 1024 * 1024;
    private static final int PADDING = 1024 * 1024; // about 1 MiB per record
    private static final long OVERSIZED_INDEX = 537;

    @Test
    void everyRecordButTheOversizedOneIsDeliveredAndTheOversizedOneIsReported() {
        Registration valid = GuidanceCodec.yaml()
                .read(
                        getClass()
                                .getResourceAsStream(
                                        "/io/github/careerguidance/quality/fixtures/rl-adviser-valid.yaml"),
                        Registration.class)
                .orElseThrow();
        String line = GuidanceCodec.json().writeLine(valid);
        GeneratedNdjson in = new GeneratedNdjson(line, GIB);
        BulkChecker bulk = BulkChecker.builder()
                .checker(QualityChecker.builtIn())
                .scheme("noloc-rl")
                .asOf(LocalDate.of(2026, 11, 28))
                .build();
        List<Long> delivered = new ArrayList<>();
        List<Diagnostic> tooLong = new ArrayList<>();
        long start = System.nanoTime();
        BulkSummary summary = bulk.check(in, BulkFormat.JSON, r -> {
            if (r.readable()) {
                assertThat(r.reference()).hasValue("2026-0042");
                delivered.add(r.index());
            } else {
                r.diagnostics().forEach(tooLong::add);
                assertThat(r.index()).isEqualTo(OVERSIZED_INDEX);
            }
        });
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(
                "GigabyteRegistrationsTest: %d bytes, %d records in %d ms%n", in.produced, summary.records(), millis);
        assertThat(in.produced).isGreaterThanOrEqualTo(GIB);
        assertThat(summary.records()).isEqualTo(in.records);
        assertThat(summary.unreadable()).isEqualTo(1);
        assertThat(summary.truncated()).isFalse();
        assertThat(delivered).hasSize((int) in.records - 1).doesNotContain(OVERSIZED_INDEX);
        for (int i = 0; i < delivered.size(); i++) {
            assertThat(delivered.get(i)).isEqualTo(i < OVERSIZED_INDEX ? i : i + 1L);
        }
        assertThat(tooLong).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("core.json.records.too-long");
            assertThat(d.arguments())
                    .containsEntry("index", Long.toString(OVERSIZED_INDEX))
                    .containsEntry("limit", "maxRecordLength")
                    .containsEntry("max", Long.toString(ReadOptions.DEFAULT_MAX_RECORD_LENGTH));
            assertThat(d.line()).hasValue((int) OVERSIZED_INDEX + 1);
        });
    }

    /**
     * NDJSON lines of one registration, each with about {@link #PADDING} spaces after the opening brace; the line at
     * {@link #OVERSIZED_INDEX} is padded past the default record limit. Ends after the line that passes
     * {@code total} bytes.
     */
    static final class GeneratedNdjson extends InputStream {
        private final byte[] head;
        private final byte[] tail;
        private final long total;
        long produced;
        long records;
        private long inLine;
        private long lineLength;
        private long padding;

        GeneratedNdjson(String registrationLine, long total) {
            byte[] bytes = registrationLine.getBytes(StandardCharsets.UTF_8);
            this.head = new byte[] {'{'};
            this.tail = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
            this.total = total;
            startLine();
        }

        private void startLine() {
            padding = records == OVERSIZED_INDEX ? ReadOptions.DEFAULT_MAX_RECORD_LENGTH + 1 : PADDING;
            lineLength = head.length + padding + tail.length + 1;
            inLine = 0;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (inLine == 0 && produced >= total) {
                return -1;
            }
            int n = 0;
            while (n < len) {
                if (inLine < head.length) {
                    b[off + n++] = head[(int) inLine++];
                } else if (inLine < head.length + padding) {
                    int run = (int) Math.min(len - n, head.length + padding - inLine);
                    java.util.Arrays.fill(b, off + n, off + n + run, (byte) ' ');
                    n += run;
                    inLine += run;
                } else if (inLine < lineLength - 1) {
                    b[off + n++] = tail[(int) (inLine++ - head.length - padding)];
                } else {
                    b[off + n++] = '\n';
                    records++;
                    produced += lineLength;
                    startLine();
                    if (produced >= total) {
                        break;
                    }
                }
            }
            return n;
        }
    }
}
