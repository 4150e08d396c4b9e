/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.scenario;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.careerguidance.core.meta.Beta;
import java.util.Locale;

/**
 * What a {@link Divergence} is about.
 *
 * @since 0.2.0
 */
@Beta
public enum DivergenceKind {
    /** The scenario file is for another journey or version. */
    JOURNEY,
    /** A scripted answer is missing, does not fit the question, or the engine rejected it. */
    ANSWER,
    /** The stored session could not be resumed for the next visit. */
    RESUME,
    /** The answers keep the journey in a loop (more steps than the runner allows). */
    LOOP,
    /** The path differs from the expected path. */
    PATH,
    /** Another outcome, or none. */
    OUTCOME,
    /** Another support level at the end. */
    SUPPORT_LEVEL,
    /** A content item shown that should be hidden, or the other way round. */
    CONTENT,
    /** The contact offer differs. */
    CONTACT,
    /** An extension expectation (plan actions, for example) differs, or no check was added for it. */
    EXTENSION;

    /**
     * The code, such as {@code support-level}.
     *
     * @return the code
     */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
