/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.benchmarks;

import io.github.careerguidance.benchmarks.journey.DecisionJourney;
import io.github.careerguidance.benchmarks.peers.Decision;
import io.github.careerguidance.benchmarks.peers.EasyRulesRouter;
import io.github.careerguidance.benchmarks.peers.HandWrittenRouter;
import io.github.careerguidance.benchmarks.peers.PeerWalks;
import io.github.careerguidance.benchmarks.peers.Routes;
import io.github.careerguidance.benchmarks.peers.SpringStatemachineRouter;
import io.github.careerguidance.benchmarks.peers.SquirrelRouter;
import io.github.careerguidance.benchmarks.peers.WalkState;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.engine.Session;
import io.github.careerguidance.journeys.engine.SessionResult;
import io.github.careerguidance.journeys.engine.StepView;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One engine decision on the 30-step {@link DecisionJourney}: the visitor answers the mid-journey question
 * {@code q-regio} (after 9 earlier steps: 8 answers, a CAAS-24 assessment, a contact step and an information step)
 * and the portal renders the next step ({@code info-regio}, content narrowed by profile and answers, with a contact
 * offer from the Leerwerkloket contact point). Sessions are immutable, so every invocation does the same work on
 * the same state. Run with {@code -prof gc} for bytes per operation.
 *
 * <ul>
 *   <li>{@code answerThenView}: {@code engine.answer(session, step, answer)} then {@code engine.view(next, now)}.
 *   <li>{@code outcomeWithPlan} and {@code outcomeWithoutPlan} (issue #14): the outcome decision of the reference
 *       journey "Ik ben werkloos geworden" with the client's action plan built, and the same journey without plan
 *       templates as its baseline.
 *   <li>{@code answerOnly}: the answer alone (check, transition, new session value, events).
 *   <li>{@code viewOnly}: the view of the next step alone (narrowing and contact offer).
 *   <li>{@code floorHandWritten}: the same decision written by hand ({@link HandWrittenRouter}: a {@code switch}
 *       over the steps with the same guards, the same answer check, narrowing and contact offer, an immutable
 *       {@link Decision}): the floor.
 *   <li>{@code peerSquirrel}, {@code peerSpringStatemachine}, {@code peerEasyRules}: the same decision with the
 *       routing done by Squirrel Foundation, Spring Statemachine (restored to the session's step per decision) and
 *       Easy Rules; everything else as the floor ({@link Routes}). {@code PeerEquivalenceTest} shows that all of
 *       them visit the same steps and show the same content as the engine.
 * </ul>
 *
 * <p>The persisted-workflow tier (Flowable) is {@link FlowableDecisionBenchmark}, a separate, shorter class.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class DecisionBenchmark {
    private JourneyEngine engine;
    private Session atQuestion;
    private Session next;
    private WalkState peerAtQuestion;
    private SquirrelRouter squirrel;
    private SpringStatemachineRouter spring;
    private EasyRulesRouter easyRules;

    @Setup(Level.Trial)
    public void setUp() {
        engine = DecisionJourney.engine();
        atQuestion = DecisionJourney.atDecision(engine);
        next = engine.answer(atQuestion, DecisionJourney.DECISION_STEP, DecisionJourney.DECISION_ANSWER)
                .orElseThrow();
        if (!next.step().equals(DecisionJourney.DECISION_NEXT)) {
            throw new IllegalStateException("decision landed on " + next.step());
        }
        peerAtQuestion = PeerWalks.atDecision();
        squirrel = new SquirrelRouter();
        spring = new SpringStatemachineRouter();
        easyRules = new EasyRulesRouter();
        for (var router : new io.github.careerguidance.benchmarks.peers.Router[] {
            HandWrittenRouter.INSTANCE, squirrel, spring, easyRules
        }) {
            String step = decide(router).state().step();
            if (!step.equals(DecisionJourney.DECISION_NEXT)) {
                throw new IllegalStateException(router.getClass().getSimpleName() + " landed on " + step);
            }
        }
    }

    private Decision decide(io.github.careerguidance.benchmarks.peers.Router router) {
        return Routes.answer(router, peerAtQuestion, DecisionJourney.DECISION_ANSWER, DecisionJourney.MONDAY_MORNING);
    }

    @Benchmark
    public StepView answerThenView() {
        SessionResult result =
                engine.answer(atQuestion, DecisionJourney.DECISION_STEP, DecisionJourney.DECISION_ANSWER);
        return engine.view(result.session(), DecisionJourney.MONDAY_MORNING);
    }

    /**
     * The same decision when every contact channel is closed: the view is built afresh with the next opening,
     * the engine's slower path (while every option is open it reuses finished views).
     *
     * @return the view
     */
    @Benchmark
    public StepView answerThenViewAfterHours() {
        SessionResult result =
                engine.answer(atQuestion, DecisionJourney.DECISION_STEP, DecisionJourney.DECISION_ANSWER);
        return engine.view(result.session(), DecisionJourney.SATURDAY_NIGHT);
    }

    /**
     * Issue #14: the outcome decision of "Ik ben werkloos geworden": the last answer, then the outcome view with the
     * client's action plan built from the journey's plan templates ({@link PlanOutcome}).
     *
     * @param state the sessions at the last question
     * @return the outcome view, with its plan
     */
    @Benchmark
    public StepView outcomeWithPlan(PlanState state) {
        SessionResult result =
                state.withPlans.answer(state.atLastWithPlans, PlanOutcome.LAST_QUESTION, PlanOutcome.LAST_ANSWER);
        return state.withPlans.view(result.session(), PlanOutcome.MONDAY_MORNING);
    }

    /**
     * The same outcome decision on the same journey without plan templates: the baseline for
     * {@link #outcomeWithPlan}.
     *
     * @param state the sessions at the last question
     * @return the outcome view, without a plan
     */
    @Benchmark
    public StepView outcomeWithoutPlan(PlanState state) {
        SessionResult result =
                state.withoutPlans.answer(state.atLastWithoutPlans, PlanOutcome.LAST_QUESTION, PlanOutcome.LAST_ANSWER);
        return state.withoutPlans.view(result.session(), PlanOutcome.MONDAY_MORNING);
    }

    /** The engines and sessions of the outcome rows. */
    @State(Scope.Benchmark)
    public static class PlanState {
        JourneyEngine withPlans;
        JourneyEngine withoutPlans;
        Session atLastWithPlans;
        Session atLastWithoutPlans;

        /** Walks both journeys to the last question. */
        @Setup(Level.Trial)
        public void setUp() {
            withPlans = PlanOutcome.engine(PlanOutcome.journey());
            withoutPlans = PlanOutcome.engine(PlanOutcome.withoutPlans());
            atLastWithPlans = PlanOutcome.atLastQuestion(withPlans);
            atLastWithoutPlans = PlanOutcome.atLastQuestion(withoutPlans);
        }
    }

    @Benchmark
    public SessionResult answerOnly() {
        return engine.answer(atQuestion, DecisionJourney.DECISION_STEP, DecisionJourney.DECISION_ANSWER);
    }

    @Benchmark
    public StepView viewOnly() {
        return engine.view(next, DecisionJourney.MONDAY_MORNING);
    }

    /**
     * The decision written by hand: the floor.
     *
     * @return the decision
     */
    @Benchmark
    public Decision floorHandWritten() {
        return decide(HandWrittenRouter.INSTANCE);
    }

    /**
     * The hand-written decision when every contact channel is closed (the offer carries the next opening): the
     * floor of {@link #answerThenViewAfterHours}.
     *
     * @return the decision
     */
    @Benchmark
    public Decision floorHandWrittenAfterHours() {
        return Routes.answer(
                HandWrittenRouter.INSTANCE,
                peerAtQuestion,
                DecisionJourney.DECISION_ANSWER,
                DecisionJourney.SATURDAY_NIGHT);
    }

    /**
     * The decision with Squirrel Foundation routing.
     *
     * @return the decision
     */
    @Benchmark
    public Decision peerSquirrel() {
        return decide(squirrel);
    }

    /**
     * The decision with Spring Statemachine routing (restored to the step first).
     *
     * @return the decision
     */
    @Benchmark
    public Decision peerSpringStatemachine() {
        return decide(spring);
    }

    /**
     * The decision with Easy Rules routing.
     *
     * @return the decision
     */
    @Benchmark
    public Decision peerEasyRules() {
        return decide(easyRules);
    }
}
