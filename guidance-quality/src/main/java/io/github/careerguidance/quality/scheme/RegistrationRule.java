/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.scheme;

import io.github.careerguidance.core.meta.GuidanceStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;
import io.github.careerguidance.quality.registration.RegistrationStatus;
import java.time.LocalDate;

/**
 * The holder has an entry in the scheme with an accepted status that has not expired as of the check date (type {@code registration}; research rules *-VALID, *-STATUS, CMI-LEVEL).

 * <p>The expiry is the entry's {@code validUntil}; when that is missing it is {@code validFrom} plus the validity term
 * that applies to the issue date. A warning starts {@code warnMonthsBeforeExpiry} months before the expiry (or the
 * checker's warning days, whichever is earlier).
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableRegistrationRule.class)
@JsonDeserialize(as = ImmutableRegistrationRule.class)
public abstract class RegistrationRule extends Rule {

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableRegistrationRule.Builder builder() {
        return ImmutableRegistrationRule.builder();
    }

    /**
     * Whom the rule is about: person registrations or organisation marks.
     *
     * @return {@link Subject#PERSON} unless stated
     */
    @Override
    @Value.Default
    public Subject subject() {
        return Subject.PERSON;
    }

    /**
     * The statuses that count as registered.
     *
     * @return the statuses; {@code [active]} unless stated
     */
    @Value.Default
    public List<RegistrationStatus> acceptedStatuses() {
        return List.of(RegistrationStatus.ACTIVE);
    }

    /**
     * The validity terms by issue date; the one with the latest {@code issuedFrom} not after {@code validFrom}
     * applies.
     *
     * @return the terms, possibly empty (then {@code validUntil} is needed)
     */
    public abstract List<ValidityTerm> validityTerms();

    /**
     * Entries issued on or after this date are not of this scheme (CMI certificates: merged into the RL from
     * 2021).
     *
     * @return the date, if the scheme stopped issuing
     */
    public abstract Optional<LocalDate> issuedBefore();

    /**
     * The allowed levels; empty when the scheme has no levels.
     *
     * @return the levels
     */
    public abstract List<String> levels();

    /**
     * How many months before expiry the holder should act (CMI: apply 3 to 4 months before expiry).
     *
     * @return the months, if the source gives them
     */
    public abstract Optional<Integer> warnMonthsBeforeExpiry();

    /**
     * A regular expression the register number must match; no public source gives one for the built-in schemes.
     *
     * @return the pattern, if known
     */
    public abstract Optional<String> registerNumberPattern();

    @Value.Check
    protected void check() {
        checkCommon();
        requirePositive("warnMonthsBeforeExpiry", warnMonthsBeforeExpiry());
        if (acceptedStatuses().isEmpty()) {
            throw new IllegalArgumentException("rule " + id() + ": acceptedStatuses must not be empty");
        }
        registerNumberPattern().ifPresent(java.util.regex.Pattern::compile);
    }
}
