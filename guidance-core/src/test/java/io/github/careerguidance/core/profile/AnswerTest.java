/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadResult;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerTest {
    private final GuidanceCodec json = GuidanceCodec.json();

    @Test
    void factoriesSetExactlyOneValue() {
        Answer text = Answer.text("Ik werk graag met mensen");
        assertThat(text.kind()).isEqualTo(AnswerKind.TEXT);
        assertThat(text.text()).contains("Ik werk graag met mensen");
        assertThat(text.number()).isEmpty();
        assertThat(text.selectedOptions()).isEmpty();

        Answer number = Answer.number(4);
        assertThat(number.kind()).isEqualTo(AnswerKind.NUMBER);
        assertThat(number.number()).contains(new BigDecimal("4"));

        Answer choice = Answer.choice("zorg");
        assertThat(choice.choice()).contains("zorg");
        assertThat(choice.selectedOptions()).containsExactly("zorg");

        Answer choices = Answer.choices("zorg", "onderwijs");
        assertThat(choices.choices()).containsExactly("zorg", "onderwijs");
        assertThat(choices.selectedOptions()).containsExactly("zorg", "onderwijs");
        assertThat(Answer.choices(List.of("zorg", "onderwijs"))).isEqualTo(choices);
    }

    @Test
    void numbersAreCanonicalSoEqualNumbersGiveEqualAnswers() {
        assertThat(Answer.number(new BigDecimal("4.00"))).isEqualTo(Answer.number(4));
        assertThat(Answer.number(new BigDecimal("1E+3")).number()).contains(new BigDecimal("1000"));
        assertThat(Answer.number(0.1).number()).contains(new BigDecimal("0.1"));
        assertThat(Answer.number(new BigDecimal("-0.000")).number()).contains(BigDecimal.ZERO);
        assertThat(json.read("{\"kind\": \"number\", \"number\": 3.50}", Answer.class)
                        .orElseThrow())
                .isEqualTo(Answer.number(3.5));
    }

    @Test
    void badValuesAreRejectedWithTheArgumentNamed() {
        assertThatThrownBy(() -> Answer.text("  "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("answer text must not be blank");
        assertThatThrownBy(() -> Answer.text("x".repeat(Answer.MAX_TEXT_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("answer text must be at most 2000 characters but was 2001");
        assertThat(Answer.text("x".repeat(Answer.MAX_TEXT_LENGTH)).text()).isPresent();
        assertThatThrownBy(() -> Answer.choice(""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("answer choice must not be blank");
        assertThatThrownBy(() -> Answer.choices(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs 'choices'");
        assertThatThrownBy(() -> Answer.choices("zorg", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not be blank");
        assertThatThrownBy(() -> Answer.choices("zorg", "zorg"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'zorg' appears twice");
        assertThatThrownBy(() -> Answer.number(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("finite");
        assertThatThrownBy(() -> Answer.number(new BigDecimal("1E+999999999")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("integer digits");
        assertThatThrownBy(() -> Answer.number(new BigDecimal("0.0000000000001")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("12 decimals");
        assertThatThrownBy(() -> Answer.builder()
                        .kind(AnswerKind.TEXT)
                        .text("a")
                        .choice("b")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an answer of kind text must not have 'choice'");
    }

    @Test
    void jsonFormIsSimpleAndRoundTrips() {
        assertThat(json.write(Answer.text("Ik wil zorgen")).replaceAll("\\s", ""))
                .isEqualTo("{\"kind\":\"text\",\"text\":\"Ikwilzorgen\"}");
        assertThat(json.write(Answer.number(4)).replaceAll("\\s", "")).isEqualTo("{\"kind\":\"number\",\"number\":4}");
        assertThat(json.write(Answer.choice("zorg")).replaceAll("\\s", ""))
                .isEqualTo("{\"kind\":\"choice\",\"choice\":\"zorg\"}");
        assertThat(json.write(Answer.choices("zorg", "ict")).replaceAll("\\s", ""))
                .isEqualTo("{\"kind\":\"choices\",\"choices\":[\"zorg\",\"ict\"]}");
        for (Answer a : List.of(
                Answer.text("Ik wil zorgen"),
                Answer.number(-2.25),
                Answer.choice("zorg"),
                Answer.choices("zorg", "ict"))) {
            assertThat(json.read(json.write(a), Answer.class).orElseThrow()).isEqualTo(a);
            assertThat(GuidanceCodec.yaml()
                            .read(GuidanceCodec.yaml().write(a), Answer.class)
                            .orElseThrow())
                    .isEqualTo(a);
        }
    }

    @Test
    void badDocumentsGiveDiagnosticsAtTheirPath() {
        ReadResult<Answer> wrongType = json.read("{\"kind\": \"number\", \"number\": \"abc\"}", Answer.class);
        assertThat(wrongType.isSuccessful()).isFalse();
        Diagnostic d = wrongType.diagnostics().asList().get(0);
        assertThat(d.code()).isEqualTo("core.json.wrong-type");
        assertThat(d.location()).isEqualTo(JsonPointer.of("number"));

        ReadResult<Answer> mismatch = json.read("{\"kind\": \"text\", \"choice\": \"zorg\"}", Answer.class);
        assertThat(mismatch.diagnostics().asList().get(0).code()).isEqualTo("core.json.invalid-value");

        ReadResult<Answer> unknownKind = json.read("{\"kind\": \"scale\", \"number\": 3}", Answer.class);
        assertThat(unknownKind.diagnostics().asList().get(0).location()).isEqualTo(JsonPointer.of("kind"));
    }

    @Test
    void toStringNeverShowsTheValue() {
        assertThat(Answer.text("Mijn geheime wens")).hasToString("Answer{kind=text, value=<redacted>}");
        assertThat(Answer.number(42).toString()).doesNotContain("42");
        assertThat(Answer.choices("zorg", "ict").toString())
                .doesNotContain("zorg")
                .doesNotContain("ict");
    }
}
