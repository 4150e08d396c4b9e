/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.scheme;

import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.quality.registration.PersonRegistration;
import io.github.careerguidance.quality.registration.Professional;
import io.github.careerguidance.quality.registration.RegistrationStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An aspirant must be certified within a number of years of joining the scheme's body (type
 * {@code certification-deadline}; research rule NOLOC-ASPIRANT: Noloc aspirant members certify within 3 years).
 *
 * <p>The date of joining is {@link PersonRegistration#aspirantSince()} of the professional's entries in
 * {@link #registrationScheme()}. A professional who holds a valid entry there is certified (a pass); one without a
 * date of joining is no aspirant as far as the registration says, and the rule is not applicable. Usually a
 * {@link RuleStage#ENTRY} rule, assessed on {@link Purpose#ADMISSION}.
 *
 * @since 0.2.0
 */
@Beta
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableCertificationDeadlineRule.class)
@JsonDeserialize(as = ImmutableCertificationDeadlineRule.class)
// "deprecation": the class permits Immutables' Json twin of its implementation, which Immutables marks deprecated
@SuppressWarnings("deprecation")
public abstract sealed class CertificationDeadlineRule extends Rule
        permits ImmutableCertificationDeadlineRule, ImmutableCertificationDeadlineRule.Json {
    private static final List<RegistrationStatus> HELD =
            List.of(RegistrationStatus.ACTIVE, RegistrationStatus.SILENT, RegistrationStatus.SUSPENDED);

    /** Extended only by its permitted subtypes. */
    CertificationDeadlineRule() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableCertificationDeadlineRule.Builder builder() {
        return ImmutableCertificationDeadlineRule.builder();
    }

    @Override
    public Subject subject() {
        return Subject.PERSON;
    }

    /**
     * The scheme whose entries give the date of joining and the certification.
     *
     * @return the scheme id
     */
    public abstract String registrationScheme();

    /**
     * The years after joining within which the aspirant must be certified.
     *
     * @return the years, if the source gives them
     */
    public abstract Optional<Integer> withinYears();

    /**
     * Evaluates the deadline: certified (holds a valid entry), within the deadline (a warning in the last
     * {@link RuleContext#warningDays()} days), or past it.
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
        String scheme = registrationScheme();
        if (RegistrationEntries.holdsValid(c, p, scheme, HELD, Optional.empty())) {
            return c.pass("quality.rule.deadline.certified", "scheme", scheme)
                    .changesOn(RegistrationEntries.nextChange(c, p, scheme, HELD, Optional.empty()));
        }
        LocalDate joined = null;
        for (PersonRegistration r : p.registrationsIn(scheme)) {
            if (r.aspirantSince().isPresent()
                    && (joined == null || r.aspirantSince().get().isBefore(joined))) {
                joined = r.aspirantSince().get();
            }
        }
        // an entry that starts later makes the subject certified from its first day
        LocalDate starts = RegistrationEntries.nextChange(c, p, scheme, HELD, Optional.empty());
        if (joined == null) {
            return c.notApplicable("quality.rule.deadline.not-aspirant", "scheme", scheme)
                    .changesOn(starts);
        }
        if (withinYears().isEmpty()) {
            return c.notAssessable("quality.rule.parameter-missing", "parameter", "withinYears")
                    .evidence("aspirantSince", joined);
        }
        LocalDate asOf = c.asOf();
        LocalDate deadline = joined.plusYears(withinYears().get()).minusDays(1);
        RuleOutcome out;
        if (asOf.isAfter(deadline)) {
            out = c.fail(
                            "quality.rule.deadline.passed",
                            "joined",
                            joined,
                            "years",
                            withinYears().get(),
                            "deadline",
                            deadline)
                    .changesOn(starts);
        } else {
            LocalDate warnFrom = deadline.minusDays(c.warningDays());
            if (!asOf.isBefore(warnFrom)) {
                out = c.warning(
                                "quality.rule.deadline.near",
                                "joined",
                                joined,
                                "deadline",
                                deadline,
                                "days",
                                ChronoUnit.DAYS.between(asOf, deadline))
                        .changesOn(RegistrationEntries.earlier(starts, deadline.plusDays(1)));
            } else {
                out = c.pass(
                                "quality.rule.deadline.open",
                                "joined",
                                joined,
                                "years",
                                withinYears().get(),
                                "deadline",
                                deadline)
                        .changesOn(RegistrationEntries.earlier(starts, warnFrom));
            }
        }
        return out.evidence("aspirantSince", joined).evidence("deadline", deadline);
    }

    @Value.Check
    protected void check() {
        checkCommon();
        requirePositive("withinYears", withinYears());
    }
}
