/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.resume;

import io.github.careerguidance.core.meta.Beta;

/**
 * The outcome of checking a code a visitor presents against an {@linkplain IssuedResumeCode issued code}
 * ({@link IssuedResumeCode#verify(CharSequence, java.time.Instant, java.time.Duration)}).
 *
 * @since 0.1.0
 */
@Beta
public enum ResumeCheck {
    /** The code matches and has not expired: resume the session. */
    ACCEPTED,
    /** The input is not a well-formed code (wrong length, a character outside the alphabet, a failing check). */
    MALFORMED,
    /** A well-formed code, but not this one. */
    MISMATCH,
    /** The code matches but its lifetime is over. */
    EXPIRED;

    /**
     * Whether the session may be resumed.
     *
     * @return true for {@link #ACCEPTED} only
     */
    public boolean isAccepted() {
        return this == ACCEPTED;
    }
}
