/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConcurrentTasksTest {
    @Test
    void resultsComeInTheOrderOfTheTasks() {
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int n = i;
            tasks.add(() -> n * n);
        }
        assertThat(ConcurrentTasks.run(tasks, Duration.ofSeconds(30))).containsExactly(0, 1, 4, 9, 16, 25);
    }

    @Test
    void theTasksRunAtTheSameTime() {
        // each task waits until all four have started: this finishes only if they overlap
        CountDownLatch all = new CountDownLatch(4);
        List<Callable<String>> tasks = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            tasks.add(() -> {
                all.countDown();
                return all.await(20, TimeUnit.SECONDS) ? Thread.currentThread().getName() : "alone";
            });
        }
        List<String> threads = ConcurrentTasks.run(tasks, Duration.ofSeconds(30));
        assertThat(threads).doesNotContain("alone").doesNotHaveDuplicates();
    }

    @Test
    void everyFailureIsCollected() {
        List<Callable<Integer>> tasks = List.of(
                () -> 1,
                () -> {
                    throw new IllegalStateException("first");
                },
                () -> 3,
                () -> {
                    throw new AssertionError("second");
                });
        assertThatThrownBy(() -> ConcurrentTasks.run(tasks, Duration.ofSeconds(30)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("2 of 4 concurrent tasks went wrong")
                .hasMessageContaining("task 1 failed: java.lang.IllegalStateException: first")
                .hasMessageContaining("task 3 failed: java.lang.AssertionError: second")
                .hasCauseInstanceOf(IllegalStateException.class)
                .satisfies(e -> assertThat(e.getSuppressed()).hasSize(1));
    }

    @Test
    void aTaskThatHangsTimesOutAndIsInterrupted() throws InterruptedException {
        CountDownLatch interrupted = new CountDownLatch(1);
        List<Callable<Integer>> tasks = List.of(() -> 1, () -> {
            try {
                Thread.sleep(60_000);
                return 2;
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
        });
        long start = System.nanoTime();
        assertThatThrownBy(() -> ConcurrentTasks.run(tasks, Duration.ofMillis(300)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("task 1 did not finish within PT0.3S")
                .hasMessageNotContaining("task 0");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        assertThat(interrupted.await(20, TimeUnit.SECONDS))
                .as("the hanging task was interrupted")
                .isTrue();
    }

    @Test
    void argumentsAreChecked() {
        assertThatThrownBy(() -> ConcurrentTasks.run(List.of(), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tasks");
        assertThatThrownBy(() -> ConcurrentTasks.run(List.of(() -> 1), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PT0S");
    }
}
