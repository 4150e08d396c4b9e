/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.scheme;

import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.quality.registration.PersonRegistration;
import io.github.careerguidance.quality.registration.Professional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * At least a minimum of clients in every full calendar year of the current registration period (type {@code minimum-clients}; research rule BKA-CLIENTS).
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableClientsRule.class)
@JsonDeserialize(as = ImmutableClientsRule.class)
// "deprecation": the class permits Immutables' Json twin of its implementation, which Immutables marks deprecated
@SuppressWarnings("deprecation")
public abstract sealed class ClientsRule extends Rule permits ImmutableClientsRule, ImmutableClientsRule.Json {
    /** Extended only by its permitted subtypes. */
    ClientsRule() {}

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

    /**
     * Evaluates the clients per calendar year of the professional, for entries of {@link #registrationScheme()}
     * registered from {@link #registeredFrom()}.
     *
     * @param c the context
     * @return the outcome
     */
    @Override
    public RuleOutcome evaluate(RuleContext c) {
        if (c.professional().isEmpty()) {
            return wrongSubject(c);
        }
        Professional p = c.professional().get();
        PersonRegistration entry = RegistrationEntries.latest(p.registrationsIn(registrationScheme()));
        if (entry == null) {
            return c.notApplicable("quality.rule.no-registration", "scheme", registrationScheme());
        }
        if (registeredFrom().isPresent()) {
            Optional<LocalDate> registered = entry.firstRegistered().or(entry::validFrom);
            if (registered.isEmpty()) {
                return c.notAssessable("quality.rule.evidence-missing", "evidence", "firstRegistered");
            }
            if (registered.get().isBefore(registeredFrom().get())) {
                return c.notApplicable(
                                "quality.rule.clients.registered-before",
                                "registered",
                                registered.get(),
                                "registeredFrom",
                                registeredFrom().get())
                        .evidence("firstRegistered", registered.get());
            }
        }
        List<long[]> records = new ArrayList<>();
        p.clients()
                .forEach(y ->
                        records.add(new long[] {LocalDate.of(y.year(), 12, 31).toEpochDay(), y.clients()}));
        return MinimumPeriods.minimum(
                c,
                p,
                registrationScheme(),
                minimumPerYear(),
                "minimumPerYear",
                "clients",
                RulePeriod.CALENDAR_YEAR,
                records,
                p.clients().isEmpty() ? "clients" : null);
    }

    /**
     * Not assessed on admission: it is about holding an entry.
     *
     * @return false
     */
    @Override
    public boolean assessedOnAdmission() {
        return false;
    }

    @Value.Check
    protected void check() {
        checkCommon();
        requirePositive("minimumPerYear", minimumPerYear());
    }
}
