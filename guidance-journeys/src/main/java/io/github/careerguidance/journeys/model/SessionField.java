/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.careerguidance.core.internal.EnumCodes;

/**
 * A fact of the running session that a condition may look at, as opposed to the client profile.
 *
 * @since 0.1.0
 */
public enum SessionField {
    /**
     * The current support level of the session, compared by its core wire code ({@code self-help},
     * {@code brief-staff-assisted}, {@code individual-case-managed}).
     */
    SUPPORT_LEVEL("supportLevel");

    private final String code;

    SessionField(String code) {
        this.code = code;
    }

    /**
     * The wire code.
     *
     * @return the code, such as {@code supportLevel}
     */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * The constant for a wire code, accepting the code or the constant name case-insensitively.
     *
     * @param code the code
     * @return the constant
     * @throws IllegalArgumentException listing the allowed codes when none matches
     */
    @JsonCreator
    public static SessionField fromCode(String code) {
        return EnumCodes.fromCode(SessionField.class, SessionField::code, code, "session field");
    }
}
