/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.scheme;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.careerguidance.core.internal.EnumCodes;

/**
 * When a rule applies.
 *
 * @since 0.1.0
 */
public enum RuleStage {
    /** On every check of a subject. */
    ONGOING("ongoing"),
    /** Only on entry: to applicants without an entry in the scheme. */
    ENTRY("entry");

    private final String code;

    RuleStage(String code) {
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
    public static RuleStage fromCode(String code) {
        return EnumCodes.fromCode(RuleStage.class, RuleStage::code, code, "RuleStage");
    }
}
