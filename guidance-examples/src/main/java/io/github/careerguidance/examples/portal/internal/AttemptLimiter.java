/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import io.github.careerguidance.examples.portal.store.JdbcAttemptCounts.Window;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A limit on attempts per key: at most {@code max} attempts per fixed window of {@code window} (the window starts at
 * a key's first attempt), counted in {@link AttemptCounts} under the limit's name, so that several limits share one
 * store: in the database for every portal process, or in memory for one. An attempt that cannot be counted is
 * refused (fail closed). Thread-safe.
 */
final class AttemptLimiter {
    private final String name;
    private final int max;
    private final Duration window;
    private final AttemptCounts counts;
    private final Clock clock;

    /** A limit counted in this process's memory (at most {@code maxKeys} keys). */
    AttemptLimiter(int max, Duration window, int maxKeys, Clock clock) {
        this("limit", max, window, AttemptCounts.inMemory(maxKeys), clock);
    }

    AttemptLimiter(String name, int max, Duration window, AttemptCounts counts, Clock clock) {
        if (max < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException(
                    "max must be at least 1 and window positive but were " + max + ", " + window);
        }
        this.name = name;
        this.max = max;
        this.window = window;
        this.counts = counts;
        this.clock = clock;
    }

    /**
     * Counts an attempt for a key.
     *
     * @return zero when the attempt may go ahead, else the seconds until the key's window ends (at least 1)
     */
    long attempt(String key) {
        Instant now = clock.instant();
        Optional<Window> w = counts.add(name + ":" + key, now, window);
        if (w.isEmpty()) {
            return Math.max(1, window.toSeconds());
        }
        if (w.get().count() > max) {
            return Math.max(
                    1, Duration.between(now, w.get().start().plus(window)).toSeconds());
        }
        return 0;
    }
}
