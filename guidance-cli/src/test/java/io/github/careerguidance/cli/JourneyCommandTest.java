package io.github.careerguidance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JourneyCommandTest extends CliTestSupport {
    private static Path referenceCopy() throws Exception {
        return Path.of(
                JourneyCommandTest.class.getResource("looking-for-work.yaml").toURI());
    }

    @Test
    void theReferenceJourneyIsClean() throws Exception {
        assertThat(run("journey", "check", referenceCopy().toString()))
                .as(out + err)
                .isEqualTo(GuidanceCli.OK);
        assertThat(out).contains("looking-for-work.yaml: clean");
    }

    @Test
    void aBrokenDesignExitsWithOneAndNamesTheStep(@TempDir Path dir) throws Exception {
        String text = Files.readString(referenceCopy());
        // point the start at a step that does not exist
        String broken = text.replaceFirst("(?m)^start: .*$", "start: bestaat-niet");
        Path file = dir.resolve("kapot.yaml");
        Files.writeString(file, broken);
        assertThat(run(
                        "--lang",
                        "en",
                        "journey",
                        "check",
                        file.toString(),
                        referenceCopy().toString()))
                .isEqualTo(GuidanceCli.FAILED);
        assertThat(out)
                .contains("kapot.yaml: errors", "journeys.start.unknown", "/start", "looking-for-work.yaml: clean");
        assertThat(run("journey", "check", file.toString(), "--format", "json")).isEqualTo(GuidanceCli.FAILED);
        assertThat(out).contains("\"code\" : \"journeys.start.unknown\"");
    }

    @Test
    void anUnreadableFileExitsWithTwo(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("onleesbaar.yaml");
        Files.writeString(file, "id: [unclosed\n");
        assertThat(run("journey", "check", file.toString())).isEqualTo(GuidanceCli.UNUSABLE);
        assertThat(out).contains("onleesbaar.yaml: errors");
        assertThat(run("journey", "check")).isEqualTo(GuidanceCli.UNUSABLE);
    }

    @Test
    void printsTheSchema() {
        assertThat(run("journey", "schema")).isEqualTo(GuidanceCli.OK);
        assertThat(out).contains("\"$schema\"", "2020-12", "steps");
    }
}
