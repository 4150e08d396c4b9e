/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The start-up probe measures real processes and prints one header and one row of numbers. */
class StartupProbeTest {
    @Test
    void oneRoundGivesARowOfMediansRatiosAndLoad() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/time")), "the probe measures with /usr/bin/time");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // 'true' stands in for bin/guidance: it ignores 'schemes list' and 'journey check FILE' and exits 0
        StartupProbe.run(1, List.of("true"), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).split("\t")).hasSize(11).startsWith("java -version s");
        String[] row = lines.get(1).split("\t");
        assertThat(row).hasSize(11);
        assertThat(Double.parseDouble(row[0]))
                .as("java -version takes some time")
                .isPositive();
        assertThat(Double.parseDouble(row[1])).isLessThan(Double.parseDouble(row[0]) + 1);
        assertThat(row[8]).isEqualTo("1");
    }
}
