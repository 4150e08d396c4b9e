package io.github.careerguidance.core.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.text.LocalizedText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DiagnosticsTest {
    private static Diagnostic d(Severity s, String code, String at) {
        return Diagnostic.builder()
                .severity(s)
                .code(code)
                .location(JsonPointer.parse(at))
                .message(LocalizedText.of("melding " + code, "message " + code))
                .build();
    }

    private final Diagnostic warnTitle = d(Severity.WARNING, "journeys.text.missing", "/steps/2/title");
    private final Diagnostic errStep = d(Severity.ERROR, "journeys.step.unreachable", "/steps/2");
    private final Diagnostic infoRoot = d(Severity.INFO, "journeys.stats", "");
    private final Diagnostic fatal10 = d(Severity.FATAL, "journeys.step.broken", "/steps/10");

    @Test
    void orderIsStableWhateverTheInsertionOrder() {
        List<Diagnostic> all = new ArrayList<>(List.of(warnTitle, errStep, infoRoot, fatal10));
        Diagnostics expected = Diagnostics.of(all);
        assertThat(expected.asList()).containsExactly(infoRoot, errStep, warnTitle, fatal10);
        Random random = new Random(42);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(all, random);
            assertThat(Diagnostics.of(all)).isEqualTo(expected);
        }
    }

    @Test
    void successMeansNoErrorOrFatal() {
        assertThat(Diagnostics.empty().isSuccessful()).isTrue();
        assertThat(Diagnostics.of(warnTitle, infoRoot).isSuccessful()).isTrue();
        assertThat(Diagnostics.of(warnTitle, errStep).isSuccessful()).isFalse();
        assertThat(Diagnostics.of(warnTitle, errStep).maxSeverity()).contains(Severity.ERROR);
        assertThat(Diagnostics.empty().maxSeverity()).isEmpty();
    }

    @Test
    void filters() {
        Diagnostics all = Diagnostics.of(warnTitle, errStep, infoRoot, fatal10);
        assertThat(all.atLeast(Severity.ERROR).asList()).containsExactly(errStep, fatal10);
        assertThat(all.withCode("journeys.stats").asList()).containsExactly(infoRoot);
        assertThat(all.under(JsonPointer.parse("/steps/2")).asList()).containsExactly(errStep, warnTitle);
        assertThat(Diagnostics.of(warnTitle).plus(Diagnostics.of(errStep)))
                .isEqualTo(Diagnostics.of(errStep, warnTitle));
    }

    @Test
    void toStringIsCappedAndSaysSomethingWhenEmpty() {
        assertThat(Diagnostics.empty()).hasToString("No issues");
        assertThat(Diagnostics.empty().render(LocalizedText.DUTCH)).isEqualTo("Geen bevindingen");
        List<Diagnostic> many = new ArrayList<>();
        IntStream.range(0, 30).forEach(i -> many.add(d(Severity.ERROR, "core.x", "/items/" + i)));
        String text = Diagnostics.of(many).toString();
        assertThat(text).startsWith("showing first 20 of 30 issues");
        assertThat(text.lines()).hasSize(21);
        assertThat(errStep.render(LocalizedText.DUTCH))
                .isEqualTo("ERROR journeys.step.unreachable at /steps/2: melding journeys.step.unreachable");
        assertThat(errStep.message(Locale.ENGLISH)).isEqualTo("message journeys.step.unreachable");
    }

    @Test
    void severityWireCodes() {
        for (Severity s : Severity.values()) {
            assertThat(Severity.fromCode(s.code())).isEqualTo(s);
        }
        assertThat(Severity.fromCode("WARNING")).isEqualTo(Severity.WARNING);
        assertThatThrownBy(() -> Severity.fromCode("bad")).hasMessageContaining("bad");
        assertThat(Severity.FATAL.isAtLeast(Severity.ERROR)).isTrue();
        assertThat(Severity.INFO.isAtLeast(Severity.WARNING)).isFalse();
    }

    @Test
    void rejectsMalformedCodesAndPositions() {
        assertThatThrownBy(() -> d(Severity.ERROR, "Bad Code", "")).hasMessageContaining("Bad Code");
    }

    @Test
    void withSourceSetsTheSourceOnlyWhereMissing() {
        Diagnostic sourced =
                Diagnostic.builder().from(warnTitle).source("eerder.yaml").build();
        Diagnostics all = Diagnostics.of(errStep, sourced).withSource("reis.yaml");
        assertThat(all.asList()).extracting(d -> d.source().orElseThrow()).containsExactly("reis.yaml", "eerder.yaml");
        Diagnostics done = Diagnostics.of(sourced);
        assertThat(done.withSource("reis.yaml")).isSameAs(done);
    }

    @Test
    void relocatesUnderAPrefix() {
        assertThat(errStep.relocate(JsonPointer.of("journeys", "0")).location())
                .isEqualTo(JsonPointer.parse("/journeys/0/steps/2"));
    }

    @Test
    void roundTripsThroughJson() {
        Diagnostic full = Diagnostic.builder()
                .from(errStep)
                .line(3)
                .column(7)
                .putArgument("step", "intake-2")
                .source("journey.yaml")
                .build();
        Diagnostics all = Diagnostics.of(full, warnTitle);
        String json = GuidanceCodec.json().write(all);
        assertThat(GuidanceCodec.json().read(json, Diagnostics.class).orElseThrow())
                .isEqualTo(all);
    }
}
