/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/**
 * {@code journey run} and {@code journey test} never throw, whatever the answers or scenario file: every run ends with
 * exit code 0, 1 or 2 and no stack trace. Answers and scenarios are made of the journey's own step ids and choice
 * codes, numbers, texts, lists and maps, plus YAML punctuation, so that most inputs are read and reach the engine.
 */
class JourneyNeverThrowsPropertyTest extends CliTestSupport {
    private static final Path JOURNEY = Path.of(
            "..",
            "guidance-journeys",
            "src",
            "main",
            "resources",
            "io",
            "github",
            "careerguidance",
            "journeys",
            "reference",
            "must-retrain.yaml");
    private static final List<String> WORDS = List.of(
            "welkom",
            "q-reden",
            "q-uren",
            "zelftest",
            "q-ervaring",
            "q-vangnet",
            "q-keuze",
            "q-lukt",
            "plan",
            "werk-verdwijnt",
            "gezondheid",
            "eigen-wens",
            "ja",
            "nee",
            "nog-niet",
            "3",
            "-1",
            "99999999999999999999",
            "1.5",
            "abc",
            "\"\"",
            "[]",
            "{}",
            "[ja, nee]",
            "{a: 1}",
            "null",
            "~",
            "true",
            "\u00e9\u00e9n",
            "q-uren#2",
            "#",
            ":",
            "- ",
            "\n",
            "  ",
            ",");

    @TempDir
    Path dir;

    private static Gen<String> documents() {
        return lists().of(integers().between(0, WORDS.size() - 1))
                .ofSizeBetween(0, 24)
                .zip(strings().basicLatinAlphabet().ofLengthBetween(0, 6), (picks, noise) -> {
                    StringBuilder b = new StringBuilder();
                    for (int i = 0; i < picks.size(); i++) {
                        b.append(WORDS.get(picks.get(i)));
                        b.append(i % 2 == 0 ? ": " : "\n");
                    }
                    return b.append(noise).toString();
                });
    }

    private static void assertNoThrow(int code, String out, String err) {
        assertThat(code).as(out + err).isIn(GuidanceCli.OK, GuidanceCli.FAILED, GuidanceCli.UNUSABLE);
        assertThat(out + err).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void journeyRunNeverThrowsOnAnyAnswers() {
        qt().withExamples(150).forAll(documents()).checkAssert(answers -> {
            Path file = write("answers.yaml", answers);
            assertNoThrow(run("journey", "run", JOURNEY.toString(), "--answers", file.toString()), out, err);
            Path visits = write("visits.yaml", "- {q-reden: eigen-wens}\n- " + answers.replace("\n", "\n  "));
            assertNoThrow(run("journey", "run", JOURNEY.toString(), "--answers", visits.toString()), out, err);
        });
    }

    @Test
    void journeyTestNeverThrowsOnAnyScenarioFile() {
        qt().withExamples(150).forAll(documents()).checkAssert(body -> {
            Path free = write("free.yaml", body);
            assertNoThrow(run("journey", "test", JOURNEY.toString(), "--scenarios", free.toString()), out, err);
            String indented = body.replace("\n", "\n          ");
            Path shaped = write(
                    "shaped.yaml",
                    "journey: must-retrain\nscenarios:\n  - name: x\n    visits:\n" + "      - answers:\n          "
                            + indented + "\n    expect: {outcome: plan}\n");
            assertNoThrow(run("journey", "test", JOURNEY.toString(), "--scenarios", shaped.toString()), out, err);
        });
    }

    private Path write(String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
