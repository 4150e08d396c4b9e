/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.json.internal;

import io.github.careerguidance.core.internal.JacksonLimits;
import io.github.careerguidance.core.json.ReadOptions;
import tools.jackson.core.StreamReadConstraints;

/**
 * The Jackson stream-read constraints of some {@link ReadOptions}, for Jackson readers outside guidance-core (such
 * as guidance-quality's CSV readers) that should keep to the same limits as {@code GuidanceCodec}. Internal: not
 * part of the API.
 */
public final class ReadConstraints {
    private ReadConstraints() {}

    /**
     * The constraints of some options.
     *
     * @param options the options
     * @return the constraints: document length, nesting depth, string, number and name length
     */
    public static StreamReadConstraints of(ReadOptions options) {
        return JacksonLimits.constraints(
                options.maxNestingDepth(),
                options.maxDocumentLength(),
                options.maxStringLength(),
                options.maxNumberLength(),
                options.maxNameLength());
    }
}
