/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.quality.Verdict;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue #16, bulk: a JSON array with malformed records at several places gives one result per record, in order, each
 * with its own index, line and column; the records between them are checked as if alone.
 */
class BulkJsonArrayResyncTest {
    private final BulkChecker bulk = BulkChecker.builder()
            .scheme("noloc-rl")
            .asOf(LocalDate.of(2026, 11, 28))
            .build();

    private static String adviseur(int n) {
        return "{\"reference\": \"2026-1004" + n + "\", \"professionals\": [{\"id\": \"adviseur-" + n + "\","
                + " \"registrations\": [{\"scheme\": \"noloc-rl\", \"registerNumber\": \"RL-47" + n + "\","
                + " \"status\": \"active\", \"validFrom\": \"2024-03-01\", \"validUntil\": \"2028-02-29\"}]}]}";
    }

    @Test
    void malformedRecordsAtTheStartInTheMiddleNestedUnterminatedAndAtTheEndAreEachReportedOnTheirOwnLine() {
        String text = "[\n"
                + "  {\"reference\": \"2026-100400\" \"professionals\": []},\n" // 0, line 2: start, no ','
                + "  " + adviseur(11) + ",\n" // 1, line 3
                + "  {\"reference\": \"2026-100412\", \"professionals\": [{\"id\": {]}]},\n" // 2, line 4: nested
                // garbage
                + "  " + adviseur(13) + ",\n" // 3, line 5
                + "  {\"reference\": \"2026-100414, \"professionals\": []},\n" // 4, line 6: unterminated
                + "  " + adviseur(15) + ",\n" // 5, line 7
                + "  {\"reference\": \"2026-100416\",\n" // 6, line 8: never closed
                + "    \"professionals\": [\n"
                + "  " + adviseur(17) + ",\n" // 7, line 10
                + "  {\"reference\": \"2026-100418\", \"professionals\": [}\n" // 8, line 11: end
                + "]\n";
        List<BulkResult> results = new ArrayList<>();
        BulkSummary summary = bulk.check(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), BulkFormat.JSON, results::add);

        assertThat(results).extracting(BulkResult::index).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(results).extracting(r -> r.line().getAsInt()).containsExactly(2, 3, 4, 5, 6, 7, 8, 10, 11);
        assertThat(results)
                .extracting(BulkResult::readable)
                .containsExactly(false, true, false, true, false, true, false, true, false);
        assertThat(summary.records()).isEqualTo(9);
        assertThat(summary.unreadable()).isEqualTo(5);
        assertThat(summary.truncated()).isFalse();
        for (BulkResult r : results) {
            if (r.readable()) {
                assertThat(r.report()).isPresent();
                assertThat(r.verdict()).isEqualTo(r.report().orElseThrow().verdict());
                assertThat(r.reference())
                        .hasValueSatisfying(ref -> assertThat(ref).startsWith("2026-1004"));
                continue;
            }
            assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
            Diagnostic d = r.diagnostics().asList().get(0);
            assertThat(r.diagnostics().size()).isEqualTo(1);
            assertThat(d.code()).isEqualTo("core.json.syntax");
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.location().toString()).isEqualTo("/" + r.index());
            assertThat(d.line()).as("%s", d).hasValue(r.line().getAsInt());
            assertThat(d.column()).as("%s", d).isPresent();
        }
        assertThat(results.get(4).diagnostics().asList().get(0).arguments().get("detail"))
                .contains("string is not closed");
        assertThat(results.get(6).diagnostics().asList().get(0).arguments().get("detail"))
                .contains("line 10");
    }

    @Test
    void aSingleLineArrayWithMalformedRecordsAtSeveralPlacesGivesOneResultPerRecordWithItsOwnColumn() {
        List<String> elements = List.of(
                "{\"reference\": \"2026-100400\" \"professionals\": []}", // 0: no ','
                adviseur(11), // 1
                "{\"reference\": \"2026-100412\", \"professionals\": [{\"id\": {]}]}", // 2: nested garbage
                adviseur(13), // 3
                "{\"reference\": \"2026-100414, \"professionals\": []}", // 4: unterminated string
                adviseur(15), // 5
                "{\"reference\": \"2026-100416\", \"professionals\": [}", // 6: bracket mismatch
                adviseur(17)); // 7
        String text = "[" + String.join(",", elements) + "]";
        assertThat(text).doesNotContain("\n");
        List<BulkResult> results = new ArrayList<>();
        BulkSummary summary = bulk.check(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), BulkFormat.JSON, results::add);

        assertThat(results).extracting(BulkResult::index).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(results)
                .extracting(BulkResult::readable)
                .containsExactly(false, true, false, true, false, true, false, true);
        assertThat(results).extracting(r -> r.line().getAsInt()).containsOnly(1);
        assertThat(summary.records()).isEqualTo(8);
        assertThat(summary.unreadable()).isEqualTo(4);
        List<Integer> columns = new ArrayList<>();
        int at = 2;
        for (String e : elements) {
            columns.add(at);
            at += e.length() + 1;
        }
        for (BulkResult r : results) {
            if (r.readable()) {
                assertThat(r.reference()).hasValue("2026-1004" + (10 + r.index()));
                continue;
            }
            assertThat(r.diagnostics().size()).as("%s", r.diagnostics()).isEqualTo(1);
            Diagnostic d = r.diagnostics().asList().get(0);
            assertThat(d.code()).isEqualTo("core.json.syntax");
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.location().toString()).isEqualTo("/" + r.index());
            assertThat(d.line()).hasValue(1);
            // the error lies within its own element, not in a neighbour
            int from = columns.get((int) r.index());
            assertThat(d.column().getAsInt())
                    .as("%s", d)
                    .isBetween(from, from + elements.get((int) r.index()).length());
        }
    }
}
