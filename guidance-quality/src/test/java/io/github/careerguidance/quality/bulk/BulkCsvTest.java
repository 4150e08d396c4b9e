/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.Record;
import io.github.careerguidance.core.json.RecordReader;
import io.github.careerguidance.quality.Fixtures;
import io.github.careerguidance.quality.QualityChecker;
import io.github.careerguidance.quality.Verdict;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

class BulkCsvTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final QualityChecker CHECKER = QualityChecker.builtIn();
    private final BulkChecker bulk =
            BulkChecker.builder().scheme("noloc-rl").asOf(TODAY).build();

    private static InputStream resource(String name) {
        return BulkCsvTest.class.getResourceAsStream(name);
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private List<BulkResult> run(BulkChecker checker, InputStream in, BulkFormat format, BulkSummary[] summary) {
        List<BulkResult> out = new ArrayList<>();
        BulkSummary s = checker.check(in, format, out::add);
        if (summary != null) {
            summary[0] = s;
        }
        return out;
    }

    private static Diagnostic withCode(BulkResult r, String code) {
        return r.diagnostics().stream()
                .filter(d -> d.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + r.diagnostics()));
    }

    @Test
    void everyRowOfARealisticExportGivesOneResultInOrder() {
        BulkSummary[] summary = new BulkSummary[1];
        List<BulkResult> results = run(bulk, resource("adviseurs.csv"), BulkFormat.CSV, summary);
        assertThat(results).extracting(BulkResult::index).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(results)
                .extracting(BulkResult::line)
                .containsExactly(
                        OptionalInt.of(2), OptionalInt.of(3), OptionalInt.of(4), OptionalInt.of(5), OptionalInt.of(7));
        assertThat(results).extracting(BulkResult::readable).containsExactly(true, true, false, true, false);

        // the same professionals as the YAML scenario fixtures give the same reports
        assertThat(results.get(0).report())
                .contains(CHECKER.check(Fixtures.registration("rl-adviser-valid.yaml"), "noloc-rl", TODAY));
        assertThat(results.get(0).verdict()).isEqualTo(Verdict.PASS);
        assertThat(results.get(1).report())
                .contains(CHECKER.check(Fixtures.registration("rl-expired-last-year.yaml"), "noloc-rl", TODAY));
        assertThat(results.get(1).verdict()).isEqualTo(Verdict.FAIL);

        Diagnostic status = results.get(2).diagnostics().asList().get(0);
        assertThat(status.location()).isEqualTo(JsonPointer.parse("/2/professionals/0/registrations/0/status"));
        assertThat(status.line()).hasValue(4);
        assertThat(status.column()).hasValue(17);
        assertThat(status.message(Locale.ENGLISH)).contains("actief");

        BulkResult structural = results.get(3);
        assertThat(structural.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(structural.reference()).contains("2026-0045");
        assertThat(withCode(structural, "quality.registration.kvk-number").location())
                .isEqualTo(JsonPointer.parse("/3/organisation/kvkNumber"));
        assertThat(withCode(structural, "quality.registration.kvk-number").column())
                .hasValue(2);
        assertThat(withCode(structural, "quality.registration.postcode").column())
                .hasValue(7);
        assertThat(structural.diagnostics())
                .allSatisfy(d -> assertThat(d.line()).hasValue(5));

        Diagnostic clients = withCode(results.get(4), "quality.bulk.csv.clients");
        assertThat(clients.arguments()).containsEntry("value", "2025-14");
        assertThat(clients.column()).hasValue(34);

        assertThat(summary[0].records()).isEqualTo(5);
        assertThat(summary[0].unreadable()).isEqualTo(2);
        assertThat(summary[0].truncated()).isFalse();
        assertThat(summary[0].verdicts().pass()).isEqualTo(1);
        assertThat(summary[0].verdicts().fail()).isEqualTo(4);
        assertThat(summary[0].scheme("noloc-rl").orElseThrow().verdicts().total())
                .isEqualTo(3);
    }

    @Test
    void aDutchSpreadsheetExportWithSemicolonsAndAByteOrderMark() {
        BulkChecker semicolons = BulkChecker.builder()
                .scheme("noloc-rl")
                .asOf(TODAY)
                .csvSeparator(';')
                .build();
        List<BulkResult> results = run(semicolons, resource("adviseurs-excel.csv"), BulkFormat.CSV, null);
        assertThat(results).hasSize(2).allMatch(BulkResult::readable);
        assertThat(results.get(0).reference()).contains("2026-0101");
        assertThat(results.get(1)
                        .report()
                        .orElseThrow()
                        .scheme("noloc-rl")
                        .get(0)
                        .rule("NOLOC-RL-VALID")
                        .orElseThrow()
                        .verdict())
                .isEqualTo(Verdict.FAIL);
        assertThatThrownBy(() -> BulkChecker.builder().csvSeparator('"')).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void headerAndRowShapeProblemsAreReportedOnEveryRowNeverDropped() {
        String csv = "professional_id,scheme,status,registernummer,status\n"
                + "p1,noloc-rl,active,RL-1,active\n"
                + "p2,noloc-rl,active,RL-2,active,extra\n";
        List<BulkResult> results = run(bulk, bytes(csv), BulkFormat.CSV, null);
        assertThat(results).hasSize(2).allSatisfy(r -> {
            assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(withCode(r, "quality.bulk.csv.unknown-column").arguments())
                    .containsEntry("column", "registernummer");
            withCode(r, "quality.bulk.csv.duplicate-column");
        });
        assertThat(withCode(results.get(1), "quality.bulk.csv.extra-cells").arguments())
                .containsEntry("cells", "6");
    }

    @Test
    void anUnclosedQuoteEndsTheFileWithAFatalResult() {
        String csv = "professional_id,scheme,status\np1,noloc-rl,active\n\"p2,noloc-rl,active\np3,noloc-rl,active\n";
        BulkSummary[] summary = new BulkSummary[1];
        List<BulkResult> results = run(bulk, bytes(csv), BulkFormat.CSV, summary);
        assertThat(results.get(0).readable()).isTrue();
        BulkResult last = results.get(results.size() - 1);
        assertThat(last.diagnostics().asList()).anySatisfy(d -> {
            assertThat(d.severity()).isEqualTo(Severity.FATAL);
            assertThat(d.code()).isEqualTo("quality.bulk.csv.unreadable");
        });
        assertThat(summary[0].truncated()).isTrue();
        assertThat(summary[0].records()).isEqualTo(results.size());
    }

    /** Found by fuzzing registrationCsv: an unreadable header row was followed by a read without a header (NPE). */
    @Test
    void anUnreadableHeaderEndsTheFileWithOneFatalResult() {
        String csv = "professional_id,\"scheme\nstatus\np1,noloc-rl,active\n";
        BulkSummary[] summary = new BulkSummary[1];
        List<BulkResult> results = run(bulk, bytes(csv), BulkFormat.CSV, summary);
        assertThat(results).hasSize(1);
        assertThat(results.get(0).diagnostics().asList()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.FATAL);
            assertThat(d.code()).isEqualTo("quality.bulk.csv.unreadable");
        });
        assertThat(summary[0].truncated()).isTrue();
        assertThat(summary[0].records()).isEqualTo(1);
    }

    @Test
    void emptyInputHasNoResults() {
        BulkSummary[] summary = new BulkSummary[1];
        assertThat(run(bulk, bytes(""), BulkFormat.CSV, summary)).isEmpty();
        assertThat(summary[0].records()).isZero();
        assertThat(run(bulk, bytes("professional_id,scheme\n"), BulkFormat.CSV, summary))
                .isEmpty();
        assertThat(run(bulk, bytes("\n \n"), BulkFormat.JSON, summary)).isEmpty();
    }

    @Test
    void reportsAsTidyCsvNdjsonAndText() throws Exception {
        List<BulkResult> results = run(bulk, resource("adviseurs.csv"), BulkFormat.CSV, null);
        BulkSummary summary = bulk.check(resource("adviseurs.csv"), BulkFormat.CSV, r -> {});

        StringWriter csv = new StringWriter();
        try (BulkReportWriter w = BulkReports.csv(csv, Locale.forLanguageTag("nl"))) {
            results.forEach(w);
            w.finish(summary);
        }
        CsvMapper mapper = CsvMapper.builder().build();
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class)
                .with(CsvSchema.emptySchema())
                .with(CsvReadFeature.WRAP_AS_ARRAY)
                .readValues(csv.toString())) {
            it.forEachRemaining(row -> rows.add(List.of(row)));
        }
        assertThat(rows.get(0)).isEqualTo(BulkReports.CSV_COLUMNS);
        assertThat(rows.subList(1, rows.size()))
                .allSatisfy(row -> assertThat(row).hasSize(BulkReports.CSV_COLUMNS.size()));
        assertThat(rows.stream().skip(1).map(r -> r.get(0)).distinct()).containsExactly("0", "1", "2", "3", "4");
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get(9)).isEqualTo("NOLOC-RL-VALID");
            assertThat(r.get(11)).isEqualTo("pass");
            assertThat(r.get(17)).contains("tot en met 2027-02-28");
        });

        StringWriter ndjson = new StringWriter();
        try (BulkReportWriter w = BulkReports.ndjson(ndjson)) {
            results.forEach(w);
            w.finish(summary);
        }
        List<BulkResult> back = new ArrayList<>();
        try (RecordReader<BulkResult> reader =
                GuidanceCodec.json().records(bytes(ndjson.toString()), BulkResult.class)) {
            reader.forEachRemaining(r -> back.add(r.result().orElseThrow()));
        }
        assertThat(back).isEqualTo(results);
        assertThat(GuidanceCodec.json()
                        .read(GuidanceCodec.json().write(summary), BulkSummary.class)
                        .orElseThrow())
                .isEqualTo(summary);

        StringWriter text = new StringWriter();
        try (BulkReportWriter w = BulkReports.text(text, Locale.ENGLISH)) {
            results.forEach(w);
            w.finish(summary);
        }
        assertThat(text.toString())
                .contains("#0 (line 2) 2026-0042: pass")
                .contains("#2 (line 4): fail")
                .contains("Summary: 5 records, 2 unreadable")
                .contains("noloc-rl: pass 1, warning 0, fail 1, not-assessable 1, not-applicable 0");

        // in Dutch the verdicts are words, never the English codes
        StringWriter dutch = new StringWriter();
        try (BulkReportWriter w = BulkReports.text(dutch, Locale.forLanguageTag("nl"))) {
            results.forEach(w);
            w.finish(summary);
        }
        assertThat(dutch.toString())
                .contains("#0 (regel 2) 2026-0042: voldoet")
                .contains("#2 (regel 4): voldoet niet")
                .contains("Samenvatting: 5 records, 2 onleesbaar")
                .contains("noloc-rl: voldoet 1, waarschuwing 0, voldoet niet 1, niet te beoordelen 1, "
                        + "niet van toepassing 0")
                .doesNotContainPattern("(?<![\\p{L}-])(pass|fail|warning|not-assessable|not-applicable)(?![\\p{L}-])");
    }

    @Test
    void layoutNamesItsColumnsAndMapsFieldsBack() {
        assertThat(RegistrationCsv.columns())
                .contains("kvk_number", "postcode", "register_number", "clients")
                .hasSize(40);
        assertThat(RegistrationCsv.columnFor("/professionals/0/registrations/0/status"))
                .contains("status");
        assertThat(RegistrationCsv.columnFor("/professionals/0/clients/1/year")).contains("clients");
        assertThat(RegistrationCsv.columnFor("/organisation/marks/0")).isEmpty();
        assertThat(BulkFormat.forFileName("Adviseurs.CSV")).isEqualTo(BulkFormat.CSV);
        assertThat(BulkFormat.forFileName("adviseurs.ndjson")).isEqualTo(BulkFormat.JSON);
        assertThat(BulkFormat.fromCode("CSV")).isEqualTo(BulkFormat.CSV);
        assertThatThrownBy(() -> BulkFormat.fromCode("xml")).hasMessageContaining("json, csv");
        assertThatThrownBy(() -> BulkChecker.builder().scheme("noloc-rl").build())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRecordReadElsewhereIsCheckedTheSameWay() {
        try (RecordReader<io.github.careerguidance.quality.registration.Registration> reader = GuidanceCodec.json()
                .records(
                        bytes(GuidanceCodec.json().writeLine(Fixtures.registration("rl-adviser-valid.yaml"))),
                        io.github.careerguidance.quality.registration.Registration.class)) {
            Record<io.github.careerguidance.quality.registration.Registration> record = reader.next();
            BulkResult r = bulk.check(record);
            assertThat(r.verdict()).isEqualTo(Verdict.PASS);
            assertThat(r.line()).hasValue(1);
        }
    }

    @Test
    void filesAreCheckedByTheirFormatAndNameTheirDiagnostics(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path csv = dir.resolve("adviseurs.csv");
        try (InputStream in = resource("adviseurs.csv")) {
            java.nio.file.Files.copy(in, csv);
        }
        List<BulkResult> fromCsv = new ArrayList<>();
        assertThat(bulk.check(csv, fromCsv::add).records()).isEqualTo(5);
        assertThat(fromCsv.get(2).diagnostics())
                .allSatisfy(d -> assertThat(d.source()).contains(csv.toString()));

        java.nio.file.Path ndjson = dir.resolve("adviseurs.ndjson");
        java.nio.file.Files.writeString(
                ndjson,
                GuidanceCodec.json().writeLine(Fixtures.registration("rl-adviser-valid.yaml"))
                        + "\n{\"professionals\": []}\n");
        List<BulkResult> fromJson = new ArrayList<>();
        BulkSummary summary = bulk.check(ndjson, fromJson::add);
        assertThat(summary.format()).isEqualTo(BulkFormat.JSON);
        assertThat(fromJson).extracting(BulkResult::verdict).containsExactly(Verdict.PASS, Verdict.FAIL);
        assertThat(fromJson.get(1).diagnostics()).allSatisfy(d -> {
            assertThat(d.source()).contains(ndjson.toString());
            assertThat(d.line()).hasValue(2);
        });

        for (String missing : List.of("nope.csv", "nope.ndjson")) {
            List<BulkResult> none = new ArrayList<>();
            BulkSummary s = bulk.check(dir.resolve(missing), none::add);
            assertThat(none).singleElement().satisfies(r -> {
                assertThat(r.readable()).isFalse();
                assertThat(r.diagnostics().asList())
                        .anySatisfy(d -> assertThat(d.severity()).isEqualTo(Severity.FATAL));
            });
            assertThat(s.truncated()).as(missing).isTrue();
            assertThat(s.unreadable()).isEqualTo(1);
        }
    }
}
