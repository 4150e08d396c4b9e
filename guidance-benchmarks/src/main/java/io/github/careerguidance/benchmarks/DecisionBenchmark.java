/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.benchmarks;

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
 *   <li>{@code answerOnly}: the answer alone (check, transition, new session value, events).
 *   <li>{@code viewOnly}: the view of the next step alone (narrowing and contact offer).
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class DecisionBenchmark {
    private JourneyEngine engine;
    private Session atQuestion;
    private Session next;

    @Setup(Level.Trial)
    public void setUp() {
        engine = DecisionJourney.engine();
        atQuestion = DecisionJourney.atDecision(engine);
        next = engine.answer(atQuestion, DecisionJourney.DECISION_STEP, DecisionJourney.DECISION_ANSWER)
                .orElseThrow();
        if (!next.step().equals(DecisionJourney.DECISION_NEXT)) {
            throw new IllegalStateException("decision landed on " + next.step());
        }
    }

    @Benchmark
    public StepView answerThenView() {
        SessionResult result = engine.answer(atQuestion, DecisionJourney.DECISION_STEP,
                DecisionJourney.DECISION_ANSWER);
        return engine.view(result.session(), DecisionJourney.MONDAY_MORNING);
    }

    @Benchmark
    public SessionResult answerOnly() {
        return engine.answer(atQuestion, DecisionJourney.DECISION_STEP, DecisionJourney.DECISION_ANSWER);
    }

    @Benchmark
    public StepView viewOnly() {
        return engine.view(next, DecisionJourney.MONDAY_MORNING);
    }
}
