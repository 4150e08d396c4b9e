/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.contact;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.careerguidance.core.meta.GuidanceStyle;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The opening hours of one day: non-overlapping {@linkplain TimeRange time ranges} in order of start; none means
 * closed.
 *
 * <p>Ranges may touch ({@code 09:00-12:00} and {@code 12:00-17:00}), not overlap. They are kept sorted by start
 * whatever order they are given in. In JSON and YAML the hours of a day are a list of ranges:
 * {@code [{"start": "09:00", "end": "12:30"}, {"start": "13:30", "end": "17:00"}]}; {@code []} is closed.
 *
 * <pre>{@code
 * DayHours hours = DayHours.of(TimeRange.parse("09:00-12:30"), TimeRange.parse("13:30-17:00"));
 * hours.contains(LocalTime.of(13, 0));  // false: lunch break
 * DayHours.closed().isClosed();         // true
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
public abstract class DayHours {
    /** Extended only by the generated immutable implementation. */
    DayHours() {}

    private static final DayHours CLOSED = ImmutableDayHours.builder().build();

    /**
     * The ranges, sorted by start, not overlapping.
     *
     * @return an unmodifiable list; empty when closed all day
     */
    @JsonValue
    public abstract List<TimeRange> ranges();

    /**
     * A day with no opening hours.
     *
     * @return the closed day
     */
    public static DayHours closed() {
        return CLOSED;
    }

    /**
     * The hours of a day from ranges in any order.
     *
     * @param ranges the ranges; none for closed
     * @return the hours, sorted by start
     * @throws IllegalArgumentException if two ranges overlap, naming both
     * @throws NullPointerException if a range is null
     */
    public static DayHours of(TimeRange... ranges) {
        return of(Arrays.asList(ranges));
    }

    /**
     * The hours of a day from ranges in any order; the JSON creator.
     *
     * @param ranges the ranges; empty for closed
     * @return the hours, sorted by start
     * @throws IllegalArgumentException if two ranges overlap, naming both
     * @throws NullPointerException if the list or a range is null
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static DayHours of(List<TimeRange> ranges) {
        return ImmutableDayHours.builder().addAllRanges(ranges).build();
    }

    /**
     * Whether the day has no opening hours.
     *
     * @return true when there are no ranges
     */
    public boolean isClosed() {
        return ranges().isEmpty();
    }

    /**
     * Whether a wall-clock time falls in one of the ranges.
     *
     * @param time a time of day
     * @return true if open at that time
     * @throws NullPointerException if time is null
     */
    public boolean contains(LocalTime time) {
        Objects.requireNonNull(time, "time");
        List<TimeRange> ranges = ranges();
        for (int i = 0; i < ranges.size(); i++) { // no iterator: called per contact option per view
            if (ranges.get(i).contains(time)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The total open time of the day.
     *
     * @return minutes, {@code 0..1440}
     */
    public int openMinutes() {
        return ranges().stream().mapToInt(TimeRange::lengthMinutes).sum();
    }

    /**
     * The hours as text.
     *
     * @return such as {@code [09:00-12:30, 13:30-17:00]}, or {@code closed}
     */
    @Override
    public String toString() {
        return isClosed() ? "closed" : ranges().toString();
    }

    @Value.Check
    protected DayHours normalize() {
        List<TimeRange> sorted = new ArrayList<>(ranges());
        Collections.sort(sorted);
        for (int i = 1; i < sorted.size(); i++) {
            TimeRange previous = sorted.get(i - 1);
            TimeRange next = sorted.get(i);
            if (previous.overlaps(next)) {
                throw new IllegalArgumentException(
                        "time ranges must not overlap but " + previous + " and " + next + " do");
            }
        }
        return sorted.equals(ranges())
                ? this
                : ImmutableDayHours.builder().addAllRanges(sorted).build();
    }
}
