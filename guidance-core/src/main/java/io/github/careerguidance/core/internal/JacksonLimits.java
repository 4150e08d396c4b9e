/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.internal;

import tools.jackson.core.StreamReadConstraints;

/**
 * The Jackson stream-read constraints for the SDK's read limits, defined once for every Jackson reader of the SDK
 * (the JSON and YAML mappers of {@code GuidanceCodec}, the CSV readers of guidance-quality through
 * {@code core.json.internal.ReadConstraints}). Internal; a leaf: it imports no package of the SDK.
 */
public final class JacksonLimits {
    private JacksonLimits() {}

    /**
     * The constraints for some limits.
     *
     * @param maxNestingDepth the deepest nesting of objects and arrays
     * @param maxDocumentLength the longest document, in characters or bytes
     * @param maxStringLength the longest string value
     * @param maxNumberLength the longest number, in characters
     * @param maxNameLength the longest property name
     * @return the constraints
     */
    public static StreamReadConstraints constraints(
            int maxNestingDepth, long maxDocumentLength, int maxStringLength, int maxNumberLength, int maxNameLength) {
        return StreamReadConstraints.builder()
                .maxNestingDepth(maxNestingDepth)
                .maxDocumentLength(maxDocumentLength)
                .maxStringLength(maxStringLength)
                .maxNumberLength(maxNumberLength)
                .maxNameLength(maxNameLength)
                .build();
    }
}
