/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code journey test}, and the scripted {@code journey run} options and fixes of issue #17. */
class JourneyTestCommandTest extends CliTestSupport {
    private static final Path REFERENCE = Path.of(
            "..",
            "guidance-journeys",
            "src",
            "main",
            "resources",
            "io",
            "github",
            "careerguidance",
            "journeys",
            "reference");

    @TempDir
    Path dir;

    @Test
    void theReferenceScenariosPassThroughTheCommand() {
        String[] args = {
            "--lang",
            "en",
            "journey",
            "test",
            "--scenarios",
            REFERENCE.resolve("scenarios").toString(),
            REFERENCE.resolve("looking-for-work.yaml").toString(),
            REFERENCE.resolve("must-retrain.yaml").toString()
        };
        assertThat(run(args)).as(out + err).isEqualTo(GuidanceCli.OK);
        assertThat(out).contains("ok    no job, clear direction, a plan").contains("6 of 6 scenarios passed");
        // the default folder is 'scenarios' beside the journey
        assertThat(run(
                        "journey",
                        "test",
                        REFERENCE.resolve("returning-to-work.yaml").toString()))
                .as(out + err)
                .isEqualTo(GuidanceCli.OK);
        assertThat(out).contains("3 van 3 scenario's geslaagd");
    }

    @Test
    void aFailurePrintsTheFirstDivergenceAndExitsOne() throws Exception {
        Path scenarios = dir.resolve("s.yaml");
        Files.writeString(
                scenarios,
                "journey: looking-for-work\nscenarios:\n  - name: wrong\n    visits:\n"
                        + "      - answers: {q-situatie: geen-werk, q-richting: duidelijk, zelftest: 4, q-vangnet: ja,"
                        + " q-keuze: ja, q-lukt: ja}\n    expect: {outcome: verwijzing}\n");
        assertThat(run(
                        "--lang",
                        "en",
                        "journey",
                        "test",
                        REFERENCE.resolve("looking-for-work.yaml").toString(),
                        "--scenarios",
                        scenarios.toString()))
                .isEqualTo(GuidanceCli.FAILED);
        assertThat(out)
                .contains("FAIL  wrong")
                .contains("outcome at step 'plan': expected outcome verwijzing, but was outcome plan");
        Files.writeString(scenarios, "journey: [\n");
        assertThat(run(
                        "journey",
                        "test",
                        REFERENCE.resolve("looking-for-work.yaml").toString(),
                        "--scenarios",
                        scenarios.toString()))
                .isEqualTo(GuidanceCli.UNUSABLE);
        assertThat(err).contains("s.yaml").doesNotContain("Exception");
    }

    @Test
    void textForAScaleQuestionIsADiagnosticNotAStackTrace() throws Exception {
        Path answers = dir.resolve("answers.yaml");
        Files.writeString(answers, "q-reden: eigen-wens\nq-uren: heel-veel\n");
        assertThat(run(
                        "--lang",
                        "en",
                        "journey",
                        "run",
                        REFERENCE.resolve("must-retrain.yaml").toString(),
                        "--answers",
                        answers.toString()))
                .isEqualTo(GuidanceCli.FAILED);
        assertThat(err)
                .contains("The answer to 'q-uren' must be a number from 0 to 60")
                .doesNotContain("heel-veel")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        Files.writeString(answers, "q-reden: eigen-wens\nq-uren: 99\n");
        assertThat(run(
                        "--lang",
                        "en",
                        "journey",
                        "run",
                        REFERENCE.resolve("must-retrain.yaml").toString(),
                        "--answers",
                        answers.toString()))
                .isEqualTo(GuidanceCli.FAILED);
        assertThat(err).contains("q-uren").contains("60").doesNotContain("99");
    }

    @Test
    void answersPerVisitWithSaveAndResumeAndTheOutcomeInThePath() throws Exception {
        Path answers = dir.resolve("visits.yaml");
        Files.writeString(
                answers,
                "- {q-situatie: geen-werk, q-richting: duidelijk}\n"
                        + "- {zelftest: 4, q-vangnet: ja, q-keuze: ja, q-lukt: ja}\n");
        Path saved = dir.resolve("session.json");
        assertThat(run(
                        "--lang",
                        "en",
                        "journey",
                        "run",
                        REFERENCE.resolve("looking-for-work.yaml").toString(),
                        "--answers",
                        answers.toString(),
                        "--readiness",
                        "0.9,0.1",
                        "--save",
                        saved.toString(),
                        "--at",
                        "2026-12-05T11:00:00Z",
                        "--contact-points",
                        fixture("contact-points.yaml")))
                .as(out + err)
                .isEqualTo(GuidanceCli.OK);
        assertThat(out)
                .contains("-- visit 2")
                .contains("-> q-lukt -> plan (outcome: plan)")
                .contains("opens 2026-12-07");
        assertThat(Files.readString(saved)).contains("\"journey\":\"looking-for-work\"");
        assertThat(run(
                        "--lang",
                        "en",
                        "journey",
                        "run",
                        REFERENCE.resolve("looking-for-work.yaml").toString(),
                        "--resume",
                        saved.toString(),
                        "--answers",
                        answers.toString()))
                .as(out + err)
                .isEqualTo(GuidanceCli.OK);
        assertThat(out).contains("(outcome: plan)");
        assertThat(run(
                        "journey",
                        "run",
                        REFERENCE.resolve("looking-for-work.yaml").toString(),
                        "--readiness",
                        "2,x",
                        "--answers",
                        answers.toString()))
                .isEqualTo(GuidanceCli.UNUSABLE);
    }

    @Test
    void checkTakesAContactDistanceAPolicyAndACatalogue() throws Exception {
        String journey = REFERENCE.resolve("looking-for-work.yaml").toString();
        assertThat(run("--lang", "en", "journey", "check", journey, "--contact-distance", "1"))
                .isEqualTo(GuidanceCli.FAILED);
        assertThat(out).contains("journeys.policy.contact-out-of-reach");
        Path policy = dir.resolve("policy.yaml");
        Files.writeString(policy, "maxStepsToContact: 1\ncontactReach: warning\n");
        assertThat(run("--lang", "en", "journey", "check", journey, "--policy", policy.toString()))
                .as(out + err)
                .isEqualTo(GuidanceCli.OK);
        assertThat(out).contains("warnings").contains("contact-out-of-reach");
        assertThat(run("journey", "check", journey, "--contact-distance", "0")).isEqualTo(GuidanceCli.UNUSABLE);
        Path catalogue = dir.resolve("catalogue.yaml");
        Files.writeString(
                catalogue,
                "goals: [{code: looking-for-work, label: {nl: Werk, en: Work}}, "
                        + "{code: must-retrain, label: {nl: Omscholen, en: Retrain}}]\n");
        int code = run("--lang", "en", "journey", "check", journey, "--catalogue", catalogue.toString());
        assertThat(out + err).contains("catalogue.yaml");
        assertThat(code).as(out + err).isIn(GuidanceCli.FAILED, GuidanceCli.UNUSABLE);
    }

    @Test
    void aTenThousandDeepJourneyIsRefusedWithLineAndColumnAlsoWhenLenient() throws Exception {
        Path deep = dir.resolve("deep.json");
        Files.writeString(deep, "{\"id\": \"x\",\n \"extra\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}");
        assertThat(run("--lang", "en", "--lenient", "journey", "check", deep.toString()))
                .isEqualTo(GuidanceCli.UNUSABLE);
        assertThat(out)
                .contains("(line 2, column")
                .contains("nested more than 200 levels deep")
                .doesNotContain("StreamReadConstraints");
        assertThat(run("--lenient", "journey", "check", deep.toString())).isEqualTo(GuidanceCli.UNUSABLE);
        assertThat(out).contains("meer dan 200 niveaus diep genest");
    }
}
