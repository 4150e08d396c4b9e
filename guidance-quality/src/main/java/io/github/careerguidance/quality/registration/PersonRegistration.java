/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.registration;

import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.quality.validation.Code;
import io.github.careerguidance.quality.validation.RegisterNumber;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An entry a professional claims in a person register or certification scheme, such as the Noloc Register
 * Loopbaanprofessional or the Register BKA.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutablePersonRegistration.class)
@JsonDeserialize(as = ImmutablePersonRegistration.class)
public abstract class PersonRegistration {
    /** Extended only by the generated immutable implementation. */
    PersonRegistration() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutablePersonRegistration.Builder builder() {
        return ImmutablePersonRegistration.builder();
    }

    /**
     * The id of the scheme, such as {@code noloc-rl}, {@code noloc-rj}, {@code cmi-rl} or {@code register-bka}.
     *
     * @return the scheme id
     */
    @Code
    public abstract String scheme();

    /**
     * The register or certificate number.
     *
     * @return the number, if known
     */
    public abstract Optional<@RegisterNumber String> registerNumber();

    /**
     * The claimed status.
     *
     * @return the status
     */
    @NotNull
    public abstract RegistrationStatus status();

    /**
     * The level or category within the scheme, where the scheme has them (CMI: A, B or C; CDI Register:
     * {@code rcdp}, a Registered Career Development Professional, or {@code careers-leader}).
     *
     * @return the level, if any
     */
    public abstract Optional<@Size(min = 1, max = 20) String> level();

    /**
     * The first day of the current registration or certificate period.
     *
     * @return the date, if known
     */
    public abstract Optional<LocalDate> validFrom();

    /**
     * The last day of the current registration or certificate period (the expiry date).
     *
     * @return the date, if known
     */
    public abstract Optional<LocalDate> validUntil();

    /**
     * The date of the first registration in this scheme, where it matters (Register BKA: before or after 2015).
     *
     * @return the date, if known
     */
    public abstract Optional<LocalDate> firstRegistered();

    /**
     * The day the professional joined the scheme's body as an aspirant member (Noloc: aspirant membership), from
     * which a deadline to be certified runs; empty when the professional is no aspirant or it is not known.
     *
     * @return the date, if given
     * @since 0.2.0
     */
    @Beta
    public abstract Optional<LocalDate> aspirantSince();

    @Value.Check
    protected void check() {
        if (validFrom().isPresent()
                && validUntil().isPresent()
                && validUntil().get().isBefore(validFrom().get())) {
            throw new IllegalArgumentException("registration validUntil must not be before validFrom but was "
                    + validUntil().get() + " < " + validFrom().get());
        }
    }
}
