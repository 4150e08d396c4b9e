/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.scheme;

import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.quality.registration.PersonRegistration;
import io.github.careerguidance.quality.registration.Professional;
import io.github.careerguidance.quality.registration.ReflectionRecord;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * At least a minimum of reflection sessions (intervisie, supervisie, coaching) in the current registration period, and a reflection report where required (type {@code minimum-reflection}; research rule NOLOC-RL-REFLECT).
 *
 * <p>A reduced minimum can apply to periods ending in a transition window; where the source gives no number
 * for it, a holder below the normal minimum in that window is not assessable.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableReflectionRule.class)
@JsonDeserialize(as = ImmutableReflectionRule.class)
// "deprecation": the class permits Immutables' Json twin of its implementation, which Immutables marks deprecated
@SuppressWarnings("deprecation")
public abstract sealed class ReflectionRule extends Rule permits ImmutableReflectionRule, ImmutableReflectionRule.Json {
    /** Extended only by its permitted subtypes. */
    ReflectionRule() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableReflectionRule.Builder builder() {
        return ImmutableReflectionRule.builder();
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
     * The minimum number of sessions per registration period.
     *
     * @return the minimum, if the source gives it
     */
    public abstract Optional<Integer> minimumSessions();

    /**
     * Whether a reflection report is required.
     *
     * @return false unless stated
     */
    @Value.Default
    public boolean reportRequired() {
        return false;
    }

    /**
     * The first expiry date of the transition window.
     *
     * @return the date, if there is a transition rule
     */
    public abstract Optional<LocalDate> transitionFrom();

    /**
     * The last expiry date of the transition window.
     *
     * @return the date, if there is a transition rule
     */
    public abstract Optional<LocalDate> transitionUntil();

    /**
     * The reduced minimum in the transition window.
     *
     * @return the minimum, if the source gives it
     */
    public abstract Optional<Integer> transitionMinimumSessions();

    /**
     * Evaluates the reflection sessions (intervisie, supervisie) and reports of the professional within the
     * current period of the latest entry of {@link #registrationScheme()}.
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
        if (minimumSessions().isEmpty()) {
            return c.notAssessable("quality.rule.parameter-missing", "parameter", "minimumSessions");
        }
        PersonRegistration entry = RegistrationEntries.latest(p.registrationsIn(registrationScheme()));
        if (entry == null) {
            return c.notApplicable("quality.rule.no-registration", "scheme", registrationScheme());
        }
        Optional<LocalDate> from = entry.validFrom();
        Optional<LocalDate> until =
                RegistrationEntries.expiry(c.catalogue(), registrationScheme(), entry.validFrom(), entry.validUntil());
        if (from.isEmpty() || until.isEmpty()) {
            return c.notAssessable("quality.rule.evidence-missing", "evidence", "validFrom/validUntil");
        }
        if (p.reflection().isEmpty()) {
            return c.notAssessable("quality.rule.evidence-missing", "evidence", "reflection");
        }
        long sessions = 0;
        boolean report = false;
        for (ReflectionRecord r : p.reflection()) {
            if (!r.until().isBefore(from.get()) && !r.until().isAfter(until.get())) {
                sessions += r.sessions();
                report |= r.reportWritten();
            }
        }
        int min = minimumSessions().get();
        boolean inTransition = transitionFrom().isPresent()
                && !until.get().isBefore(transitionFrom().get())
                && !until.get().isAfter(transitionUntil().get());
        if (inTransition && sessions < min) {
            if (transitionMinimumSessions().isEmpty()) {
                return c.notAssessable(
                                "quality.rule.reflection.transition",
                                "amount",
                                sessions,
                                "minimum",
                                min,
                                "from",
                                transitionFrom().get(),
                                "until",
                                transitionUntil().get())
                        .evidence("sessions", sessions);
            }
            min = transitionMinimumSessions().get();
        }
        RuleOutcome out = MinimumPeriods.due(
                        c,
                        sessions >= min,
                        until.get(),
                        "amount",
                        sessions,
                        "minimum",
                        min,
                        "unit",
                        "sessions",
                        "from",
                        from.get(),
                        "until",
                        until.get())
                .evidence("sessions", sessions);
        if (reportRequired()) {
            out.evidence("reportWritten", report);
            if (!report) {
                RuleOutcome r = MinimumPeriods.due(
                        c,
                        false,
                        until.get(),
                        "amount",
                        0,
                        "minimum",
                        1,
                        "unit",
                        "reflection-report",
                        "from",
                        from.get(),
                        "until",
                        until.get());
                out = c.worst(out, r);
            }
        }
        return out;
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
        requirePositive("minimumSessions", minimumSessions());
        requirePositive("transitionMinimumSessions", transitionMinimumSessions());
        if (transitionFrom().isPresent() != transitionUntil().isPresent()) {
            throw new IllegalArgumentException("rule " + id() + ": transitionFrom and transitionUntil go together");
        }
    }
}
