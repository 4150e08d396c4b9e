/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.handover;

import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A range of four-digit postcodes (PC4), both ends inclusive, and the region it routes to. In JSON:
 * {@code {"from": 1000, "to": 1099, "region": "voorbeeld"}}.
 *
 * @since 0.1.0
 */
@Beta
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutablePc4Range.class)
@JsonDeserialize(as = ImmutablePc4Range.class)
public abstract class Pc4Range {
    /** Extended only by the generated immutable implementation. */
    Pc4Range() {}

    /**
     * A range.
     *
     * @param from the first PC4
     * @param to the last PC4, inclusive
     * @param region the region code
     * @return the range
     */
    public static Pc4Range of(int from, int to, String region) {
        return ImmutablePc4Range.builder().from(from).to(to).region(region).build();
    }

    /**
     * The first PC4.
     *
     * @return 1000..9999 when valid ({@link RoutingTable#validate()} reports others)
     */
    // 'from' is the attribute's public name; the builder then has no from(instance) copy method, which no caller needs
    @SuppressWarnings("immutables:from")
    public abstract int from();

    /**
     * The last PC4, inclusive.
     *
     * @return from()..9999 when valid
     */
    public abstract int to();

    /**
     * The region code the range routes to; a key of {@link RoutingTable#regions()}.
     *
     * @return the region code
     */
    public abstract String region();

    /**
     * Whether a PC4 is in the range.
     *
     * @param pc4 the four digits as a number
     * @return true when {@code from <= pc4 <= to}
     */
    public boolean contains(int pc4) {
        return pc4 >= from() && pc4 <= to();
    }
}
