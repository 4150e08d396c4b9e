/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

/**
 * The intervals against published values: R. G. Newcombe, "Two-sided confidence intervals for the single
 * proportion: comparison of seven methods", Statistics in Medicine 17:857-872 (1998), Table I, method 3 (Wilson
 * score, no continuity correction), and R. G. Newcombe, "Interval estimation for the difference between
 * independent proportions: comparison of eleven methods", Statistics in Medicine 17:873-890 (1998), Table II,
 * method 10 (hybrid score), both to the four decimals printed there.
 */
class IntervalsTest {
    private static void wilson(long x, long n, double lower, double upper) {
        Intervals.Interval ci = Intervals.wilson(x, n);
        assertThat(ci.lower()).as(x + "/" + n + " lower").isCloseTo(lower, within(0.00005));
        assertThat(ci.upper()).as(x + "/" + n + " upper").isCloseTo(upper, within(0.00005));
    }

    private static void newcombe(long x1, long n1, long x2, long n2, double lower, double upper) {
        Intervals.Interval ci = Intervals.newcombe(x1, n1, x2, n2);
        assertThat(ci.lower()).isCloseTo(lower, within(0.00005));
        assertThat(ci.upper()).isCloseTo(upper, within(0.00005));
    }

    @Test
    void wilsonMatchesNewcombesTable() {
        wilson(81, 263, 0.2553, 0.3662);
        wilson(15, 148, 0.0624, 0.1605);
        wilson(0, 20, 0.0000, 0.1611);
        wilson(1, 29, 0.0061, 0.1718);
    }

    @Test
    void hybridScoreMatchesNewcombesTable() {
        newcombe(56, 70, 48, 80, 0.0524, 0.3339);
        newcombe(9, 10, 3, 10, 0.1705, 0.8090);
        newcombe(5, 56, 0, 29, -0.0381, 0.1926);
    }

    @Test
    void intervalsContainTheEstimateAndStayInRange() {
        qt().forAll(
                        integers().between(1, 5000),
                        integers().between(0, 1000),
                        integers().between(1, 5000),
                        integers().between(0, 1000))
                .checkAssert((n1, permille1, n2, permille2) -> {
                    long x1 = (long) n1 * permille1 / 1000;
                    long x2 = (long) n2 * permille2 / 1000;
                    Intervals.Interval w = Intervals.wilson(x1, n1);
                    assertThat(w.contains((double) x1 / n1)).isTrue();
                    assertThat(w.lower()).isBetween(0.0, 1.0);
                    assertThat(w.upper()).isBetween(0.0, 1.0);
                    Intervals.Interval d = Intervals.newcombe(x1, n1, x2, n2);
                    assertThat(d.contains((double) x1 / n1 - (double) x2 / n2)).isTrue();
                    assertThat(d.lower()).isBetween(-1.0, 1.0);
                    assertThat(d.upper()).isBetween(-1.0, 1.0);
                });
    }

    @Test
    void badCountsAreRefused() {
        assertThatThrownBy(() -> Intervals.wilson(3, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 of 2");
        assertThatThrownBy(() -> Intervals.wilson(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Intervals.mean(10, 2, 4).lower()).isCloseTo(10 - 1.959963984540054, within(1e-12));
    }
}
