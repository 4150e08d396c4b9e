package io.github.careerguidance.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.careerguidance.core.json.GuidanceCodec;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {
    private final LocalizedText text = LocalizedText.of("Ik zoek werk", "Looking for work");

    @Test
    void resolvesRequestedThenDutchThenEnglish() {
        assertThat(text.resolve(Locale.ENGLISH)).isEqualTo("Looking for work");
        assertThat(text.resolve(Locale.forLanguageTag("en-GB"))).isEqualTo("Looking for work");
        assertThat(text.resolve(Locale.GERMAN)).isEqualTo("Ik zoek werk");
        LocalizedText english = LocalizedText.single(Locale.ENGLISH, "Only English");
        assertThat(english.resolve(LocalizedText.DUTCH)).isEqualTo("Only English");
    }

    @Test
    void fallbackIsConfigurable() {
        LocaleFallback englishFirst = LocaleFallback.of(Locale.ENGLISH, LocalizedText.DUTCH);
        assertThat(text.resolve(Locale.GERMAN, englishFirst)).isEqualTo("Looking for work");
        assertThat(text.lookup(Locale.GERMAN, LocaleFallback.of())).isEmpty();
        assertThat(englishFirst.candidates(Locale.forLanguageTag("fy-NL")))
                .containsExactly(Locale.forLanguageTag("fy-NL"), new Locale("fy"), Locale.ENGLISH, LocalizedText.DUTCH);
    }

    @Test
    void listsMissingTranslations() {
        assertThat(text.missing(List.of(LocalizedText.DUTCH, Locale.ENGLISH))).isEmpty();
        assertThat(text.missing(List.of(Locale.forLanguageTag("fy"), Locale.forLanguageTag("ar"))))
                .containsExactly(Locale.forLanguageTag("fy"), Locale.forLanguageTag("ar"));
    }

    @Test
    void normalizesTagsAndRejectsBadInput() {
        assertThat(LocalizedText.of(Map.of("NL", "Hallo")).texts()).containsOnlyKeys("nl");
        assertThatThrownBy(() -> LocalizedText.of(Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LocalizedText.of(Map.of("nl", " "))).hasMessageContaining("blank");
        assertThatThrownBy(() -> LocalizedText.of(Map.of("not a tag!", "x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LocalizedText.of(Map.of("nl", "a", "NL", "b"))).hasMessageContaining("twice");
        assertThatThrownBy(() -> LocalizedText.of("ok\uD800", "x"))
                .hasMessageContaining("unpaired surrogate at index 2");
        assertThat(LocalizedText.of("emoji \uD83D\uDE00", "x").resolve(LocalizedText.DUTCH))
                .endsWith("\uD83D\uDE00");
    }

    @Test
    void withAddsOrReplaces() {
        LocalizedText frisian = text.with(Locale.forLanguageTag("fy"), "Ik sykje wurk");
        assertThat(frisian.locales()).hasSize(3);
        assertThat(text.locales()).hasSize(2);
    }

    @Test
    void roundTripsAsAnObjectOfTagToText() {
        String json = GuidanceCodec.json().write(text);
        assertThat(json).contains("\"nl\"").contains("\"en\"");
        assertThat(GuidanceCodec.json().read(json, LocalizedText.class).orElseThrow())
                .isEqualTo(text);
    }
}
