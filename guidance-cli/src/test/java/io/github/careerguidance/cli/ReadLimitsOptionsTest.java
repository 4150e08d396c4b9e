/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.careerguidance.core.json.ReadOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line's read limits: {@code --max-document-size}, {@code --max-record-size}, {@code --max-depth}, {@code --lenient}. */
class ReadLimitsOptionsTest extends CliTestSupport {
    @TempDir
    Path dir;

    @Test
    void sizesAreReadWithBinarySuffixes() {
        GuidanceCli.SizeConverter sizes = new GuidanceCli.SizeConverter();
        assertThat(sizes.convert("4096")).isEqualTo(4096L);
        assertThat(sizes.convert("500k")).isEqualTo(500L * 1024);
        assertThat(sizes.convert("64MiB")).isEqualTo(64L * 1024 * 1024);
        assertThat(sizes.convert("2G")).isEqualTo(2L * 1024 * 1024 * 1024);
        assertThat(sizes.convert("10 mb")).isEqualTo(10L * 1024 * 1024);
        for (String bad : new String[] {"", "lots", "-1", "0", "1.5M", "12T", "999999999999999G"}) {
            assertThatThrownBy(() -> sizes.convert(bad))
                    .as(bad)
                    .isInstanceOf(CommandLine.TypeConversionException.class);
        }
    }

    @Test
    void theDefaultsAreTheSdksAndEachOptionChangesOneLimit() {
        CommandLine line = CommandTree.whole(java.time.Clock.systemUTC());
        line.parseArgs("schemes", "list");
        GuidanceCli cli = line.getCommand();
        assertThat(cli.readOptions()).isEqualTo(ReadOptions.defaults());
        line = CommandTree.along(
                java.time.Clock.systemUTC(),
                "--max-document-size",
                "1MiB",
                "--max-record-size",
                "64k",
                "--max-depth",
                "32",
                "--lenient",
                "schemes",
                "list");
        cli = line.getCommand();
        line.parseArgs(
                "--max-document-size",
                "1MiB",
                "--max-record-size",
                "64k",
                "--max-depth",
                "32",
                "--lenient",
                "schemes",
                "list");
        ReadOptions options = cli.readOptions();
        assertThat(options.maxDocumentLength()).isEqualTo(1L << 20);
        assertThat(options.maxRecordLength()).isEqualTo(64L << 10);
        assertThat(options.maxNestingDepth()).isEqualTo(32);
        assertThat(options.unknownProperties()).isEqualTo(ReadOptions.UnknownProperties.IGNORE);
        assertThat(options.maxStringLength()).isEqualTo(ReadOptions.DEFAULT_MAX_STRING_LENGTH);
    }

    @Test
    void aJourneyFileOverTheDocumentLimitIsUnusableAndTheLimitIsNamed() throws Exception {
        String journey = fixture("looking-for-work.yaml");
        assertThat(Files.size(Path.of(journey))).isGreaterThan(1024);
        assertThat(run("--lang", "en", "journey", "check", journey))
                .as(out + err)
                .isEqualTo(GuidanceCli.OK);
        // the inherited option works after the subcommand too
        assertThat(run("--lang", "en", "journey", "check", journey, "--max-document-size", "1k"))
                .isEqualTo(GuidanceCli.UNUSABLE);
        assertThat(out + err).contains("maxDocumentLength").contains("1024");
    }

    @Test
    void anOversizedRecordIsReportedAndTheOthersAreStillChecked() throws IOException {
        Path ndjson = dir.resolve("registraties.ndjson");
        String big =
                VALID.replace("2026-0050", "2026-0051").replace("\"id\":\"a\"", "\"id\":\"" + "b".repeat(2000) + "\"");
        Files.writeString(ndjson, VALID + "\n" + big + "\n" + VALID.replace("2026-0050", "2026-0052") + "\n");
        assertThat(run(
                        "--lang",
                        "en",
                        "providers",
                        "check",
                        ndjson.toString(),
                        "--scheme",
                        "noloc-rl",
                        "--as-of",
                        "2026-11-28"))
                .isEqualTo(GuidanceCli.FAILED);
        assertThat(out).contains("2026-0050", "2026-0051", "2026-0052").doesNotContain("maxRecordLength");
        assertThat(run(
                        "--lang",
                        "en",
                        "providers",
                        "check",
                        ndjson.toString(),
                        "--scheme",
                        "noloc-rl",
                        "--as-of",
                        "2026-11-28",
                        "--max-record-size",
                        "1k"))
                .isEqualTo(GuidanceCli.FAILED);
        assertThat(out).contains("2026-0050", "2026-0052", "maxRecordLength").doesNotContain("2026-0051");
    }

    @Test
    void lenientSkipsUnknownFieldsThatStrictReports() throws IOException {
        Path file = dir.resolve("registratie.json");
        Files.writeString(file, VALID.replace("{\"reference\"", "{\"kleur\":\"blauw\",\"reference\""));
        assertThat(run(
                        "--lang",
                        "en",
                        "providers",
                        "check",
                        file.toString(),
                        "--scheme",
                        "noloc-rl",
                        "--as-of",
                        "2026-11-28"))
                .isEqualTo(GuidanceCli.UNUSABLE);
        assertThat(out + err).contains("kleur");
        assertThat(run(
                        "--lang",
                        "en",
                        "--lenient",
                        "providers",
                        "check",
                        file.toString(),
                        "--scheme",
                        "noloc-rl",
                        "--as-of",
                        "2026-11-28"))
                .isNotEqualTo(GuidanceCli.UNUSABLE);
        assertThat(out + err).doesNotContain("kleur").contains("2026-0050");
    }

    @Test
    void aBadLimitIsAUsageError() {
        assertThat(run("--max-document-size", "lots", "schemes", "list")).isEqualTo(GuidanceCli.UNUSABLE);
        assertThat(err).contains("'lots' is not a size");
        assertThat(run("--max-depth", "0", "schemes", "list")).isEqualTo(GuidanceCli.UNUSABLE);
        assertThat(err).contains("'0' is not a depth");
    }
}
