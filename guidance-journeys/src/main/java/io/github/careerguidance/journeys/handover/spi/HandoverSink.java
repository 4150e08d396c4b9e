/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.handover.spi;

import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.journeys.handover.HandoverRequest;

/**
 * Receives handover requests and passes them to the people who call clients back: a CRM, a queue, a ticket system,
 * a mailbox. Implement it to connect a portal to the service's own systems.
 *
 * <p><b>Thread-safety:</b> a portal calls {@link #accept} from many request threads at once, so an implementation
 * must be safe for concurrent use. <b>Idempotency:</b> a caller may retry a request after {@link
 * HandoverException.Reason#UNAVAILABLE}; an implementation should treat a request whose id it has already taken as
 * taken (returning a receipt) when it is equal, and refuse it with {@link HandoverException.Reason#DUPLICATE_ID}
 * when it differs. A request is never lost silently: either a receipt comes back or an exception.
 *
 * <pre>{@code
 * HandoverSink sink = request -> {
 *     String ticket = crm.createCallback(request.contactPoint(), request.callbackWindow());
 *     return HandoverReceipt.builder().requestId(request.id()).acceptedAt(clock.instant()).reference(ticket).build();
 * };
 * }</pre>
 *
 * @since 0.1.0
 */
@Beta
@FunctionalInterface
public interface HandoverSink {
    /**
     * Takes a handover request.
     *
     * @param request the request
     * @return the receipt
     * @throws HandoverException when the request cannot be taken; its reason says whether to retry
     */
    HandoverReceipt accept(HandoverRequest request) throws HandoverException;
}
