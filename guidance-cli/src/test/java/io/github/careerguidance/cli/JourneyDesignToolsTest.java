/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code journey outcomes}, {@code journey diff} and the logic linter through {@code journey check} (#17). */
class JourneyDesignToolsTest extends CliTestSupport {
    private static String reference() throws Exception {
        return fixture("looking-for-work.yaml");
    }

    @Test
    void outcomesAsMarkdownStateTheCoverageAndWhereEachClassEnds() throws Exception {
        assertThat(run("journey", "outcomes", reference())).as(err).isEqualTo(GuidanceCli.OK);
        assertThat(out)
                .startsWith("# Outcomes of looking-for-work ")
                .contains(
                        "Coverage: full: every combination of answer classes along every route (",
                        "## Which answers lead where",
                        "## Which content each client class sees",
                        "## Outcomes",
                        "| q-vangnet | ja, deels, nee |");
        assertThat(err).isEmpty();
    }

    @Test
    void outcomesAsCsvToAFileWithPairwiseCoverageBeyondTheBound(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("uitkomsten.csv");
        assertThat(run("journey", "outcomes", reference(), "--format", "csv", "-o", csv.toString(), "--bound", "3"))
                .as(err)
                .isEqualTo(GuidanceCli.OK);
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0))
                .startsWith("# looking-for-work ")
                .contains("coverage pairwise: the full product" + " exceeds the bound of 3 runs");
        assertThat(lines.get(1)).startsWith("client,").endsWith(",outcome,path,content");
        assertThat(lines.size()).isGreaterThan(3);
        assertThat(lines.get(2)).startsWith("1,");
    }

    @Test
    void checkReportsTheLogicLinterFindings(@TempDir Path dir) throws Exception {
        String text = Files.readString(Path.of(reference()));
        Path file = dir.resolve("lint.yaml");
        String shadow = "      - {target: contact-adviseur, when: {equals: {answer: q-vangnet, value: nee}}}\n";
        assertThat(text).contains(shadow);
        Files.writeString(file, text.replace(shadow, shadow + shadow));
        assertThat(run("--lang", "en", "journey", "check", file.toString()))
                .as(out)
                .isEqualTo(GuidanceCli.OK);
        assertThat(out)
                .contains(
                        "lint.yaml: warnings",
                        "WARNING journeys.lint.shadowed",
                        "/transitions/1/when",
                        "transition 0 and those before it already take every client it would");
    }

    @Test
    void outcomesRefuseABadFormatAndAnUnreadableFile(@TempDir Path dir) throws Exception {
        assertThat(run("journey", "outcomes", reference(), "--format", "xls")).isEqualTo(GuidanceCli.UNUSABLE);
        assertThat(err).contains("--format");
        Path broken = dir.resolve("kapot.yaml");
        Files.writeString(broken, "id: [unclosed\n");
        assertThat(run("journey", "outcomes", broken.toString())).isEqualTo(GuidanceCli.UNUSABLE);
    }

    @Test
    void aTextOnlyChangeIsAPatch(@TempDir Path dir) throws Exception {
        String text = Files.readString(Path.of(reference()));
        Path b = dir.resolve("b.yaml");
        Files.writeString(
                b, text.replaceFirst("version: ([0-9.]+)", "version: 9.9.9").replace("Even checken", "Even kijken"));
        assertThat(run("--lang", "en", "journey", "diff", reference(), b.toString()))
                .as(err)
                .isEqualTo(GuidanceCli.OK);
        assertThat(out)
                .contains(
                        "Suggested bump: patch",
                        "patch  changed text of step 'q-vangnet' at /steps/5/title",
                        "  at q-vangnet: ",
                        "Version 9.9.9 is a major bump: enough");
    }

    @Test
    void aNewPatchNumberWithoutChangesIsEnoughAndEverySessionResumes(@TempDir Path dir) throws Exception {
        String text = Files.readString(Path.of(reference()));
        Path b = dir.resolve("b.yaml");
        String changed = text.replaceFirst("version: ([0-9]+)\\.([0-9]+)\\.([0-9]+)", "version: $1.$2.9");
        Files.writeString(b, changed);
        assertThat(run("journey", "diff", reference(), b.toString(), "--format", "json"))
                .as(err)
                .isEqualTo(GuidanceCli.OK);
        assertThat(out)
                .contains(
                        "\"suggested\" : \"none\"",
                        "\"actual\" : \"patch\"",
                        "\"sufficient\" : true",
                        "\"step\" : \"q-vangnet\"");
        assertThat(out).doesNotContain("cannot resume");
    }

    @Test
    void aMissingBumpFailsAndAnUnreadableSessionsFileIsUnusable(@TempDir Path dir) throws Exception {
        String text = Files.readString(Path.of(reference()));
        Path b = dir.resolve("b.yaml");
        Files.writeString(b, text.replace("Even checken", "Even kijken"));
        assertThat(run("--lang", "en", "journey", "diff", reference(), b.toString()))
                .isEqualTo(GuidanceCli.FAILED);
        assertThat(out).contains("Suggested bump: patch", "is a none bump: not enough");
        assertThat(run(
                        "journey",
                        "diff",
                        reference(),
                        b.toString(),
                        "--sessions",
                        dir.resolve("geen.ndjson").toString()))
                .isEqualTo(GuidanceCli.UNUSABLE);
        assertThat(err).contains("geen.ndjson");
    }
}
