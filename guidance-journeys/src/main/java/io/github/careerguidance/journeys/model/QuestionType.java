/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.careerguidance.core.internal.EnumCodes;

/**
 * The form of a {@link Question} and so of the answers it accepts.
 *
 * <p>In JSON and YAML a constant is written as its lower-case code with dashes ({@code single-choice}).
 *
 * @since 0.1.0
 */
public enum QuestionType {
    /** Exactly one of the choices; the answer is a core {@code choice} answer. */
    SINGLE_CHOICE,

    /** One or more of the choices; the answer is a core {@code choices} answer. */
    MULTIPLE_CHOICE,

    /** A whole number from {@code min} to {@code max} (such as 1 to 5); the answer is a number. */
    SCALE,

    /** Any number, optionally within {@code min} and {@code max}; the answer is a number. */
    NUMBER,

    /** Free text of at most {@code maxLength} characters; the answer is a text. */
    SHORT_TEXT;

    /**
     * The wire code: the constant name in lower case with dashes.
     *
     * @return the code
     */
    @JsonValue
    public String code() {
        return EnumCodes.code(this);
    }

    /**
     * The constant for a wire code, accepting the code or the constant name case-insensitively.
     *
     * @param code the code
     * @return the constant
     * @throws IllegalArgumentException listing the allowed codes when none matches
     */
    @JsonCreator
    public static QuestionType fromCode(String code) {
        return EnumCodes.fromCode(QuestionType.class, QuestionType::code, code, "question type");
    }
}
