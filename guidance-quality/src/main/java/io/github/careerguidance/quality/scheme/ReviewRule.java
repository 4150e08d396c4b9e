/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.scheme;

import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.quality.registration.OrganisationMark;
import io.github.careerguidance.quality.registration.RegistrationStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An organisation mark is reviewed and audited in time (type {@code review-window}; research rules MATRIX-REVIEW, MATRIX-CIC, BOW-CYCLE).
 *
 * <p>A full review is due {@code reviewEveryMonths} after {@code accreditedOn}; each interim check is due the
 * given months after it, and by then the mark must list that many audits after the accreditation; a results audit
 * is due {@code auditWithinMonthsAfterMeasurement} after the measurement period ends.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableReviewRule.class)
@JsonDeserialize(as = ImmutableReviewRule.class)
// "deprecation": the class permits Immutables' Json twin of its implementation, which Immutables marks deprecated
@SuppressWarnings("deprecation")
public abstract sealed class ReviewRule extends Rule permits ImmutableReviewRule, ImmutableReviewRule.Json {
    /** Extended only by its permitted subtypes. */
    ReviewRule() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableReviewRule.Builder builder() {
        return ImmutableReviewRule.builder();
    }

    @Override
    public Subject subject() {
        return Subject.ORGANISATION;
    }

    /**
     * The scheme of the mark.
     *
     * @return the scheme id
     */
    public abstract String markScheme();

    /**
     * Months between full reviews.
     *
     * @return the months, if the source gives them
     */
    public abstract Optional<Integer> reviewEveryMonths();

    /**
     * Months after the accreditation when interim checks are due.
     *
     * @return the months, possibly empty
     */
    public abstract List<Integer> interimCheckMonths();

    /**
     * Months after the end of a measurement period within which the results audit must take place.
     *
     * @return the months, if the scheme has measurement periods
     */
    public abstract Optional<Integer> auditWithinMonthsAfterMeasurement();

    /**
     * Evaluates the organisation's latest mark of {@link #markScheme()}: an active status, the review and interim
     * checks since accreditation, and the audit after the measurement period.
     *
     * @param c the context
     * @return the outcome
     */
    @Override
    public RuleOutcome evaluate(RuleContext c) {
        if (c.organisation().isEmpty()) {
            return wrongSubject(c);
        }
        LocalDate asOf = c.asOf();
        OrganisationMark mark =
                RegistrationEntries.latestMark(c.organisation().get().marksOf(markScheme()));
        if (mark == null) {
            return c.fail("quality.rule.no-registration", "scheme", markScheme());
        }
        if (mark.status() != RegistrationStatus.ACTIVE) {
            return c.fail(
                            "quality.rule.registration.status",
                            "scheme",
                            markScheme(),
                            "status",
                            mark.status().code(),
                            "accepted",
                            "active")
                    .evidence("status", mark.status().code());
        }
        RuleOutcome out = null;
        if (reviewEveryMonths().isPresent() || !interimCheckMonths().isEmpty()) {
            if (mark.accreditedOn().isEmpty()) {
                return c.notAssessable("quality.rule.evidence-missing", "evidence", "accreditedOn");
            }
            LocalDate accredited = mark.accreditedOn().get();
            if (reviewEveryMonths().isPresent()) {
                out = c.worst(
                        out,
                        deadline(c, accredited.plusMonths(reviewEveryMonths().get())));
            }
            long audits = mark.audits().stream()
                    .filter(a -> a.isAfter(accredited) && !a.isAfter(asOf))
                    .count();
            int dueChecks = 0;
            LocalDate next = null;
            for (int m : interimCheckMonths()) {
                LocalDate dueDate = accredited.plusMonths(m);
                if (asOf.isAfter(dueDate)) {
                    dueChecks++;
                } else if (next == null || dueDate.isBefore(next)) {
                    next = dueDate;
                }
            }
            if (!interimCheckMonths().isEmpty()) {
                RuleOutcome interim = audits >= dueChecks
                        ? c.pass("quality.rule.review.interim-met", "audits", audits, "due", dueChecks)
                        : c.fail("quality.rule.review.interim-missing", "audits", audits, "due", dueChecks);
                if (next != null && interim.passed()) {
                    interim.changesOn(next.plusDays(1));
                }
                if (!interim.passed()) {
                    // audits already dated after the check count from their day on: the verdict can change on the
                    // day the count reaches the checks due now
                    List<LocalDate> later = mark.audits().stream()
                            .filter(a -> a.isAfter(accredited) && a.isAfter(asOf))
                            .sorted()
                            .toList();
                    int missing = (int) (dueChecks - audits);
                    if (missing >= 1 && later.size() >= missing) {
                        interim.changesNoLaterThan(later.get(missing - 1));
                    }
                }
                out = c.worst(out, interim.evidence("audits", audits));
            }
            out.evidence("accreditedOn", accredited);
        }
        if (auditWithinMonthsAfterMeasurement().isPresent()) {
            if (mark.measurementPeriodEnd().isEmpty()) {
                return c.worst(
                        out, c.notAssessable("quality.rule.evidence-missing", "evidence", "measurementPeriodEnd"));
            }
            LocalDate end = mark.measurementPeriodEnd().get();
            LocalDate deadline =
                    end.plusMonths(auditWithinMonthsAfterMeasurement().get());
            boolean audited =
                    mark.audits().stream().anyMatch(a -> a.isAfter(end) && !a.isAfter(deadline) && !a.isAfter(asOf));
            RuleOutcome a = audited
                    ? c.pass("quality.rule.review.audit-met", "end", end, "deadline", deadline)
                    : MinimumPeriods.due(
                            c, false, deadline, "amount", 0, "minimum", 1, "unit", "audit", "from", end, "until",
                            deadline);
            if (!audited) {
                // an audit already dated after the check, within the deadline, meets the rule from its day on
                mark.audits().stream()
                        .filter(x -> x.isAfter(end) && !x.isAfter(deadline) && x.isAfter(asOf))
                        .min(LocalDate::compareTo)
                        .ifPresent(a::changesNoLaterThan);
            }
            out = c.worst(out, a.evidence("measurementPeriodEnd", end));
        }
        if (out == null) {
            // No parameter at all: before issue #13 this was an internal error (a null outcome).
            return c.notAssessable(
                    "quality.rule.parameter-missing",
                    "parameter",
                    "reviewEveryMonths/interimCheckMonths/auditWithinMonthsAfterMeasurement");
        }
        return out;
    }

    /** The review by a due date: met, due soon (a warning) or overdue. */
    private static RuleOutcome deadline(RuleContext c, LocalDate dueDate) {
        if (c.asOf().isAfter(dueDate)) {
            return c.fail("quality.rule.review.review-overdue", "due", dueDate);
        }
        LocalDate warnFrom = dueDate.minusDays(c.warningDays());
        if (!c.asOf().isBefore(warnFrom)) {
            return c.warning("quality.rule.review.review-due", "due", dueDate).changesOn(dueDate.plusDays(1));
        }
        return c.pass("quality.rule.review.review-met", "due", dueDate).changesOn(warnFrom);
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
        requirePositive("reviewEveryMonths", reviewEveryMonths());
        requirePositive("auditWithinMonthsAfterMeasurement", auditWithinMonthsAfterMeasurement());
    }
}
