package io.github.careerguidance.core.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoreMessagesTest {
    private final MessageBundle bundle = MessageBundle.load(
            "io/github/careerguidance/core/Messages", name -> getClass().getResourceAsStream("/" + name));

    @Test
    void everyCodeHasADutchAndEnglishTemplate() {
        assertThat(bundle.codes()).isNotEmpty().allMatch(c -> c.startsWith("core."));
        assertThat(bundle.incompleteCodes()).isEmpty();
    }

    @Test
    void fillsNamedArguments() {
        var text = bundle.text("core.json.missing-property", Map.of("property", "title"));
        assertThat(text.resolve(Locale.ENGLISH)).isEqualTo("Required field 'title' is missing");
        assertThat(text.resolve(new Locale("nl"))).isEqualTo("Verplicht veld 'title' ontbreekt");
    }

    @Test
    void unknownCodeIsAProgrammingError() {
        assertThatThrownBy(() -> bundle.text("core.nope", Map.of())).hasMessageContaining("core.nope");
        assertThatThrownBy(() ->
                        MessageBundle.load("nope/Missing", name -> getClass().getResourceAsStream("/" + name)))
                .isInstanceOf(IllegalStateException.class);
    }
}
