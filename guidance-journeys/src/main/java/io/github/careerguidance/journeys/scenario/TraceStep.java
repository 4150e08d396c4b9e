/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.scenario;

import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.journeys.engine.Session;
import io.github.careerguidance.journeys.engine.StepView;
import java.util.Objects;

/**
 * A step the run reached: in which visit, the session on arrival and the view shown then.
 *
 * @since 0.2.0
 */
@Beta
public final class TraceStep {
    private final int visit;
    private final Session session;
    private final StepView view;

    TraceStep(int visit, Session session, StepView view) {
        this.visit = visit;
        this.session = Objects.requireNonNull(session, "session");
        this.view = Objects.requireNonNull(view, "view");
    }

    /**
     * The visit, from 1.
     *
     * @return the visit number
     */
    public int visit() {
        return visit;
    }

    /**
     * The step id.
     *
     * @return the step
     */
    public String step() {
        return view.step();
    }

    /**
     * The session when the step was reached.
     *
     * @return the session
     */
    public Session session() {
        return session;
    }

    /**
     * The view shown when the step was reached (at the visit's instant).
     *
     * @return the view
     */
    public StepView view() {
        return view;
    }

    @Override
    public String toString() {
        return "TraceStep{" + visit + ": " + step() + "}";
    }
}
