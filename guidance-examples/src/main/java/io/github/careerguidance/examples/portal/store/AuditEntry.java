/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the advisers' audit log: who did what to which callback request, and when.
 *
 * @param at when
 * @param adviser the adviser's account name
 * @param requestId the handover request id
 * @param action the status the action set
 * @param detail the new time of a rescheduled request (ISO-8601 instant), or empty
 * @since 0.1.0
 */
public record AuditEntry(Instant at, String adviser, String requestId, CallbackStatus action, String detail) {
    /**
     * Checks that no part is null.
     *
     * @param at when
     * @param adviser who
     * @param requestId which request
     * @param action what
     * @param detail the detail, possibly empty
     */
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(adviser, "adviser");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(detail, "detail");
    }
}
