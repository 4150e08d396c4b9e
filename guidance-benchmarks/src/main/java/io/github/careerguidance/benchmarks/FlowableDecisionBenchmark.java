/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.benchmarks;

import io.github.careerguidance.benchmarks.journey.DecisionJourney;
import io.github.careerguidance.benchmarks.peers.Decision;
import io.github.careerguidance.benchmarks.peers.FlowablePeer;
import io.github.careerguidance.benchmarks.peers.PeerWalks;
import io.github.careerguidance.benchmarks.peers.Routes;
import io.github.careerguidance.benchmarks.peers.WalkState;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The persisted-workflow tier of the decision benchmark: the same decision as
 * {@link DecisionBenchmark#answerThenView} ({@code q-regio} answered "utrecht", next step {@code info-regio} with
 * narrowed content and contact offer) with the routing done by Flowable 8 on in-memory H2, history off
 * ({@link FlowablePeer}): complete the process instance's current user task with the answer as a variable, query
 * the next task. Each invocation gets a fresh process instance moved to {@code q-regio} (set-up per invocation,
 * not measured; acceptable here because one operation takes a millisecond, not nanoseconds) and deletes it after.
 * A separate class with a shorter run, so that this tier (about 10^5 times slower per step than an in-memory
 * machine) does not dominate the suite's time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class FlowableDecisionBenchmark {
    private FlowablePeer flowable;
    private WalkState atQuestion;
    private String process;

    /** Boots Flowable once per fork and positions the peer state at {@code q-regio}. */
    @Setup(Level.Trial)
    public void boot() {
        flowable = new FlowablePeer();
        atQuestion = PeerWalks.atDecision();
    }

    /** A fresh process instance at {@code q-regio} (not measured). */
    @Setup(Level.Invocation)
    public void positionProcess() {
        process = flowable.startAt(atQuestion);
    }

    /** Deletes the invocation's process instance (not measured). */
    @TearDown(Level.Invocation)
    public void deleteProcess() {
        flowable.delete(process);
    }

    /** Closes the engine and drops the database. */
    @TearDown(Level.Trial)
    public void close() {
        flowable.close();
    }

    /**
     * The decision with Flowable routing.
     *
     * @return the decision
     */
    @Benchmark
    public Decision peerFlowable() {
        return Routes.answer(
                flowable.on(process), atQuestion, DecisionJourney.DECISION_ANSWER, DecisionJourney.MONDAY_MORNING);
    }
}
