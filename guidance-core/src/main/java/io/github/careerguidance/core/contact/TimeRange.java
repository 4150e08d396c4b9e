/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.contact;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.careerguidance.core.meta.GuidanceStyle;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A span of wall-clock time within one day, on whole minutes: from {@link #start()} (inclusive) to the end
 * (exclusive). The end may be {@code 24:00}, the end of the day.
 *
 * <p>Internally a range is two minutes of the day: {@code 0 <= startMinute < endMinute <= 1440}. In JSON and YAML
 * it is an object of two {@code HH:MM} strings: {@code {"start": "09:00", "end": "17:00"}}; {@code "24:00"} is
 * allowed as the end only.
 *
 * <pre>{@code
 * TimeRange office = TimeRange.parse("09:00-17:00");
 * TimeRange evening = TimeRange.of(LocalTime.of(18, 0), LocalTime.MIDNIGHT); // 18:00-24:00
 * office.contains(LocalTime.of(16, 59, 59));  // true
 * office.contains(LocalTime.of(17, 0));       // false: the end is exclusive
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
public abstract class TimeRange implements Comparable<TimeRange> {
    /** Extended only by the generated immutable implementation. */
    TimeRange() {}

    /** Minutes in a day; the largest {@linkplain #endMinute() end minute}, written as {@code 24:00}. */
    public static final int MINUTES_PER_DAY = 1440;

    private static final Pattern HH_MM = Pattern.compile("([0-9]{2}):([0-9]{2})");
    private static final Pattern RANGE = Pattern.compile("\\s*([0-9]{2}:[0-9]{2})\\s*-\\s*([0-9]{2}:[0-9]{2})\\s*");
    private static final long NANOS_PER_MINUTE = 60_000_000_000L;

    /**
     * The first minute of the day in the range.
     *
     * @return {@code 0..1439}
     */
    @Value.Parameter
    public abstract int startMinute();

    /**
     * The first minute of the day after the range (exclusive end).
     *
     * @return {@code startMinute()+1..1440}; 1440 is the end of the day
     */
    @Value.Parameter
    public abstract int endMinute();

    /**
     * A range from minutes of the day.
     *
     * @param startMinute the first minute, {@code 0..1439}
     * @param endMinute the exclusive end, {@code startMinute+1..1440}
     * @return the range
     * @throws IllegalArgumentException if the minutes are out of range or not in order
     */
    public static TimeRange ofMinutes(int startMinute, int endMinute) {
        return ImmutableTimeRange.of(startMinute, endMinute);
    }

    /**
     * A range from two times on whole minutes. An end of {@code 00:00} means the end of the day ({@code 24:00}),
     * since a range cannot end before it starts.
     *
     * @param start the start, inclusive
     * @param end the end, exclusive; {@link LocalTime#MIDNIGHT} for the end of the day
     * @return the range
     * @throws IllegalArgumentException if a time has seconds, or start is not before end
     * @throws NullPointerException if an argument is null
     */
    public static TimeRange of(LocalTime start, LocalTime end) {
        int s = minuteOf("start", Objects.requireNonNull(start, "start"));
        int e = minuteOf("end", Objects.requireNonNull(end, "end"));
        return ofMinutes(s, e == 0 ? MINUTES_PER_DAY : e);
    }

    /**
     * A range from a start to the end of the day ({@code 24:00}).
     *
     * @param start the start, on a whole minute
     * @return the range
     * @throws IllegalArgumentException if start has seconds
     */
    public static TimeRange untilEndOfDay(LocalTime start) {
        return ofMinutes(minuteOf("start", Objects.requireNonNull(start, "start")), MINUTES_PER_DAY);
    }

    /**
     * A range from two {@code HH:MM} texts; the JSON creator.
     *
     * @param start such as {@code 09:00}
     * @param end such as {@code 17:00} or {@code 24:00}
     * @return the range
     * @throws IllegalArgumentException if a text is not a time {@code 00:00..24:00}, start is {@code 24:00}, or
     *     start is not before end
     * @throws IllegalStateException if a field is missing (null), in the form the codec reports as a missing field
     */
    @JsonCreator
    public static TimeRange parse(@JsonProperty("start") String start, @JsonProperty("end") String end) {
        if (start == null || end == null) {
            // The message form of Immutables' builders, which GuidanceCodec reports as core.json.missing-property.
            throw new IllegalStateException("Cannot build TimeRange, some of required attributes are not set ["
                    + (start == null && end == null ? "start, end" : start == null ? "start" : "end") + "]");
        }
        return ofMinutes(parseMinute("start", start), parseMinute("end", end));
    }

    /**
     * A range from text such as {@code 09:00-17:00} or {@code 18:00-24:00}.
     *
     * @param text two {@code HH:MM} times separated by a hyphen
     * @return the range
     * @throws IllegalArgumentException if the text has another form or the times are invalid
     * @throws NullPointerException if text is null
     */
    public static TimeRange parse(String text) {
        Matcher m = RANGE.matcher(Objects.requireNonNull(text, "text"));
        if (!m.matches()) {
            throw new IllegalArgumentException("time range must look like 09:00-17:00 but was '" + text + "'");
        }
        return parse(m.group(1), m.group(2));
    }

    /**
     * The start as a time.
     *
     * @return the start, inclusive
     */
    public LocalTime start() {
        return LocalTime.of(startMinute() / 60, startMinute() % 60);
    }

    /**
     * The end as a time; {@link LocalTime#MIDNIGHT} stands for the end of the day ({@code 24:00}).
     *
     * @return the end, exclusive
     */
    public LocalTime end() {
        return endsAtEndOfDay() ? LocalTime.MIDNIGHT : LocalTime.of(endMinute() / 60, endMinute() % 60);
    }

    /**
     * Whether the range runs to the end of the day ({@code 24:00}).
     *
     * @return true when {@code endMinute() == 1440}
     */
    public boolean endsAtEndOfDay() {
        return endMinute() == MINUTES_PER_DAY;
    }

    /**
     * Whether a wall-clock time is in the range: {@code start <= time < end}, to the nanosecond.
     *
     * @param time a time of day
     * @return true if inside
     * @throws NullPointerException if time is null
     */
    public boolean contains(LocalTime time) {
        long nanos = Objects.requireNonNull(time, "time").toNanoOfDay();
        return nanos >= startMinute() * NANOS_PER_MINUTE && nanos < endMinute() * NANOS_PER_MINUTE;
    }

    /**
     * Whether two ranges share at least one minute; ranges that only touch ({@code 09:00-12:00} and
     * {@code 12:00-13:00}) do not overlap.
     *
     * @param other another range
     * @return true if they overlap
     */
    public boolean overlaps(TimeRange other) {
        return startMinute() < other.endMinute() && other.startMinute() < endMinute();
    }

    /**
     * The length of the range.
     *
     * @return minutes, {@code >= 1}
     */
    public int lengthMinutes() {
        return endMinute() - startMinute();
    }

    /**
     * The start as {@code HH:MM}.
     *
     * @return such as {@code 09:00}
     */
    public String startText() {
        return format(startMinute());
    }

    /**
     * The end as {@code HH:MM}.
     *
     * @return such as {@code 17:00} or {@code 24:00}
     */
    public String endText() {
        return format(endMinute());
    }

    /**
     * Orders by start, then by end.
     *
     * @param other another range
     * @return negative, zero or positive
     */
    @Override
    public int compareTo(TimeRange other) {
        int c = Integer.compare(startMinute(), other.startMinute());
        return c != 0 ? c : Integer.compare(endMinute(), other.endMinute());
    }

    /**
     * The JSON form.
     *
     * @return {@code {"start": "HH:MM", "end": "HH:MM"}}
     */
    @JsonValue
    Map<String, String> toJson() {
        Map<String, String> json = new LinkedHashMap<>();
        json.put("start", startText());
        json.put("end", endText());
        return json;
    }

    /**
     * The range as text.
     *
     * @return such as {@code 09:00-17:00}
     */
    @Override
    public String toString() {
        return startText() + "-" + endText();
    }

    @Value.Check
    protected void check() {
        if (startMinute() < 0 || startMinute() >= MINUTES_PER_DAY) {
            throw new IllegalArgumentException(
                    "time range start must be in 00:00..23:59 but was minute " + startMinute());
        }
        if (endMinute() < 1 || endMinute() > MINUTES_PER_DAY) {
            throw new IllegalArgumentException("time range end must be in 00:01..24:00 but was minute " + endMinute());
        }
        if (startMinute() >= endMinute()) {
            throw new IllegalArgumentException("time range start must be before its end but was "
                    + format(startMinute()) + "-" + format(endMinute()));
        }
    }

    private static String format(int minute) {
        return String.format(java.util.Locale.ROOT, "%02d:%02d", minute / 60, minute % 60);
    }

    private static int minuteOf(String name, LocalTime time) {
        if (time.getSecond() != 0 || time.getNano() != 0) {
            throw new IllegalArgumentException("time range " + name + " must be on a whole minute but was " + time);
        }
        return time.getHour() * 60 + time.getMinute();
    }

    private static int parseMinute(String name, String text) {
        Matcher m = HH_MM.matcher(text);
        if (m.matches()) {
            int hours = Integer.parseInt(m.group(1));
            int minutes = Integer.parseInt(m.group(2));
            if (minutes < 60 && (hours < 24 || (hours == 24 && minutes == 0))) {
                return hours * 60 + minutes;
            }
        }
        throw new IllegalArgumentException(
                "time range " + name + " must be a time HH:MM from 00:00 to 24:00 but was '" + text + "'");
    }
}
