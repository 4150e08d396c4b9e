/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Lock-out of adviser sign-ins: after {@code perAccount} failed attempts on one account name (known or not, so the
 * lock-out says nothing about which names exist), or {@code perAddress} from one client address, within the window,
 * further attempts are refused until the window since the first failure has passed. A success clears the account's
 * count. Counted in {@link AttemptCounts}: in the database for every portal process, or in memory for one.
 * Thread-safe.
 */
final class SignInGuard {
    static final int MAX_KEYS = 10_000;

    private final Clock clock;
    private final int perAccount;
    private final int perAddress;
    private final Duration window;
    private final AttemptCounts counts;

    SignInGuard(Clock clock, int perAccount, int perAddress, Duration window) {
        this(clock, perAccount, perAddress, window, AttemptCounts.inMemory(MAX_KEYS));
    }

    SignInGuard(Clock clock, int perAccount, int perAddress, Duration window, AttemptCounts counts) {
        this.clock = clock;
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.window = window;
        this.counts = counts;
    }

    /** Whether an attempt on an account from an address is refused now. */
    boolean locked(String account, String address) {
        return over("signin-account:" + account, perAccount) || over("signin-ip:" + address, perAddress);
    }

    /** Counts a failed attempt. */
    void failed(String account, String address) {
        Instant now = clock.instant();
        counts.add("signin-account:" + account, now, window);
        counts.add("signin-ip:" + address, now, window);
    }

    /** Clears the account's failures after a successful sign-in. */
    void succeeded(String account) {
        counts.clear("signin-account:" + account);
    }

    /** The lock-out window. */
    Duration window() {
        return window;
    }

    private boolean over(String key, int limit) {
        return counts.current(key, clock.instant(), window)
                .map(w -> w.count() >= limit)
                .orElse(false);
    }
}
