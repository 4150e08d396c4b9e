/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine.internal;

import io.github.careerguidance.journeys.model.PlanField;

/**
 * The counts a compiled {@link Rule} reads for {@code plan} operands: progress on the plan a follow-up session
 * reviews. Computed by the engine once per decision in a follow-up session; {@link #NONE} elsewhere. Not API.
 *
 * <p>Thread-safety: immutable.
 *
 * @since 0.1.0
 */
public final class PlanFacts {
    /** No plan is reviewed: every comparison on a plan field is false. */
    public static final PlanFacts NONE = new PlanFacts(false, 0, 0, 0);

    private final boolean present;
    private final int overdue;
    private final int shortfall;
    private final int open;

    private PlanFacts(boolean present, int overdue, int shortfall, int open) {
        this.present = present;
        this.overdue = overdue;
        this.shortfall = shortfall;
        this.open = open;
    }

    /**
     * The facts of a reviewed plan.
     *
     * @param overdue {@link PlanField#OVERDUE_ACTIONS}
     * @param shortfall {@link PlanField#OBLIGATION_SHORTFALL}
     * @param open {@link PlanField#OPEN_ACTIONS}
     * @return the facts
     */
    public static PlanFacts of(int overdue, int shortfall, int open) {
        return new PlanFacts(true, overdue, shortfall, open);
    }

    /**
     * Whether a plan is reviewed.
     *
     * @return false for {@link #NONE}
     */
    public boolean present() {
        return present;
    }

    /**
     * Whether the client is behind: overdue actions or an obligation shortfall.
     *
     * @return true when behind
     */
    public boolean behind() {
        return overdue > 0 || shortfall > 0;
    }

    /**
     * A count field.
     *
     * @param field a numeric field
     * @return its value; for {@link PlanField#PROGRESS} 1 when behind, else 0
     */
    public int count(PlanField field) {
        switch (field) {
            case OVERDUE_ACTIONS:
                return overdue;
            case OBLIGATION_SHORTFALL:
                return shortfall;
            case OPEN_ACTIONS:
                return open;
            default:
                return behind() ? 1 : 0;
        }
    }
}
