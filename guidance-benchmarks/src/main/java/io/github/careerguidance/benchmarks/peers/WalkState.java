/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.benchmarks.peers;

import io.github.careerguidance.core.profile.Answer;
import java.util.Map;

/**
 * The immutable state of a walk for the floor and the peers: the current step, the visitor, the answers so far
 * and the CAAS-24 concern mean ({@code NaN} before the self-test).
 *
 * @param step the current step
 * @param visitor the visitor's profile fields
 * @param answers the answers by question step (unmodifiable)
 * @param concern the concern mean, or {@code NaN}
 */
public record WalkState(String step, Visitor visitor, Map<String, Answer> answers, double concern) {
    /** Copies the answers. */
    public WalkState {
        answers = Map.copyOf(answers);
    }

    /**
     * The state at the journey's first step.
     *
     * @param visitor the visitor
     * @return the state at {@code welkom}
     */
    public static WalkState start(Visitor visitor) {
        return new WalkState(Routes.FIRST, visitor, Map.of(), Double.NaN);
    }
}
