/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.json;

import io.github.careerguidance.core.diagnostics.Diagnostics;
import java.util.Objects;

/**
 * Thrown when a caller insists on a value from input that could not be read; carries the diagnostics that say
 * where and why.
 *
 * @see ReadResult#orElseThrow()
 * @since 0.1.0
 */
public class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Diagnostics diagnostics;

    /**
     * An exception for the given findings.
     *
     * @param diagnostics the findings; the message shows the first few
     */
    public InvalidInputException(Diagnostics diagnostics) {
        super("invalid input: " + Objects.requireNonNull(diagnostics, "diagnostics"));
        this.diagnostics = diagnostics;
    }

    /**
     * The findings that made the input unusable.
     *
     * @return the diagnostics
     */
    public Diagnostics diagnostics() {
        return diagnostics == null ? Diagnostics.empty() : diagnostics;
    }
}
