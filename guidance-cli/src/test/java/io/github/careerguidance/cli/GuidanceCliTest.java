package io.github.careerguidance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.quality.QualityReport;
import io.github.careerguidance.quality.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuidanceCliTest extends CliTestSupport {
    @Test
    void listsTheBuiltInSchemes() {
        assertThat(run("schemes", "list")).isEqualTo(GuidanceCli.OK);
        assertThat(out).contains("noloc-rl", "register-bka", "ontwikkeladvies-2023", "Register Loopbaanprofessional");
        assertThat(out.lines()).hasSizeGreaterThanOrEqualTo(11);
        assertThat(run("schemes", "list", "--format", "json")).isEqualTo(GuidanceCli.OK);
        assertThat(out).startsWith("[").contains("\"id\" : \"noloc-rl\"");
    }

    @Test
    void showsASchemeWithItsRulesAndSources() {
        assertThat(run("--lang", "en", "schemes", "show", "noloc-rl")).isEqualTo(GuidanceCli.OK);
        assertThat(out).contains("NOLOC-RL-PE", "source: https://");
        assertThat(run("schemes", "show", "noloc-rl", "--format", "yaml")).isEqualTo(GuidanceCli.OK);
        assertThat(out).contains("id: \"noloc-rl\"").doesNotContain("{\n  \"id\"");
        assertThat(run("schemes", "show", "no-such-scheme")).isEqualTo(GuidanceCli.UNUSABLE);
        assertThat(err).contains("unknown scheme 'no-such-scheme'");
    }

    @Test
    void checkPassesAValidAdviser() throws Exception {
        int code = run(
                "--lang",
                "en",
                "providers",
                "check",
                fixture("rl-adviser-valid.yaml"),
                "--scheme",
                "noloc-rl",
                "--as-of",
                "2026-11-28");
        assertThat(code).as(out + err).isEqualTo(GuidanceCli.OK);
        assertThat(out).startsWith("2026-0042: PASS").contains("valid until 2027-02-28");
    }

    @Test
    void checkFailsAnExpiredAdviserWithReasonsInDutch() throws Exception {
        int code = run(
                "providers",
                "check",
                fixture("rl-expired-last-year.yaml"),
                "--scheme",
                "noloc-rl",
                "--as-of",
                "2026-11-28");
        assertThat(code).isEqualTo(GuidanceCli.FAILED);
        assertThat(out)
                .contains("VOLDOET NIET", "NOLOC-RL-VALID", "NOLOC-RL-PE", "2025-05-31", "bron: https://")
                .contains("(noloc-rl 2021.1, per 2026-11-28)")
                .doesNotContain("source:", "as of")
                .doesNotContainPattern("\\b(PASS|FAIL|WARNING|NOT_ASSESSABLE|NOT_APPLICABLE)\\b");
    }

    @Test
    void jsonOutputIsAReadableReport() throws Exception {
        run(
                "providers",
                "check",
                fixture("rl-expired-last-year.yaml"),
                "--scheme",
                "noloc-rl",
                "--as-of",
                "2026-11-28",
                "--format",
                "json");
        QualityReport report =
                GuidanceCodec.json().read(out, QualityReport.class).orElseThrow();
        assertThat(report.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(report.asOf()).hasToString("2026-11-28");
    }

    @Test
    void unusableInputExitsWithTwoAndSaysWhere(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("kapot.yaml");
        Files.writeString(
                broken, "professionals:\n  - id: a\n    registrations: [{scheme: noloc-rl, status: maybe}]\n");
        assertThat(run("providers", "check", broken.toString(), "--scheme", "noloc-rl"))
                .isEqualTo(GuidanceCli.UNUSABLE);
        assertThat(err).contains("/professionals/0/registrations/0/status").contains("kapot.yaml");
        assertThat(run("providers", "check", dir.resolve("missing.yaml").toString(), "--scheme", "noloc-rl"))
                .isEqualTo(GuidanceCli.UNUSABLE);
        assertThat(err).contains("core.io");
        assertThat(run("providers", "check", broken.toString())).isEqualTo(GuidanceCli.UNUSABLE);
        assertThat(err).contains("--scheme").contains("--policy");
        assertThat(run("providers", "check", broken.toString(), "--scheme", "x", "--as-of", "gisteren"))
                .isEqualTo(GuidanceCli.UNUSABLE);
    }

    @Test
    void unknownSchemeIsUnusableInput() throws Exception {
        assertThat(run("providers", "check", fixture("rl-adviser-valid.yaml"), "--scheme", "no-such-scheme"))
                .isEqualTo(GuidanceCli.UNUSABLE);
    }

    @Test
    void helpAndVersion() {
        assertThat(run("--help")).isEqualTo(GuidanceCli.OK);
        assertThat(out).contains("Usage: guidance", "schemes", "providers");
        assertThat(run("--version")).isEqualTo(GuidanceCli.OK);
        assertThat(out).startsWith("guidance ");
        assertThat(run("nonsense")).isEqualTo(GuidanceCli.UNUSABLE);
    }
}
