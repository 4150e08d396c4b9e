/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.scenario;

import io.github.careerguidance.core.meta.Beta;
import java.util.Optional;

/**
 * An expectation the scenario format does not know by itself, checked against a run: the extension point for plan
 * actions and other young parts of the engine. A scenario names it under {@code expect.extensions.<name>}; the
 * runner hands the plain value (maps, lists, strings, numbers, booleans as read) and the {@link ScenarioTrace}.
 *
 * <pre>{@code
 * ExpectationCheck steps = new ExpectationCheck() {
 *     public String name() { return "steps"; }
 *     public Optional<Divergence> check(Object expected, ScenarioTrace trace) {
 *         int actual = trace.steps().size();
 *         return String.valueOf(expected).equals(String.valueOf(actual)) ? Optional.empty()
 *                 : Optional.of(Divergence.of(DivergenceKind.EXTENSION, null, expected + " steps", actual + " steps"));
 *     }
 * };
 * ScenarioRunner runner = ScenarioRunner.of(engine).withCheck(steps);
 * }</pre>
 *
 * <p>Implementations must not throw on any value: a value they cannot use is a divergence.
 *
 * @since 0.2.0
 */
@Beta
public interface ExpectationCheck {
    /**
     * The name under {@code expect.extensions}.
     *
     * @return the name
     */
    String name();

    /**
     * Checks the expected value against the run.
     *
     * @param expected the value of {@code expect.extensions.<name>}
     * @param trace the run
     * @return the divergence, or empty when the run meets the expectation
     */
    Optional<Divergence> check(Object expected, ScenarioTrace trace);
}
