/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.quality.bulk.BulkChecker;
import io.github.careerguidance.quality.bulk.BulkFormat;
import io.github.careerguidance.quality.bulk.BulkResult;
import io.github.careerguidance.quality.bulk.BulkSummary;
import io.github.careerguidance.quality.registration.Registration;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bulk results equal per-record results, and every record in gives one result out (QuickTheories). */
class BulkPropertiesTest {
    private static final LocalDate BASE = LocalDate.of(2015, 1, 1);
    private static final String[] BROKEN = {
        "{\"professionals\": [{\"id\": \"p1\"",
        "{\"professionals\": [{\"id\": 7, \"foo\": 1}]}",
        "{}",
        "42",
        "null",
        "{\"professionals\": [{\"id\": \"p\", \"registrations\": [{\"scheme\": \"noloc-rl\", \"status\": \"actief\"}]}]}"
    };

    @Test
    void bulkResultsEqualPerRecordResultsAndNoRecordIsDropped() {
        QualityChecker checker = QualityChecker.builtIn();
        qt().withExamples(40)
                .forAll(
                        lists().of(longs().all()).ofSizeBetween(0, 12),
                        integers().between(0, 6000),
                        integers().between(0, 1))
                .checkAssert((seeds, day, array) -> {
                    LocalDate asOf = BASE.plusDays(day);
                    BulkChecker bulk = BulkChecker.builder()
                            .schemes("noloc-rl", "register-bka", "blik-op-werk")
                            .asOf(asOf)
                            .build();
                    List<Registration> expected = new ArrayList<>();
                    StringBuilder text = new StringBuilder(array == 1 ? "[\n" : "");
                    for (int i = 0; i < seeds.size(); i++) {
                        long seed = seeds.get(i);
                        boolean broken = Math.floorMod(seed, 4) == 0;
                        Registration r = broken ? null : CheckerPropertiesTest.generate(seed);
                        expected.add(r);
                        String record = broken
                                ? BROKEN[
                                        Math.floorMod(seed / 4, BROKEN.length - (array == 1 ? 1 : 0))
                                                + (array == 1 ? 1 : 0)]
                                : GuidanceCodec.json().writeLine(r);
                        text.append(array == 1 && i > 0 ? ",\n" : "")
                                .append(record)
                                .append(array == 1 ? "" : "\n");
                        if (array == 0 && Math.floorMod(seed, 5) == 0) {
                            text.append("\n");
                        }
                    }
                    text.append(array == 1 ? "\n]" : "");
                    List<BulkResult> results = new ArrayList<>();
                    BulkSummary summary = bulk.check(
                            new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)),
                            BulkFormat.JSON,
                            results::add);
                    assertThat(results).hasSize(seeds.size());
                    assertThat(summary.records()).isEqualTo(seeds.size());
                    assertThat(summary.verdicts().total()).isEqualTo(seeds.size());
                    for (int i = 0; i < results.size(); i++) {
                        BulkResult result = results.get(i);
                        assertThat(result.index()).isEqualTo(i);
                        Registration r = expected.get(i);
                        if (r == null) {
                            assertThat(result.readable()).isFalse();
                            assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
                            assertThat(result.diagnostics().isEmpty()).isFalse();
                            String prefix = "/" + i;
                            result.diagnostics()
                                    .forEach(d ->
                                            assertThat(d.location().toString()).startsWith(prefix));
                        } else {
                            QualityReport alone = checker.check(r, bulk.policy(), asOf);
                            assertThat(result.report()).contains(alone);
                            assertThat(result.verdict()).isEqualTo(alone.verdict());
                        }
                    }
                    assertThat(summary.unreadable())
                            .isEqualTo(expected.stream().filter(r -> r == null).count());
                });
    }
}
