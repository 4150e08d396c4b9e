/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine;

import static io.github.careerguidance.journeys.engine.EngineFixtures.WW_MBO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.profile.Answer;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AnswerLimitsTest {
    private static final JourneyEngine TIGHT = JourneyEngine.compiler()
            .answerLimits(AnswerLimits.builder()
                    .maxTextLength(12)
                    .maxChoices(1)
                    .maxNumberDigits(2)
                    .build())
            .compile(EngineFixtures.small());
    private static final JourneyEngine DEFAULTS = JourneyEngine.compile(EngineFixtures.small());

    private static Session atUren(JourneyEngine engine) {
        return engine.proceed(engine.start(WW_MBO), "welkom").orElseThrow();
    }

    private static Session atToelichting(JourneyEngine engine) {
        Session s = engine.answer(atUren(engine), "q-uren", Answer.number(24)).orElseThrow();
        return engine.answer(s, "q-wens", Answer.choice("zorg")).orElseThrow();
    }

    private static Diagnostic overLimit(SessionResult r, Session unchanged, String limit) {
        assertThat(r.isAccepted()).as("%s", r).isFalse();
        assertThat(r.session()).isSameAs(unchanged);
        assertThat(r.events()).isEmpty();
        assertThat(r.error().orElseThrow().reason()).isEqualTo(ErrorReason.ANSWER_LIMIT_EXCEEDED);
        Diagnostic d = r.error().orElseThrow().diagnostics().asList().get(0);
        assertThat(d.code()).isEqualTo("journeys.engine.answer-limit-exceeded");
        assertThat(d.message(Locale.ENGLISH)).contains(limit);
        assertThat(d.message(Locale.forLanguageTag("nl"))).contains(limit);
        return d;
    }

    @Test
    void theDefaultsAreDocumentedAndPositive() {
        AnswerLimits d = AnswerLimits.ofDefaults();
        assertThat(d.maxTextLength())
                .isEqualTo(AnswerLimits.DEFAULT_MAX_TEXT_LENGTH)
                .isEqualTo(2000);
        assertThat(d.maxChoices()).isEqualTo(50);
        assertThat(d.maxNumberDigits()).isEqualTo(Answer.MAX_INTEGER_DIGITS + Answer.MAX_DECIMALS);
        assertThat(DEFAULTS.answerLimits()).isEqualTo(d);
        assertThatThrownBy(() -> AnswerLimits.builder().maxChoices(0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxChoices");
    }

    @Test
    void textJustUnderTheLimitIsTakenAndJustOverIsRejected() {
        Session s = atToelichting(TIGHT);
        assertThat(TIGHT.answer(s, "q-toelichting", Answer.text("Mensen helpe")).isAccepted())
                .isTrue();
        // 12 code points that take 24 chars count as 12
        assertThat(TIGHT.answer(s, "q-toelichting", Answer.text("\uD83D\uDE42".repeat(12)))
                        .isAccepted())
                .isTrue();
        Diagnostic d = overLimit(TIGHT.answer(s, "q-toelichting", Answer.text("Mensen helpen")), s, "text-length");
        assertThat(d.location().toString()).isEqualTo("/answer/text");
        assertThat(d.message(Locale.ENGLISH)).contains("12").contains("13");
    }

    @Test
    void theEngineLimitComesBeforeTheQuestionsOwnLength() {
        Session s = atToelichting(DEFAULTS);
        assertThat(DEFAULTS.answer(s, "q-toelichting", Answer.text("x".repeat(41)))
                        .error()
                        .orElseThrow()
                        .reason())
                .isEqualTo(ErrorReason.TEXT_TOO_LONG);
        JourneyEngine loose = JourneyEngine.compiler()
                .answerLimits(AnswerLimits.builder().maxTextLength(40).build())
                .compile(EngineFixtures.small());
        Session l = atToelichting(loose);
        overLimit(loose.answer(l, "q-toelichting", Answer.text("x".repeat(41))), l, "text-length");
        assertThat(DEFAULTS.answer(s, "q-toelichting", Answer.text("x".repeat(2000)))
                        .error()
                        .orElseThrow()
                        .reason())
                .isEqualTo(ErrorReason.TEXT_TOO_LONG);
    }

    @Test
    void choicesJustUnderTheLimitAreTakenAndJustOverAreRejected() {
        Session s = TIGHT.answer(atUren(TIGHT), "q-uren", Answer.number(24)).orElseThrow();
        assertThat(TIGHT.answer(s, "q-wens", Answer.choices("zorg")).isAccepted())
                .isTrue();
        Diagnostic d = overLimit(TIGHT.answer(s, "q-wens", Answer.choices("zorg", "techniek")), s, "choices");
        assertThat(d.location().toString()).isEqualTo("/answer/choices");
    }

    @Test
    void numbersJustUnderTheLimitAreTakenAndJustOverAreRejected() {
        Session s = atUren(TIGHT);
        assertThat(TIGHT.answer(s, "q-uren", Answer.number(24)).isAccepted()).isTrue();
        assertThat(TIGHT.answer(s, "q-uren", Answer.number(new BigDecimal("2.5")))
                        .isAccepted())
                .isTrue();
        overLimit(TIGHT.answer(s, "q-uren", Answer.number(new BigDecimal("24.5"))), s, "number-digits");
        overLimit(TIGHT.answer(s, "q-uren", Answer.number(new BigDecimal("0.25"))), s, "number-digits");
        Session d = atUren(DEFAULTS);
        assertThat(DEFAULTS.answer(d, "q-uren", Answer.number(new BigDecimal("1E+14")))
                        .error()
                        .orElseThrow()
                        .reason())
                .isEqualTo(ErrorReason.NUMBER_OUT_OF_RANGE);
        JourneyEngine three = JourneyEngine.compiler()
                .answerLimits(AnswerLimits.builder().maxNumberDigits(3).build())
                .compile(EngineFixtures.small());
        Session t = atUren(three);
        overLimit(three.answer(t, "q-uren", Answer.number(new BigDecimal("1E+3"))), t, "number-digits");
        assertThat(three.answer(t, "q-uren", Answer.number(new BigDecimal("0.25")))
                        .isAccepted())
                .isTrue();
    }

    @Test
    void anyTextIsTakenExactlyWhenItFitsTheLimitAndARejectionNeverChangesTheSession() {
        Session s = atToelichting(TIGHT);
        qt().withExamples(200)
                .forAll(integers().between(1, 40), integers().between(0, 3))
                .checkAssert((n, wide) -> {
                    StringBuilder text = new StringBuilder("W");
                    for (int i = 1; i < n; i++) {
                        text.append(i % 4 < wide ? "\uD83D\uDE42" : "é");
                    }
                    SessionResult r = TIGHT.answer(s, "q-toelichting", Answer.text(text.toString()));
                    if (n <= 12) {
                        assertThat(r.isAccepted()).as("%s code points", n).isTrue();
                        assertThat(r.session().answer("q-toelichting")).contains(Answer.text(text.toString()));
                    } else {
                        overLimit(r, s, "text-length");
                    }
                });
    }
}
