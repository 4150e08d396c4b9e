/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine;

import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.json.InvalidInputException;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of {@link JourneyRouter#route(String, io.github.careerguidance.core.profile.ClientProfile)}: the
 * engine of the journey to start, or a typed "no journey for this goal" with a diagnostic.
 *
 * <p>Thread-safety: immutable; safe to share between threads.
 *
 * @since 0.1.0
 */
public final class Route {
    private final String goal;
    private final JourneyEngine engine;
    private final Diagnostics diagnostics;

    Route(String goal, JourneyEngine engine, Diagnostics diagnostics) {
        this.goal = goal;
        this.engine = engine;
        this.diagnostics = diagnostics;
    }

    /**
     * The intake goal that was routed.
     *
     * @return the goal code
     */
    public String goal() {
        return goal;
    }

    /**
     * Whether a journey was found.
     *
     * @return true when found
     */
    public boolean isFound() {
        return engine != null;
    }

    /**
     * The engine of the journey to start.
     *
     * @return the engine, or empty when no journey serves the goal for this client
     */
    public Optional<JourneyEngine> engine() {
        return Optional.ofNullable(engine);
    }

    /**
     * The diagnostics: empty when found, {@code journeys.route.no-journey} otherwise.
     *
     * @return the diagnostics
     */
    public Diagnostics diagnostics() {
        return diagnostics;
    }

    /**
     * The engine, or an exception.
     *
     * @return the engine
     * @throws InvalidInputException with the diagnostics when no journey was found
     */
    public JourneyEngine orElseThrow() {
        if (engine == null) {
            throw new InvalidInputException(diagnostics);
        }
        return engine;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Route
                && ((Route) other).goal.equals(goal)
                && Objects.equals(((Route) other).engine, engine)
                && ((Route) other).diagnostics.equals(diagnostics);
    }

    @Override
    public int hashCode() {
        return Objects.hash(goal, engine, diagnostics);
    }

    @Override
    public String toString() {
        return isFound() ? "Route{" + goal + " -> " + engine + "}" : "Route{" + goal + ": " + diagnostics + "}";
    }
}
