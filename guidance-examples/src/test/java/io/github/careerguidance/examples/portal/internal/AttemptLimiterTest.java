/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.careerguidance.examples.portal.store.JdbcAttemptCounts;
import io.github.careerguidance.examples.portal.store.PortalDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** #15: the in-memory attempt limit: per key, per window, bounded memory that fails closed. */
class AttemptLimiterTest {
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-30T09:30:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @Test
    void allowsMaxAttemptsPerWindowPerKeyThenSaysHowLongToWait() {
        AttemptLimiter limiter = new AttemptLimiter(3, Duration.ofMinutes(15), 100, clock);
        assertThat(limiter.attempt("a")).isZero();
        assertThat(limiter.attempt("a")).isZero();
        now.set(now.get().plusSeconds(60));
        assertThat(limiter.attempt("a")).isZero();
        assertThat(limiter.attempt("a")).isEqualTo(14 * 60);
        assertThat(limiter.attempt("b")).as("another key has its own window").isZero();
        now.set(now.get().plus(Duration.ofMinutes(14)));
        assertThat(limiter.attempt("a")).as("the window is over").isZero();
    }

    @Test
    void memoryIsBoundedAndFailsClosedUntilWindowsExpire() {
        AttemptLimiter limiter = new AttemptLimiter(1, Duration.ofMinutes(1), 2, clock);
        assertThat(limiter.attempt("a")).isZero();
        assertThat(limiter.attempt("b")).isZero();
        assertThat(limiter.attempt("c")).isPositive();
        now.set(now.get().plus(Duration.ofMinutes(1)));
        assertThat(limiter.attempt("c")).isZero();
    }

    @Test
    void twoGuardsOnSharedCountsLockAnAccountOutTogether(@TempDir Path dir) {
        try (PortalDatabase db = PortalDatabase.h2(dir)) {
            JdbcAttemptCounts table = JdbcAttemptCounts.open(db.dataSource());
            // two portal processes, each with its own guard, on one database
            SignInGuard one = new SignInGuard(clock, 5, 20, Duration.ofMinutes(15), AttemptCounts.shared(table));
            SignInGuard two = new SignInGuard(clock, 5, 20, Duration.ofMinutes(15), AttemptCounts.shared(table));
            for (int i = 0; i < 5; i++) {
                assertThat((i % 2 == 0 ? one : two).locked("adviseur-utrecht", "192.0.2." + i))
                        .isFalse();
                (i % 2 == 0 ? one : two).failed("adviseur-utrecht", "192.0.2." + i);
            }
            assertThat(one.locked("adviseur-utrecht", "198.51.100.1")).isTrue();
            assertThat(two.locked("adviseur-utrecht", "198.51.100.1")).isTrue();
            assertThat(two.locked("adviseur-zwolle", "198.51.100.1"))
                    .as("another account")
                    .isFalse();
            one.succeeded("adviseur-utrecht");
            assertThat(two.locked("adviseur-utrecht", "198.51.100.1")).isFalse();
            now.set(now.get().plus(Duration.ofMinutes(15)));
            for (int i = 0; i < 5; i++) {
                two.failed("adviseur-zwolle", "192.0.2.9");
            }
            assertThat(one.locked("adviseur-zwolle", "192.0.2.9")).isTrue();
            now.set(now.get().plus(Duration.ofMinutes(15)));
            assertThat(one.locked("adviseur-zwolle", "192.0.2.9"))
                    .as("the window is over")
                    .isFalse();
        }
    }

    @Test
    void badSettingsAreRefused() {
        assertThatThrownBy(() -> new AttemptLimiter(0, Duration.ofMinutes(1), 1, clock))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0");
    }
}
