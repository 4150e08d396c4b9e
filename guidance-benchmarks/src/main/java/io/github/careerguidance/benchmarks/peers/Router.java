/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.benchmarks.peers;

/**
 * The routing part of a decision: the step after {@code from}, given the state that already holds the new input.
 * The floor and each peer implement it; {@link Routes} does the rest of the decision for all of them.
 */
@FunctionalInterface
public interface Router {
    /**
     * The next step.
     *
     * @param from the step just answered or left
     * @param facts the state with the new answer or score
     * @return the next step id
     */
    String next(String from, WalkState facts);
}
