/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.handover;

import io.github.careerguidance.core.contact.ContactChannel;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.readiness.SupportLevel;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a {@link HandoverRouter} routes by: a postcode (full or four digits, spaces and case ignored) and/or a
 * labour-market region code, and the support level and channel the contact point must serve. Not serialized, and
 * {@link #toString()} never shows the postcode.
 *
 * @since 0.1.0
 */
@Beta
@Value.Immutable
@GuidanceStyle
public abstract class RouteQuery {
    /** Extended only by the generated immutable implementation. */
    RouteQuery() {}

    /**
     * A new builder; every field is optional.
     *
     * @return an empty builder
     */
    public static ImmutableRouteQuery.Builder builder() {
        return ImmutableRouteQuery.builder();
    }

    /**
     * The client's postcode, such as {@code 1011 AB} or {@code 1011}.
     *
     * @return the postcode, if given
     */
    public abstract Optional<String> postcode();

    /**
     * A labour-market region code, used when the postcode does not decide (for example the profile's region).
     *
     * @return the region code, if given
     */
    public abstract Optional<String> region();

    /**
     * The support level the contact point must serve.
     *
     * @return the level; any when empty
     */
    public abstract Optional<SupportLevel> supportLevel();

    /**
     * The channel the contact point must offer.
     *
     * @return the channel; any when empty
     */
    public abstract Optional<ContactChannel> channel();

    /**
     * The query without its postcode.
     *
     * @return such as {@code RouteQuery{postcode=given, region=noord, supportLevel=..., channel=...}}
     */
    @Override
    public String toString() {
        return "RouteQuery{postcode=" + (postcode().isPresent() ? "given" : "none") + ", region="
                + region().orElse("none") + ", supportLevel="
                + supportLevel().map(SupportLevel::code).orElse("any")
                + ", channel=" + channel().map(ContactChannel::code).orElse("any") + "}";
    }
}
