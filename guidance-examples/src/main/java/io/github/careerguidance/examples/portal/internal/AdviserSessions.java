/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import io.github.careerguidance.examples.portal.adviser.AdviserAccount;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Signed-in advisers: a random 256-bit id in its own cookie ({@value #COOKIE}: HttpOnly, SameSite=Strict, path
 * {@code /adviseur}, no Max-Age), kept in memory, ending after {@link #IDLE} without use or {@link #ABSOLUTE} in all;
 * a new id at every sign-in. Before sign-in, a random nonce cookie ({@value #PRE_COOKIE}) binds the sign-in form's
 * CSRF token. Thread-safe.
 */
final class AdviserSessions {
    static final String COOKIE = "gadv";
    static final String PRE_COOKIE = "gadvpre";
    static final Duration IDLE = Duration.ofMinutes(30);
    static final Duration ABSOLUTE = Duration.ofHours(8);
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{43}");

    /** A signed-in adviser. */
    record Signed(String id, AdviserAccount account, Instant since, Instant lastSeen) {}

    private final Clock clock;
    private final SecureRandom random;
    private final Map<String, Signed> signed = new ConcurrentHashMap<>();

    AdviserSessions(Clock clock, SecureRandom random) {
        this.clock = clock;
        this.random = random;
    }

    String newId() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The adviser signed in with the request's cookie, refreshed; empty when none or expired. */
    Optional<Signed> current(Request r) {
        Optional<String> id = r.cookie(COOKIE).filter(v -> ID.matcher(v).matches());
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Signed s = signed.get(id.get());
        if (s == null) {
            return Optional.empty();
        }
        if (!now.isBefore(s.lastSeen().plus(IDLE)) || !now.isBefore(s.since().plus(ABSOLUTE))) {
            signed.remove(s.id());
            return Optional.empty();
        }
        Signed fresh = new Signed(s.id(), s.account(), s.since(), now);
        signed.put(s.id(), fresh);
        return Optional.of(fresh);
    }

    /** The sign-in nonce of the request, making one (and its cookie) when it has none. */
    String preId(Request r) {
        Optional<String> id = r.cookie(PRE_COOKIE).filter(v -> ID.matcher(v).matches());
        if (id.isPresent()) {
            return id.get();
        }
        String fresh = newId();
        r.setCookies.add(PRE_COOKIE + "=" + fresh + "; Path=/adviseur; HttpOnly; SameSite=Strict");
        return fresh;
    }

    /** Signs an adviser in under a new id and sets its cookie. */
    Signed signIn(Request r, AdviserAccount account) {
        if (signed.size() > 10_000) {
            Instant now = clock.instant();
            signed.values().removeIf(s -> !now.isBefore(s.lastSeen().plus(IDLE)));
        }
        Instant now = clock.instant();
        Signed s = new Signed(newId(), account, now, now);
        signed.put(s.id(), s);
        r.setCookies.add(COOKIE + "=" + s.id() + "; Path=/adviseur; HttpOnly; SameSite=Strict");
        r.setCookies.add(PRE_COOKIE + "=; Path=/adviseur; Max-Age=0; HttpOnly; SameSite=Strict");
        return s;
    }

    /** Signs out: forgets the id and clears the cookie. */
    void signOut(Request r, Signed s) {
        signed.remove(s.id());
        r.setCookies.add(COOKIE + "=; Path=/adviseur; Max-Age=0; HttpOnly; SameSite=Strict");
    }
}
