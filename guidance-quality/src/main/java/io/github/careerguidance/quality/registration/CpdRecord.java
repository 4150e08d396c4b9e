/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.registration;

import io.github.careerguidance.core.meta.GuidanceStyle;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Continuing professional development over one period: PE-punten (permanente educatie) and/or hours.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableCpdRecord.class)
@JsonDeserialize(as = ImmutableCpdRecord.class)
public abstract class CpdRecord {
    /** Extended only by the generated immutable implementation. */
    CpdRecord() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableCpdRecord.Builder builder() {
        return ImmutableCpdRecord.builder();
    }

    /**
     * The first day of the period.
     *
     * @return the date
     */
    // 'from' is the attribute's public name; the builder then has no from(instance) copy method, which no caller needs
    @SuppressWarnings("immutables:from")
    public abstract LocalDate from();

    /**
     * The last day of the period.
     *
     * @return the date, not before {@link #from()}
     */
    public abstract LocalDate until();

    /**
     * PE-punten earned in the period.
     *
     * @return the points, if counted in points
     */
    public abstract Optional<@PositiveOrZero Integer> pePoints();

    /**
     * CPD hours in the period.
     *
     * @return the hours, if counted in hours
     */
    public abstract Optional<@PositiveOrZero Integer> hours();

    @Value.Check
    protected void check() {
        if (until().isBefore(from())) {
            throw new IllegalArgumentException("cpd until must not be before from but was " + until() + " < " + from());
        }
    }
}
