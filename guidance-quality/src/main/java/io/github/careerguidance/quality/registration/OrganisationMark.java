/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.registration;

import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.quality.validation.Code;
import io.github.careerguidance.quality.validation.RegisterNumber;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A quality mark an organisation claims to hold, such as the Blik op Werk keurmerk or the matrix Standard, with the
 * dates an auditor or accreditor needs.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableOrganisationMark.class)
@JsonDeserialize(as = ImmutableOrganisationMark.class)
public abstract class OrganisationMark {
    /** Extended only by the generated immutable implementation. */
    OrganisationMark() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableOrganisationMark.Builder builder() {
        return ImmutableOrganisationMark.builder();
    }

    /**
     * The id of the scheme the mark belongs to, such as {@code blik-op-werk} or {@code matrix-standard}.
     *
     * @return the scheme id
     */
    @Code
    public abstract String scheme();

    /**
     * The certificate or accreditation number.
     *
     * @return the number, if known
     */
    public abstract Optional<@RegisterNumber String> certificateNumber();

    /**
     * The claimed status.
     *
     * @return the status
     */
    @NotNull
    public abstract RegistrationStatus status();

    /**
     * The first day the mark is valid.
     *
     * @return the date, if known
     */
    public abstract Optional<LocalDate> validFrom();

    /**
     * The last day the mark is valid.
     *
     * @return the date, if known
     */
    public abstract Optional<LocalDate> validUntil();

    /**
     * The date of the last full accreditation or review assessment.
     *
     * @return the date, if known
     */
    public abstract Optional<LocalDate> accreditedOn();

    /**
     * The dates of audits or interim checks since the last accreditation (such as matrix Continuous Improvement
     * Checks, or the Blik op Werk results audit).
     *
     * @return the dates, possibly empty
     */
    public abstract List<LocalDate> audits();

    /**
     * The last day of the most recent measurement period (Blik op Werk: 12 months of client surveys).
     *
     * @return the date, if known
     */
    public abstract Optional<LocalDate> measurementPeriodEnd();

    /**
     * The services the mark covers, as codes.
     *
     * @return the codes, possibly empty
     */
    public abstract List<@Code String> services();

    @Value.Check
    protected void check() {
        if (validFrom().isPresent()
                && validUntil().isPresent()
                && validUntil().get().isBefore(validFrom().get())) {
            throw new IllegalArgumentException("mark validUntil must not be before validFrom but was "
                    + validUntil().get() + " < " + validFrom().get());
        }
    }
}
