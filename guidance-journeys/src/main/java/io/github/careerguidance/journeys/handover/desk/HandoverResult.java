/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.handover.desk;

import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.journeys.handover.HandoverRequest;
import io.github.careerguidance.journeys.handover.spi.HandoverException;
import io.github.careerguidance.journeys.handover.spi.HandoverReceipt;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What {@link HandoverDesk#handOver} did: the request it built and either the sink's receipt, or why the sink did not
 * take it, or neither when no sink is configured (the embedder passes the request on itself).
 *
 * @since 0.1.0
 */
@Beta
@Value.Immutable
@GuidanceStyle
public abstract class HandoverResult {
    /** Extended only by the generated immutable implementation. */
    HandoverResult() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableHandoverResult.Builder builder() {
        return ImmutableHandoverResult.builder();
    }

    /**
     * The request.
     *
     * @return the request
     */
    public abstract HandoverRequest request();

    /**
     * The sink's receipt.
     *
     * @return the receipt; empty without a sink or when the sink refused
     */
    public abstract Optional<HandoverReceipt> receipt();

    /**
     * Why the sink did not take the request ({@link HandoverException#reason()}); retry only when it is
     * {@link HandoverException.Reason#UNAVAILABLE}, with the same request.
     *
     * @return the reason, or empty
     */
    public abstract Optional<HandoverException.Reason> failure();

    /**
     * Whether a sink took the request.
     *
     * @return true with a receipt
     */
    public boolean isHandedOver() {
        return receipt().isPresent();
    }
}
