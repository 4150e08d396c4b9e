package io.github.careerguidance.core.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.careerguidance.core.citation.Citation;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.text.LocalizedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** JSON and YAML round-trips of the foundation values, and the order law of Diagnostics, on generated values. */
class FoundationPropertiesTest {
    private static final GuidanceCodec JSON = GuidanceCodec.json();
    private static final GuidanceCodec YAML = GuidanceCodec.yaml();

    private static Gen<String> text() {
        // any valid Unicode: controls, quotes, newlines, YAML indicators, CJK, emoji; never blank.
        // (Unpaired surrogates are not text: LocalizedText rejects them, see LocalizedTextTest.)
        return strings()
                .betweenCodePoints(0, 0xD7FF)
                .ofLengthBetween(0, 8)
                .zip(
                        strings().betweenCodePoints(0xE000, 0xFFFD).ofLengthBetween(0, 3),
                        integers().between(0x1F300, 0x1FAFF),
                        (a, b, emoji) -> "t" + a + b + new String(Character.toChars(emoji)));
    }

    private static Gen<LocalizedText> localized() {
        return text().zip(
                        text(),
                        integers().between(0, 2),
                        (nl, en, which) -> which == 0
                                ? LocalizedText.of(nl, en)
                                : which == 1
                                        ? LocalizedText.of(Map.of("nl", nl))
                                        : LocalizedText.of(Map.of("en-GB", en, "fy", nl)));
    }

    private static Gen<Citation> citations() {
        return text().zip(integers().between(0, 3), integers().between(1, 3650), (title, optional, day) -> {
            var b = Citation.builder().title(title).url("https://example.org/bron/" + day);
            if (optional >= 1) {
                b.accessed(LocalDate.of(2020, 1, 1).plusDays(day));
            }
            if (optional >= 2) {
                b.version("v" + day).note(title);
            }
            if (optional >= 3) {
                b.published(LocalDate.of(2015, 1, 1).plusDays(day));
            }
            return b.build();
        });
    }

    private static Gen<JsonPointer> pointers() {
        return lists().of(strings().betweenCodePoints(0x20, 0x7E).ofLengthBetween(0, 4))
                .ofSizeBetween(0, 4)
                .map(segments -> JsonPointer.of(segments.toArray(new String[0])));
    }

    private static Gen<Diagnostic> diagnostics() {
        return integers().between(0, 3).zip(pointers(), localized(), citations(), (sev, at, message, cite) -> {
            var b = Diagnostic.builder()
                    .severity(Severity.values()[sev])
                    .code("journeys.check-" + sev)
                    .location(at)
                    .message(message)
                    .putArgument("step", message.resolve(LocalizedText.DUTCH));
            if (sev % 2 == 0) {
                b.line(sev + 1).column(sev + 2).source("reis.yaml").citation(cite);
            }
            return b.build();
        });
    }

    @Test
    void localizedTextRoundTrips() {
        qt().forAll(localized()).checkAssert(t -> {
            assertThat(JSON.read(JSON.write(t), LocalizedText.class).orElseThrow())
                    .isEqualTo(t);
            assertThat(YAML.read(YAML.write(t), LocalizedText.class).orElseThrow())
                    .isEqualTo(t);
        });
    }

    @Test
    void citationsRoundTrip() {
        qt().forAll(citations()).checkAssert(c -> {
            assertThat(JSON.read(JSON.write(c), Citation.class).orElseThrow()).isEqualTo(c);
            assertThat(YAML.read(YAML.write(c), Citation.class).orElseThrow()).isEqualTo(c);
        });
    }

    @Test
    void diagnosticsRoundTripAndKeepTheirOrderWhateverTheInputOrder() {
        qt().withExamples(60)
                .forAll(
                        lists().of(diagnostics()).ofSizeBetween(0, 8),
                        integers().all())
                .checkAssert((list, seed) -> {
                    Diagnostics all = Diagnostics.of(list);
                    assertThat(JSON.read(JSON.write(all), Diagnostics.class).orElseThrow())
                            .isEqualTo(all);
                    assertThat(YAML.read(YAML.write(all), Diagnostics.class).orElseThrow())
                            .isEqualTo(all);
                    List<Diagnostic> shuffled = new ArrayList<>(list);
                    Collections.shuffle(shuffled, new Random(seed));
                    assertThat(Diagnostics.of(shuffled)).isEqualTo(all);
                    assertThat(all.isSuccessful())
                            .isEqualTo(list.stream().noneMatch(d -> d.severity().isAtLeast(Severity.ERROR)));
                });
    }
}
