/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import io.github.careerguidance.core.contact.ContactChannel;
import io.github.careerguidance.core.plan.Recurrence;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Words for a plan in Dutch or English: dates ("maandag 21 december 2026"), periods ("4 weken"), recurrences ("4 keer
 * per 4 weken") and channels. A minimal copy of the CLI's {@code PlanText}: the examples never depend on the CLI.
 */
final class PlanWords {
    private static final DateTimeFormatter NL =
            DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.forLanguageTag("nl"));
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);

    private PlanWords() {}

    static boolean dutch(Locale locale) {
        return "nl".equals(locale.getLanguage());
    }

    static String t(Locale locale, String nl, String en) {
        return dutch(locale) ? nl : en;
    }

    /** "maandag 21 december 2026", "Monday 21 December 2026". */
    static String date(LocalDate date, Locale locale) {
        return (dutch(locale) ? NL : EN).format(date);
    }

    /** "4 weken", "1 maand en 15 dagen", "2 years". */
    static String period(Period period, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (period.getYears() != 0) {
            parts.add(count(period.getYears(), locale, "jaar", "jaar", "year", "years"));
        }
        if (period.getMonths() != 0) {
            parts.add(count(period.getMonths(), locale, "maand", "maanden", "month", "months"));
        }
        int days = period.getDays();
        if (days != 0 && days % 7 == 0) {
            parts.add(count(days / 7, locale, "week", "weken", "week", "weeks"));
        } else if (days != 0) {
            parts.add(count(days, locale, "dag", "dagen", "day", "days"));
        }
        if (parts.isEmpty()) {
            return t(locale, "0 dagen", "0 days");
        }
        String last = parts.remove(parts.size() - 1);
        return parts.isEmpty() ? last : String.join(", ", parts) + t(locale, " en ", " and ") + last;
    }

    private static String count(int n, Locale locale, String nlOne, String nlMany, String enOne, String enMany) {
        return n + " " + (n == 1 ? t(locale, nlOne, enOne) : t(locale, nlMany, enMany));
    }

    /** "4 keer per 4 weken", "4 times per 4 weeks". */
    static String recurrence(Recurrence recurrence, Locale locale) {
        return recurrence.count()
                + t(locale, " keer per ", recurrence.count() == 1 ? " time per " : " times per ")
                + period(recurrence.period(), locale);
    }

    /** A channel in running text: "videobellen", "video call". */
    static String channel(ContactChannel channel, Locale locale) {
        return channel.label().resolve(locale).toLowerCase(Locale.ROOT);
    }
}
