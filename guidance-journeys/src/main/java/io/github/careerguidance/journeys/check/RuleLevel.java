/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.check;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.internal.EnumCodes;
import java.util.Optional;

/**
 * How a configurable rule of a {@link CheckPolicy} reports a violation: not at all, as a warning or as an error.
 *
 * @since 0.1.0
 */
public enum RuleLevel {
    /** The rule is not checked. */
    OFF,
    /** A violation is a warning: the journey may still be used. */
    WARNING,
    /** A violation is an error: the journey must not be used. */
    ERROR;

    /**
     * The severity of a violation.
     *
     * @return the severity, or empty when the rule is off
     */
    public Optional<Severity> severity() {
        return this == OFF ? Optional.empty() : Optional.of(this == WARNING ? Severity.WARNING : Severity.ERROR);
    }

    /**
     * The wire code.
     *
     * @return {@code off}, {@code warning} or {@code error}
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
    public static RuleLevel fromCode(String code) {
        return EnumCodes.fromCode(RuleLevel.class, RuleLevel::code, code, "rule level");
    }
}
