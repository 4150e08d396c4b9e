/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.examples.internal.SampleProviders;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateRegistrationsExampleTest {
    @TempDir
    Path dir;

    @Test
    void aPipelineFailsOnTheSampleProvidersAndGetsAReport() throws Exception {
        Path input = dir.resolve("providers.json");
        try (InputStream in = SampleProviders.open()) {
            Files.copy(in, input);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = ValidateRegistrationsExample.validate(
                input,
                "noloc-rl",
                LocalDate.of(2026, 11, 28),
                dir.resolve("report.csv"),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(exit).isEqualTo(1);
        assertThat(out)
                .contains(
                        "2026-0043: fail NOLOC-RL-VALID: The entry in noloc-rl expired on 2025-05-31",
                        "6 records,",
                        "report: " + dir.resolve("report.csv"));
        assertThat(Files.readAllLines(dir.resolve("report.csv")))
                .first()
                .asString()
                .startsWith("record,line,reference");
    }

    @Test
    void aCleanFilePasses() throws Exception {
        Path input = dir.resolve("one.ndjson");
        String first;
        try (InputStream in = SampleProviders.open()) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            first = io.github.careerguidance.core.json.GuidanceCodec.json()
                    .writeLine(io.github.careerguidance.core.json.GuidanceCodec.json()
                            .records(
                                    new java.io.ByteArrayInputStream(all.getBytes(StandardCharsets.UTF_8)),
                                    io.github.careerguidance.quality.registration.Registration.class)
                            .next()
                            .result()
                            .orElseThrow());
        }
        Files.writeString(input, first + "\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = ValidateRegistrationsExample.validate(
                input,
                "noloc-rl",
                LocalDate.of(2026, 11, 28),
                dir.resolve("report.csv"),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(exit).as(bytes.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("1 records, 0 need attention");
    }
}
