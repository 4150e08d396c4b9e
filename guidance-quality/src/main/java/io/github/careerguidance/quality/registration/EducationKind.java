/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.registration;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.careerguidance.core.internal.EnumCodes;

/**
 * How a qualification was obtained.
 *
 * @since 0.1.0
 */
public enum EducationKind {
    /** A diploma of a programme, such as an hbo-bachelor. */
    DIPLOMA("diploma"),
    /** An EVC procedure or assessment (erkenning van verworven competenties) showing a level. */
    EVC("evc"),
    /** A course or training without a diploma, counted in hours. */
    COURSE("course");

    private final String code;

    EducationKind(String code) {
        this.code = code;
    }

    /**
     * The wire code, such as {@code diploma}.
     *
     * @return the code
     */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * The kind for a wire code or constant name, case-insensitively.
     *
     * @param code such as {@code evc} or {@code EVC}
     * @return the kind
     * @throws IllegalArgumentException for an unknown code, listing the allowed ones
     */
    @JsonCreator
    public static EducationKind fromCode(String code) {
        return EnumCodes.fromCode(EducationKind.class, EducationKind::code, code, "education kind");
    }
}
