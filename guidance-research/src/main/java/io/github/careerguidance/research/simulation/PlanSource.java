/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.simulation;

import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.plan.ActionPlan;
import java.util.Optional;

/**
 * The action plan a simulated client leaves a journey with: the seam between the engine's outcome and
 * {@link PlanFollowUp}. Wire it to the plan on the engine's outcome view, or build plans for an experiment:
 *
 * <pre>{@code
 * PlanSource fromOutcome = PlanSource.outcomeView();                                 // the engine's own plan
 * PlanSource fixed = c -> Optional.of(wwPlan);                                        // the same plan for everyone
 * }</pre>
 *
 * <p>Called once per client who reached an outcome, from the simulator's worker threads: it must be thread-safe,
 * and, for reproducible runs, give the same plan for the same client. A plan that is not accepted yet is taken as
 * accepted on the day the client finished; an accepted plan is re-accepted on that day (the follow-up runs on the
 * simulated calendar). Due dates and reviews given as periods after acceptance (as journeys' plan templates give
 * them) follow the simulated calendar; calendar dates stay as they are, so give them relative to
 * {@link FinishedClient#acceptedOn()}.
 *
 * @since 0.1.0
 */
@Beta
@FunctionalInterface
public interface PlanSource {
    /**
     * The plan of a client.
     *
     * @param client the client who reached an outcome
     * @return the plan, or empty when the client left without one
     */
    Optional<ActionPlan> plan(FinishedClient client);

    /**
     * The plan the engine puts on the client's outcome view ({@code StepView.plan()}): the journey's own plan
     * templates, with the actions whose conditions this client meets.
     *
     * @return the source
     */
    static PlanSource outcomeView() {
        return c -> c.engine().view(c.session(), c.finishedAt()).plan();
    }
}
