/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.calibration;

import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.research.simulation.DesignComparison;
import io.github.careerguidance.research.simulation.SimulationSummary;
import java.util.List;
import org.immutables.value.Value;

/**
 * The observed log against a simulation of the fitted model on the real engine: per metric the difference
 * observed − simulated with a 95 % interval ({@link #comparison()}: design A is {@code simulated}, B is
 * {@code observed}; Newcombe's hybrid score interval for rates, the normal interval for means), and per step a
 * chi-square test of homogeneity ({@link #fit()}). The metrics of both sides are computed from sessions in the same
 * way (the simulated sessions are recorded from the engine), so they compare like with like.
 *
 * <pre>{@code
 * CalibrationComparison check = fit.compare(20_000, 1);
 * check.comparison().difference("completion", "", "").ifPresent(d -> System.out.println(d.difference()));
 * System.out.println(check.chiSquare() + " on " + check.df() + " df");
 * }</pre>
 *
 * <p>Thread-safety: immutable.
 *
 * @since 0.1.0
 */
@Beta
@Value.Immutable
@GuidanceStyle
public abstract class CalibrationComparison {
    /** Extended only by the generated immutable implementation. */
    CalibrationComparison() {}

    /** The level below which a step counts as misfitting in {@link #misfits()}. */
    public static final double ALPHA = 0.05;

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static ImmutableCalibrationComparison.Builder builder() {
        return ImmutableCalibrationComparison.builder();
    }

    /** @return the metrics of the log (design {@code observed}) */
    public abstract SimulationSummary observed();

    /** @return the same metrics of the recorded simulated sessions (design {@code simulated}) */
    public abstract SimulationSummary simulated();

    /** @return the simulator's own summary of the run, with the metrics logs cannot give (channels, exposure) */
    public abstract SimulationSummary engineRun();

    /** @return per metric, observed (B) minus simulated (A) with its interval */
    public abstract DesignComparison comparison();

    /** @return the chi-square tests per step, in journey and step order */
    public abstract List<GoodnessOfFit> fit();

    /** @return the seed of the simulation */
    public abstract long seed();

    /**
     * The sum of the chi-square statistics of {@link #fit()}: a summary, not a test (the steps are not
     * independent).
     *
     * @return the sum
     */
    @Value.Derived
    public double chiSquare() {
        double sum = 0;
        for (GoodnessOfFit g : fit()) {
            sum += g.chiSquare();
        }
        return sum;
    }

    /**
     * The sum of the degrees of freedom of {@link #fit()}.
     *
     * @return the sum
     */
    @Value.Derived
    public int df() {
        int sum = 0;
        for (GoodnessOfFit g : fit()) {
            sum += g.df();
        }
        return sum;
    }

    /**
     * The tests with p below {@value #ALPHA}.
     *
     * @return the count
     */
    @Value.Derived
    public int misfits() {
        int n = 0;
        for (GoodnessOfFit g : fit()) {
            n += g.p() < ALPHA ? 1 : 0;
        }
        return n;
    }
}
