/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.careerguidance.core.internal.EnumCodes;

/**
 * How a {@link Plot} is put into an {@link HtmlReport}.
 *
 * @since 0.1.0
 */
public enum PlotEmbedding {
    /** Inline SVG: sharp at any zoom, with {@code <title>} and {@code <desc>} for screen readers. */
    SVG,

    /** A PNG as a {@code data:} URI in an {@code <img>} with alt text: smaller for charts with many labels. */
    PNG;

    /**
     * The wire code: the constant name in lower case.
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
    public static PlotEmbedding fromCode(String code) {
        return EnumCodes.fromCode(PlotEmbedding.class, PlotEmbedding::code, code, "plot embedding");
    }
}
