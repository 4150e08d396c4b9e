/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.careerguidance.core.internal.EnumCodes;

/**
 * Which statistic of a scored dimension a condition compares.
 *
 * <p>In JSON and YAML a constant is written as its lower-case code with dashes ({@code mean}).
 *
 * @since 0.1.0
 */
public enum ScoreStatistic {
    /** The mean of the answered items (comparable across dimensions with different item counts). */
    MEAN,

    /** The sum of the answered items. */
    SUM;

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
    public static ScoreStatistic fromCode(String code) {
        return EnumCodes.fromCode(ScoreStatistic.class, ScoreStatistic::code, code, "score statistic");
    }
}
