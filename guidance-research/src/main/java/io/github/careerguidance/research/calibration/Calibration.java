/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.calibration;

import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.engine.JourneyRouter;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.research.simulation.DesignComparison;
import io.github.careerguidance.research.simulation.PopulationModel;
import io.github.careerguidance.research.simulation.SimulationSummary;
import io.github.careerguidance.research.simulation.Simulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a {@link Calibrator} fitted to a log: the {@link #population()} model, every estimate with its interval
 * ({@link #parameters()}), the simulator's metrics computed from the log ({@link #observed()}) and the diagnostics of
 * reading, fitting and checking the model. {@link #compare(long, long)} simulates the fitted model on the real engine
 * and compares it with the log.
 *
 * <pre>{@code
 * Calibration fit = calibrator.fit(log);
 * CalibrationComparison check = fit.compare(20_000, 1);
 * }</pre>
 *
 * <p>Thread-safety: immutable.
 *
 * @since 0.1.0
 */
@Beta
public final class Calibration {
    private final PopulationModel population;
    private final List<FittedParameter> parameters;
    private final Diagnostics diagnostics;
    private final LogMetrics observed;
    private final List<Journey> journeys;
    private final EventLog log;

    Calibration(
            PopulationModel population,
            List<FittedParameter> parameters,
            Diagnostics diagnostics,
            LogMetrics observed,
            List<Journey> journeys,
            EventLog log) {
        this.population = population;
        this.parameters = List.copyOf(parameters);
        this.diagnostics = diagnostics;
        this.observed = observed;
        this.journeys = List.copyOf(journeys);
        this.log = log;
    }

    /**
     * The fitted population model, in the population model format (JSON Schema {@link PopulationModel#jsonSchema()}).
     *
     * @return the model, or empty when the log held no usable session
     */
    public Optional<PopulationModel> population() {
        return Optional.ofNullable(population);
    }

    /**
     * Every estimate, with its 95 % Wilson interval.
     *
     * @return the estimates
     */
    public List<FittedParameter> parameters() {
        return parameters;
    }

    /**
     * The estimates of one parameter.
     *
     * @param parameter such as {@code answer}
     * @return the estimates, in fit order
     */
    public List<FittedParameter> parameters(String parameter) {
        List<FittedParameter> out = new ArrayList<>();
        for (FittedParameter p : parameters) {
            if (p.parameter().equals(parameter)) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * The diagnostics of reading the log, of the fit, and of checking the model against the journeys.
     *
     * @return the diagnostics
     */
    public Diagnostics diagnostics() {
        return diagnostics;
    }

    /**
     * The simulator's metrics computed from the log (design {@code observed}; see {@link SimulationSummary}), plus
     * {@code contact-request}: sessions that asked for a person at least once.
     *
     * @return the observed summary
     */
    public SimulationSummary observed() {
        return observed.summary;
    }

    /**
     * The log that was fitted.
     *
     * @return the log
     */
    public EventLog log() {
        return log;
    }

    /**
     * The journeys of the design.
     *
     * @return the journeys
     */
    public List<Journey> journeys() {
        return journeys;
    }

    LogMetrics observedMetrics() {
        return observed;
    }

    /**
     * Simulates the fitted model through the design on the real engine (one thread, recording every session) and
     * compares each metric and each step with the log.
     *
     * @param clients the number of simulated clients, at least 1
     * @param seed the seed
     * @return the comparison
     * @throws IllegalStateException if there is no fitted model ({@link #population()} is empty)
     * @throws IllegalArgumentException if the model does not fit the design (see {@link #diagnostics()})
     */
    public CalibrationComparison compare(long clients, long seed) {
        if (population == null) {
            throw new IllegalStateException("nothing was fitted: " + diagnostics.size() + " diagnostics");
        }
        SessionRecorder recorder = new SessionRecorder();
        List<JourneyEngine> engines = new ArrayList<>();
        for (Journey j : journeys) {
            engines.add(JourneyEngine.compiler().listener(recorder).compile(j));
        }
        SimulationSummary run = Simulator.builder()
                .population(population)
                .clients(clients)
                .seed(seed)
                .threads(1)
                .build()
                .run("simulated", JourneyRouter.of(engines));
        EventLog simulatedLog = EventLog.of(recorder.sessions(), journeys);
        LogMetrics simulated = LogMetrics.of("simulated", population.id(), simulatedLog.sessions(), journeys);
        DesignComparison comparison = DesignComparison.of(simulated.summary, observed.summary);
        List<GoodnessOfFit> fit = new ArrayList<>();
        for (Journey j : journeys) {
            for (io.github.careerguidance.journeys.model.Step step : j.steps()) {
                test(fit, j.id(), step.id(), "exit", observed.exits, simulated.exits);
                test(fit, j.id(), step.id(), "answer", observed.answers, simulated.answers);
            }
        }
        return CalibrationComparison.builder()
                .observed(observed.summary)
                .simulated(simulated.summary)
                .engineRun(run)
                .comparison(comparison)
                .fit(fit)
                .seed(seed)
                .build();
    }

    private static void test(
            List<GoodnessOfFit> into,
            String journey,
            String step,
            String kind,
            Map<String, Map<String, Map<String, Long>>> observed,
            Map<String, Map<String, Map<String, Long>>> simulated) {
        Map<String, Long> o = observed.getOrDefault(journey, Map.of()).getOrDefault(step, Map.of());
        Map<String, Long> s = simulated.getOrDefault(journey, Map.of()).getOrDefault(step, Map.of());
        ChiSquare.Test t = ChiSquare.homogeneity(o, s);
        if (t != null) {
            into.add(GoodnessOfFit.builder()
                    .journey(journey)
                    .step(step)
                    .kind(kind)
                    .chiSquare(t.statistic)
                    .df(t.df)
                    .p(t.p)
                    .observed(sum(o))
                    .simulated(sum(s))
                    .sparse(t.sparse)
                    .build());
        }
    }

    private static long sum(Map<String, Long> counts) {
        long n = 0;
        for (long c : counts.values()) {
            n += c;
        }
        return n;
    }

    @Override
    public String toString() {
        return "Calibration{" + (population == null ? "no model" : population.id()) + ", sessions="
                + log.sessions().size() + ", parameters=" + parameters.size() + "}";
    }
}
