/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.competence;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.careerguidance.core.internal.EnumCodes;

/**
 * How closely two dimensions of different frameworks correspond in a {@link Crosswalk}. The relation is
 * symmetric: if A is close to B, B is close to A. Ordered from strongest to weakest.
 *
 * @since 0.1.0
 */
public enum Relation {
    /** The two dimensions mean the same thing. */
    EXACT("exact"),
    /** The two dimensions largely overlap; a score on one is a reasonable proxy for the other. */
    CLOSE("close"),
    /** The two dimensions share part of their meaning; one covers only an aspect of the other. */
    PARTIAL("partial");

    private final String code;

    Relation(String code) {
        this.code = code;
    }

    /**
     * The stable wire code, such as {@code close}.
     *
     * @return the code
     */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * The relation for a wire code or constant name, case-insensitively.
     *
     * @param code such as {@code partial} or {@code PARTIAL}
     * @return the relation
     * @throws IllegalArgumentException for an unknown code
     */
    @JsonCreator
    public static Relation fromCode(String code) {
        return EnumCodes.fromCode(Relation.class, Relation::code, code, "relation");
    }
}
