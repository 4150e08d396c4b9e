/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.scheme;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.careerguidance.core.internal.EnumCodes;

/**
 * What a {@link RegistrationRule} looks at of an entry: everything, only its validity, or only its level, so that an
 * unknown level (a CMI certificate whose level A, B or C is not recorded) does not hide whether the dates make it
 * valid.
 *
 * @since 0.2.0
 */
@io.github.careerguidance.core.meta.Beta
public enum RegistrationAspect {
    /** Status, dates, level and register number. */
    ALL("all"),
    /** Status, dates and register number; not the level. */
    VALIDITY("validity"),
    /** Only the level: not applicable without an entry, not assessable without a level. */
    LEVEL("level");

    private final String code;

    RegistrationAspect(String code) {
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
    public static RegistrationAspect fromCode(String code) {
        return EnumCodes.fromCode(RegistrationAspect.class, RegistrationAspect::code, code, "registration aspect");
    }
}
