/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine;

import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.json.InvalidInputException;

/**
 * Thrown by {@link JourneyEngine#compile(io.github.careerguidance.journeys.model.Journey)} when the journey's
 * check has errors; {@link #diagnostics()} holds all of the checker's findings.
 *
 * <p>Thread-safety: its diagnostics are immutable; the exception itself follows {@link Throwable}'s rules (do not
 * change its stack trace or suppressed list from several threads).
 *
 * @since 0.1.0
 */
public final class InvalidJourneyException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    private final String journey;

    /**
     * A new exception.
     *
     * @param journey the journey id
     * @param diagnostics the checker's diagnostics (with at least one error)
     */
    public InvalidJourneyException(String journey, Diagnostics diagnostics) {
        super(diagnostics);
        this.journey = journey;
    }

    /**
     * The id of the refused journey.
     *
     * @return the id
     */
    public String journey() {
        return journey;
    }
}
