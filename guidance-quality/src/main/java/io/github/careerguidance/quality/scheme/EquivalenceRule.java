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
 * A registration in another scheme is deemed to meet some rules of this one (type {@code deemed-equivalence}; research rule OA-DEEMED: an RL counts as meeting Ontwikkeladvies (a)+(c)).

 * <p>When the holder has an entry of {@link #registrationScheme()} with an accepted status that has not expired,
 * the rules named in {@link #satisfies()} pass "by equivalence"; otherwise they are checked on their own.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableEquivalenceRule.class)
@JsonDeserialize(as = ImmutableEquivalenceRule.class)
public abstract class EquivalenceRule extends Rule {

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableEquivalenceRule.Builder builder() {
        return ImmutableEquivalenceRule.builder();
    }

    @Override
    public Subject subject() {
        return Subject.PERSON;
    }

    /**
     * The scheme whose registration counts.
     *
     * @return the scheme id
     */
    public abstract String registrationScheme();

    /**
     * The ids of the rules of this scheme that the registration meets.
     *
     * @return the ids, at least one
     */
    public abstract List<String> satisfies();

    /**
     * The statuses that count.
     *
     * @return {@code [active]} unless stated
     */
    @Value.Default
    public List<RegistrationStatus> acceptedStatuses() {
        return List.of(RegistrationStatus.ACTIVE);
    }

    /**
     * Only entries that started before this date count (such as CMI certificates of the time before the joint
     * RL mark).
     *
     * @return the date, if any
     */
    public abstract Optional<LocalDate> registeredBefore();

    @Value.Check
    protected void check() {
        checkCommon();
        if (satisfies().isEmpty()) {
            throw new IllegalArgumentException("rule " + id() + ": satisfies must not be empty");
        }
    }
}
