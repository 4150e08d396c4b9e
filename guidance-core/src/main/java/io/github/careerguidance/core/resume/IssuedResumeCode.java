/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.resume;

import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A {@link ResumeCode} with the instant it was given to the visitor, for expiry. The lifetime is the embedder's
 * choice and is passed in, so one stored value serves any policy (and a policy can change).
 *
 * <p>Storing the session under the code, limiting attempts and deleting expired sessions are the embedder's: this
 * value only decides whether a presented code is this one and still valid.
 *
 * <pre>{@code
 * IssuedResumeCode issued = ResumeCode.generate(random).issue(clock.instant());
 * switch (issued.verify(typed, clock.instant(), Duration.ofDays(30))) {
 *     case ACCEPTED: ... resume ...; break;
 *     case EXPIRED: ... "deze code is verlopen" ...; break;
 *     default: ... count a failed attempt ...;
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@Beta
@Value.Immutable
@GuidanceStyle
public abstract class IssuedResumeCode {
    /** Extended only by the generated immutable implementation. */
    IssuedResumeCode() {}

    /**
     * An issued code.
     *
     * @param code the code
     * @param issuedAt when it was given out
     * @return the issued code
     * @throws NullPointerException if an argument is null
     */
    public static IssuedResumeCode of(ResumeCode code, Instant issuedAt) {
        return ImmutableIssuedResumeCode.builder().code(code).issuedAt(issuedAt).build();
    }

    /**
     * The code.
     *
     * @return the code
     */
    public abstract ResumeCode code();

    /**
     * When the code was given to the visitor.
     *
     * @return the instant
     */
    public abstract Instant issuedAt();

    /**
     * When the code expires under a lifetime.
     *
     * @param ttl the lifetime, not negative
     * @return {@code issuedAt + ttl}, or {@link Instant#MAX} when that lies beyond the supported range
     * @throws IllegalArgumentException if ttl is negative
     * @throws NullPointerException if ttl is null
     */
    public Instant expiresAt(Duration ttl) {
        Objects.requireNonNull(ttl, "ttl");
        if (ttl.isNegative()) {
            throw new IllegalArgumentException("ttl must not be negative but was " + ttl);
        }
        try {
            return issuedAt().plus(ttl);
        } catch (DateTimeException | ArithmeticException e) {
            return Instant.MAX;
        }
    }

    /**
     * Whether the code has expired: {@code now} is at or after {@link #expiresAt(Duration)}.
     *
     * @param now the current instant
     * @param ttl the lifetime, not negative; zero means expired at once
     * @return true when expired
     * @throws IllegalArgumentException if ttl is negative
     * @throws NullPointerException if an argument is null
     */
    public boolean isExpired(Instant now, Duration ttl) {
        Objects.requireNonNull(now, "now");
        return !now.isBefore(expiresAt(ttl));
    }

    /**
     * Checks a code the visitor presents: well-formed, equal in constant time, not expired, in that order.
     *
     * @param presented the input as typed; null or malformed input is {@link ResumeCheck#MALFORMED}, never an
     *     exception
     * @param now the current instant
     * @param ttl the lifetime, not negative
     * @return the outcome
     * @throws IllegalArgumentException if ttl is negative
     * @throws NullPointerException if now or ttl is null
     */
    public ResumeCheck verify(CharSequence presented, Instant now, Duration ttl) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(ttl, "ttl");
        ReadResult<ResumeCode> read = ResumeCode.parse(presented);
        if (!read.isSuccessful()) {
            return ResumeCheck.MALFORMED;
        }
        if (!code().matches(read.value().get())) {
            return ResumeCheck.MISMATCH;
        }
        return isExpired(now, ttl) ? ResumeCheck.EXPIRED : ResumeCheck.ACCEPTED;
    }

    /**
     * A text without the code: {@code IssuedResumeCode{code=ResumeCode[redacted], issuedAt=...}}.
     *
     * @return the redacted text
     */
    @Override
    public String toString() {
        return "IssuedResumeCode{code=" + code() + ", issuedAt=" + issuedAt() + "}";
    }
}
