/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import io.github.careerguidance.core.contact.DayHours;
import io.github.careerguidance.core.contact.OpeningHours;
import io.github.careerguidance.core.contact.TimeRange;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Weekly opening hours as a short text a visitor reads at a glance: consecutive days with the same hours are joined
 * ({@code ma–do 09:00–17:00; vr 09:00–13:00}), a channel open day and night says so.
 */
final class HoursText {
    private HoursText() {}

    /** The weekly hours in the locale's language; "closed" when the hours have no open day. */
    static String weekly(OpeningHours hours, Locale locale) {
        boolean nl = "nl".equals(locale.getLanguage());
        List<String> parts = new ArrayList<>();
        DayOfWeek[] days = DayOfWeek.values();
        int allDay = 0;
        for (int i = 0; i < days.length; ) {
            DayHours h = hours.weekly().getOrDefault(days[i], DayHours.closed());
            int j = i;
            while (j + 1 < days.length
                    && hours.weekly()
                            .getOrDefault(days[j + 1], DayHours.closed())
                            .equals(h)) {
                j++;
            }
            if (!h.isClosed()) {
                if (h.ranges().size() == 1
                        && h.ranges().get(0).startMinute() == 0
                        && h.ranges().get(0).endsAtEndOfDay()) {
                    allDay += j - i + 1;
                }
                String span = day(days[i], locale) + (j > i ? "\u2013" + day(days[j], locale) : "");
                List<String> ranges = new ArrayList<>();
                for (TimeRange t : h.ranges()) {
                    ranges.add(t.startText() + "\u2013" + t.endText());
                }
                parts.add(span + " " + String.join(nl ? " en " : " and ", ranges));
            }
            i = j + 1;
        }
        if (allDay == 7) {
            return nl ? "dag en nacht" : "day and night";
        }
        return parts.isEmpty() ? (nl ? "geen vaste tijden" : "no fixed hours") : String.join("; ", parts);
    }

    private static String day(DayOfWeek d, Locale locale) {
        return d.getDisplayName(TextStyle.SHORT, locale).replace(".", "");
    }
}
