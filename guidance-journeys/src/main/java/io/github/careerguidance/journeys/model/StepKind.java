/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.careerguidance.core.internal.EnumCodes;

/**
 * What a step of a journey does; each kind has its own part in {@link Step}.
 *
 * <p>In JSON and YAML a constant is written as its lower-case code with dashes ({@code information}).
 *
 * @since 0.1.0
 */
public enum StepKind {
    /** Shows content items, narrowed to those whose applicability condition holds for the client. */
    INFORMATION,

    /** Asks one {@link Question}; the answer is stored under the step id. */
    QUESTION,

    /** Runs a core instrument and stores its scores ({@link Assessment}). */
    ASSESSMENT,

    /** Prompts for reflection, alone or in a conversation with a professional (the loopbaandialoog). */
    REFLECTION,

    /** A task for the client, such as enrolling, applying or planning ({@link Action}). */
    ACTION,

    /** A human touchpoint: which channels, at which support level ({@link Contact}). */
    CONTACT,

    /** An end of the journey: a plan or a referral ({@link Outcome}); has no transitions. */
    OUTCOME;

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
    public static StepKind fromCode(String code) {
        return EnumCodes.fromCode(StepKind.class, StepKind::code, code, "step kind");
    }
}
