/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.careerguidance.core.internal.EnumCodes;

/**
 * How a journey ends.
 *
 * <p>In JSON and YAML a constant is written as its lower-case code with dashes ({@code plan}).
 *
 * @since 0.1.0
 */
public enum OutcomeType {
    /** The client leaves with a plan of next steps (an action plan). */
    PLAN,

    /** The client is referred to another service or professional, such as a Leerwerkloket or UWV. */
    REFERRAL;

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
    public static OutcomeType fromCode(String code) {
        return EnumCodes.fromCode(OutcomeType.class, OutcomeType::code, code, "outcome type");
    }
}
