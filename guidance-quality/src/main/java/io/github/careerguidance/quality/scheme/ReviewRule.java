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


/**
 * An organisation mark is reviewed and audited in time (type {@code review-window}; research rules MATRIX-REVIEW, MATRIX-CIC, BOW-CYCLE).

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
public abstract class ReviewRule extends Rule {

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

    @Value.Check
    protected void check() {
        checkCommon();
        requirePositive("reviewEveryMonths", reviewEveryMonths());
        requirePositive("auditWithinMonthsAfterMeasurement", auditWithinMonthsAfterMeasurement());
    }
}
