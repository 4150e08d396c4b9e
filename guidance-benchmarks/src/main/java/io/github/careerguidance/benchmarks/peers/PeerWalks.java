/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.benchmarks.peers;

import io.github.careerguidance.benchmarks.journey.DecisionJourney;
import io.github.careerguidance.core.profile.Answer;
import java.time.Instant;
import java.util.Map;

/** Scripted walks of the floor and the peers, the way {@link DecisionJourney#walk} walks the SDK engine. */
public final class PeerWalks {
    /** The CAAS-24 concern mean of the scripted self-test ({@link DecisionJourney#caas}(3)). */
    public static final double SCRIPTED_CONCERN = 3.0;

    private PeerWalks() {}

    /**
     * One decision on the state's step: its scripted answer, the concern mean, or proceed.
     *
     * @param router the routing
     * @param s a state not at an outcome
     * @param answers the answers by question step
     * @param concern the concern mean to give at the self-test
     * @param now the instant for opening hours
     * @return the decision
     */
    public static Decision decide(
            Router router, WalkState s, Map<String, Answer> answers, double concern, Instant now) {
        if (s.step().equals(Routes.ASSESSMENT)) {
            return Routes.assess(router, s, concern, now);
        }
        Answer a = answers.get(s.step());
        return a == null ? Routes.proceed(router, s, now) : Routes.answer(router, s, a, now);
    }

    /**
     * Walks from {@code welkom} with the scripted answers until {@code stopAt} or an outcome.
     *
     * @param router the routing
     * @param visitor the visitor
     * @param stopAt the step to stop at
     * @return the state there
     */
    public static WalkState walk(Router router, Visitor visitor, String stopAt) {
        WalkState s = WalkState.start(visitor);
        while (!s.step().equals(stopAt) && !Routes.OUTCOMES.contains(s.step())) {
            s = decide(router, s, DecisionJourney.ANSWERS, SCRIPTED_CONCERN, DecisionJourney.MONDAY_MORNING)
                    .state();
        }
        return s;
    }

    /**
     * The state at {@link DecisionJourney#DECISION_STEP} of {@link DecisionJourney#PROFILE}'s scripted walk.
     *
     * @return the state
     */
    public static WalkState atDecision() {
        return walk(HandWrittenRouter.INSTANCE, Visitor.of(DecisionJourney.PROFILE), DecisionJourney.DECISION_STEP);
    }
}
