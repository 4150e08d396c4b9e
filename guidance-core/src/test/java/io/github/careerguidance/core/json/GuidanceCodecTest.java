package io.github.careerguidance.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.careerguidance.core.citation.Citation;
import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuidanceCodecTest {
    private final GuidanceCodec json = GuidanceCodec.json();

    private static Diagnostic only(ReadResult<?> result) {
        assertThat(result.isSuccessful()).isFalse();
        assertThat(result.value()).isEmpty();
        assertThat(result.diagnostics().size()).isEqualTo(1);
        return result.diagnostics().asList().get(0);
    }

    @Test
    void roundTripsInJsonAndYaml() {
        Citation c = Citation.builder()
                .title("Loopbaancompetenties")
                .url("https://www.aanpakjeugdwerkloosheid.nl/aanpak/samen-met-onderwijs/loopbaancompetenties")
                .accessed(LocalDate.of(2026, 11, 28))
                .build();
        assertThat(json.read(json.write(c), Citation.class).orElseThrow()).isEqualTo(c);
        GuidanceCodec yaml = GuidanceCodec.yaml();
        String text = yaml.write(c);
        assertThat(text).contains("title: ");
        assertThat(yaml.read(text, Citation.class).orElseThrow()).isEqualTo(c);
        assertThat(json.write(c)).doesNotContain("version").contains("\"2026-11-28\"");
    }

    @Test
    void missingRequiredFieldNamesThePath() {
        Diagnostic d = only(json.read("{\"url\": \"https://example.org\"}", Citation.class));
        assertThat(d.code()).isEqualTo("core.json.missing-property");
        assertThat(d.location()).isEqualTo(JsonPointer.of("title"));
        assertThat(d.severity()).isEqualTo(Severity.ERROR);
        assertThat(d.message(java.util.Locale.ENGLISH)).contains("title");
    }

    @Test
    void nullIsReportedNotThrown() {
        ReadResult<Citation> r = json.read("{\"title\": null, \"url\": \"https://example.org\"}", Citation.class);
        Diagnostic d = only(r);
        assertThat(d.code()).isIn("core.json.missing-property", "core.json.null-value");
        assertThat(d.location().toString()).contains("title");
    }

    @Test
    void wrongTypeNamesThePathAndLine() {
        Diagnostic d = only(json.read(
                "{\"title\": \"x\",\n \"url\": \"https://example.org\",\n \"accessed\": [1]}", Citation.class));
        assertThat(d.code()).isEqualTo("core.json.wrong-type");
        assertThat(d.location()).isEqualTo(JsonPointer.of("accessed"));
        assertThat(d.line()).hasValue(3);
    }

    @Test
    void invalidValueFromAValueCheck() {
        Diagnostic d = only(json.read("{\"title\": \"x\", \"url\": \"not a url\"}", Citation.class));
        assertThat(d.code()).isEqualTo("core.json.invalid-value");
        assertThat(d.message(java.util.Locale.ENGLISH)).contains("not a url");
    }

    @Test
    void unknownFieldsAreErrorsSoNothingIsLostSilently() {
        Diagnostic d =
                only(json.read("{\"title\": \"x\", \"url\": \"https://a.nl\", \"titel\": \"y\"}", Citation.class));
        assertThat(d.code()).isEqualTo("core.json.unknown-property");
        assertThat(d.location()).isEqualTo(JsonPointer.of("titel"));
        assertThat(d.arguments()).containsEntry("property", "titel");
        assertThat(d.arguments().get("known")).contains("title");
    }

    @Test
    void duplicateKeysAreErrors() {
        Diagnostic d =
                only(json.read("{\"title\": \"x\", \"title\": \"y\", \"url\": \"https://a.nl\"}", Citation.class));
        assertThat(d.code()).isEqualTo("core.json.duplicate-key");
        assertThat(d.arguments()).containsEntry("property", "title");
    }

    @Test
    void malformedAndEmptyDocuments() {
        assertThat(only(json.read("{\"title\": ", Citation.class)).code()).isEqualTo("core.json.syntax");
        assertThat(only(json.read("", Citation.class)).code()).isIn("core.json.empty", "core.json.syntax");
        assertThat(only(json.read("{\"title\": \"x\", \"url\": \"https://a.nl\"} {}", Citation.class))
                        .code())
                .isEqualTo("core.json.syntax");
        assertThat(only(GuidanceCodec.yaml().read("title: \"x\n  url: [", Citation.class))
                        .code())
                .isEqualTo("core.json.syntax");
        assertThat(only(GuidanceCodec.yaml().read("title: [unclosed", Citation.class))
                        .location())
                .isEqualTo(JsonPointer.of("title"));
    }

    @Test
    void deepNestingIsALimitNotAStackOverflow() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        Diagnostic d = only(json.read(deep, Citation.class));
        assertThat(d.code()).isIn("core.json.limit", "core.json.wrong-type");
        String deepObject = "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000);
        assertThat(only(json.read(deepObject, java.util.Map.class)).code()).isEqualTo("core.json.limit");
    }

    @Test
    void filesGiveTheirNameAsSource(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bron.yaml");
        Files.writeString(file, "title: x\n");
        Diagnostic d = only(GuidanceCodec.forFileName(file.toString()).read(file, Citation.class));
        assertThat(d.source()).contains(file.toString());
        Diagnostic missing = only(json.read(dir.resolve("nope.json"), Citation.class));
        assertThat(missing.code()).isEqualTo("core.io");
    }

    @Test
    void orElseThrowIsTyped() {
        ReadResult<Citation> r = json.read("{}", Citation.class);
        assertThatThrownBy(r::orElseThrow)
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).diagnostics().size())
                        .isEqualTo(2));
    }
}
