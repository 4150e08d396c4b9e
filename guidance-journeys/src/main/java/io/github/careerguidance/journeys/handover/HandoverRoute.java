/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.handover;

import io.github.careerguidance.core.contact.ContactPoint;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.profile.Region;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a {@link HandoverRouter} sends a client: the contact point, the region found on the way, which step of the
 * fallback chain decided, and notes on the fallbacks taken.
 *
 * @since 0.1.0
 */
@Beta
@Value.Immutable
@GuidanceStyle
public abstract class HandoverRoute {
    /** Extended only by the generated immutable implementation. */
    HandoverRoute() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableHandoverRoute.Builder builder() {
        return ImmutableHandoverRoute.builder();
    }

    /**
     * The contact point.
     *
     * @return the contact point
     */
    public abstract ContactPoint contactPoint();

    /**
     * The labour-market region the postcode or query led to, when the table knows it; kept also when the national
     * default serves the client, for counting handovers per region.
     *
     * @return the region, if any
     */
    public abstract Optional<Region> region();

    /**
     * Which step decided.
     *
     * @return the level
     */
    public abstract RouteLevel level();

    /**
     * Notes on the fallbacks taken ({@code journeys.routing.fallback-*}, info or warning); never the postcode.
     *
     * @return the notes, possibly empty
     */
    public abstract Diagnostics notes();
}
