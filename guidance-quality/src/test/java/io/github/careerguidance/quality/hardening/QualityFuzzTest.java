/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.quality.QualityChecker;
import io.github.careerguidance.quality.QualityReport;
import io.github.careerguidance.quality.bulk.BulkChecker;
import io.github.careerguidance.quality.bulk.BulkFormat;
import io.github.careerguidance.quality.bulk.BulkResult;
import io.github.careerguidance.quality.bulk.BulkSummary;
import io.github.careerguidance.quality.registration.Registration;
import io.github.careerguidance.quality.scheme.Policy;
import io.github.careerguidance.quality.scheme.Scheme;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzz targets for hostile registration files (JSON, NDJSON, CSV) and hostile scheme and policy files. The contract
 * under test: bad input gives diagnostics (a failed {@code ReadResult}, a failed record in the bulk summary), never an
 * exception.
 *
 * <p>In a normal build each target runs once per input in {@code src/test/resources/.../QualityFuzzTestInputs/<method>}
 * (regression mode); {@code fuzz.sh} at the repository root fuzzes them for real.
 */
class QualityFuzzTest {
    private static final QualityChecker CHECKER = QualityChecker.builtIn();
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
    private static final BulkChecker BULK = BulkChecker.builder()
            .checker(CHECKER)
            .schemes("noloc-rl", "noloc-rj")
            .asOf(AS_OF)
            .build();

    private static String text(byte[] data) {
        return new String(data, StandardCharsets.UTF_8);
    }

    private static <T> void wellFormed(ReadResult<T> read) {
        if (read.isSuccessful()) {
            assertThat(read.diagnostics().hasErrors()).isFalse();
        } else {
            assertThat(read.diagnostics().stream().anyMatch(d -> d.severity().compareTo(Severity.ERROR) >= 0))
                    .isTrue();
        }
    }

    private static void bulk(byte[] data, BulkFormat format) {
        List<BulkResult> results = new ArrayList<>();
        BulkSummary summary = BULK.check(new ByteArrayInputStream(data), format, results::add);
        assertThat(summary.records()).isEqualTo(results.size());
        // the bulk checker turns an exception of the checker into this code; for the fuzzer it is a crash
        assertThat(results)
                .allSatisfy(r -> assertThat(r.diagnostics().stream().map(d -> d.code()))
                        .doesNotContain("quality.bulk.internal-error"));
    }

    @FuzzTest(maxDuration = "30s")
    void registrationJson(byte[] data) {
        ReadResult<Registration> read = GuidanceCodec.json().read(text(data), Registration.class);
        wellFormed(read);
        read.value().ifPresent(r -> {
            QualityReport report = CHECKER.check(r, "noloc-rl", AS_OF);
            assertThat(report.verdict()).isNotNull();
        });
    }

    @FuzzTest(maxDuration = "30s")
    void registrationNdjson(byte[] data) {
        bulk(data, BulkFormat.JSON);
    }

    @FuzzTest(maxDuration = "30s")
    void registrationCsv(byte[] data) {
        bulk(data, BulkFormat.CSV);
    }

    /** The first byte picks scheme or policy; a scheme that reads is used to check a registration. */
    @FuzzTest(maxDuration = "30s")
    void schemeAndPolicy(byte[] data) {
        if (data.length == 0) {
            return;
        }
        String yaml = new String(data, 1, data.length - 1, StandardCharsets.UTF_8);
        GuidanceCodec codec = (data[0] & 1) == 0 ? GuidanceCodec.yaml() : GuidanceCodec.json();
        if ((data[0] & 2) == 0) {
            ReadResult<Scheme> read = codec.read(yaml, Scheme.class);
            wellFormed(read);
            read.value().ifPresent(s -> CHECKER.check(Fixtures.REGISTRATION, s, AS_OF));
        } else {
            ReadResult<Policy> read = codec.read(yaml, Policy.class);
            wellFormed(read);
            read.value().ifPresent(p -> CHECKER.check(Fixtures.REGISTRATION, p, AS_OF));
        }
    }

    /** A valid registration to check fuzzed schemes and policies against. */
    static final class Fixtures {
        static final Registration REGISTRATION = GuidanceCodec.yaml()
                .read(
                        QualityFuzzTest.class.getResourceAsStream(
                                "/io/github/careerguidance/quality/fixtures/rl-adviser-valid.yaml"),
                        Registration.class)
                .orElseThrow();

        private Fixtures() {}
    }
}
