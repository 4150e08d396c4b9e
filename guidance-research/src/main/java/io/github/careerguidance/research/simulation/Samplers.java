/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.simulation;

import java.util.Map;
import java.util.SplittableRandom;

/** Seeded draws: per-client random streams and draws from cumulative shares. Stateless. */
final class Samplers {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final long FOLLOW_UP_SALT = 0x6A09E667F3BCC909L;

    private Samplers() {}

    /**
     * SplitMix64's finaliser (Steele, Lea and Flood 2014), a bijective 64-bit mix.
     *
     * @param z the input
     * @return the mixed value
     */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * The random stream of one client and purpose, a function of (seed, client, stream) only, so results do not
     * depend on threads or on the order in which clients are run.
     *
     * @param seed the simulation seed
     * @param client the client index
     * @param stream 0 for the profile, 1 for the walk
     * @return a new generator
     */
    public static SplittableRandom stream(long seed, long client, int stream) {
        return new SplittableRandom(mix64(mix64(seed) + GOLDEN * (2 * client + stream + 1)));
    }

    /**
     * The random stream of one client's plan follow-up, a function of (seed, client) only, and apart from the
     * streams of {@link #stream(long, long, int)} (another salt, so it is no other client's profile or walk stream).
     *
     * @param seed the simulation seed
     * @param client the client index
     * @return a new generator
     */
    public static SplittableRandom followUpStream(long seed, long client) {
        return new SplittableRandom(mix64(mix64(seed ^ FOLLOW_UP_SALT) + GOLDEN * (client + 1)));
    }

    /**
     * Cumulative probabilities in map order.
     *
     * @param shares the shares
     * @return the cumulative sums, the last forced to 1
     */
    static double[] cumulative(Map<String, Double> shares) {
        double[] c = new double[shares.size()];
        double sum = 0;
        int i = 0;
        for (double p : shares.values()) {
            sum += p;
            c[i++] = sum;
        }
        if (c.length > 0) {
            for (int k = c.length - 1; k >= 0 && c[k] >= sum - 1e-12; k--) {
                c[k] = Double.POSITIVE_INFINITY;
            }
        }
        return c;
    }

    /**
     * Draws an index from cumulative probabilities.
     *
     * @param cumulative from {@link #cumulative(Map)}
     * @param random the generator
     * @return the index
     */
    static int draw(double[] cumulative, SplittableRandom random) {
        double u = random.nextDouble();
        for (int i = 0; i < cumulative.length; i++) {
            if (u < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }
}
