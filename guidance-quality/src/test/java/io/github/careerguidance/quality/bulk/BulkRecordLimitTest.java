/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.json.Record;
import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.quality.Verdict;
import io.github.careerguidance.quality.registration.Registration;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Issue #8, bulk part: a record over a reader limit is reported with its index and the limit, skipped, and the
 * records after it are still checked; every input record appears in the output.
 */
class BulkRecordLimitTest {
    private static final String ADVISEUR = "{\"reference\":\"2026-100417\",\"professionals\":[{\"id\":\"adviseur-1\","
            + "\"registrations\":[{\"scheme\":\"noloc-rl\",\"registerNumber\":\"RL-4711\",\"status\":\"active\","
            + "\"validFrom\":\"2024-03-01\",\"validUntil\":\"2028-02-29\"}]}]}";
    private final BulkChecker bulk = BulkChecker.builder()
            .scheme("noloc-rl")
            .asOf(LocalDate.of(2026, 11, 28))
            .build();

    @Test
    void aRecordNestedBeyondTheLimitIsReportedAndTheStreamContinues() {
        int depth = GuidanceCodec.MAX_NESTING_DEPTH + 5;
        String tooDeep = "{\"reference\":\"2026-100418\",\"extra\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
        String ndjson = ADVISEUR + "\n" + tooDeep + "\n" + ADVISEUR.replace("100417", "100419") + "\n";
        List<BulkResult> results = new ArrayList<>();
        BulkSummary summary = bulk.check(
                new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)), BulkFormat.JSON, results::add);

        assertThat(results).extracting(BulkResult::index).containsExactly(0L, 1L, 2L);
        assertThat(summary.records()).isEqualTo(3);
        assertThat(summary.unreadable()).isEqualTo(1);
        assertThat(summary.truncated()).isFalse();
        BulkResult skipped = results.get(1);
        assertThat(skipped.readable()).isFalse();
        assertThat(skipped.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(skipped.line()).hasValue(2);
        assertThat(skipped.diagnostics().asList()).isNotEmpty().allSatisfy(d -> {
            assertThat(d.location().toString()).startsWith("/1");
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
        });
        assertThat(results.get(0).readable()).isTrue();
        assertThat(results.get(2).readable()).isTrue();
        assertThat(results.get(2).reference()).hasValue("2026-100419");
    }

    @Test
    void aPerRecordLimitFailureFromTheReaderBecomesOneReportedResult() {
        // What core's reader gives for a line over its per-record byte limit: a failed record, not a FATAL one.
        Diagnostic limit = Diagnostic.builder()
                .severity(Severity.ERROR)
                .code("core.json.limit")
                .location(JsonPointer.of("41"))
                .message(LocalizedText.of(
                        "Regel 42 is langer dan 67108864 bytes", "line 42 is longer than 67108864 bytes"))
                .putArgument("detail", "line 42 is longer than 67108864 bytes")
                .line(42)
                .build();
        BulkResult result =
                bulk.check(new Record<Registration>(41, OptionalInt.of(42), ReadResult.failure(Diagnostics.of(limit))));

        assertThat(result.index()).isEqualTo(41);
        assertThat(result.line()).hasValue(42);
        assertThat(result.readable()).isFalse();
        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(result.diagnostics().asList()).containsExactly(limit);
    }
}
