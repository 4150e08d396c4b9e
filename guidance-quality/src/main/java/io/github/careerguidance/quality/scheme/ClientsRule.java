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
import java.time.LocalDate;

/**
 * At least a minimum of clients in every full calendar year of the current registration period (type {@code minimum-clients}; research rule BKA-CLIENTS).
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableClientsRule.class)
@JsonDeserialize(as = ImmutableClientsRule.class)
public abstract class ClientsRule extends Rule {

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableClientsRule.Builder builder() {
        return ImmutableClientsRule.builder();
    }

    @Override
    public Subject subject() {
        return Subject.PERSON;
    }

    /**
     * The scheme whose registration period is used.
     *
     * @return the scheme id
     */
    public abstract String registrationScheme();

    /**
     * The minimum number of clients per calendar year.
     *
     * @return the minimum, if the source gives it
     */
    public abstract Optional<Integer> minimumPerYear();

    /**
     * The rule applies only to holders first registered on or after this date (Register BKA: after 1 Jan 2015).
     *
     * @return the date, if the rule has one
     */
    public abstract Optional<LocalDate> registeredFrom();

    @Value.Check
    protected void check() {
        checkCommon();
        requirePositive("minimumPerYear", minimumPerYear());
    }
}
