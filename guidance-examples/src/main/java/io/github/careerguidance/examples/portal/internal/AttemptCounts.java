/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import io.github.careerguidance.examples.portal.store.JdbcAttemptCounts;
import io.github.careerguidance.examples.portal.store.JdbcAttemptCounts.Window;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the portal's limits count attempts: in the database ({@link #shared(JdbcAttemptCounts)}: one count for every
 * portal process on it) or in this process's memory ({@link #inMemory(int)}: each process counts on its own, so
 * behind a load balancer the real limit is the number of processes times the limit). Keys carry their limit's name
 * ({@code "resume-ip:..."}), so one store serves every limit. Thread-safe.
 */
interface AttemptCounts {
    /**
     * Counts one attempt in the key's running window, or as the first of a new one.
     *
     * @return the window with the attempt counted, or empty when the attempt could not be counted (memory full): the
     *     caller refuses it (fail closed)
     */
    Optional<Window> add(String key, Instant now, Duration window);

    /** The key's window when it is still running. */
    Optional<Window> current(String key, Instant now, Duration window);

    /** Forgets a key. */
    void clear(String key);

    /** Counts in the database, shared by every process on it. */
    static AttemptCounts shared(JdbcAttemptCounts table) {
        return new AttemptCounts() {
            @Override
            public Optional<Window> add(String key, Instant now, Duration window) {
                return Optional.of(table.add(key, now, window));
            }

            @Override
            public Optional<Window> current(String key, Instant now, Duration window) {
                return table.current(key, now, window);
            }

            @Override
            public void clear(String key) {
                table.clear(key);
            }
        };
    }

    /**
     * Counts in memory, for one process: at most {@code maxKeys} keys; when full, expired windows are dropped, and if
     * it is still full a new key's attempt is not counted (and refused) until windows expire.
     */
    static AttemptCounts inMemory(int maxKeys) {
        if (maxKeys < 1) {
            throw new IllegalArgumentException("maxKeys must be at least 1 but was " + maxKeys);
        }
        return new AttemptCounts() {
            private final Map<String, Window> windows = new HashMap<>();

            @Override
            public synchronized Optional<Window> add(String key, Instant now, Duration window) {
                Optional<Window> running = current(key, now, window);
                if (running.isEmpty() && windows.size() >= maxKeys) {
                    windows.values().removeIf(w -> !now.isBefore(w.start().plus(window)));
                    if (windows.size() >= maxKeys) {
                        return Optional.empty();
                    }
                }
                Window next =
                        running.map(w -> new Window(w.start(), w.count() + 1)).orElseGet(() -> new Window(now, 1));
                windows.put(key, next);
                return Optional.of(next);
            }

            @Override
            public synchronized Optional<Window> current(String key, Instant now, Duration window) {
                Window w = windows.get(key);
                if (w != null && !now.isBefore(w.start().plus(window))) {
                    windows.remove(key);
                    return Optional.empty();
                }
                return Optional.ofNullable(w);
            }

            @Override
            public synchronized void clear(String key) {
                windows.remove(key);
            }
        };
    }
}
