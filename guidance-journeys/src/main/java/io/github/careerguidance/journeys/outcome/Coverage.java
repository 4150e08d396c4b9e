/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.outcome;

/**
 * How completely an {@link OutcomeTable} covers the answer classes.
 *
 * @since 0.9.0
 */
public enum Coverage {
    /** Every combination of classes along every route (and of the profile classes) was run. */
    FULL,
    /**
     * The full product was above the bound: every pair of classes of two factors is given together by at least one
     * scripted client (a pair needs a route that asks both to show in a row).
     */
    PAIRWISE
}
