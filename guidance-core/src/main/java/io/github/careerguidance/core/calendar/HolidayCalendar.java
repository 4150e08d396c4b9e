/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.calendar;

import io.github.careerguidance.core.meta.Beta;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Which dates are holidays. {@link DutchHolidays} is the Dutch instance; an embedder may implement another (for
 * example over a holiday library) and give it to a {@link BusinessCalendar}.
 *
 * <p>Implementations must be immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Beta
public interface HolidayCalendar {
    /**
     * The holiday on a date.
     *
     * @param date the date
     * @return the holiday, or empty when the date is none
     * @throws IllegalArgumentException if the calendar does not cover the date's year
     * @throws NullPointerException if date is null
     */
    Optional<Holiday> holiday(LocalDate date);

    /**
     * The holidays of a year, in date order.
     *
     * @param year the year
     * @return an unmodifiable list, possibly empty
     * @throws IllegalArgumentException if the calendar does not cover the year
     */
    List<Holiday> holidays(int year);

    /**
     * Whether a date is a holiday.
     *
     * @param date the date
     * @return true when {@link #holiday(LocalDate)} finds one
     * @throws IllegalArgumentException if the calendar does not cover the date's year
     * @throws NullPointerException if date is null
     */
    default boolean isHoliday(LocalDate date) {
        return holiday(date).isPresent();
    }
}
