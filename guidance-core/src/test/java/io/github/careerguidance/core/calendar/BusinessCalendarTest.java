/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.careerguidance.core.citation.Citation;
import io.github.careerguidance.core.contact.ContactChannel;
import io.github.careerguidance.core.contact.ContactPoint;
import io.github.careerguidance.core.contact.DayHours;
import io.github.careerguidance.core.contact.OpeningHours;
import io.github.careerguidance.core.contact.TimeRange;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.core.text.LocalizedText;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {
    static final ZoneId AMS = ZoneId.of("Europe/Amsterdam");
    static final LocalDate FROM = LocalDate.of(2014, 1, 1);
    static final LocalDate TO = LocalDate.of(2081, 1, 1);

    /** The oracle: every business day from FROM to TO, listed day by day from the holiday table. */
    static final class Oracle {
        final List<LocalDate> days = new ArrayList<>();

        Oracle(HolidayCalendar holidays, Set<DayOfWeek> weekend) {
            Set<LocalDate> table = new HashSet<>();
            for (int y = FROM.getYear(); y <= TO.getYear(); y++) {
                holidays.holidays(y).forEach(h -> table.add(h.date()));
            }
            for (LocalDate d = FROM; d.isBefore(TO); d = d.plusDays(1)) {
                if (!weekend.contains(d.getDayOfWeek()) && !table.contains(d)) {
                    days.add(d);
                }
            }
        }

        /** Index of the first business day after date. */
        int after(LocalDate date) {
            int i = Collections.binarySearch(days, date);
            return i >= 0 ? i + 1 : -i - 1;
        }

        /** Index of the last business day before date. */
        int before(LocalDate date) {
            int i = Collections.binarySearch(days, date);
            return i >= 0 ? i - 1 : -i - 2;
        }

        LocalDate plus(LocalDate date, int n) {
            return n == 0 ? date : n > 0 ? days.get(after(date) + n - 1) : days.get(before(date) + n + 1);
        }

        long between(LocalDate start, LocalDate end) {
            int s = Collections.binarySearch(days, start);
            int e = Collections.binarySearch(days, end);
            return (e >= 0 ? e : -e - 1) - (long) (s >= 0 ? s : -s - 1);
        }
    }

    static DutchHolidays withRandomDecreeDays(long seed) {
        Random random = new Random(seed);
        var b = DecreeDays.builder();
        Set<LocalDate> used = new HashSet<>();
        for (int i = 0; i < random.nextInt(6); i++) {
            LocalDate d = FROM.plusDays(200 + random.nextInt(20_000));
            if (used.add(d)) {
                b.addDays(Holiday.builder()
                        .date(d)
                        .name(LocalizedText.of("Besluitdag", "Decree day"))
                        .kind(HolidayKind.DECREE)
                        .addCitations(Citation.of("Illustrative decree (test data)", "https://example.org/decree/" + i))
                        .build());
            }
        }
        return DutchHolidays.standard().withDecreeDays(b.build());
    }

    @Test
    void arithmeticAgreesWithTheDayByDayOracle() {
        qt().withExamples(40).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            DutchHolidays holidays = withRandomDecreeDays(seed);
            Set<DayOfWeek> weekend = EnumSet.noneOf(DayOfWeek.class);
            if (random.nextInt(4) > 0) {
                weekend.addAll(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
            } else {
                for (DayOfWeek d : DayOfWeek.values()) {
                    if (random.nextInt(3) == 0 && weekend.size() < 5) {
                        weekend.add(d);
                    }
                }
            }
            BusinessCalendar calendar = BusinessCalendar.builder()
                    .holidays(holidays)
                    .weekend(weekend)
                    .build();
            Oracle oracle = new Oracle(holidays, weekend);
            for (int i = 0; i < 200; i++) {
                LocalDate date = FROM.plusDays(400 + random.nextInt(23_000));
                int n = random.nextInt(121) - 60;
                assertThat(calendar.plusBusinessDays(date, n))
                        .as("%s %+d", date, n)
                        .isEqualTo(oracle.plus(date, n));
                assertThat(calendar.isBusinessDay(date)).isEqualTo(Collections.binarySearch(oracle.days, date) >= 0);
                LocalDate other = date.plusDays(random.nextInt(200) - 100);
                assertThat(calendar.businessDaysBetween(date, other))
                        .as("%s..%s", date, other)
                        .isEqualTo(oracle.between(date, other));
                assertThat(calendar.nextBusinessDay(date)).isEqualTo(oracle.days.get(oracle.after(date)));
                LocalDate onOrAfter = calendar.businessDayOnOrAfter(date);
                assertThat(onOrAfter)
                        .isEqualTo(calendar.isBusinessDay(date) ? date : oracle.days.get(oracle.after(date)));
            }
        });
    }

    @Test
    void knownDates() {
        BusinessCalendar nl = BusinessCalendar.dutch();
        assertThat(nl.isBusinessDay(LocalDate.of(2026, 4, 27))).isFalse();
        assertThat(nl.plusBusinessDays(LocalDate.of(2026, 4, 24), 1)).isEqualTo(LocalDate.of(2026, 4, 28));
        assertThat(nl.plusBusinessDays(LocalDate.of(2026, 12, 24), 1)).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(nl.plusBusinessDays(LocalDate.of(2026, 4, 28), -1)).isEqualTo(LocalDate.of(2026, 4, 24));
        assertThat(nl.businessDaysBetween(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1)))
                .isEqualTo(19); // 22 weekdays less Goede Vrijdag, Paasmaandag, Koningsdag
        assertThat(nl.businessDayOnOrAfter(LocalDate.of(2026, 5, 5))).isEqualTo(LocalDate.of(2026, 5, 6));
        assertThatThrownBy(() -> BusinessCalendar.builder()
                        .holidays(DutchHolidays.standard())
                        .weekend(EnumSet.allOf(DayOfWeek.class))
                        .build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    static ContactPoint office(OpeningHours hours) {
        return ContactPoint.builder()
                .id("leerwerkloket-test")
                .name(LocalizedText.of("Test", "Test"))
                .addChannels(ContactChannel.PHONE, ContactChannel.EMAIL)
                .hours(hours)
                .addSupportLevels(SupportLevel.BRIEF_STAFF_ASSISTED)
                .build();
    }

    static Instant at(int y, int m, int d, int h, int min) {
        return ZonedDateTime.of(y, m, d, h, min, 0, 0, AMS).toInstant();
    }

    @Test
    void callbackWindowSkipsWeekendsAndHolidays() {
        ContactPoint point = office(OpeningHours.workdays(TimeRange.parse("09:00-17:00")));
        BusinessCalendar nl = BusinessCalendar.dutch();
        // Friday 24 April 2026 10:00, 1 business day: Monday 27 April is Koningsdag, so Tuesday 17:00
        CallbackWindow w = nl.callbackWindow(at(2026, 4, 24, 10, 0), point, ContactChannel.PHONE, 1)
                .orElseThrow();
        assertThat(w.earliest()).isEqualTo(at(2026, 4, 24, 10, 0));
        assertThat(w.latest()).isEqualTo(at(2026, 4, 28, 17, 0));
        assertThat(w.businessDays()).isEqualTo(1);
        // the same request after closing: day 0 is Tuesday, the promise ends Wednesday 17:00
        CallbackWindow late = nl.callbackWindow(at(2026, 4, 24, 18, 0), point, ContactChannel.PHONE, 1)
                .orElseThrow();
        assertThat(late.earliest()).isEqualTo(at(2026, 4, 28, 9, 0));
        assertThat(late.latest()).isEqualTo(at(2026, 4, 29, 17, 0));
        // 0 business days: the same day
        CallbackWindow same = nl.callbackWindow(at(2026, 12, 7, 9, 30), point, ContactChannel.PHONE, 0)
                .orElseThrow();
        assertThat(same.latest()).isEqualTo(at(2026, 12, 7, 17, 0));
        assertThat(same.contains(at(2026, 12, 7, 16, 59))).isTrue();
        assertThat(same.contains(at(2026, 12, 7, 17, 1))).isFalse();
        // a channel the point does not offer
        assertThat(nl.callbackWindow(at(2026, 12, 7, 9, 30), point, ContactChannel.CHAT, 1))
                .isEmpty();
        assertThatThrownBy(() -> nl.callbackWindow(at(2026, 12, 7, 9, 30), point, ContactChannel.PHONE, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void whetherPointsCloseOnHolidaysIsConfigurableAndTheirOwnExceptionsWin() {
        ContactPoint point = office(OpeningHours.workdays(TimeRange.parse("09:00-17:00")));
        Instant fridayEvening = at(2026, 4, 24, 18, 0);
        BusinessCalendar open = BusinessCalendar.builder()
                .from(BusinessCalendar.dutch())
                .pointsCloseOnHolidays(false)
                .build();
        CallbackWindow w = open.callbackWindow(fridayEvening, point, ContactChannel.PHONE, 1)
                .orElseThrow();
        assertThat(w.earliest()).as("open on Koningsdag").isEqualTo(at(2026, 4, 27, 9, 0));
        assertThat(w.latest()).as("Koningsdag is still no business day").isEqualTo(at(2026, 4, 29, 17, 0));

        OpeningHours fiveMay = OpeningHours.builder()
                .from(OpeningHours.workdays(TimeRange.parse("09:00-17:00")))
                .putException(LocalDate.of(2026, 5, 5), DayHours.of(TimeRange.parse("09:00-12:00")))
                .build();
        CallbackWindow own = BusinessCalendar.dutch()
                .callbackWindow(at(2026, 5, 4, 18, 0), office(fiveMay), ContactChannel.PHONE, 1)
                .orElseThrow();
        assertThat(own.earliest()).as("its own hours on 5 mei").isEqualTo(at(2026, 5, 5, 9, 0));
        assertThat(own.latest()).isEqualTo(at(2026, 5, 7, 17, 0));
    }

    @Test
    void callbackWindowAgreesWithTheOracle() {
        ContactPoint point = office(OpeningHours.workdays(TimeRange.parse("09:00-17:00")));
        BusinessCalendar nl = BusinessCalendar.dutch();
        Oracle oracle = new Oracle(nl.holidays(), nl.weekend());
        long start = at(2014, 2, 1, 0, 0).getEpochSecond();
        long end = at(2079, 1, 1, 0, 0).getEpochSecond();
        qt().withExamples(300)
                .forAll(longs().between(start, end), integers().between(0, 10))
                .checkAssert((s, n) -> {
                    Instant requested = Instant.ofEpochSecond(s);
                    LocalDateTime local = LocalDateTime.ofInstant(requested, AMS);
                    CallbackWindow w = nl.callbackWindow(requested, point, ContactChannel.PHONE, n)
                            .orElseThrow();
                    LocalDate date = local.toLocalDate();
                    boolean todayCounts = nl.isBusinessDay(date) && local.getHour() < 17;
                    LocalDate day0 = todayCounts ? date : oracle.plus(date, 1);
                    LocalDate expected = oracle.plus(day0, n);
                    assertThat(w.latest())
                            .isEqualTo(ZonedDateTime.of(expected.atTime(17, 0), AMS)
                                    .toInstant());
                    assertThat(w.earliest()).isAfterOrEqualTo(requested).isBeforeOrEqualTo(w.latest());
                    assertThat(point.isOpen(ContactChannel.PHONE, w.earliest())).isTrue();
                    assertThat(nl.isBusinessDay(
                                    LocalDateTime.ofInstant(w.earliest(), AMS).toLocalDate()))
                            .isTrue();
                });
    }
}
