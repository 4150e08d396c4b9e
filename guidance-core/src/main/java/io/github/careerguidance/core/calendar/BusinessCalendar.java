/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.calendar;

import io.github.careerguidance.core.contact.ContactChannel;
import io.github.careerguidance.core.contact.ContactPoint;
import io.github.careerguidance.core.contact.DayHours;
import io.github.careerguidance.core.contact.ImmutableOpeningHours;
import io.github.careerguidance.core.contact.OpeningHours;
import io.github.careerguidance.core.contact.TimeRange;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Business days: days that are neither a weekend day nor a holiday of a {@link HolidayCalendar}; arithmetic on
 * them, and the {@linkplain #callbackWindow window} in which a contact point calls a client back.
 *
 * <pre>{@code
 * BusinessCalendar nl = BusinessCalendar.dutch();
 * nl.isBusinessDay(LocalDate.of(2026, 4, 27));                 // false: Koningsdag
 * nl.plusBusinessDays(LocalDate.of(2026, 4, 24), 1);           // 2026-04-28 (weekend, then Koningsdag)
 * nl.callbackWindow(Instant.now(), point, ContactChannel.PHONE, 2);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Beta
@Value.Immutable
@GuidanceStyle
public abstract class BusinessCalendar {
    /** Extended only by the generated immutable implementation. */
    BusinessCalendar() {}

    /** How many days the arithmetic walks past non-business days before it gives up (a calendar without any). */
    public static final int MAX_NON_BUSINESS_RUN = 3660;

    private static final BusinessCalendar DUTCH =
            builder().holidays(DutchHolidays.standard()).build();

    /**
     * A new builder; weekends default to Saturday and Sunday and contact points close on holidays.
     *
     * @return an empty builder; {@code holidays} is required
     */
    public static ImmutableBusinessCalendar.Builder builder() {
        return ImmutableBusinessCalendar.builder();
    }

    /**
     * The Dutch business calendar: Saturday and Sunday off, {@link DutchHolidays#standard()}, contact points closed
     * on holidays unless their own hours say otherwise.
     *
     * @return the shared calendar
     */
    public static BusinessCalendar dutch() {
        return DUTCH;
    }

    /**
     * The holidays.
     *
     * @return the holiday calendar
     */
    public abstract HolidayCalendar holidays();

    /**
     * The days of the week that are never business days.
     *
     * @return by default Saturday and Sunday; never all seven
     */
    @Value.Default
    public Set<DayOfWeek> weekend() {
        return EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    }

    /**
     * Whether a contact point is closed on a holiday for the {@linkplain #callbackWindow callback window}. The
     * research notes say a recognised holiday is not automatically a day off for a service (the Act's list decides
     * statutory terms only), so this is a choice, not a fact: by default true. Either way a point's own
     * {@linkplain io.github.careerguidance.core.contact.OpeningHours#exceptions() exception} for a date wins, so a point that is open on 5 mei says so in
     * its hours.
     *
     * @return by default true
     */
    @Value.Default
    public boolean pointsCloseOnHolidays() {
        return true;
    }

    /**
     * Whether a date is a business day.
     *
     * @param date the date
     * @return false on a weekend day or a holiday
     * @throws IllegalArgumentException if the holiday calendar does not cover the date
     * @throws NullPointerException if date is null
     */
    public boolean isBusinessDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !weekend().contains(date.getDayOfWeek()) && !holidays().isHoliday(date);
    }

    /**
     * The first business day after a date.
     *
     * @param date the date (not itself a candidate)
     * @return the next business day, strictly after date
     */
    public LocalDate nextBusinessDay(LocalDate date) {
        return plusBusinessDays(date, 1);
    }

    /**
     * The date itself when it is a business day, else the next one (the rule of Algemene termijnenwet art. 1 for a
     * term that ends on a weekend day or holiday).
     *
     * @param date the date
     * @return a business day on or after date
     */
    public LocalDate businessDayOnOrAfter(LocalDate date) {
        return isBusinessDay(date) ? date : nextBusinessDay(date);
    }

    /**
     * The date a number of business days away: for {@code n > 0} the n-th business day after date, for {@code n <
     * 0} the |n|-th business day before it; the date itself is never counted. {@code n == 0} returns date
     * unchanged, business day or not.
     *
     * @param date the start
     * @param n how many business days to move
     * @return the date reached
     * @throws IllegalStateException if more than {@value #MAX_NON_BUSINESS_RUN} days in a row are not business days
     * @throws NullPointerException if date is null
     */
    public LocalDate plusBusinessDays(LocalDate date, int n) {
        Objects.requireNonNull(date, "date");
        int step = n < 0 ? -1 : 1;
        LocalDate d = date;
        long remaining = Math.abs((long) n);
        int run = 0;
        while (remaining > 0) {
            d = d.plusDays(step);
            if (isBusinessDay(d)) {
                remaining--;
                run = 0;
            } else if (++run > MAX_NON_BUSINESS_RUN) {
                throw new IllegalStateException("no business day within " + MAX_NON_BUSINESS_RUN + " days of " + d);
            }
        }
        return d;
    }

    /**
     * The number of business days from start (inclusive) to end (exclusive); negative when end is before start.
     *
     * @param startInclusive the first date counted
     * @param endExclusive the first date not counted
     * @return the count; 0 when the dates are equal
     * @throws NullPointerException if a date is null
     */
    public long businessDaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
        Objects.requireNonNull(startInclusive, "startInclusive");
        Objects.requireNonNull(endExclusive, "endExclusive");
        if (endExclusive.isBefore(startInclusive)) {
            return -businessDaysBetween(endExclusive, startInclusive);
        }
        long count = 0;
        for (LocalDate d = startInclusive; d.isBefore(endExclusive); d = d.plusDays(1)) {
            if (isBusinessDay(d)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The window in which a person of a contact point calls a client back on a channel, promised as "within
     * {@code businessDays} business days".
     *
     * <p>Dates are those of the channel's opening hours' zone. A day <em>counts</em> when it is a business day and
     * the channel has hours on it (its own exception for the date if any; else closed when it is a holiday and
     * {@link #pointsCloseOnHolidays()}; else its weekly hours). Day 0 is the first counting day whose hours end after
     * the request; the window runs from the channel's next opening at or after the request (which may be on a
     * weekend or holiday when the point's hours say it is open then) to the end of the hours of the
     * {@code businessDays}-th counting day after day 0. So a request on Monday 10:00 with 1 business day runs to the
     * end of Tuesday's hours, and one on Monday evening after closing to the end of Wednesday's.
     *
     * @param requestedAt when the client asked
     * @param point the contact point
     * @param channel the channel the client prefers
     * @param businessDays the promise, {@code >= 0}
     * @return the window; empty when the point does not offer the channel, or the channel does not open on a
     *     counting day within {@value OpeningHours#SEARCH_HORIZON_DAYS} days plus twice the business days
     * @throws IllegalArgumentException if businessDays is negative, or the holiday calendar does not cover the dates
     * @throws NullPointerException if an argument is null
     */
    public Optional<CallbackWindow> callbackWindow(
            Instant requestedAt, ContactPoint point, ContactChannel channel, int businessDays) {
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(channel, "channel");
        if (businessDays < 0) {
            throw new IllegalArgumentException("businessDays must be >= 0 but was " + businessDays);
        }
        Optional<OpeningHours> channelHours = point.hoursOf(channel);
        if (channelHours.isEmpty()) {
            return Optional.empty();
        }
        OpeningHours hours = channelHours.get();
        ZoneId zone = hours.zone();
        LocalDate requestDate = LocalDateTime.ofInstant(requestedAt, zone).toLocalDate();
        LocalDate first = requestDate.minusDays(1);
        LocalDate last = requestDate.plusDays(OpeningHours.SEARCH_HORIZON_DAYS + 2L * businessDays + 1);
        OpeningHours effective = effective(hours, first, last);

        Instant latest = null;
        int counted = -1;
        for (LocalDate d = requestDate; !d.isAfter(last); d = d.plusDays(1)) {
            DayHours day = effective.hoursOn(d);
            if (day.isClosed() || !isBusinessDay(d)) {
                continue;
            }
            Instant end = endOf(d, day, zone);
            if (counted < 0 && !end.isAfter(requestedAt)) {
                continue; // the request came after this day's hours: day 0 is a later day
            }
            counted++;
            if (counted == businessDays) {
                latest = end;
                break;
            }
        }
        if (latest == null) {
            return Optional.empty();
        }
        Optional<ZonedDateTime> opening = effective.nextOpening(requestedAt);
        if (opening.isEmpty()) {
            return Optional.empty();
        }
        Instant earliest = opening.get().toInstant();
        if (earliest.isAfter(latest)) {
            // only when day 0's hours fall wholly in a daylight-saving gap: keep the promise's end at the opening
            latest = effective
                    .nextClosing(earliest)
                    .map(ZonedDateTime::toInstant)
                    .orElse(earliest);
        }
        return Optional.of(CallbackWindow.builder()
                .earliest(earliest)
                .latest(latest)
                .businessDays(businessDays)
                .build());
    }

    /** The hours with holidays closed (when configured) where the hours have no exception of their own. */
    private OpeningHours effective(OpeningHours hours, LocalDate first, LocalDate last) {
        if (!pointsCloseOnHolidays()) {
            return hours;
        }
        ImmutableOpeningHours.Builder builder = ImmutableOpeningHours.builder().from(hours);
        for (int year = first.getYear(); year <= last.getYear(); year++) {
            List<Holiday> list = holidays().holidays(year);
            for (Holiday holiday : list) {
                LocalDate date = holiday.date();
                if (!date.isBefore(first)
                        && !date.isAfter(last)
                        && !hours.exceptions().containsKey(date)) {
                    builder.putException(date, DayHours.closed());
                }
            }
        }
        return builder.build();
    }

    /** The instant the last range of a day ends; 24:00 is the next day's start. */
    private static Instant endOf(LocalDate date, DayHours day, ZoneId zone) {
        TimeRange lastRange = day.ranges().get(day.ranges().size() - 1);
        LocalDateTime end = lastRange.endsAtEndOfDay()
                ? date.plusDays(1).atStartOfDay()
                : LocalDateTime.of(date, LocalTime.of(lastRange.endMinute() / 60, lastRange.endMinute() % 60));
        return ZonedDateTime.of(end, zone).toInstant();
    }

    @Value.Check
    protected void check() {
        if (weekend().size() >= 7) {
            throw new IllegalArgumentException("weekend must leave at least one day of the week but was " + weekend());
        }
    }
}
