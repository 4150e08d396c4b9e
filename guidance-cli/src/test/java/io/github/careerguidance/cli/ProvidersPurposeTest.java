package io.github.careerguidance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code providers check --purpose} and a scheme with nobody to assess (issue #16). */
class ProvidersPurposeTest extends CliTestSupport {
    @Test
    void admissionAdmitsAnApplicantAndRefusesOneWithTheRequirementNamed() throws Exception {
        int code = run(
                "--lang",
                "en",
                "providers",
                "check",
                fixture("rj-applicant-admitted.yaml"),
                "--scheme",
                "noloc-rj",
                "--purpose",
                "admission",
                "--as-of",
                "2026-11-28");
        assertThat(code).as(out + err).isEqualTo(GuidanceCli.OK);
        assertThat(out).startsWith("RJ-AANMELDING-2026-07: PASS").contains("NOLOC-RJ-EDU");

        code = run(
                "--lang",
                "en",
                "providers",
                "check",
                fixture("rj-applicant-refused.yaml"),
                "--scheme",
                "noloc-rj",
                "--purpose",
                "admission",
                "--as-of",
                "2026-11-28");
        assertThat(code).isEqualTo(GuidanceCli.FAILED);
        assertThat(out).contains("FAIL", "NOLOC-RJ-EDU", "hbo plus 98 hours of training");
    }

    @Test
    void aSchemeWithNobodyToAssessExitsWithOneAndSaysSo() throws Exception {
        int code = run(
                "--lang",
                "en",
                "providers",
                "check",
                fixture("rl-adviser-valid.yaml"),
                "--scheme",
                "register-bka",
                "--as-of",
                "2026-11-28");
        assertThat(code).isEqualTo(GuidanceCli.FAILED);
        assertThat(err).contains("no subject to assess for listing in register-bka", "--purpose admission");

        code = run(
                "--lang",
                "en",
                "providers",
                "check",
                fixture("rl-adviser-valid.yaml"),
                "--scheme",
                "noloc-rl",
                "--purpose",
                "admission",
                "--as-of",
                "2026-11-28");
        assertThat(code).isEqualTo(GuidanceCli.FAILED);
        assertThat(err).contains("no subject to assess for admission in noloc-rl");
    }

    @Test
    void aBulkFileWithNobodyToAssessExitsWithOne(@TempDir Path dir) throws Exception {
        Path ndjson = dir.resolve("two.ndjson");
        Files.writeString(ndjson, "{\"professionals\":[{\"id\":\"a\"}]}\n{\"professionals\":[{\"id\":\"b\"}]}\n");
        int code = run("providers", "check", ndjson.toString(), "--scheme", "noloc-rl", "--as-of", "2026-11-28");
        assertThat(code).isEqualTo(GuidanceCli.FAILED);
        assertThat(err).contains("no subject assessed for noloc-rl in any registration");
    }

    @Test
    void anUnknownPurposeIsUnusable() throws Exception {
        assertThat(run(
                        "providers",
                        "check",
                        fixture("rl-adviser-valid.yaml"),
                        "--scheme",
                        "noloc-rl",
                        "--purpose",
                        "audit"))
                .isEqualTo(GuidanceCli.UNUSABLE);
        assertThat(err).contains("unknown --purpose 'audit'");
    }
}
