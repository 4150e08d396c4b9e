/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.scheme;

import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.quality.registration.Education;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A training programme whose diploma a scheme recognises from a date (Register Jobcoach: Combo, Elan, Saxion from 1 Jul 2013).
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableAccreditedProgramme.class)
@JsonDeserialize(as = ImmutableAccreditedProgramme.class)
public abstract class AccreditedProgramme {
    /** Extended only by the generated immutable implementation. */
    AccreditedProgramme() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableAccreditedProgramme.Builder builder() {
        return ImmutableAccreditedProgramme.builder();
    }

    /**
     * The programme name as it appears on {@code Education.programme()}, compared case-insensitively.
     *
     * @return the name
     */
    public abstract String name();

    /**
     * The first completion date that counts.
     *
     * @return the date
     */
    public abstract LocalDate completedFrom();

    /** Whether an education was completed in one of the programmes, on or after its first date that counts. */
    static boolean completedOneOf(List<AccreditedProgramme> programmes, Education e) {
        if (e.programme().isEmpty() || e.completed().isEmpty()) {
            return false;
        }
        String name = e.programme().get().trim().toLowerCase(Locale.ROOT);
        return programmes.stream()
                .anyMatch(pr -> pr.name().toLowerCase(Locale.ROOT).equals(name)
                        && !e.completed().get().isBefore(pr.completedFrom()));
    }
}
