/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.registration;

import io.github.careerguidance.core.meta.GuidanceStyle;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The relevant work experience of a professional, in hours and/or years.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableExperience.class)
@JsonDeserialize(as = ImmutableExperience.class)
public abstract class Experience {
    /** Extended only by the generated immutable implementation. */
    Experience() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableExperience.Builder builder() {
        return ImmutableExperience.builder();
    }

    /**
     * Hours of relevant experience.
     *
     * @return the hours, if known
     */
    public abstract Optional<@PositiveOrZero Integer> hours();

    /**
     * Years of relevant experience.
     *
     * @return the years, if known
     */
    public abstract Optional<@PositiveOrZero @Max(80) Double> years();

    @Value.Check
    protected void check() {
        if (years().isPresent() && !Double.isFinite(years().get())) {
            throw new IllegalArgumentException("experience years must be a finite number but was " + years().get());
        }
    }
}
