/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.json.ReadOptions;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue #8: {@link BulkChecker.Builder#readOptions(ReadOptions)} bounds NDJSON records and CSV rows. */
class BulkReadOptionsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final String HEADER =
            "reference,kvk_number,legal_name,vestigingsnummer,street,house_number,postcode,"
                    + "city,website,professional_id,professional_name,services,code_of_conduct,documents,scheme,register_number,"
                    + "status,valid_from,valid_until,nlqf_level,education_field,education_kind,education_completed,"
                    + "experience_hours,experience_years,pe_points,cpd_from,cpd_until,intervisie,supervisie,reflection_from,"
                    + "reflection_until,report_written,clients\n";
    private static final String MARKER = "Jansen-7f3a-BSN-123456782";

    private static String row(String reference, int padTo) {
        String r = reference + ",30123456,Loopbaanpraktijk De Wending B.V.,000012345678,Oudegracht,101,3511 AB,Utrecht,"
                + "https://www.dewending.example.nl,adviser-1,Anne de Vries,looking-for-work;must-retrain,"
                + "noloc-gedragscode,cv;reflection-report,noloc-rl,RL-1234,active,2023-03-01,2027-02-28,6,"
                + "mens-en-organisatie,diploma,2009-06-30,9000,12,80,2023-03-01,2026-10-31,3,1,2023-03-01,2026-10-31,"
                + "true,2025:38";
        return r + " ".repeat(Math.max(0, padTo - r.length())) + "\n";
    }

    private static List<BulkResult> run(BulkChecker bulk, String text, BulkFormat format) {
        List<BulkResult> out = new ArrayList<>();
        bulk.check(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), format, out::add);
        return out;
    }

    private static BulkChecker bulk(long maxRecordLength) {
        return BulkChecker.builder()
                .scheme("noloc-rl")
                .asOf(TODAY)
                .readOptions(
                        ReadOptions.builder().maxRecordLength(maxRecordLength).build())
                .build();
    }

    @Test
    void aCsvRowJustUnderTheLimitIsReadAndOneJustOverIsSkippedWithItsIndexAndLine() {
        // the row's length: its cells and separators, without the line break
        String csv = HEADER + row("2026-0101", 500) + row("2026-0102", 501) + row("2026-0103", 100);
        List<BulkResult> results = run(bulk(500), csv, BulkFormat.CSV);

        assertThat(results).extracting(BulkResult::index).containsExactly(0L, 1L, 2L);
        assertThat(results.get(0).readable()).isTrue();
        assertThat(results.get(0).reference()).contains("2026-0101");
        BulkResult skipped = results.get(1);
        assertThat(skipped.readable()).isFalse();
        assertThat(skipped.line()).hasValue(3);
        Diagnostic d = skipped.diagnostics().asList().get(0);
        assertThat(d.code()).isEqualTo("quality.bulk.csv.too-long");
        assertThat(d.location()).isEqualTo(JsonPointer.parse("/1"));
        assertThat(d.arguments()).containsEntry("limit", "maxRecordLength").containsEntry("max", "500");
        assertThat(d.message(Locale.ENGLISH)).contains("Row 1", "maxRecordLength", "500");
        assertThat(d.message(Locale.forLanguageTag("nl"))).contains("Rij 1", "overgeslagen");
        assertThat(results.get(2).readable()).isTrue();
        assertThat(results.get(2).reference()).contains("2026-0103");
    }

    @Test
    void theDefaultsReadLongCsvRows() {
        List<BulkResult> results = run(
                BulkChecker.builder().scheme("noloc-rl").asOf(TODAY).build(),
                HEADER + row("2026-0101", 100_000),
                BulkFormat.CSV);
        assertThat(results)
                .singleElement()
                .satisfies(r -> assertThat(r.readable()).isTrue());
    }

    @Test
    void anNdjsonLineOverTheConfiguredLimitIsSkipped() {
        String ok = "{\"reference\":\"2026-100417\",\"professionals\":[{\"id\":\"adviseur-1\",\"registrations\":["
                + "{\"scheme\":\"noloc-rl\",\"registerNumber\":\"RL-4711\",\"status\":\"active\"}]}]}";
        String big = ok.replace("100417", "100418").replace("}]}]}", "}]}],\"x\":\"" + "a".repeat(400) + "\"}");
        List<BulkResult> results = run(bulk(300), ok + "\n" + big + "\n" + ok + "\n", BulkFormat.JSON);

        assertThat(results).extracting(BulkResult::readable).containsExactly(true, false, true);
        assertThat(results.get(1).diagnostics().asList())
                .extracting(Diagnostic::code)
                .containsExactly("core.json.records.too-long");
    }

    @Test
    void anInternalErrorNamesTheExceptionClassButNotItsMessage() {
        Diagnostic d = BulkChecker.internalError(
                JsonPointer.parse("/4"), new IllegalStateException("registration of " + MARKER + " failed"));
        assertThat(d.code()).isEqualTo("quality.bulk.internal-error");
        assertThat(d.message(Locale.ENGLISH)).contains("IllegalStateException").doesNotContain(MARKER);
        assertThat(d.message(Locale.forLanguageTag("nl"))).doesNotContain(MARKER);
        assertThat(d.arguments().toString()).doesNotContain(MARKER);
        assertThat(d.toString()).doesNotContain(MARKER);
    }
}
