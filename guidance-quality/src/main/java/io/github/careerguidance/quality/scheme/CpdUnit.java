/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.scheme;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.careerguidance.core.internal.EnumCodes;

/**
 * The unit a CPD minimum is counted in.
 *
 * @since 0.1.0
 */
public enum CpdUnit {
    /** PE-punten (permanente educatie), as Noloc counts them. */
    PE_POINTS("pe-points"),
    /** Hours, as the CDI counts CPD. */
    HOURS("hours");

    private final String code;

    CpdUnit(String code) {
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
    public static CpdUnit fromCode(String code) {
        return EnumCodes.fromCode(CpdUnit.class, CpdUnit::code, code, "CpdUnit");
    }
}
