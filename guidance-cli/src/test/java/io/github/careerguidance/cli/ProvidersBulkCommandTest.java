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

    @Test
    void theNumberOfThreadsDoesNotChangeTheOutputAndIsBounded() throws IOException {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 700; i++) {
            many.append(i % 100 == 42 ? "{\"reference\": " : VALID.replace("2026-0050", "2026-" + (1000 + i)))
                    .append('\n');
        }
        Path file = dir.resolve("veel.ndjson");
        Files.writeString(file, many.toString());
        String[] args = {"providers", "check", file.toString(), "--scheme", "noloc-rl", "--as-of", "2026-11-28"};
        int one = run(concat(args, "--format", "json", "--threads", "1"));
        String sequential = out;
        int three = run(concat(args, "--format", "json", "--threads", "3"));
        assertThat(three).isEqualTo(one).isEqualTo(GuidanceCli.FAILED);
        assertThat(out).isEqualTo(sequential);
        assertThat(out.lines().count()).isEqualTo(700);
        assertThat(out.lines().skip(42).findFirst().orElseThrow()).startsWith("{\"index\":42,\"line\":43,");
        run(args); // the default: one less than the processors, at least 1
        assertThat(out).contains("#699");

        assertThat(run(concat(args, "--threads", "0"))).isEqualTo(GuidanceCli.UNUSABLE);
        assertThat(err).contains("--threads must be from 1 to 256 but was 0");
        assertThat(run(concat(args, "--threads", "99999"))).isEqualTo(GuidanceCli.UNUSABLE);
        assertThat(err).contains("--threads must be from 1 to 256 but was 99999");
    }

    private static String[] concat(String[] head, String... tail) {
        String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
