/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.quality.bulk.BulkSummary;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cold pass is the probe's baseline pass: the same checker, every record of the file. */
class ColdBulkPassTest {
    @Test
    void checksEveryRecordWithTheBaselineChecker(@TempDir Path dir) {
        Path file = RegistrationFiles.write(dir.resolve("r.ndjson"), 300, 42);
        assertThat(ColdBulkPass.pass(file)).isEqualTo(300);
        BulkSummary summary = ColdBulkPass.baseline().check(file, r -> {});
        assertThat(summary.records()).isEqualTo(300);
        assertThat(summary.schemes())
                .singleElement()
                .satisfies(s -> assertThat(s.scheme()).isEqualTo("noloc-rl"));
    }
}
