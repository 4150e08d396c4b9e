/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.careerguidance.core.meta.Beta;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * A date in a plan: either a calendar date, or a period after the client's {@linkplain ActionPlan#accepted()
 * acceptance} of the plan, resolved once the plan is accepted.
 *
 * <p>In JSON and YAML it is one string: an ISO date ({@code "2026-12-21"}) or an ISO period ({@code "P14D"},
 * {@code "P4W"}, {@code "P1M"}). Periods are kept as given, except that weeks are counted in days ({@code P4W} is
 * written back as {@code P28D}). A period must not be negative in any part: "relative to acceptance" means on or
 * after it.
 *
 * <pre>{@code
 * PlanDate due = PlanDate.parse("P14D");
 * due.resolve(LocalDate.of(2026, 12, 7));          // Optional[2026-12-21]
 * PlanDate.of(LocalDate.of(2026, 12, 21)).isRelative();   // false
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Beta
public final class PlanDate {
    private final LocalDate date;
    private final Period period;

    private PlanDate(LocalDate date, Period period) {
        this.date = date;
        this.period = period;
    }

    /**
     * A calendar date.
     *
     * @param date the date
     * @return the plan date
     * @throws NullPointerException if date is null
     */
    public static PlanDate of(LocalDate date) {
        return new PlanDate(Objects.requireNonNull(date, "date"), null);
    }

    /**
     * A period after the plan's acceptance.
     *
     * @param period the period; {@code P0D} is the day of acceptance itself
     * @return the plan date
     * @throws IllegalArgumentException if any part of the period is negative
     * @throws NullPointerException if period is null
     */
    public static PlanDate afterAcceptance(Period period) {
        Objects.requireNonNull(period, "period");
        if (period.getYears() < 0 || period.getMonths() < 0 || period.getDays() < 0) {
            throw new IllegalArgumentException(
                    "a period after acceptance must not be negative but was '" + period + "'");
        }
        return new PlanDate(null, period);
    }

    /**
     * Parses the wire form: an ISO date such as {@code 2026-12-21} or an ISO period such as {@code P14D}.
     *
     * @param text the text
     * @return the plan date
     * @throws IllegalArgumentException if the text is neither, or a period is negative (the codec reports it as
     *     a diagnostic at the field)
     * @throws NullPointerException if text is null
     */
    @JsonCreator
    public static PlanDate parse(String text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.trim();
        try {
            if (!trimmed.isEmpty() && (trimmed.charAt(0) == 'P' || trimmed.charAt(0) == 'p')) {
                return afterAcceptance(Period.parse(trimmed));
            }
            return of(LocalDate.parse(trimmed));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "a plan date must be an ISO date such as '2026-12-21' or a period after"
                            + " acceptance such as 'P14D' but was '" + shorten(text) + "'",
                    e);
        }
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    /**
     * Whether this date is a period after acceptance.
     *
     * @return true for a period, false for a calendar date
     */
    public boolean isRelative() {
        return period != null;
    }

    /**
     * The calendar date.
     *
     * @return the date, or empty for a period after acceptance
     */
    public Optional<LocalDate> date() {
        return Optional.ofNullable(date);
    }

    /**
     * The period after acceptance.
     *
     * @return the period, or empty for a calendar date
     */
    public Optional<Period> period() {
        return Optional.ofNullable(period);
    }

    /**
     * The calendar date this stands for when the plan was accepted on a date.
     *
     * @param acceptance the date of acceptance
     * @return the date itself, or acceptance plus the period; empty only when that lies beyond the supported
     *     range of dates
     * @throws NullPointerException if acceptance is null
     */
    public Optional<LocalDate> resolve(LocalDate acceptance) {
        Objects.requireNonNull(acceptance, "acceptance");
        if (date != null) {
            return Optional.of(date);
        }
        try {
            return Optional.of(acceptance.plus(period));
        } catch (DateTimeException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /**
     * The calendar date this stands for, if it is known.
     *
     * @param acceptance the date of acceptance, if the plan was accepted
     * @return the date itself; acceptance plus the period when accepted; empty for a period of a plan not accepted
     *     yet
     */
    public Optional<LocalDate> resolve(Optional<LocalDate> acceptance) {
        if (date != null) {
            return Optional.of(date);
        }
        return acceptance.flatMap(this::resolve);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof PlanDate)) {
            return false;
        }
        PlanDate o = (PlanDate) other;
        return Objects.equals(date, o.date) && Objects.equals(period, o.period);
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, period);
    }

    /**
     * The wire form.
     *
     * @return the ISO date or period, such as {@code 2026-12-21} or {@code P14D}
     */
    @JsonValue
    @Override
    public String toString() {
        return date != null ? date.toString() : period.toString();
    }
}
