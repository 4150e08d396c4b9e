/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.scheme;

import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.quality.registration.Organisation;
import io.github.careerguidance.quality.registration.OrganisationMark;
import io.github.careerguidance.quality.registration.RegistrationStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A mark is mandatory for organisations with certain public funding or contracts (type {@code mandatory-mark};
 * research rule MATRIX-MANDATORY: the matrix Standard for colleges with AEB funding, traineeship providers and
 * National Careers Service (sub)contractors).
 *
 * <p>Reads the organisation's {@link Organisation#funding()}: with none of {@link #mandatoryFor()} the rule is not
 * applicable (the mark is voluntary); with one, the organisation must hold a valid mark of {@link #markScheme()}
 * (status {@code active}, started, not past its own {@code validUntil}). It is about holding a mark, so it is not
 * assessed on {@link Purpose#ADMISSION}.
 *
 * @since 0.2.0
 */
@Beta
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableMandatoryMarkRule.class)
@JsonDeserialize(as = ImmutableMandatoryMarkRule.class)
// "deprecation": the class permits Immutables' Json twin of its implementation, which Immutables marks deprecated
@SuppressWarnings("deprecation")
public abstract sealed class MandatoryMarkRule extends Rule
        permits ImmutableMandatoryMarkRule, ImmutableMandatoryMarkRule.Json {
    /** Extended only by its permitted subtypes. */
    MandatoryMarkRule() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableMandatoryMarkRule.Builder builder() {
        return ImmutableMandatoryMarkRule.builder();
    }

    @Override
    public Subject subject() {
        return Subject.ORGANISATION;
    }

    /**
     * The scheme of the mandatory mark.
     *
     * @return the scheme id
     */
    public abstract String markScheme();

    /**
     * The funding codes (as in {@link io.github.careerguidance.quality.registration.Organisation#funding()}) that make the mark mandatory.
     *
     * @return the codes, at least one
     */
    public abstract List<String> mandatoryFor();

    /**
     * Evaluates whether the mark is mandatory for the organisation and, if so, held.
     *
     * @param c the context
     * @return the outcome
     */
    @Override
    public RuleOutcome evaluate(RuleContext c) {
        if (c.organisation().isEmpty()) {
            return wrongSubject(c);
        }
        Organisation o = c.organisation().get();
        List<String> due = new ArrayList<>();
        for (String f : o.funding()) {
            if (mandatoryFor().contains(f)) {
                due.add(f);
            }
        }
        if (due.isEmpty()) {
            return c.notApplicable(
                            "quality.rule.mandatory.voluntary", "scheme", markScheme(), "funding", mandatoryFor())
                    .evidence("funding", o.funding());
        }
        LocalDate asOf = c.asOf();
        boolean held = false;
        LocalDate next = null;
        for (OrganisationMark m : o.marksOf(markScheme())) {
            if (m.status() != RegistrationStatus.ACTIVE) {
                continue;
            }
            boolean started = m.validFrom().map(f -> !asOf.isBefore(f)).orElse(true);
            boolean ended = m.validUntil().map(asOf::isAfter).orElse(false);
            if (started && !ended) {
                held = true;
            }
            if (!started) {
                next = RegistrationEntries.earlier(next, m.validFrom().get());
            }
            if (!ended && m.validUntil().isPresent()) {
                next = RegistrationEntries.earlier(next, m.validUntil().get().plusDays(1));
            }
        }
        RuleOutcome out = held
                ? c.pass("quality.rule.mandatory.held", "scheme", markScheme(), "funding", due)
                : c.fail("quality.rule.mandatory.missing", "scheme", markScheme(), "funding", due);
        return out.evidence("funding", o.funding()).changesOn(next);
    }

    @Override
    public boolean assessedOnAdmission() {
        return false;
    }

    @Value.Check
    protected void check() {
        checkCommon();
        if (mandatoryFor().isEmpty()) {
            throw new IllegalArgumentException("rule " + id() + ": mandatoryFor must not be empty");
        }
    }
}
