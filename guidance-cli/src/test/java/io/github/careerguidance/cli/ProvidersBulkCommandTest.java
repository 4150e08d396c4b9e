package io.github.careerguidance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvidersBulkCommandTest extends CliTestSupport {
    @TempDir
    Path dir;

    private Path ndjson;

    @BeforeEach
    void writeFile() throws IOException {
        ndjson = dir.resolve("registraties.ndjson");
        Files.writeString(ndjson, VALID + "\n{\"reference\": \n" + VALID.replace("2026-0050", "2026-0051") + "\n");
    }

    @Test
    void ndjsonIsCheckedRecordByRecordAndABrokenLineDoesNotStopTheRest() {
        int code = run(
                "--lang",
                "en",
                "providers",
                "check",
                ndjson.toString(),
                "--scheme",
                "noloc-rl",
                "--as-of",
                "2026-11-28");
        assertThat(code).isEqualTo(GuidanceCli.FAILED);
        assertThat(out).contains("2026-0050", "2026-0051").contains("line 2");
    }

    @Test
    void ndjsonOutputHasOneLinePerRecord() {
        run(
                "providers",
                "check",
                ndjson.toString(),
                "--scheme",
                "noloc-rl",
                "--as-of",
                "2026-11-28",
                "--format",
                "json");
        assertThat(out.lines()
                        .filter(l -> l.startsWith("{\"index\"") || l.contains("\"index\""))
                        .count())
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void csvOutputIsTidy() {
        run(
                "providers",
                "check",
                ndjson.toString(),
                "--scheme",
                "noloc-rl",
                "--as-of",
                "2026-11-28",
                "--format",
                "csv");
        assertThat(out.lines().findFirst().orElseThrow()).startsWith("record,line,reference");
        assertThat(out).contains("NOLOC-RL-VALID");
    }

    @Test
    void aJsonArrayIsManyRegistrations() throws IOException {
        Path array = dir.resolve("lijst.json");
        Files.writeString(array, "[" + VALID + "," + VALID.replace("2026-0050", "2026-0052") + "]");
        assertThat(run("providers", "check", array.toString(), "--scheme", "noloc-rl", "--as-of", "2026-11-28"))
                .isEqualTo(GuidanceCli.FAILED);
        assertThat(out).contains("2026-0050", "2026-0052");
    }

    @Test
    void unusableBulkInput() {
        assertThat(run("providers", "check", dir.resolve("bestaat-niet.ndjson").toString(), "--scheme", "noloc-rl"))
                .isEqualTo(GuidanceCli.UNUSABLE);
        assertThat(run("providers", "check", ndjson.toString(), "--scheme", "geen-schema"))
                .isEqualTo(GuidanceCli.UNUSABLE);
        assertThat(err).contains("unknown scheme 'geen-schema'");
        assertThat(run("providers", "check", ndjson.toString(), "--scheme", "noloc-rl", "--format", "xml"))
                .isEqualTo(GuidanceCli.UNUSABLE);
    }
}
