/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

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
    void badSettingsAreRefused() {
        assertThatThrownBy(() -> new AttemptLimiter(0, Duration.ofMinutes(1), 1, clock))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0");
    }
}
