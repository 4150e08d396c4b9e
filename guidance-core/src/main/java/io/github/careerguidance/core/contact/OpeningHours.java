/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.contact;

import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.text.LocalizedText;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * When a contact point (or one of its channels) is open: a weekly schedule in a time zone, plus exceptions for
 * particular dates such as public holidays.
 *
 * <p><b>Semantics.</b> An instant is open if and only if its local wall-clock time in {@link #zone()} falls in a
 * range of the {@linkplain #hoursOn(LocalDate) hours of its local date}: the exception for that date if there is
 * one (an empty list closes the whole day), else the weekly hours of its day of the week, else closed. This holds
 * across daylight-saving changes: on the spring-forward day in Europe/Amsterdam (for example 2026-03-29, when 02:00
 * jumps to 03:00) a range {@code 02:00-02:30} is never open and a range {@code 02:30-04:00} opens at 03:00; on the
 * autumn day (2026-10-25, when 03:00 falls back to 02:00) a range {@code 02:15-02:45} is open twice.
 *
 * <p>{@link #nextOpening(Instant)} and {@link #nextClosing(Instant)} search up to {@value #SEARCH_HORIZON_DAYS}
 * days after the local date of their argument and report nothing beyond that.
 *
 * <pre>{@code
 * OpeningHours hours = OpeningHours.builder()
 *     .putWeekly(DayOfWeek.MONDAY, DayHours.of(TimeRange.parse("09:00-17:00")))
 *     .putWeekly(DayOfWeek.SATURDAY, DayHours.of(TimeRange.parse("10:00-13:00")))
 *     .putException(LocalDate.of(2026, 4, 27), DayHours.closed())   // Koningsdag
 *     .build();                                                     // zone Europe/Amsterdam by default
 * hours.isOpen(Instant.parse("2026-03-30T08:30:00Z"));             // true: 10:30 CEST on a Monday
 * hours.nextOpening(Instant.parse("2026-04-26T12:00:00Z"));        // Saturday 2 May 10:00 +02:00
 * }</pre>
 *
 * <p>In JSON: {@code {"zone": "Europe/Amsterdam", "weekly": {"MONDAY": [{"start": "09:00", "end": "17:00"}]},
 * "exceptions": {"2026-04-27": []}}}. Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableOpeningHours.class)
@JsonDeserialize(as = ImmutableOpeningHours.class)
public abstract class OpeningHours {
    /** Extended only by the generated immutable implementation. */
    OpeningHours() {}

    /** The default time zone. */
    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /** How many days after the local date of its argument {@link #nextOpening} and {@link #nextClosing} search. */
    public static final int SEARCH_HORIZON_DAYS = 400;

    /** Offsets are within +/-18 hours, so a local date's instants lie within this much of its UTC reading. */
    private static final long MAX_OFFSET_SECONDS = 18 * 3600;

    /**
     * A new builder; the zone defaults to Europe/Amsterdam.
     *
     * @return an empty builder
     */
    public static ImmutableOpeningHours.Builder builder() {
        return ImmutableOpeningHours.builder();
    }

    /**
     * Hours on Monday to Friday, closed at weekends, in Europe/Amsterdam.
     *
     * @param ranges the hours of each workday
     * @return the opening hours
     * @throws IllegalArgumentException if ranges overlap
     */
    public static OpeningHours workdays(TimeRange... ranges) {
        DayHours day = DayHours.of(ranges);
        ImmutableOpeningHours.Builder builder = builder();
        for (DayOfWeek d : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            builder.putWeekly(d, day);
        }
        return builder.build();
    }

    /**
     * Open around the clock, every day, in Europe/Amsterdam; for example for e-mail that is always accepted.
     *
     * @return the opening hours
     */
    public static OpeningHours alwaysOpen() {
        ImmutableOpeningHours.Builder builder = builder();
        for (DayOfWeek d : DayOfWeek.values()) {
            builder.putWeekly(d, DayHours.of(TimeRange.ofMinutes(0, TimeRange.MINUTES_PER_DAY)));
        }
        return builder.build();
    }

    /**
     * The time zone of the wall-clock times.
     *
     * @return by default Europe/Amsterdam
     */
    @Value.Default
    public ZoneId zone() {
        return AMSTERDAM;
    }

    /**
     * The regular hours per day of the week; a missing day is closed.
     *
     * @return an unmodifiable map
     */
    public abstract Map<DayOfWeek, DayHours> weekly();

    /**
     * Hours that replace the weekly hours on particular local dates; {@link DayHours#closed()} closes the day
     * (for example Koningsdag on 27 April, or Christmas).
     *
     * @return an unmodifiable map
     */
    public abstract Map<LocalDate, DayHours> exceptions();

    /**
     * A note for clients, such as "Gesloten op feestdagen".
     *
     * @return the note, if any
     */
    public abstract Optional<LocalizedText> note();

    /**
     * The hours of a local date: its exception if any, else its weekly hours, else closed.
     *
     * @param date a date in {@link #zone()}
     * @return the hours; {@link DayHours#closed()} when none apply
     * @throws NullPointerException if date is null
     */
    public DayHours hoursOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        DayHours exception = exceptions().get(date);
        if (exception != null) {
            return exception;
        }
        return weekly().getOrDefault(date.getDayOfWeek(), DayHours.closed());
    }

    /**
     * Whether the hours are open at an instant: whether its local wall-clock time is in a range of its local date.
     *
     * @param instant the instant
     * @return true if open
     * @throws NullPointerException if instant is null
     */
    public boolean isOpen(Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(Objects.requireNonNull(instant, "instant"), zone());
        return hoursOn(local.toLocalDate()).contains(local.toLocalTime());
    }

    /**
     * The earliest instant at or after {@code from} at which the hours are open.
     *
     * @param from the instant to search from
     * @return {@code from} itself when open then; else the moment of the next opening in {@link #zone()}; empty
     *     when not open within {@value #SEARCH_HORIZON_DAYS} days after the local date of {@code from}
     * @throws NullPointerException if from is null
     */
    public Optional<ZonedDateTime> nextOpening(Instant from) {
        Objects.requireNonNull(from, "from");
        if (isOpen(from)) {
            return Optional.of(from.atZone(zone()));
        }
        ZoneRules rules = zone().getRules();
        LocalDate first = LocalDateTime.ofInstant(from, zone()).toLocalDate().minusDays(1);
        Instant best = null;
        for (int i = 0; i <= SEARCH_HORIZON_DAYS + 1; i++) {
            LocalDate date = first.plusDays(i);
            if (best != null && localEpochSecond(date.atStartOfDay()) - MAX_OFFSET_SECONDS > best.getEpochSecond()) {
                break;
            }
            for (TimeRange range : hoursOn(date).ranges()) {
                Instant candidate = firstOpenAtOrAfter(rules, date, range, from);
                if (candidate != null && (best == null || candidate.isBefore(best))) {
                    best = candidate;
                }
            }
        }
        return Optional.ofNullable(best).map(b -> b.atZone(zone()));
    }

    /**
     * The first instant after {@code at} at which the hours are closed, when open at {@code at}. Ranges that
     * touch, also across midnight ({@code 18:00-24:00} then {@code 00:00-02:00}), count as one opening.
     *
     * @param at the instant
     * @return the moment of closing in {@link #zone()}; empty when closed at {@code at}, or when still open
     *     {@value #SEARCH_HORIZON_DAYS} days later
     * @throws NullPointerException if at is null
     */
    public Optional<ZonedDateTime> nextClosing(Instant at) {
        Objects.requireNonNull(at, "at");
        if (!isOpen(at)) {
            return Optional.empty();
        }
        ZoneRules rules = zone().getRules();
        Instant limit = at.plusSeconds((SEARCH_HORIZON_DAYS + 1) * 86_400L);
        Instant t = at;
        while (t.isBefore(limit)) {
            Instant end = endOfIntervalContaining(rules, t);
            if (end == null) {
                return Optional.of(t.atZone(zone()));
            }
            t = end;
        }
        return Optional.empty();
    }

    /** The latest end of the open instant intervals that contain t, or null when t is closed. */
    private Instant endOfIntervalContaining(ZoneRules rules, Instant t) {
        LocalDate date = LocalDateTime.ofInstant(t, zone()).toLocalDate();
        Instant end = null;
        for (int d = -1; d <= 1; d++) {
            LocalDate day = date.plusDays(d);
            for (TimeRange range : hoursOn(day).ranges()) {
                long[] intervals = instantIntervals(rules, day, range);
                for (int i = 0; i < intervals.length; i += 2) {
                    Instant lo = Instant.ofEpochSecond(intervals[i]);
                    Instant hi = Instant.ofEpochSecond(intervals[i + 1]);
                    if (!t.isBefore(lo) && t.isBefore(hi) && (end == null || hi.isAfter(end))) {
                        end = hi;
                    }
                }
            }
        }
        return end;
    }

    /** The first instant at or after from whose wall-clock time on date is in range, or null. */
    private static Instant firstOpenAtOrAfter(ZoneRules rules, LocalDate date, TimeRange range, Instant from) {
        long[] intervals = instantIntervals(rules, date, range);
        Instant best = null;
        for (int i = 0; i < intervals.length; i += 2) {
            Instant lo = Instant.ofEpochSecond(intervals[i]);
            Instant hi = Instant.ofEpochSecond(intervals[i + 1]);
            if (hi.isAfter(from)) {
                Instant candidate = lo.isAfter(from) ? lo : from;
                if (best == null || candidate.isBefore(best)) {
                    best = candidate;
                }
            }
        }
        return best;
    }

    /**
     * The instants (epoch seconds, as [lo, hi) pairs) whose local wall-clock time is in range on date. Walks the
     * offset segments of the zone that can map into the range, so gaps (no instant) and overlaps (two intervals)
     * come out right without resolving a local time to a single instant.
     */
    private static long[] instantIntervals(ZoneRules rules, LocalDate date, TimeRange range) {
        long localStart = localEpochSecond(date.atStartOfDay()) + range.startMinute() * 60L;
        long localEnd = localEpochSecond(date.atStartOfDay()) + range.endMinute() * 60L;
        long t = localStart - MAX_OFFSET_SECONDS;
        long windowEnd = localEnd + MAX_OFFSET_SECONDS;
        long[] out = new long[4];
        int n = 0;
        while (t < windowEnd) {
            Instant at = Instant.ofEpochSecond(t);
            ZoneOffset offset = rules.getOffset(at);
            ZoneOffsetTransition next = rules.nextTransition(at);
            long segmentEnd = next == null ? windowEnd : Math.min(windowEnd, next.toEpochSecond());
            long lo = Math.max(t, localStart - offset.getTotalSeconds());
            long hi = Math.min(segmentEnd, localEnd - offset.getTotalSeconds());
            if (lo < hi) {
                if (n > 0 && out[n - 1] == lo) {
                    out[n - 1] = hi; // contiguous across a transition that keeps the mapping continuous
                } else {
                    if (n == out.length) {
                        out = java.util.Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = lo;
                    out[n++] = hi;
                }
            }
            t = segmentEnd;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static long localEpochSecond(LocalDateTime local) {
        return local.toEpochSecond(ZoneOffset.UTC);
    }

    /**
     * The days of the week with regular opening hours.
     *
     * @return an unmodifiable set, possibly empty
     */
    public Set<DayOfWeek> openDays() {
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        weekly().forEach((day, hours) -> {
            if (!hours.isClosed()) {
                days.add(day);
            }
        });
        return java.util.Collections.unmodifiableSet(days);
    }
}
