/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.analysis;

import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.Step;
import io.github.careerguidance.journeys.model.Transition;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which clients can be on each step: a forward data-flow analysis over the step graph. A client enters the start
 * with nothing answered; a step's input sets its answer or scores ({@link Domains#afterInput}); a transition is
 * taken by the clients for whom its condition holds and every earlier one's does not; the clients of a step are
 * the join over the transitions into it, iterated to a fixed point (loops included).
 *
 * <p>Approximate, on the safe side: each state over-approximates the clients who can really be there, so an empty
 * state proves that no client who moves forward reaches the step. Joins forget which route a client took, and
 * operands are tracked independently, so a non-empty state does not prove that some client gets there. Going back
 * is not modelled: a client who goes back keeps the answers of the branch they left. The iteration is bounded
 * ({@link #converged()} tells whether it finished; when it did not, no state is trusted).
 *
 * <pre>{@code
 * FlowAnalysis flow = FlowAnalysis.run(journey, Domains.of(journey, instruments));
 * boolean reachable = !flow.entering(journey.indexOf("uitkomst")).isEmpty();
 * }</pre>
 *
 * <p>Immutable after construction and thread-safe.
 *
 * @since 0.9.0
 */
public final class FlowAnalysis {
    /** The most step visits of the iteration per step, before it gives up. */
    public static final int MAX_VISITS_PER_STEP = 200;

    private final Domains domains;
    private final AbstractState[] entering;
    private final boolean converged;

    private FlowAnalysis(Domains domains, AbstractState[] entering, boolean converged) {
        this.domains = domains;
        this.entering = entering;
        this.converged = converged;
    }

    /**
     * Runs the analysis.
     *
     * @param journey the journey
     * @param domains its domains
     * @return the analysis
     */
    public static FlowAnalysis run(Journey journey, Domains domains) {
        Objects.requireNonNull(journey, "journey");
        Objects.requireNonNull(domains, "domains");
        List<Step> steps = journey.steps();
        int n = steps.size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.putIfAbsent(steps.get(i).id(), i);
        }
        AbstractState[] entering = new AbstractState[n];
        java.util.Arrays.fill(entering, AbstractState.empty());
        Integer start = index.get(journey.start());
        if (start == null) {
            return new FlowAnalysis(domains, entering, true);
        }
        entering[start] = domains.atStart();
        ArrayDeque<Integer> work = new ArrayDeque<>();
        boolean[] queued = new boolean[n];
        work.add(start);
        queued[start] = true;
        long budget = (long) MAX_VISITS_PER_STEP * n;
        while (!work.isEmpty()) {
            if (budget-- <= 0) {
                return new FlowAnalysis(domains, entering, false);
            }
            int at = work.poll();
            queued[at] = false;
            AbstractState rest = domains.afterInput(entering[at], at);
            for (Transition t : steps.get(at).transitions()) {
                if (rest.isEmpty()) {
                    break;
                }
                AbstractState taken;
                if (t.when().isPresent()) {
                    taken = rest.refine(t.when().get(), true);
                    rest = rest.refine(t.when().get(), false);
                } else {
                    taken = rest;
                    rest = AbstractState.empty();
                }
                Integer target = index.get(t.target());
                if (target == null || taken.isEmpty()) {
                    continue;
                }
                AbstractState joined = entering[target].join(domains.freeSession(taken));
                if (!joined.equals(entering[target])) {
                    entering[target] = joined;
                    if (!queued[target]) {
                        queued[target] = true;
                        work.add(target);
                    }
                }
            }
        }
        return new FlowAnalysis(domains, entering, true);
    }

    /**
     * The domains the analysis used.
     *
     * @return the domains
     */
    public Domains domains() {
        return domains;
    }

    /**
     * Whether the iteration reached its fixed point within its bound.
     *
     * @return true when the states can be trusted
     */
    public boolean converged() {
        return converged;
    }

    /**
     * The clients who can enter a step (an over-approximation).
     *
     * @param stepIndex the step's index
     * @return the state; empty when no client moving forward reaches the step
     */
    public AbstractState entering(int stepIndex) {
        return entering[stepIndex];
    }

    /**
     * The clients on a step after its input, when its transitions are tried.
     *
     * @param stepIndex the step's index
     * @return the state
     */
    public AbstractState deciding(int stepIndex) {
        return domains.afterInput(entering[stepIndex], stepIndex);
    }
}
