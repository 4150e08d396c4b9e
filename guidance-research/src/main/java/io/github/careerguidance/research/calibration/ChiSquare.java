/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Pearson's chi-square test of homogeneity for two samples over the same categories (a 2 × k table), and the
 * chi-square survival function from the regularized upper incomplete gamma function (series and continued fraction
 * as in Press et al., Numerical Recipes, 3rd ed., section 6.2; log-gamma by Lanczos' approximation). Stateless.
 */
final class ChiSquare {
    private static final double EPS = 1e-15;
    private static final double TINY = 1e-300;
    private static final int MAX_ITERATIONS = 10_000;

    /** The result: statistic, degrees of freedom, p-value, and whether an expected count is below 5. */
    static final class Test {
        final double statistic;
        final int df;
        final double p;
        final boolean sparse;

        Test(double statistic, int df, double p, boolean sparse) {
            this.statistic = statistic;
            this.df = df;
            this.p = p;
            this.sparse = sparse;
        }
    }

    private ChiSquare() {}

    /**
     * The homogeneity test of two count vectors by category; categories empty in both are left out.
     *
     * @return the test, or null when a sample is empty or fewer than two categories occur
     */
    static Test homogeneity(Map<String, Long> a, Map<String, Long> b) {
        return independence(List.of(a, b));
    }

    /**
     * The test of independence of an r × k table given as rows of counts by category: rows and categories that
     * are empty are left out; df = (r − 1)(k − 1).
     *
     * @return the test, or null when fewer than two rows or two categories have counts
     */
    static Test independence(List<Map<String, Long>> table) {
        TreeSet<String> categories = new TreeSet<>();
        List<Map<String, Long>> rows = new ArrayList<>();
        for (Map<String, Long> row : table) {
            long n = 0;
            for (long c : row.values()) {
                n += c;
            }
            if (n > 0) {
                rows.add(row);
                for (Map.Entry<String, Long> e : row.entrySet()) {
                    if (e.getValue() > 0) {
                        categories.add(e.getKey());
                    }
                }
            }
        }
        if (rows.size() < 2 || categories.size() < 2) {
            return null;
        }
        double[] rowTotal = new double[rows.size()];
        double[] colTotal = new double[categories.size()];
        double total = 0;
        for (int r = 0; r < rows.size(); r++) {
            int k = 0;
            for (String c : categories) {
                long x = rows.get(r).getOrDefault(c, 0L);
                rowTotal[r] += x;
                colTotal[k++] += x;
                total += x;
            }
        }
        double statistic = 0;
        boolean sparse = false;
        for (int r = 0; r < rows.size(); r++) {
            int k = 0;
            for (String c : categories) {
                double expected = rowTotal[r] * colTotal[k++] / total;
                double x = rows.get(r).getOrDefault(c, 0L);
                sparse |= expected < 5;
                statistic += (x - expected) * (x - expected) / expected;
            }
        }
        int df = (rows.size() - 1) * (categories.size() - 1);
        return new Test(statistic, df, survival(statistic, df), sparse);
    }

    /** P(X ≥ x) for X chi-square with df degrees of freedom. */
    static double survival(double x, int df) {
        if (df < 1) {
            throw new IllegalArgumentException("df must be >= 1 but was " + df);
        }
        if (x <= 0) {
            return 1.0;
        }
        return gammaQ(df / 2.0, x / 2.0);
    }

    static double gammaQ(double a, double x) {
        if (x < a + 1) {
            return Math.max(0.0, 1.0 - series(a, x));
        }
        return continuedFraction(a, x);
    }

    private static double series(double a, double x) {
        double ap = a;
        double sum = 1.0 / a;
        double del = sum;
        for (int n = 0; n < MAX_ITERATIONS; n++) {
            ap += 1;
            del *= x / ap;
            sum += del;
            if (Math.abs(del) < Math.abs(sum) * EPS) {
                break;
            }
        }
        return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
    }

    private static double continuedFraction(double a, double x) {
        double b = x + 1 - a;
        double c = 1 / TINY;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < MAX_ITERATIONS; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            if (Math.abs(d) < TINY) {
                d = TINY;
            }
            c = b + an / c;
            if (Math.abs(c) < TINY) {
                c = TINY;
            }
            d = 1 / d;
            double del = d * c;
            h *= del;
            if (Math.abs(del - 1) < EPS) {
                break;
            }
        }
        return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
    }

    private static final double[] LANCZOS = {
        57.1562356658629235,
        -59.5979603554754912,
        14.1360979747417471,
        -0.491913816097620199,
        .339946499848118887e-4,
        .465236289270485756e-4,
        -.983744753048795646e-4,
        .158088703224912494e-3,
        -.210264441724104883e-3,
        .217439618115212643e-3,
        -.164318106536763890e-3,
        .844182239838527433e-4,
        -.261908384015814087e-4,
        .368991826595316234e-5
    };

    /** ln Γ(x) for x > 0 (Lanczos, g = 607/128, as in Numerical Recipes' gammln). */
    static double logGamma(double x) {
        double y = x;
        double tmp = x + 5.24218750000000000;
        tmp = (x + 0.5) * Math.log(tmp) - tmp;
        double ser = 0.999999999999997092;
        for (double coefficient : LANCZOS) {
            ser += coefficient / ++y;
        }
        return tmp + Math.log(2.5066282746310005 * ser / x);
    }
}
