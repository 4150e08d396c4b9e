/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.careerguidance.core.internal.EnumCodes;

/**
 * The kind of task an action step gives the client.
 *
 * <p>In JSON and YAML a constant is written as its lower-case code with dashes ({@code enrol}).
 *
 * @since 0.1.0
 */
public enum TaskKind {
    /** Enrol in a programme, course or training. */
    ENROL,

    /** Apply for a job, an internship or a programme. */
    APPLY,

    /** Make or update a plan, such as an action plan or a learning plan. */
    PLAN,

    /** Register with a service, such as a job seeker registration. */
    REGISTER,

    /** Explore occupations, programmes or the labour market, for example on a portal or at open days. */
    EXPLORE,

    /** Contact people in one's network or in a field of interest. */
    NETWORK,

    /** Any other task; the text says what. */
    OTHER;

    /**
     * The wire code: the constant name in lower case with dashes.
     *
     * @return the code
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
    public static TaskKind fromCode(String code) {
        return EnumCodes.fromCode(TaskKind.class, TaskKind::code, code, "task kind");
    }
}
