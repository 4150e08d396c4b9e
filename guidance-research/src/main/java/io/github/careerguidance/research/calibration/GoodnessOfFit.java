/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.calibration;

import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import org.immutables.value.Value;

/**
 * Pearson's chi-square test of homogeneity at one step between the observed log and the simulation of the fitted
 * model: {@code exit} compares what happened at the step (the next step the engine took the client to, or drop-out);
 * {@code answer} compares the answers to a question. Degrees of freedom: categories that occur minus 1. With
 * {@link #sparse()} some expected count is below 5 and the p-value is approximate.
 *
 * <pre>{@code
 * check.fit().stream().filter(g -> g.p() < 0.05).forEach(g -> System.out.println(g.step() + " " + g.kind()));
 * }</pre>
 *
 * <p>Thread-safety: immutable.
 *
 * @since 0.1.0
 */
@Beta
@Value.Immutable
@GuidanceStyle
public abstract class GoodnessOfFit {
    /** Extended only by the generated immutable implementation. */
    GoodnessOfFit() {}

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static ImmutableGoodnessOfFit.Builder builder() {
        return ImmutableGoodnessOfFit.builder();
    }

    /** @return the journey id */
    public abstract String journey();

    /** @return the step id */
    public abstract String step();

    /** @return {@code exit} or {@code answer} */
    public abstract String kind();

    /** @return the chi-square statistic */
    public abstract double chiSquare();

    /** @return the degrees of freedom, at least 1 */
    public abstract int df();

    /** @return the p-value, P(chi-square with df degrees of freedom at least {@link #chiSquare()}) */
    public abstract double p();

    /** @return the observed count at the step */
    public abstract long observed();

    /** @return the simulated count at the step */
    public abstract long simulated();

    /** @return true when an expected count is below 5 (the p-value is then approximate) */
    public abstract boolean sparse();
}
