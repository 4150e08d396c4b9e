/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.JourneyGenerator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JourneyFormatTest {
    private static final String SMALL = "id: zoek-werk\nversion: 1.0.0\ntitle: {nl: Zoek werk, en: Find work}\n"
            + "start: einde\nsteps:\n  - id: einde\n    kind: outcome\n    phase: execution\n"
            + "    title: {nl: Einde, en: End}\n    outcome: {type: plan, text: {nl: Klaar, en: Done}}\n";

    @Test
    void readsAndWritesBothFormats() {
        Journey journey = JourneyFormat.yaml().read(SMALL).orElseThrow();
        assertThat(journey.id()).isEqualTo("zoek-werk");
        String json = JourneyFormat.json().write(journey);
        assertThat(JourneyFormat.json().read(json).orElseThrow()).isEqualTo(journey);
        assertThat(JourneyFormat.yaml()
                        .read(JourneyFormat.yaml().write(journey))
                        .orElseThrow())
                .isEqualTo(journey);
        assertThat(JourneyFormat.json()
                        .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))
                        .orElseThrow())
                .isEqualTo(journey);
        assertThat(JourneyFormat.forFileName("a.YML")).isSameAs(JourneyFormat.yaml());
        assertThat(JourneyFormat.forFileName("a.json")).isSameAs(JourneyFormat.json());
        assertThat(JourneyFormat.yaml()).hasToString("JourneyFormat[YAML]");
    }

    @Test
    void malformedDocumentsGiveDiagnosticsWithPointersAndLines() {
        ReadResult<Journey> unknown = JourneyFormat.yaml()
                .read(SMALL.replace("    phase: execution\n", "    phase: execution\n    colour: blue\n"));
        Diagnostic d = unknown.diagnostics().asList().get(0);
        assertThat(d.code()).isEqualTo("core.json.unknown-property");
        assertThat(d.location().toString()).isEqualTo("/steps/0/colour");
        assertThat(d.line()).isPresent();

        ReadResult<Journey> missing =
                JourneyFormat.yaml().read(SMALL.replace("title: {nl: Zoek werk, en: Find work}\n", ""));
        assertThat(missing.diagnostics().asList())
                .extracting(x -> x.location().toString())
                .contains("/title");

        ReadResult<Journey> wrongKind = JourneyFormat.json().read("{\"id\": \"x\", \"steps\": 3}");
        assertThat(wrongKind.isSuccessful()).isFalse();

        ReadResult<Journey> badPart = JourneyFormat.yaml().read(SMALL.replace("kind: outcome", "kind: question"));
        assertThat(badPart.diagnostics().asList().get(0).message(Locale.ENGLISH))
                .contains("needs 'question'");
        assertThat(JourneyFormat.yaml().read("").isSuccessful()).isFalse();
        assertThat(JourneyFormat.yaml()
                        .read("id: a: b\n")
                        .diagnostics()
                        .asList()
                        .get(0)
                        .code())
                .isEqualTo("core.json.syntax");
    }

    @Test
    void yamlWithEmojiAtAReadBufferEdgeReads() {
        for (int i = 700; i < 1100; i++) {
            String withEmoji = SMALL.replace("Klaar", "x".repeat(i) + "\uD83D\uDE00");
            assertThat(JourneyFormat.yaml().read(withEmoji).isSuccessful())
                    .as("at %d", i)
                    .isTrue();
        }
        for (long seed = 0; seed < 20; seed++) {
            Journey journey = JourneyGenerator.journey(seed);
            assertThat(JourneyFormat.yaml()
                            .read(JourneyFormat.yaml().write(journey))
                            .orElseThrow())
                    .isEqualTo(journey);
        }
    }

    @Test
    void filesNameTheirSource(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("zoek-werk.yaml");
        Files.writeString(file, SMALL.replace("version: 1.0.0", "version: een"), StandardCharsets.UTF_8);
        ReadResult<Journey> read = JourneyFormat.forFileName(file.toString()).read(file);
        assertThat(read.isSuccessful()).isFalse();
        assertThat(read.diagnostics().asList().get(0).source()).contains(file.toString());

        ReadResult<Journey> missing = JourneyFormat.yaml().read(dir.resolve("bestaat-niet.yaml"));
        assertThat(missing.diagnostics().asList().get(0).code()).isEqualTo("journeys.format.io");
        assertThat(missing.diagnostics().asList().get(0).message(new Locale("nl")))
                .startsWith("Het routebestand");

        Files.writeString(file, SMALL, StandardCharsets.UTF_8);
        assertThat(JourneyFormat.yaml().read(file).diagnostics().isEmpty()).isTrue();
    }
}
