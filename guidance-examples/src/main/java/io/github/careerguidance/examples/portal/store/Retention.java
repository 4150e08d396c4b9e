/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.store;

import io.github.careerguidance.core.meta.Beta;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The retention purge: deletes what a visitor left longer ago than the retention period from every registered
 * {@link Purgeable} table, once on {@link #start()} and then daily, on one daemon thread.
 *
 * <pre>{@code
 * try (Retention retention = new Retention(Duration.ofDays(30), Clock.systemUTC(), System.err)) {
 *     retention.register("sessions", store).register("resume codes", codes).start();
 *     ...
 * }
 * }</pre>
 *
 * <p>A table that fails is reported on the given stream and the others are still purged; the next run tries again.
 * Thread-safe.
 *
 * @since 0.1.0
 */
@Beta
public final class Retention implements AutoCloseable {
    /** The default retention period: 30 days idle. */
    public static final Duration DEFAULT_PERIOD = Duration.ofDays(30);
    /** How often the purge runs. */
    public static final Duration INTERVAL = Duration.ofDays(1);

    private final Duration period;
    private final Clock clock;
    private final PrintStream log;
    private final List<Named> tables = new ArrayList<>();
    private ScheduledExecutorService timer;

    /**
     * A purge with nothing registered yet.
     *
     * @param period how long data may stay idle, at least a minute
     * @param clock the clock that says what now is
     * @param log where failures (and, per run, the counts) are reported
     * @throws IllegalArgumentException for a period under a minute
     */
    public Retention(Duration period, Clock clock, PrintStream log) {
        this.period = Objects.requireNonNull(period, "period");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.log = Objects.requireNonNull(log, "log");
        if (period.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException("the retention period must be at least a minute but was " + period);
        }
    }

    /**
     * Adds a table to purge.
     *
     * @param name what the table holds, for the report
     * @param table the table
     * @return this
     */
    public synchronized Retention register(String name, Purgeable table) {
        tables.add(new Named(Objects.requireNonNull(name, "name"), Objects.requireNonNull(table, "table")));
        return this;
    }

    /**
     * The retention period.
     *
     * @return the period
     */
    public Duration period() {
        return period;
    }

    /**
     * Purges every registered table now: rows idle since before now minus the period.
     *
     * @return the rows deleted in all tables together (a failed table counts none)
     */
    public int purgeNow() {
        List<Named> now;
        synchronized (this) {
            now = List.copyOf(tables);
        }
        Instant cutoff = clock.instant().minus(period);
        int total = 0;
        for (Named t : now) {
            try {
                total += t.table.purgeBefore(cutoff);
            } catch (RuntimeException e) {
                log.println("guidance portal: retention purge of " + t.name + " failed: " + e.getMessage());
            }
        }
        return total;
    }

    /**
     * Purges now (before returning) and then every day, until {@link #close()}.
     *
     * @return this
     * @throws IllegalStateException when already started
     */
    public synchronized Retention start() {
        if (timer != null) {
            throw new IllegalStateException("retention already started");
        }
        purgeNow();
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "guidance-portal-retention");
            t.setDaemon(true);
            return t;
        });
        long every = INTERVAL.toMillis();
        timer.scheduleAtFixedRate(this::purgeNow, every, every, TimeUnit.MILLISECONDS);
        return this;
    }

    /** Stops the daily purge; a run in progress finishes. */
    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdown();
            timer = null;
        }
    }

    @Override
    public String toString() {
        return "Retention{" + period + "}";
    }

    private record Named(String name, Purgeable table) {}
}
