/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.profile;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;

/**
 * The form of an {@link Answer}. A rating on a scale (such as a 1–5 Likert item) is a {@link #NUMBER}.
 *
 * @since 0.1.0
 */
public enum AnswerKind {
    /** Free text, in {@link Answer#text()}. */
    TEXT("text"),
    /** A number, in {@link Answer#number()}. */
    NUMBER("number"),
    /** One option code, in {@link Answer#choice()}. */
    CHOICE("choice"),
    /** One or more option codes, in {@link Answer#choices()}. */
    CHOICES("choices");

    private final String code;

    AnswerKind(String code) {
        this.code = code;
    }

    /**
     * The stable wire code, which is also the name of the JSON field holding the value.
     *
     * @return {@code text}, {@code number}, {@code choice} or {@code choices}
     */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * The kind for a wire code or constant name, case-insensitively.
     *
     * @param code such as {@code text} or {@code CHOICES}
     * @return the kind
     * @throws IllegalArgumentException for an unknown code
     */
    @JsonCreator
    public static AnswerKind fromCode(String code) {
        Objects.requireNonNull(code, "code");
        String normalized = code.trim().toLowerCase(Locale.ROOT);
        for (AnswerKind kind : values()) {
            if (kind.code.equals(normalized)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(
                "unknown answer kind '" + code + "'; expected text, number, choice or choices");
    }
}
