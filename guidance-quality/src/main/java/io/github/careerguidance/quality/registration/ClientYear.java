/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.registration;

import io.github.careerguidance.core.meta.GuidanceStyle;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * How many clients a professional guided in one calendar year.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableClientYear.class)
@JsonDeserialize(as = ImmutableClientYear.class)
public abstract class ClientYear {
    /** Extended only by the generated immutable implementation. */
    ClientYear() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableClientYear.Builder builder() {
        return ImmutableClientYear.builder();
    }

    /**
     * The calendar year.
     *
     * @return the year
     */
    @Min(1950)
    @Max(2200)
    public abstract int year();

    /**
     * The number of clients.
     *
     * @return the count
     */
    @PositiveOrZero
    public abstract int clients();
}
