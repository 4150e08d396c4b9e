/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.careerguidance.core.citation.Citation;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.text.LocalizedText;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * How often a {@linkplain ActionKind#RECURRING_OBLIGATION recurring obligation} must be met: {@link #count()}
 * times per {@link #period()}, with the evidence the client keeps and where the obligation comes from.
 *
 * <p>The example is the WW duty: while on unemployment benefit, report at least 4 job-search activities
 * (applications) per 4 weeks in the Werkmap on werk.nl (UWV, https://www.uwv.nl/en/individuals/unemployment-benefit/when-receiving).
 * In YAML:
 *
 * <pre>{@code
 * recurrence:
 *   count: 4
 *   period: P4W            # read as P28D
 *   evidence: {nl: "Vier sollicitatieactiviteiten in je Werkmap", en: "Four job-search activities in your Werkmap"}
 *   citation: {title: "UWV: when receiving unemployment benefit", url: "https://www.uwv.nl/en/individuals/unemployment-benefit/when-receiving"}
 * }</pre>
 *
 * <p>A recurrence reads even when it is empty ({@code count < 1}) or its period is zero or negative, so that
 * {@link ActionPlans#check(ActionPlan)} can report it ({@code core.plan.recurrence.count},
 * {@code core.plan.recurrence.period}); {@link #isWellFormed()} says whether it is usable.
 *
 * @since 0.1.0
 */
@Beta
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableRecurrence.class)
@JsonDeserialize(as = ImmutableRecurrence.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public abstract class Recurrence {
    /** Extended only by the generated immutable implementation. */
    Recurrence() {}

    /** The most periods {@link #periods(LocalDate, LocalDate)} returns. */
    public static final int MAX_PERIODS = 10_000;

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableRecurrence.Builder builder() {
        return ImmutableRecurrence.builder();
    }

    /**
     * How many times per period the obligation must be met.
     *
     * @return the count; {@code >= 1} when well-formed
     */
    public abstract int count();

    /**
     * The length of one period, such as {@code P28D} (4 weeks) or {@code P1M}.
     *
     * @return the period; positive (no negative part, not zero) when well-formed
     */
    public abstract Period period();

    /**
     * What the client keeps or reports as evidence, such as "four activities in your Werkmap".
     *
     * @return the evidence text
     */
    public abstract LocalizedText evidence();

    /**
     * Where the obligation comes from.
     *
     * @return the citation, if any
     */
    public abstract Optional<Citation> citation();

    /**
     * Whether the count is at least 1 and the period is positive: no negative part and not zero.
     *
     * @return true when the recurrence can be expanded
     */
    @JsonIgnore
    public boolean isWellFormed() {
        return count() >= 1 && isPositive(period());
    }

    static boolean isPositive(Period period) {
        return period.getYears() >= 0 && period.getMonths() >= 0 && period.getDays() >= 0 && !period.isZero();
    }

    /**
     * The periods that lie wholly between two dates: period {@code k} runs from {@code from + k * period()}
     * (inclusive) to {@code from + (k + 1) * period()} (exclusive), for {@code k = 0, 1, ...} while its end is on or
     * before {@code to}. A trailing part shorter than a period is not a period. Each start is computed from
     * {@code from} (not from the previous period), so monthly periods keep their day of the month: from 31 January
     * by {@code P1M} the periods start on 31 January, 28 (or 29) February, 31 March.
     *
     * <pre>{@code
     * // 4 per 4 weeks, accepted on Monday 7 December 2026, horizon 12 weeks later
     * recurrence.periods(LocalDate.of(2026, 12, 7), LocalDate.of(2027, 3, 1));
     * // [2026-12-07..2027-01-04), [2027-01-04..2027-02-01), [2027-02-01..2027-03-01), each requiring 4
     * }</pre>
     *
     * @param from the start of the first period, such as the day of acceptance
     * @param to the end (exclusive), such as the plan's horizon
     * @return an unmodifiable list in date order with at most {@link #MAX_PERIODS} periods (the first ones); empty
     *     when {@code to} is not after {@code from}, when no whole period fits, or when the recurrence is not
     *     {@linkplain #isWellFormed() well-formed}
     * @throws NullPointerException if a date is null
     */
    public List<RecurrencePeriod> periods(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!isWellFormed() || !from.isBefore(to)) {
            return Collections.emptyList();
        }
        List<RecurrencePeriod> out = new ArrayList<>();
        LocalDate start = from;
        for (int k = 0; k < MAX_PERIODS; k++) {
            LocalDate end;
            try {
                end = from.plus(period().multipliedBy(k + 1));
            } catch (DateTimeException | ArithmeticException e) {
                break;
            }
            if (end.isAfter(to)) {
                break;
            }
            out.add(RecurrencePeriod.of(k, start, end, count()));
            start = end;
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The text of the recurrence for people: "4 per P28D".
     *
     * @return count and period
     */
    public String describe() {
        return count() + " per " + period();
    }
}
