/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.store;

import java.util.Optional;

/**
 * Where a callback request stands, and the adviser's actions that move it ("gedaan", "geen antwoord", "verzet").
 *
 * @since 0.1.0
 */
public enum CallbackStatus {
    /** Waiting for an adviser. */
    OPEN("open"),
    /** The adviser reached the visitor: the request leaves the queue. */
    DONE("done"),
    /** The adviser tried and got no answer: it stays in the queue. */
    NO_ANSWER("no-answer"),
    /** The adviser agreed a new time with the visitor: it stays in the queue with the new time as its deadline. */
    RESCHEDULED("rescheduled");

    private final String code;

    CallbackStatus(String code) {
        this.code = code;
    }

    /**
     * The code stored in the database and posted by the adviser's forms.
     *
     * @return such as {@code no-answer}
     */
    public String code() {
        return code;
    }

    /**
     * Whether a request with this status is still in the queue.
     *
     * @return false only for {@link #DONE}
     */
    public boolean queued() {
        return this != DONE;
    }

    /**
     * The status of a code.
     *
     * @param code such as {@code done}
     * @return the status, or empty for an unknown code
     */
    public static Optional<CallbackStatus> fromCode(String code) {
        for (CallbackStatus s : values()) {
            if (s.code.equals(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
