/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.scenario;

import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.engine.Session;
import io.github.careerguidance.journeys.engine.StepView;
import java.util.List;
import java.util.Optional;

/**
 * What a scenario run did: every step reached with its view, and the session at the end. {@link ExpectationCheck}s
 * read it.
 *
 * @since 0.2.0
 */
@Beta
public final class ScenarioTrace {
    private final JourneyEngine engine;
    private final List<TraceStep> steps;
    private final Session session;

    ScenarioTrace(JourneyEngine engine, List<TraceStep> steps, Session session) {
        this.engine = engine;
        this.steps = List.copyOf(steps);
        this.session = session;
    }

    /**
     * The engine the scenario ran on.
     *
     * @return the engine
     */
    public JourneyEngine engine() {
        return engine;
    }

    /**
     * The steps reached, in order (a step reached twice is here twice).
     *
     * @return the steps
     */
    public List<TraceStep> steps() {
        return steps;
    }

    /**
     * The session at the end of the last visit.
     *
     * @return the session
     */
    public Session session() {
        return session;
    }

    /**
     * The last view: where the scenario ended.
     *
     * @return the view, if any step was reached
     */
    public Optional<StepView> lastView() {
        return steps.isEmpty()
                ? Optional.empty()
                : Optional.of(steps.get(steps.size() - 1).view());
    }

    /**
     * The last time the path reached a step.
     *
     * @param step the step id
     * @return the trace step, if the path reached it
     */
    public Optional<TraceStep> last(String step) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).step().equals(step)) {
                return Optional.of(steps.get(i));
            }
        }
        return Optional.empty();
    }
}
