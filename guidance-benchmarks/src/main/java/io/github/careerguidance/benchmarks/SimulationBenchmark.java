/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.benchmarks;

import io.github.careerguidance.benchmarks.journey.DecisionJourney;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.engine.Session;
import io.github.careerguidance.journeys.engine.SessionResult;
import io.github.careerguidance.journeys.engine.StepView;
import io.github.careerguidance.research.simulation.PopulationModel;
import io.github.careerguidance.research.simulation.ProfileMix;
import io.github.careerguidance.research.simulation.SimulationSummary;
import io.github.careerguidance.research.simulation.Simulator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The simulator against the engine on the 30-step {@link DecisionJourney}: a population without drop-out (every
 * client walks to an outcome, answering with the simulator's documented defaults, uniform over choices and scale
 * points) runs {@link #CLIENTS} clients per invocation.
 *
 * <ul>
 *   <li>{@code simulate}: the whole simulation (profile, routing, engine start, every decision, counters), with
 *       {@code threads} 1 and 2; divide by {@link #CLIENTS} for time per client and by the client-steps printed at
 *       setup for time per simulated client-step.</li>
 *   <li>{@code engineWalk}: the same number of engine decisions without the simulator (a scripted walk through the
 *       engine, {@code view} then answer/assess/proceed per step, as {@code DecisionBenchmark} does), per client.</li>
 *   <li>{@code engineDecision}: one decision, {@code answer} then {@code view}, as {@code DecisionBenchmark.answerThenView}.</li>
 * </ul>
 * The goal is a simulated client-step at most 2x one engine decision.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class SimulationBenchmark {
    /** Clients per {@code simulate} invocation. */
    public static final int CLIENTS = 2048;

    @Param({"1", "2"})
    public int threads;

    private JourneyEngine engine;
    private Simulator simulator;
    private Session atQuestion;

    /**
     * The population: the profile of {@link DecisionJourney#PROFILE}, no drop-out, defaults for every question.
     *
     * @return the population
     */
    public static PopulationModel population() {
        return PopulationModel.builder()
                .id("benchmark")
                .putGoal("looking-for-work", 1.0)
                .profile(ProfileMix.builder()
                        .putAgeBand("45-54", 1.0)
                        .putEducationLevel("mbo-4", 1.0)
                        .putEmployment("unemployed-with-benefit", 1.0)
                        .putRegion("NL-UT", 1.0)
                        .build())
                .build();
    }

    @Setup(Level.Trial)
    public void setUp() {
        engine = DecisionJourney.engine();
        simulator = Simulator.builder()
                .population(population())
                .clients(CLIENTS)
                .seed(2026)
                .threads(threads)
                .build();
        SimulationSummary s = simulator.run("benchmark", engine);
        double steps =
                s.metric("steps-to-outcome", "statistic", "mean").orElseThrow().estimate();
        if (s.metric("completion", "", "").orElseThrow().estimate() != 1.0) {
            throw new IllegalStateException("every client should complete: " + s.metrics("completion"));
        }
        System.out.printf(
                "%n[SimulationBenchmark] mean steps per client %.3f, client-steps per invocation %.0f%n",
                steps, steps * CLIENTS);
        atQuestion = DecisionJourney.atDecision(engine);
    }

    @Benchmark
    public SimulationSummary simulate() {
        return simulator.run("benchmark", engine);
    }

    @Benchmark
    public Session engineWalk() {
        Session session = engine.start(DecisionJourney.PROFILE);
        while (!session.completed()) {
            session = DecisionJourney.decide(engine, session, DecisionJourney.ANSWERS)
                    .orElseThrow();
        }
        return session;
    }

    @Benchmark
    public StepView engineDecision() {
        SessionResult result =
                engine.answer(atQuestion, DecisionJourney.DECISION_STEP, DecisionJourney.DECISION_ANSWER);
        return engine.view(result.session(), DecisionJourney.MONDAY_MORNING);
    }
}
