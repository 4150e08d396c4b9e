/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * Runs units of work on many threads against one shared object, then replays every unit on a single thread and
 * compares the results: a unit that gives another result under concurrency has seen state of another thread.
 *
 * <p>Unit {@code (thread, index)} must be a pure function of its two numbers and the shared object (seed any
 * randomness with them), so that the replay is the same input. The concurrent units run with
 * {@link ConcurrentTasks} (a start barrier, every failure collected, a deadline); a unit may check its own result
 * as it goes and throw, which fails the run. Results are compared with {@code equals}.
 *
 * <pre>{@code
 * ConcurrentReplay.Report report = ConcurrentReplay.run(8, 1_000, Duration.ofMinutes(5),
 *         (thread, index) -> checker.check(input(thread, index)));
 * assertThat(report.mismatches()).as(report.examples().toString()).isZero();
 * }</pre>
 */
public final class ConcurrentReplay {
    /** At most this many mismatches are described in {@link Report#examples()}. */
    public static final int EXAMPLES = 5;

    private ConcurrentReplay() {}

    /**
     * One unit of work: the result of the {@code index}-th unit of a thread.
     *
     * @param <R> the result type, compared with {@code equals}
     */
    @FunctionalInterface
    public interface Unit<R> {
        /**
         * Runs the unit.
         *
         * @param thread the thread number, 0 to threads - 1 (the same in the replay)
         * @param index the unit's number in its thread, 0 to perThread - 1
         * @return the result to compare
         * @throws Exception a failure of the unit, which fails the run
         */
        R run(int thread, int index) throws Exception;
    }

    /**
     * What a run measured.
     *
     * @param threads the number of threads
     * @param perThread the number of units per thread
     * @param concurrent the time of the concurrent phase
     * @param replay the time of the single-threaded replay
     * @param mismatches the units whose concurrent result differs from the replay's
     * @param examples descriptions of the first mismatches (at most {@link #EXAMPLES})
     */
    public record Report(
            int threads, int perThread, Duration concurrent, Duration replay, int mismatches, List<String> examples) {
        /**
         * A report; the examples are copied.
         *
         * @throws NullPointerException naming a missing argument
         */
        public Report {
            Objects.requireNonNull(concurrent, "concurrent");
            Objects.requireNonNull(replay, "replay");
            examples = List.copyOf(Objects.requireNonNull(examples, "examples"));
        }

        /**
         * The number of units run concurrently (and replayed).
         *
         * @return threads × perThread
         */
        public long units() {
            return (long) threads * perThread;
        }

        /**
         * A one-line summary for the test output, such as
         * {@code ConcurrentSessionsTest: 800000 sessions on 8 threads in 5012 ms, single-threaded replay 2210 ms}.
         *
         * @param test the test's name
         * @param unitName what a unit is, in the plural ({@code sessions}, {@code checks})
         * @return the line, without a line end
         */
        public String summary(String test, String unitName) {
            return String.format(
                    "%s: %d %s on %d threads in %d ms, single-threaded replay %d ms",
                    test, units(), unitName, threads, concurrent.toMillis(), replay.toMillis());
        }
    }

    /**
     * Runs the same unit concurrently and in the replay.
     *
     * @param <R> the result type
     * @param threads the number of threads; at least 1
     * @param perThread the number of units per thread; at least 1
     * @param timeout the deadline of the concurrent phase
     * @param unit the unit of work
     * @return the report
     * @throws AssertionError if a unit failed or the concurrent phase did not end in time
     */
    public static <R> Report run(int threads, int perThread, Duration timeout, Unit<R> unit) {
        return run(threads, perThread, timeout, unit, unit);
    }

    /**
     * Runs {@code concurrent} on the threads and {@code replay} on the calling thread, for the same numbers; the
     * concurrent unit may do checks the replay leaves out.
     *
     * @param <R> the result type
     * @param threads the number of threads; at least 1
     * @param perThread the number of units per thread; at least 1
     * @param timeout the deadline of the concurrent phase; positive
     * @param concurrent the unit run on the threads
     * @param replay the unit run single-threaded afterwards, which must give the same result for the same numbers
     * @return the report
     * @throws IllegalArgumentException if a count is below 1 or the timeout not positive
     * @throws AssertionError if a unit failed or the concurrent phase did not end in time
     */
    public static <R> Report run(int threads, int perThread, Duration timeout, Unit<R> concurrent, Unit<R> replay) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1 but was " + threads);
        }
        if (perThread < 1) {
            throw new IllegalArgumentException("perThread must be at least 1 but was " + perThread);
        }
        Objects.requireNonNull(concurrent, "concurrent");
        Objects.requireNonNull(replay, "replay");
        Object[][] results = new Object[threads][perThread];
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            tasks.add(() -> {
                for (int i = 0; i < perThread; i++) {
                    results[thread][i] = concurrent.run(thread, i);
                }
                return null;
            });
        }
        long start = System.nanoTime();
        ConcurrentTasks.run(tasks, timeout);
        Duration concurrentTime = Duration.ofNanos(System.nanoTime() - start);
        start = System.nanoTime();
        int mismatches = 0;
        List<String> examples = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            for (int i = 0; i < perThread; i++) {
                Object single;
                try {
                    single = replay.run(t, i);
                } catch (Exception e) {
                    throw new AssertionError("the replay of thread " + t + " unit " + i + " failed: " + e, e);
                }
                if (!Objects.equals(single, results[t][i])) {
                    mismatches++;
                    if (examples.size() < EXAMPLES) {
                        examples.add(
                                "thread " + t + " unit " + i + ": concurrent " + results[t][i] + ", replay " + single);
                    }
                }
            }
        }
        return new Report(
                threads, perThread, concurrentTime, Duration.ofNanos(System.nanoTime() - start), mismatches, examples);
    }
}
