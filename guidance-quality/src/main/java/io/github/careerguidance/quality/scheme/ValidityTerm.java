/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.scheme;

import io.github.careerguidance.core.meta.GuidanceStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * How long a registration is valid, by issue date (CMI: 3 years, 4 years for certificates from 1 Jan 2020).
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableValidityTerm.class)
@JsonDeserialize(as = ImmutableValidityTerm.class)
public abstract class ValidityTerm {
    /** Extended only by the generated immutable implementation. */
    ValidityTerm() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableValidityTerm.Builder builder() {
        return ImmutableValidityTerm.builder();
    }

    /**
     * The first issue date the term applies to.
     *
     * @return the date, or empty for "from the start"
     */
    public abstract Optional<LocalDate> issuedFrom();

    /**
     * The validity in years.
     *
     * @return the years, at least 1
     */
    public abstract int years();

    @Value.Check
    protected void check() {
        if (years() < 1) {
            throw new IllegalArgumentException("validity years must be >= 1 but was " + years());
        }
    }
}
