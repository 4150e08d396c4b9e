/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.handover.spi;

import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A sink's confirmation that it took a handover request: which request, when, and the sink's own reference (a
 * ticket number, a file and line) if it has one.
 *
 * @since 0.1.0
 */
@Beta
@Value.Immutable
@GuidanceStyle
public abstract class HandoverReceipt {
    /** Extended only by the generated immutable implementation. */
    HandoverReceipt() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableHandoverReceipt.Builder builder() {
        return ImmutableHandoverReceipt.builder();
    }

    /**
     * The id of the request taken.
     *
     * @return the request id
     */
    public abstract String requestId();

    /**
     * When the sink took it.
     *
     * @return the instant
     */
    public abstract Instant acceptedAt();

    /**
     * The sink's own reference, such as a ticket number.
     *
     * @return the reference, if any
     */
    public abstract Optional<String> reference();
}
