/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.scheme;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.careerguidance.core.internal.EnumCodes;

/**
 * Whom a scheme or rule is about: a person (a professional) or an organisation.
 *
 * @since 0.1.0
 */
public enum Subject {
    /** A professional: person registers and certifications such as the Noloc Register Loopbaanprofessional. */
    PERSON("person"),
    /** An organisation: marks such as Blik op Werk or the matrix Standard. */
    ORGANISATION("organisation");

    private final String code;

    Subject(String code) {
        this.code = code;
    }

    /**
     * The wire code.
     *
     * @return {@code person} or {@code organisation}
     */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * The subject for a wire code or constant name, case-insensitively.
     *
     * @param code {@code person} or {@code organisation}
     * @return the subject
     * @throws IllegalArgumentException for any other code
     */
    @JsonCreator
    public static Subject fromCode(String code) {
        return EnumCodes.fromCode(Subject.class, Subject::code, code, "subject");
    }
}
