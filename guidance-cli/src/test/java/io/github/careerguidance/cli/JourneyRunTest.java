package io.github.careerguidance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
        int code = run("--lang", "en", "journey", "run", resource("looking-for-work.yaml"),
                "--answers", resource("looking-for-work-answers.yaml"), "--at", "2026-12-01T09:15:00Z");
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
        assertThat(run("--lang", "en", "journey", "run", resource("looking-for-work.yaml"), "--answers", answers.toString()))
                .isEqualTo(GuidanceCli.FAILED);
        assertThat(err).startsWith("q-situatie: ");
    }

    @Test
    void aBrokenJourneyIsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("kapot.yaml");
        Files.writeString(file, Files.readString(Path.of(resource("looking-for-work.yaml")))
                .replaceFirst("(?m)^start: .*$", "start: bestaat-niet"));
        assertThat(run("journey", "run", file.toString(), "--answers", resource("looking-for-work-answers.yaml")))
                .isEqualTo(GuidanceCli.FAILED);
        assertThat(err).contains("journeys.start.unknown");
        assertThat(run("journey", "run", dir.resolve("nope.yaml").toString())).isEqualTo(GuidanceCli.UNUSABLE);
    }
}
