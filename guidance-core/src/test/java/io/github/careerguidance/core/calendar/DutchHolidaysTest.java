/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.careerguidance.core.citation.Citation;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.text.LocalizedText;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DutchHolidaysTest {
    /**
     * Easter Sundays from published tables of the Gregorian Easter date, including the extremes: 22 March (1818,
     * 2285, the earliest possible) and 25 April (1943, 2038, the latest possible).
     */
    static final Map<Integer, LocalDate> KNOWN_EASTER = Map.ofEntries(
            Map.entry(1818, LocalDate.of(1818, 3, 22)),
            Map.entry(1943, LocalDate.of(1943, 4, 25)),
            Map.entry(2000, LocalDate.of(2000, 4, 23)),
            Map.entry(2001, LocalDate.of(2001, 4, 15)),
            Map.entry(2002, LocalDate.of(2002, 3, 31)),
            Map.entry(2003, LocalDate.of(2003, 4, 20)),
            Map.entry(2004, LocalDate.of(2004, 4, 11)),
            Map.entry(2005, LocalDate.of(2005, 3, 27)),
            Map.entry(2006, LocalDate.of(2006, 4, 16)),
            Map.entry(2007, LocalDate.of(2007, 4, 8)),
            Map.entry(2008, LocalDate.of(2008, 3, 23)),
            Map.entry(2009, LocalDate.of(2009, 4, 12)),
            Map.entry(2010, LocalDate.of(2010, 4, 4)),
            Map.entry(2011, LocalDate.of(2011, 4, 24)),
            Map.entry(2012, LocalDate.of(2012, 4, 8)),
            Map.entry(2013, LocalDate.of(2013, 3, 31)),
            Map.entry(2014, LocalDate.of(2014, 4, 20)),
            Map.entry(2015, LocalDate.of(2015, 4, 5)),
            Map.entry(2016, LocalDate.of(2016, 3, 27)),
            Map.entry(2017, LocalDate.of(2017, 4, 16)),
            Map.entry(2018, LocalDate.of(2018, 4, 1)),
            Map.entry(2019, LocalDate.of(2019, 4, 21)),
            Map.entry(2020, LocalDate.of(2020, 4, 12)),
            Map.entry(2021, LocalDate.of(2021, 4, 4)),
            Map.entry(2022, LocalDate.of(2022, 4, 17)),
            Map.entry(2023, LocalDate.of(2023, 4, 9)),
            Map.entry(2024, LocalDate.of(2024, 3, 31)),
            Map.entry(2025, LocalDate.of(2025, 4, 20)),
            Map.entry(2026, LocalDate.of(2026, 4, 5)),
            Map.entry(2027, LocalDate.of(2027, 3, 28)),
            Map.entry(2028, LocalDate.of(2028, 4, 16)),
            Map.entry(2029, LocalDate.of(2029, 4, 1)),
            Map.entry(2030, LocalDate.of(2030, 4, 21)),
            Map.entry(2031, LocalDate.of(2031, 4, 13)),
            Map.entry(2032, LocalDate.of(2032, 3, 28)),
            Map.entry(2033, LocalDate.of(2033, 4, 17)),
            Map.entry(2034, LocalDate.of(2034, 4, 9)),
            Map.entry(2035, LocalDate.of(2035, 3, 25)),
            Map.entry(2036, LocalDate.of(2036, 4, 13)),
            Map.entry(2037, LocalDate.of(2037, 4, 5)),
            Map.entry(2038, LocalDate.of(2038, 4, 25)),
            Map.entry(2039, LocalDate.of(2039, 4, 10)),
            Map.entry(2040, LocalDate.of(2040, 4, 1)),
            Map.entry(2285, LocalDate.of(2285, 3, 22)));

    @Test
    void easterMatchesThePublishedTable() {
        KNOWN_EASTER.forEach((year, easter) -> assertThat(DutchHolidays.easterSunday(year))
                .as("Easter %d", year)
                .isEqualTo(easter));
    }

    @Test
    void easterIsAlwaysASundayFrom22MarchTo25April() {
        qt().withExamples(2000).forAll(integers().between(1583, 9999)).checkAssert(year -> {
            LocalDate easter = DutchHolidays.easterSunday(year);
            assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
            assertThat(easter).isBetween(LocalDate.of(year, 3, 22), LocalDate.of(year, 4, 25));
        });
        assertThatThrownBy(() -> DutchHolidays.easterSunday(1582)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void koningsdagMovesToSaturdayWhenThe27thIsASunday() {
        assertThat(DutchHolidays.koningsdag(2025)).isEqualTo(LocalDate.of(2025, 4, 26));
        assertThat(DutchHolidays.koningsdag(2014)).isEqualTo(LocalDate.of(2014, 4, 26));
        assertThat(DutchHolidays.koningsdag(2026)).isEqualTo(LocalDate.of(2026, 4, 27));
        qt().forAll(integers().between(DutchHolidays.FIRST_YEAR, 9999)).checkAssert(year -> {
            LocalDate day = DutchHolidays.koningsdag(year);
            assertThat(day.getDayOfWeek()).isNotEqualTo(DayOfWeek.SUNDAY);
            assertThat(day).isIn(LocalDate.of(year, 4, 27), LocalDate.of(year, 4, 26));
            assertThat(DutchHolidays.standard().holiday(day)).map(Holiday::kind).contains(HolidayKind.RECOGNISED);
        });
        assertThat(DutchHolidays.standard().isHoliday(LocalDate.of(2025, 4, 27)))
                .isFalse();
    }

    @Test
    void the2026ListIsTheActsList() {
        List<LocalDate> dates = DutchHolidays.standard().holidays(2026).stream()
                .map(Holiday::date)
                .collect(Collectors.toList());
        assertThat(dates)
                .containsExactly(
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 4, 3),
                        LocalDate.of(2026, 4, 6),
                        LocalDate.of(2026, 4, 27),
                        LocalDate.of(2026, 5, 5),
                        LocalDate.of(2026, 5, 14),
                        LocalDate.of(2026, 5, 25),
                        LocalDate.of(2026, 12, 25),
                        LocalDate.of(2026, 12, 26));
        Holiday goodFriday =
                DutchHolidays.standard().holiday(LocalDate.of(2026, 4, 3)).orElseThrow();
        assertThat(goodFriday.kind()).isEqualTo(HolidayKind.EQUATED);
        assertThat(goodFriday.citations()).extracting(Citation::url).contains("https://wetten.overheid.nl/BWBR0002448");
        assertThat(DutchHolidays.standard().holidays(2026))
                .allMatch(h -> !h.citations().isEmpty());
    }

    @Test
    void fiveMayIsAHolidayEveryYearAndMayShareADateWithAscension() {
        qt().forAll(integers().between(DutchHolidays.FIRST_YEAR, 2200))
                .checkAssert(year -> assertThat(DutchHolidays.standard().isHoliday(LocalDate.of(year, Month.MAY, 5)))
                        .isTrue());
        // 2016: Easter 27 March, so Ascension is 5 May; both are listed
        assertThat(DutchHolidays.standard().holidays(2016))
                .filteredOn(h -> h.date().equals(LocalDate.of(2016, 5, 5)))
                .hasSize(2);
    }

    @Test
    void theShippedDecreeListIsEmptyAndCited() {
        DecreeDays shipped = DutchHolidays.shippedDecreeDays();
        assertThat(shipped.days()).isEmpty();
        assertThat(shipped.citations()).singleElement().satisfies(c -> {
            assertThat(c.url()).isEqualTo("https://wetten.overheid.nl/BWBR0002448");
            assertThat(c.accessed()).contains(LocalDate.of(2026, 12, 7));
        });
        assertThat(DutchHolidays.standard().decreeDays()).isEmpty();
    }

    @Test
    void decreeDaysAreAddedAsData() {
        String json = "{\"days\": [{\"date\": \"2030-05-31\", \"name\": {\"nl\": \"Vrijdag na Hemelvaart\","
                + " \"en\": \"Friday after Ascension\"}, \"kind\": \"decree\", \"citations\": [{\"title\":"
                + " \"Illustrative decree (test data)\", \"url\": \"https://example.org/decree\"}]}]}";
        ReadResult<DecreeDays> read = GuidanceCodec.json().read(json, DecreeDays.class);
        assertThat(read.isSuccessful()).as(read.diagnostics().toString()).isTrue();
        DutchHolidays withDecree = DutchHolidays.standard().withDecreeDays(read.orElseThrow());
        assertThat(withDecree.holiday(LocalDate.of(2030, 5, 31)))
                .map(Holiday::kind)
                .contains(HolidayKind.DECREE);
        assertThat(DutchHolidays.standard().isHoliday(LocalDate.of(2030, 5, 31)))
                .isFalse();
        assertThat(withDecree.holidays(2030)).hasSize(10).isSorted();
        assertThatThrownBy(() -> withDecree.withDecreeDays(read.orElseThrow()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2030-05-31");
    }

    @Test
    void badDecreeDocumentsGiveDiagnosticsWithPointers() {
        String noCitation = "{\"days\": [{\"date\": \"2030-05-31\", \"name\": {\"nl\": \"x\", \"en\": \"x\"},"
                + " \"kind\": \"decree\"}]}";
        ReadResult<DecreeDays> read = GuidanceCodec.json().read(noCitation, DecreeDays.class);
        assertThat(read.isSuccessful()).isFalse();
        assertThat(read.diagnostics().asList()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo("core.json.invalid-value");
            assertThat(d.location().toString()).startsWith("/days/0");
        });
        ReadResult<DecreeDays> badDate =
                GuidanceCodec.json().read("{\"days\": [{\"date\": \"31-05-2030\"}]}", DecreeDays.class);
        assertThat(badDate.diagnostics().asList())
                .anySatisfy(d -> assertThat(d.location().toString()).isEqualTo("/days/0/date"));
        Holiday recognised = Holiday.builder()
                .date(LocalDate.of(2030, 1, 2))
                .name(LocalizedText.of("x", "x"))
                .kind(HolidayKind.RECOGNISED)
                .build();
        assertThatThrownBy(() -> DecreeDays.builder().addDays(recognised).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("decree");
    }

    @Test
    void yearsOutsideTheRangeAreRefused() {
        assertThatThrownBy(() -> DutchHolidays.standard().holidays(2013))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2014");
        assertThatThrownBy(() -> DutchHolidays.standard().isHoliday(LocalDate.of(2013, 4, 30)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
