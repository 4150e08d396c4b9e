/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine;

import io.github.careerguidance.core.diagnostics.Diagnostics;
import java.util.Locale;
import java.util.Objects;

/**
 * Why an operation on a session was rejected: a typed {@link ErrorReason} and core diagnostics (stable code,
 * JSON Pointer into the input, Dutch and English message).
 *
 * <p>Thread-safety: immutable; safe to share between threads.
 *
 * @since 0.1.0
 */
public final class SessionError {
    private final ErrorReason reason;
    private final Diagnostics diagnostics;

    SessionError(ErrorReason reason, Diagnostics diagnostics) {
        this.reason = Objects.requireNonNull(reason, "reason");
        this.diagnostics = Objects.requireNonNull(diagnostics, "diagnostics");
    }

    /**
     * The reason.
     *
     * @return the reason
     */
    public ErrorReason reason() {
        return reason;
    }

    /**
     * The diagnostics: at least one error; for invalid instrument responses the instrument's own diagnostics.
     *
     * @return the diagnostics
     */
    public Diagnostics diagnostics() {
        return diagnostics;
    }

    /**
     * The messages in a language.
     *
     * @param locale the language (Dutch and English are available)
     * @return the rendered diagnostics
     */
    public String message(Locale locale) {
        return diagnostics.render(locale);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SessionError
                && ((SessionError) other).reason == reason
                && ((SessionError) other).diagnostics.equals(diagnostics);
    }

    @Override
    public int hashCode() {
        return Objects.hash(reason, diagnostics);
    }

    @Override
    public String toString() {
        return "SessionError{" + reason + ", " + diagnostics + "}";
    }
}
