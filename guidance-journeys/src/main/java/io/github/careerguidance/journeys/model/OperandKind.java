/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.careerguidance.core.internal.EnumCodes;

/**
 * What a {@link Comparison} looks at: its operand property.
 *
 * <p>In JSON and YAML a constant is written as its lower-case code with dashes ({@code answer}).
 *
 * @since 0.1.0
 */
public enum OperandKind {
    /** The answer to a question step ({@code answer: <step id>}). */
    ANSWER,

    /** A score stored by an assessment step ({@code score: {instrument, dimension}}). */
    SCORE,

    /** A field of the client profile ({@code profile: educationLevel}). */
    PROFILE,

    /** A fact of the running session ({@code session: supportLevel}). */
    SESSION,

    /** Progress on the plan a follow-up session reviews ({@code plan: progress}, see {@link PlanField}). */
    PLAN;

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
    public static OperandKind fromCode(String code) {
        return EnumCodes.fromCode(OperandKind.class, OperandKind::code, code, "operand kind");
    }
}
