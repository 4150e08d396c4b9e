/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.handover.spi;

import io.github.careerguidance.core.meta.Beta;
import java.util.Objects;

/**
 * A sink could not take a handover request. The {@link #reason()} tells the caller what to do: retry later,
 * or not.
 *
 * @since 0.1.0
 */
@Beta
public class HandoverException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why a sink refused a request. */
    public enum Reason {
        /** Another request with the same id was taken before; do not retry with this id. */
        DUPLICATE_ID,
        /** The sink cannot take requests now (storage, network); the request may be retried. */
        UNAVAILABLE,
        /** The sink does not accept this request (for example a region it does not serve); do not retry as is. */
        REJECTED
    }

    private final Reason reason;
    private final String requestId;

    /**
     * An exception.
     *
     * @param reason why
     * @param requestId the request's id
     * @param message what happened, without personal data
     * @param cause the cause, or null
     */
    public HandoverException(Reason reason, String requestId, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.requestId = Objects.requireNonNull(requestId, "requestId");
    }

    /**
     * Why the sink refused.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }

    /**
     * The id of the refused request.
     *
     * @return the id
     */
    public String requestId() {
        return requestId;
    }

    /**
     * Whether retrying the same request later may succeed.
     *
     * @return true for {@link Reason#UNAVAILABLE}
     */
    public boolean isRetryable() {
        return reason == Reason.UNAVAILABLE;
    }
}
