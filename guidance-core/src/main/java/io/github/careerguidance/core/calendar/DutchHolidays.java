/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.calendar;

import io.github.careerguidance.core.citation.Citation;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.text.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Dutch holidays for statutory terms: the "algemeen erkende feestdagen" of the Algemene termijnenwet art. 3(1),
 * Goede Vrijdag (art. 3(2)) and the days equated by decree (art. 3(3)).
 *
 * <p>The rules, with the Act at https://wetten.overheid.nl/BWBR0002448 (read 2026-12-07, see
 * {@code shared/research/after-the-journey.md}):
 * <ul>
 *   <li>Nieuwjaarsdag (1 January), eerste and tweede Kerstdag (25 and 26 December) and 5 mei, every year;</li>
 *   <li>Goede Vrijdag (Easter &minus; 2), tweede Paasdag (Easter + 1), Hemelvaartsdag (Easter + 39) and tweede
 *       Pinksterdag (Easter + 50), with Easter Sunday by the Gregorian computus ({@link #easterSunday(int)});</li>
 *   <li>Koningsdag: 27 April, or Saturday 26 April when the 27th is a Sunday (as in 2014 and 2025);</li>
 *   <li>decree days: data per year ({@link DecreeDays}). The shipped list ({@value DecreeDays#RESOURCE}) is
 *       <b>empty</b>, because the research gives no decree with its dates; add them with
 *       {@link #withDecreeDays(DecreeDays)}.</li>
 * </ul>
 * Eerste Paasdag and eerste Pinksterdag are not in the Act's list; they are Sundays anyway. The calendar covers the
 * years from {@value #FIRST_YEAR} (the first Koningsdag) to 9999; before 2014 the monarch's birthday was celebrated
 * on another day, which the research does not give.
 *
 * <p>The list decides statutory terms only: a recognised holiday is not automatically a day off for a service
 * (many employers give 5 mei off once in five years). Whether a contact point is closed is its own data; see
 * {@link BusinessCalendar#pointsCloseOnHolidays()}.
 *
 * <p>Why not a holiday library: the Act's list is eight rules and one Sunday rule, all cited above, while the
 * library considered ({@code de.focus-shift:jollyday}) answers a different question (its Dutch data marks Goede
 * Vrijdag an observance and has no decree days, so it would need patching either way) and would bring JAXB into
 * guidance-core. An embedder who prefers a library can implement {@link HolidayCalendar} over it.
 *
 * <pre>{@code
 * DutchHolidays nl = DutchHolidays.standard();
 * nl.holiday(LocalDate.of(2025, 4, 26));   // Koningsdag (the 27th was a Sunday)
 * DutchHolidays.easterSunday(2026);        // 2026-04-05
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe (a year's list is computed once and cached per instance).
 *
 * @since 0.1.0
 */
@Beta
public final class DutchHolidays implements HolidayCalendar {
    /** The first year covered: the first Koningsdag. */
    public static final int FIRST_YEAR = 2014;

    /** The last year covered. */
    public static final int LAST_YEAR = 9999;

    /** The Algemene termijnenwet, read 2026-12-07. */
    public static final Citation ACT = Citation.builder()
            .title("Algemene termijnenwet, art. 3")
            .url("https://wetten.overheid.nl/BWBR0002448")
            .accessed(LocalDate.of(2026, 12, 7))
            .build();

    private static final Citation YEAR_LIST = Citation.builder()
            .title("De Algemene termijnenwet: the recognised holidays of a year")
            .url("https://wvhl.nl/algemeen/de-algemene-termijnenwet")
            .accessed(LocalDate.of(2026, 12, 7))
            .build();

    private static final DutchHolidays WITHOUT_DECREE_DAYS = new DutchHolidays(Map.of());
    private static final DutchHolidays STANDARD = WITHOUT_DECREE_DAYS.withDecreeDays(shippedDecreeDays());

    private final Map<LocalDate, Holiday> decreeDays;
    private final ConcurrentHashMap<Integer, List<Holiday>> years = new ConcurrentHashMap<>();

    private DutchHolidays(Map<LocalDate, Holiday> decreeDays) {
        this.decreeDays = decreeDays;
    }

    /**
     * The Act's rules plus the decree days guidance ships (none at present; see the class comment).
     *
     * @return the shared standard calendar
     */
    public static DutchHolidays standard() {
        return STANDARD;
    }

    /**
     * The Act's rules of art. 3(1) and 3(2) only, without decree days.
     *
     * @return the shared calendar
     */
    public static DutchHolidays withoutDecreeDays() {
        return WITHOUT_DECREE_DAYS;
    }

    /**
     * The decree days guidance ships, read from {@value DecreeDays#RESOURCE}.
     *
     * @return the list with its citations; its days are empty at present
     */
    public static DecreeDays shippedDecreeDays() {
        try (InputStream in = DutchHolidays.class.getResourceAsStream("/" + DecreeDays.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("decree days resource '" + DecreeDays.RESOURCE + "' is missing");
            }
            ReadResult<DecreeDays> read = GuidanceCodec.json().read(in, DecreeDays.class);
            if (!read.isSuccessful()) {
                throw new IllegalStateException(
                        "decree days resource '" + DecreeDays.RESOURCE + "' is broken: " + read.diagnostics());
            }
            return read.orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read decree days resource '" + DecreeDays.RESOURCE + "'", e);
        }
    }

    /**
     * This calendar with more decree days.
     *
     * @param days the days to add
     * @return a new calendar
     * @throws IllegalArgumentException if a day falls on a date that already has a decree day, or outside the
     *     years covered
     * @throws NullPointerException if days is null
     */
    public DutchHolidays withDecreeDays(DecreeDays days) {
        Objects.requireNonNull(days, "days");
        Map<LocalDate, Holiday> merged = new TreeMap<>(decreeDays);
        for (Holiday day : days.days()) {
            requireCovered(day.date().getYear());
            if (merged.putIfAbsent(day.date(), day) != null) {
                throw new IllegalArgumentException("decree day " + day.date() + " is already in this calendar");
            }
        }
        return new DutchHolidays(Collections.unmodifiableMap(merged));
    }

    /**
     * The decree days of this calendar.
     *
     * @return an unmodifiable list in date order
     */
    public List<Holiday> decreeDays() {
        return List.copyOf(decreeDays.values());
    }

    /**
     * Easter Sunday of a year by the Gregorian computus (the anonymous Gregorian algorithm of Meeus, Jones and
     * Butcher). Always a Sunday from 22 March to 25 April.
     *
     * @param year a Gregorian year, 1583 or later
     * @return the date of Easter Sunday
     * @throws IllegalArgumentException if year is before 1583 or after 9999
     */
    public static LocalDate easterSunday(int year) {
        if (year < 1583 || year > LAST_YEAR) {
            throw new IllegalArgumentException(
                    "Easter by the Gregorian computus needs a year from 1583 to 9999 but was " + year);
        }
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    /**
     * Koningsdag of a year: 27 April, or Saturday 26 April when the 27th is a Sunday.
     *
     * @param year a year from {@value #FIRST_YEAR}
     * @return the date
     * @throws IllegalArgumentException if the year is not covered
     */
    public static LocalDate koningsdag(int year) {
        requireCovered(year);
        LocalDate date = LocalDate.of(year, Month.APRIL, 27);
        return date.getDayOfWeek() == DayOfWeek.SUNDAY ? date.minusDays(1) : date;
    }

    @Override
    public List<Holiday> holidays(int year) {
        requireCovered(year);
        return years.computeIfAbsent(year, this::compute);
    }

    @Override
    public Optional<Holiday> holiday(LocalDate date) {
        Objects.requireNonNull(date, "date");
        for (Holiday holiday : holidays(date.getYear())) {
            if (holiday.date().equals(date)) {
                return Optional.of(holiday);
            }
        }
        return Optional.empty();
    }

    private List<Holiday> compute(int year) {
        LocalDate easter = easterSunday(year);
        List<Holiday> list = new ArrayList<>();
        list.add(recognised(LocalDate.of(year, 1, 1), "Nieuwjaarsdag", "New Year's Day"));
        list.add(Holiday.builder()
                .date(easter.minusDays(2))
                .name(LocalizedText.of("Goede Vrijdag", "Good Friday"))
                .kind(HolidayKind.EQUATED)
                .addCitations(ACT)
                .build());
        list.add(recognised(easter.plusDays(1), "Tweede Paasdag", "Easter Monday"));
        list.add(Holiday.builder()
                .date(koningsdag(year))
                .name(LocalizedText.of("Koningsdag", "King's Day"))
                .kind(HolidayKind.RECOGNISED)
                .addCitations(ACT, YEAR_LIST)
                .build());
        list.add(recognised(LocalDate.of(year, 5, 5), "5 mei (Bevrijdingsdag)", "5 May (Liberation Day)"));
        list.add(recognised(easter.plusDays(39), "Hemelvaartsdag", "Ascension Day"));
        list.add(recognised(easter.plusDays(50), "Tweede Pinksterdag", "Whit Monday"));
        list.add(recognised(LocalDate.of(year, 12, 25), "Eerste Kerstdag", "Christmas Day"));
        list.add(recognised(LocalDate.of(year, 12, 26), "Tweede Kerstdag", "Boxing Day"));
        for (Holiday day : decreeDays.values()) {
            if (day.date().getYear() == year) {
                list.add(day);
            }
        }
        Collections.sort(list);
        return Collections.unmodifiableList(list);
    }

    private static Holiday recognised(LocalDate date, String nl, String en) {
        return Holiday.builder()
                .date(date)
                .name(LocalizedText.of(nl, en))
                .kind(HolidayKind.RECOGNISED)
                .addCitations(ACT)
                .build();
    }

    private static void requireCovered(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT,
                    "Dutch holidays cover the years %d to %d but the year was %d",
                    FIRST_YEAR,
                    LAST_YEAR,
                    year));
        }
    }

    @Override
    public String toString() {
        return "DutchHolidays[decree days: " + decreeDays.size() + "]";
    }
}
