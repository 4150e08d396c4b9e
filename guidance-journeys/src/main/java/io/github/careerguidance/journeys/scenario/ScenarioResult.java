/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.scenario;

import io.github.careerguidance.core.meta.Beta;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of one scenario: passed, or the first {@link Divergence}; with the {@link ScenarioTrace} of the run.
 *
 * @since 0.2.0
 */
@Beta
public final class ScenarioResult {
    private final String journey;
    private final String scenario;
    private final Optional<Divergence> divergence;
    private final Optional<ScenarioTrace> trace;

    ScenarioResult(String journey, String scenario, Optional<Divergence> divergence, Optional<ScenarioTrace> trace) {
        this.journey = Objects.requireNonNull(journey, "journey");
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.divergence = Objects.requireNonNull(divergence, "divergence");
        this.trace = Objects.requireNonNull(trace, "trace");
    }

    /**
     * The journey id of the suite.
     *
     * @return the journey id
     */
    public String journey() {
        return journey;
    }

    /**
     * The scenario's name.
     *
     * @return the name
     */
    public String scenario() {
        return scenario;
    }

    /**
     * Whether the run met every expectation.
     *
     * @return true when there is no divergence
     */
    public boolean passed() {
        return divergence.isEmpty();
    }

    /**
     * The first divergence.
     *
     * @return the divergence, or empty when the scenario passed
     */
    public Optional<Divergence> divergence() {
        return divergence;
    }

    /**
     * The run.
     *
     * @return the trace; empty when the scenario could not start (another journey or version)
     */
    public Optional<ScenarioTrace> trace() {
        return trace;
    }

    @Override
    public String toString() {
        return "ScenarioResult{" + journey + " / " + scenario + ": "
                + divergence.map(d -> d.message(java.util.Locale.ENGLISH)).orElse("passed") + "}";
    }
}
