/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.scheme;

import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.quality.registration.RegistrationStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A registration in another scheme is deemed to meet some rules of this one (type {@code deemed-equivalence}; research rule OA-DEEMED: an RL counts as meeting Ontwikkeladvies (a)+(c)).
 *
 * <p>When the holder has an entry of {@link #registrationScheme()} with an accepted status that has not expired,
 * the rules named in {@link #satisfies()} pass "by equivalence"; otherwise they are checked on their own.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableEquivalenceRule.class)
@JsonDeserialize(as = ImmutableEquivalenceRule.class)
// "deprecation": the class permits Immutables' Json twin of its implementation, which Immutables marks deprecated
@SuppressWarnings("deprecation")
public abstract sealed class EquivalenceRule extends Rule
        permits ImmutableEquivalenceRule, ImmutableEquivalenceRule.Json {
    /** Extended only by its permitted subtypes. */
    EquivalenceRule() {}

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

    /**
     * Evaluates whether the professional holds a valid entry of {@link #registrationScheme()} (registered before
     * {@link #registeredBefore()} if given): a pass if so, else not applicable.
     *
     * @param c the context
     * @return the outcome
     */
    @Override
    public RuleOutcome evaluate(RuleContext c) {
        if (c.professional().isEmpty()) {
            return wrongSubject(c);
        }
        boolean holds = RegistrationEntries.holdsValid(
                c, c.professional().get(), registrationScheme(), acceptedStatuses(), registeredBefore());
        return (holds
                        ? c.pass("quality.rule.equivalence.holds", "scheme", registrationScheme(), "rules", satisfies())
                        : c.notApplicable("quality.rule.equivalence.absent", "scheme", registrationScheme()))
                .evidence("registrationScheme", registrationScheme())
                .changesOn(RegistrationEntries.nextChange(
                        c, c.professional().get(), registrationScheme(), acceptedStatuses(), registeredBefore()));
    }

    /**
     * The rules this one deems met when it passes.
     *
     * @return {@link #satisfies()}
     */
    @Override
    public List<String> deemsMet() {
        return satisfies();
    }

    /**
     * A pass "by equivalence" of a rule in {@link #satisfies()}, naming this rule and {@link #registrationScheme()}.
     *
     * @param c the context this rule passed in
     * @return the outcome
     */
    @Override
    public RuleOutcome deemedOutcome(RuleContext c) {
        return c.pass("quality.rule.deemed", "equivalence", id(), "scheme", registrationScheme())
                .evidence("deemedBy", id());
    }

    @Value.Check
    protected void check() {
        checkCommon();
        if (satisfies().isEmpty()) {
            throw new IllegalArgumentException("rule " + id() + ": satisfies must not be empty");
        }
    }
}
