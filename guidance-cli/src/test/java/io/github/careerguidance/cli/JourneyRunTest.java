package io.github.careerguidance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JourneyRunTest extends CliTestSupport {
    private static String resource(String name) throws Exception {
        return Path.of(JourneyRunTest.class.getResource(name).toURI()).toString();
    }

    @Test
    void aScriptedRunReachesAnOutcomeAndPrintsThePath() throws Exception {
        int code = run(
                "--lang",
                "en",
                "journey",
                "run",
                resource("looking-for-work.yaml"),
                "--answers",
                resource("looking-for-work-answers.yaml"),
                "--at",
                "2026-12-01T09:15:00Z");
        assertThat(code).as(out + err).isEqualTo(GuidanceCli.OK);
        assertThat(out).contains("Path: welkom -> q-situatie -> q-richting -> zelftest");
        assertThat(out).contains("q-vangnet -> contact-adviseur");
        assertThat(out).contains("brief-staff-assisted");
    }

    @Test
    void aMissingOrRejectedAnswerStopsTheRun(@TempDir Path dir) throws Exception {
        Path answers = dir.resolve("antwoorden.yaml");
        Files.writeString(answers, "q-situatie: geen-werk\n");
        assertThat(run("journey", "run", resource("looking-for-work.yaml"), "--answers", answers.toString()))
                .isEqualTo(GuidanceCli.UNUSABLE);
        assertThat(err).contains("no answer for step 'q-richting'");
        Files.writeString(answers, "q-situatie: misschien\n");
        assertThat(run(
                        "--lang",
                        "en",
                        "journey",
                        "run",
                        resource("looking-for-work.yaml"),
                        "--answers",
                        answers.toString()))
                .isEqualTo(GuidanceCli.FAILED);
        assertThat(err).startsWith("q-situatie: ");
    }

    @Test
    void aBrokenJourneyIsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("kapot.yaml");
        Files.writeString(
                file,
                Files.readString(Path.of(resource("looking-for-work.yaml")))
                        .replaceFirst("(?m)^start: .*$", "start: bestaat-niet"));
        assertThat(run("journey", "run", file.toString(), "--answers", resource("looking-for-work-answers.yaml")))
                .isEqualTo(GuidanceCli.FAILED);
        assertThat(err).contains("journeys.start.unknown");
        assertThat(run("journey", "run", dir.resolve("nope.yaml").toString())).isEqualTo(GuidanceCli.UNUSABLE);
    }
    /** Issue #14: the outcome of a journey with plan templates prints the client's plan, dated from --at. */
    @Test
    void theOutcomePrintsTheClientsPlan(@TempDir Path dir) throws Exception {
        Path journey = dir.resolve("became-unemployed.yaml");
        try (var in = io.github.careerguidance.journeys.reference.ReferenceJourneys.class.getResourceAsStream(
                "/" + io.github.careerguidance.journeys.reference.ReferenceJourneys.BASE + "became-unemployed.yaml")) {
            Files.write(journey, in.readAllBytes());
        }
        Path answers = dir.resolve("antwoorden.yaml");
        Files.writeString(
                answers,
                "q-gevoel: 4\nq-werkvorm: contract\nq-ww: aangevraagd\nq-richting: zelfde\n"
                        + "zelftest: 4\nq-vangnet: ja\nq-keuze: solliciteren\nq-lukt: ja\n");
        int code = run(
                "--lang",
                "en",
                "journey",
                "run",
                journey.toString(),
                "--answers",
                answers.toString(),
                "--at",
                "2026-12-07T09:00:00Z");
        assertThat(code).as(out + err).isEqualTo(GuidanceCli.OK);
        assertThat(out).contains("Action plan plan-").contains("Made:          Monday 7 December 2026");
        assertThat(out.indexOf("Action plan")).isLessThan(out.indexOf("Path: "));
        assertThat(out).contains("Monday 4 January 2027"); // the review with a professional, 4 weeks later
        assertThat(out).contains("(outcome: plan)");
    }
}
