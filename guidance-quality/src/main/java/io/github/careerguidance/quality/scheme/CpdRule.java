/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.scheme;

import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.quality.registration.Professional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * At least a minimum of CPD (PE-punten or hours) per period (type {@code minimum-cpd}; research rules NOLOC-RL-PE, CDI-CPD).
 *
 * <p>Period {@code certification-period}: the records inside the current registration period count, and the
 * minimum is due by its end. Period {@code calendar-year}: every full calendar year since the registration started
 * must reach the minimum. Without {@link #minimum()} the rule is not assessable.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableCpdRule.class)
@JsonDeserialize(as = ImmutableCpdRule.class)
// "deprecation": the class permits Immutables' Json twin of its implementation, which Immutables marks deprecated
@SuppressWarnings("deprecation")
public abstract sealed class CpdRule extends Rule permits ImmutableCpdRule, ImmutableCpdRule.Json {
    /** Extended only by its permitted subtypes. */
    CpdRule() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableCpdRule.Builder builder() {
        return ImmutableCpdRule.builder();
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
     * The minimum amount per period.
     *
     * @return the minimum, if the source gives it
     */
    public abstract Optional<Integer> minimum();

    /**
     * The unit of the minimum.
     *
     * @return {@link CpdUnit#PE_POINTS} unless stated
     */
    @Value.Default
    public CpdUnit unit() {
        return CpdUnit.PE_POINTS;
    }

    /**
     * The period the minimum applies to.
     *
     * @return {@link RulePeriod#CERTIFICATION_PERIOD} unless stated
     */
    @Value.Default
    public RulePeriod period() {
        return RulePeriod.CERTIFICATION_PERIOD;
    }

    /**
     * Evaluates the CPD records of the professional against the minimum per period of the latest entry of
     * {@link #registrationScheme()}.
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
        List<long[]> records = new ArrayList<>(); // [untilEpochDay, amount]
        p.cpd()
                .forEach(r -> (unit() == CpdUnit.HOURS ? r.hours() : r.pePoints())
                        .ifPresent(a -> records.add(new long[] {r.until().toEpochDay(), a})));
        return MinimumPeriods.minimum(
                c,
                p,
                registrationScheme(),
                minimum(),
                "minimum",
                unit().code(),
                period(),
                records,
                p.cpd().isEmpty() ? "cpd" : null);
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
        requirePositive("minimum", minimum());
    }
}
