/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.scheme;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.careerguidance.core.internal.EnumCodes;

/**
 * The period a minimum applies to.
 *
 * @since 0.1.0
 */
public enum RulePeriod {
    /** The current registration or certificate period; the minimum is due by its end. */
    CERTIFICATION_PERIOD("certification-period"),
    /** Every full calendar year of the current registration period. */
    CALENDAR_YEAR("calendar-year");

    private final String code;

    RulePeriod(String code) {
        this.code = code;
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
     * The constant for a wire code or constant name, case-insensitively.
     *
     * @param code the code
     * @return the constant
     * @throws IllegalArgumentException for an unknown code, listing the allowed ones
     */
    @JsonCreator
    public static RulePeriod fromCode(String code) {
        return EnumCodes.fromCode(RulePeriod.class, RulePeriod::code, code, "RulePeriod");
    }
}
