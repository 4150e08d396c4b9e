/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.scheme;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

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
        Objects.requireNonNull(code, "code");
        String normalized = code.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (CpdUnit value : values()) {
            if (value.code.equals(normalized)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown CpdUnit '" + code + "'; expected one of "
                + Arrays.stream(values()).map(CpdUnit::code).collect(Collectors.joining(", ")));
    }
}
