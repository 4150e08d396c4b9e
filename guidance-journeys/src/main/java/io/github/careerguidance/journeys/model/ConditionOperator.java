/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.careerguidance.core.internal.EnumCodes;

/**
 * The operator of a {@link Condition}: the single property of its JSON object.
 *
 * <p>In JSON and YAML a constant is written as its lower-case code with dashes ({@code all}).
 *
 * @since 0.1.0
 */
public enum ConditionOperator {
    /** All nested conditions hold ({@code all}); a logical and. */
    ALL,

    /** At least one nested condition holds ({@code any}); a logical or. */
    ANY,

    /** The nested condition does not hold ({@code not}). */
    NOT,

    /** The operand equals a value ({@code equals}). */
    EQUALS,

    /** The operand equals one of several values, or for a multiple-choice answer, one of its selected codes is among them ({@code in}). */
    IN,

    /** The numeric operand is less than a number ({@code lt}). */
    LT,

    /** The numeric operand is less than or equal to a number ({@code le}). */
    LE,

    /** The numeric operand is greater than a number ({@code gt}). */
    GT,

    /** The numeric operand is greater than or equal to a number ({@code ge}). */
    GE;

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
    public static ConditionOperator fromCode(String code) {
        return EnumCodes.fromCode(ConditionOperator.class, ConditionOperator::code, code, "condition operator");
    }
}
