/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine;

import io.github.careerguidance.core.meta.GuidanceStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Bounds on the size of a client's answer, checked by the engine before anything else about the answer, whatever
 * the journey says (a question's own {@code maxLength} can only be stricter): a portal passes untrusted input
 * straight to {@link JourneyEngine#answer}, and a stored session should not grow without bound. An answer over a
 * limit is rejected with {@link ErrorReason#ANSWER_LIMIT_EXCEEDED}, whose diagnostic names the limit
 * ({@code text-length}, {@code choices} or {@code number-digits}), the maximum and the answer's size; the session
 * is unchanged.
 *
 * <p>Defaults: {@value #DEFAULT_MAX_TEXT_LENGTH} characters (Unicode code points) of text, the longest short-text
 * question; {@value #DEFAULT_MAX_CHOICES} choices in one answer (core {@code Answer} allows 100); and
 * {@value #DEFAULT_MAX_NUMBER_DIGITS} digits in a number (integer and fraction digits of its plain decimal form, so
 * {@code 2.50} counts 2 and {@code 1E+3} counts 4), the 15 integer digits and 12 decimals core {@code Answer}
 * allows. Core {@code Answer} itself refuses longer texts and numbers outright, so for text and numbers these limits
 * can only be made stricter. Immutable and thread-safe.
 *
 * <pre>{@code
 * JourneyEngine engine = JourneyEngine.compiler()
 *         .answerLimits(AnswerLimits.builder().maxTextLength(500).build())
 *         .compile(journey);
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableAnswerLimits.class)
@JsonDeserialize(as = ImmutableAnswerLimits.class)
public abstract class AnswerLimits {
    /** Extended only by the generated immutable implementation. */
    AnswerLimits() {}

    /** The default longest text answer, in code points. */
    public static final int DEFAULT_MAX_TEXT_LENGTH = 2000;

    /** The default largest number of choices in one answer. */
    public static final int DEFAULT_MAX_CHOICES = 50;

    /** The default largest number of digits in a number answer. */
    public static final int DEFAULT_MAX_NUMBER_DIGITS = 27;

    private static final AnswerLimits DEFAULTS = builder().build();

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static ImmutableAnswerLimits.Builder builder() {
        return ImmutableAnswerLimits.builder();
    }

    /**
     * The defaults.
     *
     * @return the default limits
     */
    public static AnswerLimits ofDefaults() {
        return DEFAULTS;
    }

    /**
     * The longest text answer.
     *
     * @return code points; default {@value #DEFAULT_MAX_TEXT_LENGTH}
     */
    @Value.Default
    public int maxTextLength() {
        return DEFAULT_MAX_TEXT_LENGTH;
    }

    /**
     * The largest number of choices in one answer.
     *
     * @return choices; default {@value #DEFAULT_MAX_CHOICES}
     */
    @Value.Default
    public int maxChoices() {
        return DEFAULT_MAX_CHOICES;
    }

    /**
     * The largest number of digits of a number answer (integer and fraction digits of its plain form).
     *
     * @return digits; default {@value #DEFAULT_MAX_NUMBER_DIGITS}
     */
    @Value.Default
    public int maxNumberDigits() {
        return DEFAULT_MAX_NUMBER_DIGITS;
    }

    @Value.Check
    protected void check() {
        positive("maxTextLength", maxTextLength());
        positive("maxChoices", maxChoices());
        positive("maxNumberDigits", maxNumberDigits());
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException("answer limit " + name + " must be >= 1 but was " + value);
        }
    }
}
