/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs tasks at the same time, one thread each, and fails with every task's failure.
 *
 * <p>Every task waits at a start barrier until all threads are up, so that they really overlap; the run waits for
 * all of them until a deadline. When a task throws, the others still finish, and the {@link AssertionError} names
 * each failed task with its exception (the first as the cause, the others suppressed). When the deadline passes, the
 * unfinished tasks are interrupted and the error names them.
 *
 * <pre>{@code
 * List<Integer> counts = ConcurrentTasks.run(List.of(() -> work(0), () -> work(1)), Duration.ofMinutes(1));
 * }</pre>
 */
public final class ConcurrentTasks {
    private ConcurrentTasks() {}

    /**
     * Runs the tasks, each on its own thread, released together.
     *
     * @param <T> the tasks' result type
     * @param tasks the tasks; at least one
     * @param timeout how long to wait for all of them, from the start; positive
     * @return the tasks' results, in the order of the tasks
     * @throws IllegalArgumentException if there are no tasks or the timeout is not positive
     * @throws AssertionError if a task failed or did not finish in time, naming each
     */
    public static <T> List<T> run(List<? extends Callable<? extends T>> tasks, Duration timeout) {
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(timeout, "timeout");
        if (tasks.isEmpty()) {
            throw new IllegalArgumentException("tasks must not be empty");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive but was " + timeout);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        CyclicBarrier start = new CyclicBarrier(tasks.size());
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        List<Future<? extends T>> futures = new ArrayList<>();
        try {
            for (Callable<? extends T> task : tasks) {
                Objects.requireNonNull(task, "task");
                futures.add(pool.submit(() -> {
                    start.await(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    return task.call();
                }));
            }
            List<T> results = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            List<Throwable> causes = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                Future<? extends T> future = futures.get(i);
                try {
                    results.add(future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    results.add(null);
                    if (cause instanceof BrokenBarrierException) {
                        problems.add("task " + i + " did not start: another task never reached the start barrier");
                    } else {
                        problems.add("task " + i + " failed: " + cause);
                        causes.add(cause);
                    }
                } catch (TimeoutException | CancellationException e) {
                    future.cancel(true);
                    results.add(null);
                    problems.add("task " + i + " did not finish within " + timeout);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted while waiting for task " + i, e);
                }
            }
            if (!problems.isEmpty()) {
                AssertionError error = new AssertionError(
                        problems.size() + " of " + tasks.size() + " concurrent tasks went wrong:\n  "
                                + String.join("\n  ", problems),
                        causes.isEmpty() ? null : causes.get(0));
                causes.stream().skip(1).forEach(error::addSuppressed);
                throw error;
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
