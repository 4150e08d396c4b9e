/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import io.github.careerguidance.core.calendar.BusinessCalendar;
import io.github.careerguidance.core.calendar.CallbackWindow;
import io.github.careerguidance.core.contact.DayHours;
import io.github.careerguidance.core.contact.OpeningHours;
import io.github.careerguidance.core.contact.TimeRange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The time bands a visitor can pick for a callback: the channel's opening hours on each business day of the callback
 * window the SDK computed, cut at noon and at five into morning, afternoon and evening bands, and clipped to the
 * window. A band shorter than half an hour is left out.
 */
final class CallbackSlots {
    private static final int[] CUTS = {12 * 60, 17 * 60};
    private static final long MIN_MINUTES = 30;

    /** One band: its start and end, and its value in the form ({@code start-end} in epoch seconds). */
    record Slot(Instant start, Instant end, ZoneId zone) {
        String value() {
            return start.getEpochSecond() + "-" + end.getEpochSecond();
        }

        LocalDate day() {
            return start.atZone(zone).toLocalDate();
        }
    }

    private CallbackSlots() {}

    /** The bands of a window for a channel's hours, in order. */
    static List<Slot> of(CallbackWindow window, OpeningHours hours, BusinessCalendar calendar) {
        ZoneId zone = hours.zone();
        List<Slot> out = new ArrayList<>();
        LocalDate last = window.latest().atZone(zone).toLocalDate();
        for (LocalDate d = window.earliest().atZone(zone).toLocalDate(); !d.isAfter(last); d = d.plusDays(1)) {
            if (!calendar.isBusinessDay(d)) {
                continue;
            }
            DayHours day = hours.hoursOn(d);
            for (TimeRange range : day.ranges()) {
                int from = range.startMinute();
                int end = range.endMinute();
                List<Integer> edges = new ArrayList<>(List.of(from));
                for (int cut : CUTS) {
                    if (cut > from && cut < end) {
                        edges.add(cut);
                    }
                }
                edges.add(end);
                for (int i = 0; i + 1 < edges.size(); i++) {
                    Instant s = at(d, edges.get(i), zone);
                    Instant e = at(d, edges.get(i + 1), zone);
                    if (s.isBefore(window.earliest())) {
                        s = window.earliest();
                    }
                    if (e.isAfter(window.latest())) {
                        e = window.latest();
                    }
                    if (java.time.Duration.between(s, e).toMinutes() >= MIN_MINUTES) {
                        out.add(new Slot(s, e, zone));
                    }
                }
            }
        }
        return out;
    }

    /** The band with a form value, among the given ones. */
    static Optional<Slot> find(List<Slot> slots, String value) {
        return slots.stream().filter(s -> s.value().equals(value)).findFirst();
    }

    private static Instant at(LocalDate d, int minute, ZoneId zone) {
        return minute >= 24 * 60
                ? d.plusDays(1).atStartOfDay(zone).toInstant()
                : ZonedDateTime.of(d, LocalTime.of(minute / 60, minute % 60), zone)
                        .toInstant();
    }
}
