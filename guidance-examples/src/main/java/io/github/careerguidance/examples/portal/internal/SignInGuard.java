/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Lock-out of adviser sign-ins: after {@code perAccount} failed attempts on one account name (known or not, so the
 * lock-out says nothing about which names exist), or {@code perAddress} from one client address, within the window,
 * further attempts are refused until the window since the first failure has passed. A success clears the account's
 * count. Kept in memory (one portal process); at most {@value #MAX_KEYS} keys, the expired ones dropped first.
 * Thread-safe.
 */
final class SignInGuard {
    static final int MAX_KEYS = 10_000;

    private record Failures(int count, Instant first) {}

    private final Clock clock;
    private final int perAccount;
    private final int perAddress;
    private final Duration window;
    private final Map<String, Failures> failures = new HashMap<>();

    SignInGuard(Clock clock, int perAccount, int perAddress, Duration window) {
        this.clock = clock;
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.window = window;
    }

    /** Whether an attempt on an account from an address is refused now. */
    synchronized boolean locked(String account, String address) {
        return over("a:" + account, perAccount) || over("ip:" + address, perAddress);
    }

    /** Counts a failed attempt. */
    synchronized void failed(String account, String address) {
        if (failures.size() >= MAX_KEYS) {
            Instant now = clock.instant();
            failures.values().removeIf(f -> !now.isBefore(f.first().plus(window)));
        }
        count("a:" + account);
        count("ip:" + address);
    }

    /** Clears the account's failures after a successful sign-in. */
    synchronized void succeeded(String account) {
        failures.remove("a:" + account);
    }

    /** The lock-out window. */
    Duration window() {
        return window;
    }

    private void count(String key) {
        if (failures.size() >= MAX_KEYS && !failures.containsKey(key)) {
            return; // full of live keys: the per-key limits of the ones kept still hold
        }
        Instant now = clock.instant();
        Failures f = failures.get(key);
        if (f == null || !now.isBefore(f.first().plus(window))) {
            failures.put(key, new Failures(1, now));
        } else {
            failures.put(key, new Failures(f.count() + 1, f.first()));
        }
    }

    private boolean over(String key, int limit) {
        Failures f = failures.get(key);
        if (f == null) {
            return false;
        }
        if (!clock.instant().isBefore(f.first().plus(window))) {
            failures.remove(key);
            return false;
        }
        return f.count() >= limit;
    }
}
