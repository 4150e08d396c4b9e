/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.registration;

import io.github.careerguidance.core.meta.GuidanceStyle;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Reflection sessions over one period: intervisie (peer consultation), supervisie and coaching, and whether a
 * reflection report (reflectieverslag) was written.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableReflectionRecord.class)
@JsonDeserialize(as = ImmutableReflectionRecord.class)
public abstract class ReflectionRecord {
    /** Extended only by the generated immutable implementation. */
    ReflectionRecord() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableReflectionRecord.Builder builder() {
        return ImmutableReflectionRecord.builder();
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
     * Intervisie sessions attended.
     *
     * @return the count; 0 unless stated
     */
    @PositiveOrZero
    @Value.Default
    public int intervisie() {
        return 0;
    }

    /**
     * Supervisie sessions attended.
     *
     * @return the count; 0 unless stated
     */
    @PositiveOrZero
    @Value.Default
    public int supervisie() {
        return 0;
    }

    /**
     * Coaching sessions attended (as the coachee).
     *
     * @return the count; 0 unless stated
     */
    @PositiveOrZero
    @Value.Default
    public int coaching() {
        return 0;
    }

    /**
     * Whether a reflection report was written for the period.
     *
     * @return false unless stated
     */
    @Value.Default
    public boolean reportWritten() {
        return false;
    }

    /**
     * All sessions of the period.
     *
     * @return intervisie + supervisie + coaching
     */
    public int sessions() {
        return intervisie() + supervisie() + coaching();
    }

    @Value.Check
    protected void check() {
        if (until().isBefore(from())) {
            throw new IllegalArgumentException(
                    "reflection until must not be before from but was " + until() + " < " + from());
        }
    }
}
