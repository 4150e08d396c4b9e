/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.store;

import io.github.careerguidance.journeys.handover.HandoverRequest;
import java.time.Instant;
import java.util.Objects;

/**
 * A stored callback request as an adviser's queue sees it: the SDK's request (with only the summary the visitor
 * consented to), the visitor's details, and where it stands.
 *
 * @param request the handover request
 * @param details the visitor's choices and (with consent) contact details
 * @param region the queue region: the routed labour-market region, or {@value JdbcHandoverSink#NATIONAL}
 * @param priority 1 (most urgent) to 3
 * @param deadline when the visitor must have been called: the end of the chosen band or of the callback window
 * @param status where it stands
 * @param attempts how many times an adviser got no answer
 * @param acceptedAt when the sink took it
 * @since 0.1.0
 */
public record QueuedCallback(
        HandoverRequest request,
        CallbackDetails details,
        String region,
        int priority,
        Instant deadline,
        CallbackStatus status,
        int attempts,
        Instant acceptedAt) {
    /**
     * Checks that no part is null.
     *
     * @param request the request
     * @param details the details
     * @param region the region
     * @param priority the priority
     * @param deadline the deadline
     * @param status the status
     * @param attempts the attempts
     * @param acceptedAt the time of acceptance
     */
    public QueuedCallback {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
    }

    /**
     * The request id.
     *
     * @return the id
     */
    public String id() {
        return request.id();
    }
}
