/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class ConcurrentReplayTest {
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Test
    void aPureUnitMatchesItsReplay() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        ConcurrentReplay.Report report = ConcurrentReplay.run(4, 1_000, TIMEOUT, (thread, index) -> {
            threads.add(Thread.currentThread().getName());
            return Long.hashCode(((long) thread << 32) | index);
        });
        assertThat(report.mismatches()).isZero();
        assertThat(report.examples()).isEmpty();
        assertThat(report.units()).isEqualTo(4_000);
        assertThat(threads).hasSizeGreaterThanOrEqualTo(4);
        assertThat(report.summary("PureTest", "sums"))
                .matches("PureTest: 4000 sums on 4 threads in \\d+ ms," + " single-threaded replay \\d+ ms");
    }

    @Test
    void aResultThatDiffersIsCountedAndDescribed() {
        ConcurrentReplay.Report report = ConcurrentReplay.run(
                3,
                10,
                TIMEOUT,
                (thread, index) -> thread == 1 && index >= 3 ? "crossed" : thread + "/" + index,
                (thread, index) -> thread + "/" + index);
        assertThat(report.mismatches()).isEqualTo(7);
        assertThat(report.examples())
                .hasSize(ConcurrentReplay.EXAMPLES)
                .first()
                .isEqualTo("thread 1 unit 3: concurrent crossed, replay 1/3");
    }

    @Test
    void aFailingUnitFailsTheRun() {
        assertThatThrownBy(() -> ConcurrentReplay.run(2, 5, TIMEOUT, (thread, index) -> {
                    if (thread == 1 && index == 2) {
                        throw new IllegalStateException("lost answer");
                    }
                    return index;
                }))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("task 1 failed")
                .hasMessageContaining("lost answer");
        assertThatThrownBy(() -> ConcurrentReplay.run(2, 5, TIMEOUT, (thread, index) -> index, (thread, index) -> {
                    throw new IllegalStateException("replay broke");
                }))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("replay of thread 0 unit 0");
    }

    @Test
    void countsAreChecked() {
        assertThatThrownBy(() -> ConcurrentReplay.run(0, 1, TIMEOUT, (thread, index) -> index))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threads must be at least 1 but was 0");
        assertThatThrownBy(() -> ConcurrentReplay.run(1, -2, TIMEOUT, (thread, index) -> index))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("perThread must be at least 1 but was -2");
    }
}
