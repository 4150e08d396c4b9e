/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * A small in-memory limit on attempts per key: at most {@code max} attempts per fixed window of {@code window} (the
 * window starts at a key's first attempt). For one portal process: behind a load balancer each process counts on its
 * own, so the real limit is the number of processes times {@code max} (a shared limiter would sit in the database or
 * the proxy). Memory is bounded: at most {@code maxKeys} keys; when full, expired windows are dropped, and if it is
 * still full every new key is refused (fail closed) until windows expire. Thread-safe.
 */
final class AttemptLimiter {
    private final int max;
    private final Duration window;
    private final int maxKeys;
    private final Clock clock;
    private final Map<String, Window> windows = new HashMap<>();

    private static final class Window {
        final Instant start;
        int count;

        Window(Instant start) {
            this.start = start;
        }
    }

    AttemptLimiter(int max, Duration window, int maxKeys, Clock clock) {
        if (max < 1 || window.isNegative() || window.isZero() || maxKeys < 1) {
            throw new IllegalArgumentException("max and maxKeys must be at least 1 and window positive but were " + max
                    + ", " + window + ", " + maxKeys);
        }
        this.max = max;
        this.window = window;
        this.maxKeys = maxKeys;
        this.clock = clock;
    }

    /**
     * Counts an attempt for a key.
     *
     * @return zero when the attempt may go ahead, else the seconds until the key's window ends (at least 1)
     */
    synchronized long attempt(String key) {
        Instant now = clock.instant();
        Window w = windows.get(key);
        if (w != null && !now.isBefore(w.start.plus(window))) {
            windows.remove(key);
            w = null;
        }
        if (w == null) {
            if (windows.size() >= maxKeys) {
                dropExpired(now);
            }
            if (windows.size() >= maxKeys) {
                return Math.max(1, window.toSeconds());
            }
            w = new Window(now);
            windows.put(key, w);
        }
        if (w.count >= max) {
            return Math.max(1, Duration.between(now, w.start.plus(window)).toSeconds());
        }
        w.count++;
        return 0;
    }

    private void dropExpired(Instant now) {
        for (Iterator<Window> it = windows.values().iterator(); it.hasNext(); ) {
            if (!now.isBefore(it.next().start.plus(window))) {
                it.remove();
            }
        }
    }
}
