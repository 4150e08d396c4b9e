/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.resume.ResumeCode;
import io.github.careerguidance.examples.portal.store.JdbcResumeStore;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Resume codes for the portal: made with the SDK's {@link ResumeCode} (Crockford base32, 50 random bits from
 * {@code SecureRandom} and a check character: {@code XXXX-XXXX-XXX}), stored only as a SHA-256 hash, looked up by that
 * hash, and checked under two limits: attempts per client address and attempts per code. Every way a presented code
 * can fail (malformed, unknown, expired, limited) ends in one of two neutral answers that say nothing about which
 * codes exist. Thread-safe.
 *
 * <p>Why a plain hash is enough: 50 random bits are guessed online only, and the limits make that hopeless
 * (10 attempts per address per 15 minutes); someone who reads the table already holds the sessions the codes open, so
 * recovering a code from its hash gives them nothing more, and no code is ever in the database in plain text.
 */
final class ResumeCodes {
    /** Attempts per client address per window. */
    static final int PER_ADDRESS = 10;
    /** Attempts per presented code per window. */
    static final int PER_CODE = 5;
    /** The window of both limits. */
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** The cookie that lets this browser show its own code again (as secret as the session cookie beside it). */
    static final String COOKIE = "gcode";

    private final JdbcResumeStore store;
    private final SecureRandom random;
    private final Clock clock;
    private final Duration lifetime;
    private final AttemptLimiter byAddress;
    private final AttemptLimiter byCode;

    /** What a presented code led to. */
    record Lookup(Optional<JdbcResumeStore.Entry> entry, long retryAfterSeconds) {
        boolean limited() {
            return retryAfterSeconds > 0;
        }
    }

    ResumeCodes(JdbcResumeStore store, SecureRandom random, Clock clock, Duration lifetime, AttemptCounts counts) {
        this.store = store;
        this.random = random;
        this.clock = clock;
        this.lifetime = lifetime;
        this.byAddress = new AttemptLimiter("resume-ip", PER_ADDRESS, WINDOW, counts, clock);
        this.byCode = new AttemptLimiter("resume-code", PER_CODE, WINDOW, counts, clock);
    }

    JdbcResumeStore store() {
        return store;
    }

    /**
     * When a code of a row stops working: its lifetime from its issue, or from the moment the row is held until (the
     * plan's review) when that is later, so a visitor can come back for the follow-up after the review date.
     */
    Instant expiry(Instant issued, Optional<Instant> heldUntil) {
        Instant from = heldUntil.filter(h -> h.isAfter(issued)).orElse(issued);
        return from.plus(lifetime);
    }

    /** Gives a session a new code (any earlier one stops working) and returns it for display. */
    String issue(String sid) {
        ResumeCode code = ResumeCode.generate(random);
        store.issue(sid, hash(code), clock.instant());
        return code.display();
    }

    /** The code in this browser's cookie, when it is still the session's current code. */
    Optional<String> shown(Request r, JdbcResumeStore.Entry entry) {
        // behind a TLS proxy the response writer sends site-wide cookies as __Host- cookies
        String cookie = r.cookie((r.secureCookies ? Request.SECURE_PREFIX : "") + COOKIE)
                .orElse(null);
        if (cookie == null || entry.codeHash().isEmpty()) {
            return Optional.empty();
        }
        ReadResult<ResumeCode> read = ResumeCode.parse(cookie);
        if (!read.isSuccessful()) {
            return Optional.empty();
        }
        ResumeCode code = read.value().get();
        return MessageDigest.isEqual(
                        hash(code).getBytes(StandardCharsets.US_ASCII),
                        entry.codeHash().get().getBytes(StandardCharsets.US_ASCII))
                ? Optional.of(code.display())
                : Optional.empty();
    }

    /** Sets the cookie that shows the code again in this browser. */
    static void remember(Request r, String display) {
        r.setCookies.add(
                COOKIE + "=" + display + "; Path=/; Max-Age=" + (30L * 24 * 3600) + "; HttpOnly; SameSite=Lax");
    }

    /** Clears that cookie. */
    static void forget(Request r) {
        r.setCookies.add(COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
    }

    /**
     * Looks a presented code up under the limits: first the client address, then the code itself; a malformed,
     * unknown or expired code gives an empty entry.
     */
    Lookup lookup(Request r, String presented) {
        long wait = byAddress.attempt(clientKey(r));
        if (wait > 0) {
            return new Lookup(Optional.empty(), wait);
        }
        ReadResult<ResumeCode> read = ResumeCode.parse(presented);
        if (!read.isSuccessful()) {
            return new Lookup(Optional.empty(), 0);
        }
        ResumeCode code = read.value().get();
        wait = byCode.attempt(code.value());
        if (wait > 0) {
            return new Lookup(Optional.empty(), wait);
        }
        Optional<JdbcResumeStore.Entry> entry = store.byCodeHash(hash(code));
        Instant now = clock.instant();
        if (entry.isPresent()
                && entry.get()
                        .issued()
                        .map(i -> !now.isBefore(expiry(i, entry.get().heldUntil())))
                        .orElse(true)) {
            return new Lookup(Optional.empty(), 0); // expired: the same answer as unknown
        }
        return new Lookup(entry, 0);
    }

    /** The canonical form of a code as typed, for the cookie; empty when malformed. */
    static Optional<String> display(String presented) {
        ReadResult<ResumeCode> read = ResumeCode.parse(presented);
        return read.isSuccessful() ? Optional.of(read.value().get().display()) : Optional.empty();
    }

    static String hash(ResumeCode code) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of()
                    .formatHex(
                            sha.digest(("guidance-portal-resume:" + code.value()).getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }

    /** The limiter key of the client: its IPv4 address, or the /64 prefix of its IPv6 address. */
    static String clientKey(Request r) {
        InetAddress address = r.clientAddress == null
                ? null
                : Addresses.literal(r.clientAddress).orElse(null);
        if (address == null) {
            return "unknown";
        }
        byte[] bytes = address.getAddress();
        if (bytes.length == 16) {
            return "v6:" + HexFormat.of().formatHex(bytes, 0, 8);
        }
        return "v4:" + address.getHostAddress();
    }
}
