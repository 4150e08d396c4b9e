/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.diagnostics;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;

/**
 * How serious a {@link Diagnostic} is. The order is meaningful: {@code INFO < WARNING < ERROR < FATAL}.
 *
 * @since 0.1.0
 */
public enum Severity {
    /** Worth knowing; changes nothing about the outcome. */
    INFO("info"),
    /** Probably a mistake or a weak design; the input can still be used. */
    WARNING("warning"),
    /** The input is wrong; whatever uses it must not go ahead. */
    ERROR("error"),
    /** The input could not be read or checked at all; later findings may be missing. */
    FATAL("fatal");

    private final String code;

    Severity(String code) {
        this.code = code;
    }

    /**
     * The wire code used in JSON and CSV: {@code info}, {@code warning}, {@code error}, {@code fatal}.
     *
     * @return the code
     */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * Whether this severity is at least as serious as another.
     *
     * @param other the threshold
     * @return true when {@code this >= other}
     */
    public boolean isAtLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    /**
     * The severity for a wire code, case-insensitively.
     *
     * @param code {@code info}, {@code warning}, {@code error} or {@code fatal}
     * @return the severity
     * @throws IllegalArgumentException for any other code
     */
    @JsonCreator
    public static Severity fromCode(String code) {
        Objects.requireNonNull(code, "code");
        for (Severity severity : values()) {
            if (severity.code.equals(code.toLowerCase(Locale.ROOT))) {
                return severity;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + code + "'; expected info, warning, error or fatal");
    }
}
