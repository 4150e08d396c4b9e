/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.careerguidance.core.internal.EnumCodes;

/**
 * The outcome of one rule, one scheme or a whole check. {@link #combine(Verdict)} keeps the more telling of two:
 * {@code FAIL > NOT_ASSESSABLE > WARNING > PASS > NOT_APPLICABLE}.
 *
 * @since 0.1.0
 */
public enum Verdict {
    /** The requirement is met. */
    PASS("pass", 1),
    /** The requirement is met now but will not be soon (an expiry or a due date is near). */
    WARNING("warning", 2),
    /** The requirement is not met. */
    FAIL("fail", 4),
    /** The requirement cannot be judged: the source gives no threshold, or the registration gives no evidence. */
    NOT_ASSESSABLE("not-assessable", 3),
    /** The requirement does not apply to this subject or date. */
    NOT_APPLICABLE("not-applicable", 0);

    private final String code;
    private final int weight;

    Verdict(String code, int weight) {
        this.code = code;
        this.weight = weight;
    }

    /**
     * The more telling of two verdicts: {@code FAIL > NOT_ASSESSABLE > WARNING > PASS > NOT_APPLICABLE}.
     *
     * @param other another verdict
     * @return the combined verdict
     */
    public Verdict combine(Verdict other) {
        return other.weight > weight ? other : this;
    }

    /**
     * Whether the requirement counts as met: {@link #PASS} or {@link #WARNING}.
     *
     * @return true when met
     */
    public boolean isMet() {
        return this == PASS || this == WARNING;
    }

    /**
     * The wire code.
     *
     * @return the code
     */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * This verdict for people, in a language: in Dutch its words from the message bundle ({@code voldoet},
     * {@code waarschuwing}, {@code voldoet niet}, {@code niet te beoordelen}, {@code niet van toepassing}), in English
     * its wire code ({@code fail}). Text and HTML reports use it; JSON and CSV keep the code.
     *
     * @param locale the language (nl or en; others get English)
     * @return the words
     * @since 0.2.0
     */
    @io.github.careerguidance.core.meta.Beta
    public String label(java.util.Locale locale) {
        return io.github.careerguidance.quality.internal.QualityTerms.word("verdict", code, locale);
    }

    /**
     * The constant for a wire code or constant name, case-insensitively.
     *
     * @param code the code
     * @return the constant
     * @throws IllegalArgumentException for an unknown code, listing the allowed ones
     */
    @JsonCreator
    public static Verdict fromCode(String code) {
        return EnumCodes.fromCode(Verdict.class, Verdict::code, code, "Verdict");
    }
}
