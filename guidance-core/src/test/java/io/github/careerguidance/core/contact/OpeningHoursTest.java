/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.text.LocalizedText;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpeningHoursTest {
    private static final ZoneId AMS = OpeningHours.AMSTERDAM;

    /** Office hours of a Dutch service desk, with Koningsdag and Christmas closed and Christmas Eve short. */
    private static final OpeningHours OFFICE = OpeningHours.builder()
            .from(OpeningHours.workdays(TimeRange.parse("09:00-12:30"), TimeRange.parse("13:30-17:00")))
            .putException(LocalDate.of(2026, 4, 27), DayHours.closed()) // Koningsdag (Monday)
            .putException(LocalDate.of(2026, 12, 24), DayHours.of(TimeRange.parse("09:00-14:00")))
            .putException(LocalDate.of(2026, 12, 25), DayHours.closed()) // Eerste Kerstdag
            .putException(LocalDate.of(2026, 12, 26), DayHours.closed()) // Tweede Kerstdag
            .note(LocalizedText.of("Gesloten op feestdagen", "Closed on public holidays"))
            .build();

    private static Instant ams(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(AMS).toInstant();
    }

    private static OpeningHours sundays(String... ranges) {
        return OpeningHours.builder()
                .putWeekly(
                        DayOfWeek.SUNDAY,
                        DayHours.of(java.util.Arrays.stream(ranges)
                                .map(TimeRange::parse)
                                .toList()))
                .build();
    }

    private static Instant at(Optional<ZonedDateTime> t) {
        assertThat(t).isPresent();
        return t.get().toInstant();
    }

    @Test
    void theJavadocExampleHolds() {
        OpeningHours hours = OpeningHours.builder()
                .putWeekly(DayOfWeek.MONDAY, DayHours.of(TimeRange.parse("09:00-17:00")))
                .putWeekly(DayOfWeek.SATURDAY, DayHours.of(TimeRange.parse("10:00-13:00")))
                .putException(LocalDate.of(2026, 4, 27), DayHours.closed())
                .build();
        assertThat(hours.isOpen(Instant.parse("2026-03-30T08:30:00Z"))).isTrue();
        assertThat(hours.nextOpening(Instant.parse("2026-04-26T12:00:00Z")))
                .contains(ZonedDateTime.of(2026, 5, 2, 10, 0, 0, 0, AMS));
    }

    @Test
    void openDuringOfficeHoursWithExclusiveEnds() {
        assertThat(OFFICE.zone()).isEqualTo(AMS);
        assertThat(OFFICE.isOpen(ams("2026-03-30T09:00"))).isTrue(); // Monday, start inclusive
        assertThat(OFFICE.isOpen(ams("2026-03-30T12:29:59.999"))).isTrue();
        assertThat(OFFICE.isOpen(ams("2026-03-30T12:30"))).isFalse(); // lunch, end exclusive
        assertThat(OFFICE.isOpen(ams("2026-03-30T17:00"))).isFalse();
        assertThat(OFFICE.isOpen(ams("2026-03-28T10:00"))).isFalse(); // Saturday
        assertThat(OFFICE.openDays())
                .containsExactly(
                        DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    }

    @Test
    void nextOpeningIsTheInstantItselfWhenOpenAndOtherwiseTheNextRangeStart() {
        Instant open = ams("2026-03-30T10:15:30.5");
        assertThat(at(OFFICE.nextOpening(open))).isEqualTo(open);
        assertThat(OFFICE.nextOpening(ams("2026-03-30T12:45")))
                .contains(ZonedDateTime.of(2026, 3, 30, 13, 30, 0, 0, AMS));
        assertThat(OFFICE.nextOpening(ams("2026-04-03T17:00"))).contains(ZonedDateTime.of(2026, 4, 6, 9, 0, 0, 0, AMS));
        assertThat(OFFICE.nextClosing(open)).contains(ZonedDateTime.of(2026, 3, 30, 12, 30, 0, 0, AMS));
        assertThat(OFFICE.nextClosing(ams("2026-03-28T10:00"))).isEmpty();
    }

    @Test
    void holidaysAreClosedAndShortDaysCloseEarly() {
        assertThat(OFFICE.hoursOn(LocalDate.of(2026, 4, 27))).isEqualTo(DayHours.closed());
        assertThat(OFFICE.isOpen(ams("2026-04-27T10:00"))).isFalse();
        assertThat(OFFICE.nextOpening(ams("2026-04-27T08:00")))
                .contains(ZonedDateTime.of(2026, 4, 28, 9, 0, 0, 0, AMS));
        assertThat(OFFICE.nextClosing(ams("2026-12-24T13:00")))
                .contains(ZonedDateTime.of(2026, 12, 24, 14, 0, 0, 0, AMS));
        // Thursday 24 Dec after closing: Friday 25 and Saturday 26 closed, Sunday closed, so Monday 28 Dec.
        assertThat(OFFICE.nextOpening(ams("2026-12-24T14:00")))
                .contains(ZonedDateTime.of(2026, 12, 28, 9, 0, 0, 0, AMS));
    }

    @Test
    void rangesEndingAt2400JoinTheNextDay() {
        OpeningHours evening = OpeningHours.builder()
                .putWeekly(DayOfWeek.MONDAY, DayHours.of(TimeRange.untilEndOfDay(LocalTime.of(18, 0))))
                .putWeekly(DayOfWeek.TUESDAY, DayHours.of(TimeRange.parse("00:00-02:00")))
                .build();
        assertThat(evening.isOpen(ams("2026-03-30T23:59:59.999999999"))).isTrue();
        assertThat(evening.isOpen(ams("2026-03-31T00:00"))).isTrue();
        assertThat(evening.isOpen(ams("2026-03-31T02:00"))).isFalse();
        assertThat(evening.nextClosing(ams("2026-03-30T20:00")))
                .contains(ZonedDateTime.of(2026, 3, 31, 2, 0, 0, 0, AMS));
        OpeningHours mondayNight = OpeningHours.builder()
                .putWeekly(DayOfWeek.MONDAY, DayHours.of(TimeRange.parse("18:00-24:00")))
                .build();
        assertThat(mondayNight.nextClosing(ams("2026-03-30T20:00")))
                .contains(ZonedDateTime.of(2026, 3, 31, 0, 0, 0, 0, AMS));
    }

    @Test
    void alwaysOpenNeverClosesAndNeverOpenNeverOpens() {
        Instant now = ams("2026-10-25T02:30");
        assertThat(OpeningHours.alwaysOpen().isOpen(now)).isTrue();
        assertThat(OpeningHours.alwaysOpen().nextClosing(now)).isEmpty();
        OpeningHours never = OpeningHours.builder().build();
        assertThat(never.nextOpening(now)).isEmpty();
        OpeningHours once = OpeningHours.builder()
                .putException(LocalDate.of(2027, 6, 1), DayHours.of(TimeRange.parse("10:00-11:00")))
                .build();
        assertThat(once.nextOpening(ams("2026-06-01T12:00"))).contains(ZonedDateTime.of(2027, 6, 1, 10, 0, 0, 0, AMS));
        // Beyond the documented horizon of 400 days.
        assertThat(once.nextOpening(ams("2026-01-01T12:00"))).isEmpty();
    }

    @Test
    void springForwardGapIsNeverOpenAndRangesInTheGapOpenWhenTheClockJumps() {
        // 2026-03-29: 02:00 CET becomes 03:00 CEST (01:00Z).
        Instant saturdayNight = Instant.parse("2026-03-28T23:00:00Z");
        OpeningHours inGap = sundays("02:00-02:30");
        assertThat(inGap.nextOpening(saturdayNight)).contains(ZonedDateTime.of(2026, 4, 5, 2, 0, 0, 0, AMS));
        OpeningHours afterGap = sundays("02:30-04:00");
        Instant opens = at(afterGap.nextOpening(saturdayNight));
        assertThat(opens).isEqualTo(Instant.parse("2026-03-29T01:00:00Z")); // 03:00 CEST
        assertThat(opens)
                .isNotEqualTo(ZonedDateTime.of(2026, 3, 29, 2, 30, 0, 0, AMS).toInstant()); // 03:30 CEST
        assertThat(afterGap.isOpen(Instant.parse("2026-03-29T00:59:59Z"))).isFalse();
        assertThat(afterGap.isOpen(opens)).isTrue();
        OpeningHours intoGap = sundays("01:30-02:30");
        assertThat(intoGap.isOpen(Instant.parse("2026-03-29T00:45:00Z"))).isTrue(); // 01:45 CET
        assertThat(at(intoGap.nextClosing(Instant.parse("2026-03-29T00:45:00Z"))))
                .isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
    }

    @Test
    void autumnOverlapIsOpenTwice() {
        // 2026-10-25: 03:00 CEST becomes 02:00 CET (01:00Z); 02:00-03:00 happens twice.
        OpeningHours twice = sundays("02:15-02:45");
        assertThat(at(twice.nextOpening(Instant.parse("2026-10-24T22:00:00Z"))))
                .isEqualTo(Instant.parse("2026-10-25T00:15:00Z"));
        assertThat(at(twice.nextClosing(Instant.parse("2026-10-25T00:20:00Z"))))
                .isEqualTo(Instant.parse("2026-10-25T00:45:00Z"));
        assertThat(twice.isOpen(Instant.parse("2026-10-25T01:00:00Z"))).isFalse();
        assertThat(at(twice.nextOpening(Instant.parse("2026-10-25T00:50:00Z"))))
                .isEqualTo(Instant.parse("2026-10-25T01:15:00Z"));
        assertThat(twice.isOpen(Instant.parse("2026-10-25T01:20:00Z"))).isTrue();
        OpeningHours hour = sundays("02:00-03:00");
        assertThat(at(hour.nextClosing(Instant.parse("2026-10-25T00:00:00Z"))))
                .isEqualTo(Instant.parse("2026-10-25T02:00:00Z"));
    }

    @Test
    void officeHoursAcrossTheDstWeekends() {
        // Friday 27 March 17:00 CET -> Monday 30 March 09:00 CEST.
        assertThat(at(OFFICE.nextOpening(ams("2026-03-27T17:00")))).isEqualTo(Instant.parse("2026-03-30T07:00:00Z"));
        // Friday 23 October 17:00 CEST -> Monday 26 October 09:00 CET.
        assertThat(at(OFFICE.nextOpening(ams("2026-10-23T17:00")))).isEqualTo(Instant.parse("2026-10-26T08:00:00Z"));
    }

    @Test
    void timeRangesValidateTheirBounds() {
        assertThat(TimeRange.parse("18:00-24:00").endsAtEndOfDay()).isTrue();
        assertThat(TimeRange.parse("18:00-24:00").end()).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(TimeRange.of(LocalTime.of(18, 0), LocalTime.MIDNIGHT)).isEqualTo(TimeRange.parse("18:00", "24:00"));
        assertThat(TimeRange.parse("09:00-17:00").lengthMinutes()).isEqualTo(480);
        assertThat(TimeRange.parse("09:00-17:00")).hasToString("09:00-17:00");
        assertThatThrownBy(() -> TimeRange.parse("09:00", "25:00"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'25:00'");
        assertThatThrownBy(() -> TimeRange.parse("09:00", "24:30")).hasMessageContaining("'24:30'");
        assertThatThrownBy(() -> TimeRange.parse("24:00", "24:00")).hasMessageContaining("start");
        assertThatThrownBy(() -> TimeRange.parse("17:00-09:00"))
                .hasMessage("time range start must be before its end but was 17:00-09:00");
        assertThatThrownBy(() -> TimeRange.parse("9-17")).hasMessageContaining("'9-17'");
        assertThatThrownBy(() -> TimeRange.of(LocalTime.of(9, 0, 30), LocalTime.NOON))
                .hasMessageContaining("09:00:30");
        assertThatThrownBy(() -> TimeRange.ofMinutes(0, 1441)).hasMessageContaining("1441");
    }

    @Test
    void dayHoursAreSortedAndMustNotOverlap() {
        TimeRange morning = TimeRange.parse("09:00-12:00");
        TimeRange afternoon = TimeRange.parse("12:00-17:00");
        assertThat(DayHours.of(afternoon, morning).ranges()).containsExactly(morning, afternoon);
        assertThat(DayHours.of(afternoon, morning)).isEqualTo(DayHours.of(morning, afternoon));
        assertThat(DayHours.of(morning, afternoon).openMinutes()).isEqualTo(480);
        assertThatThrownBy(() -> DayHours.of(morning, TimeRange.parse("11:00-13:00")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("time ranges must not overlap but 09:00-12:00 and 11:00-13:00 do");
    }

    @Test
    void roundTripsInJsonAndYaml() {
        OpeningHours tallinn = ImmutableOpeningHours.copyOf(OFFICE).withZone(ZoneId.of("Europe/Tallinn"));
        for (GuidanceCodec codec : List.of(GuidanceCodec.json(), GuidanceCodec.yaml())) {
            for (OpeningHours hours : List.of(
                    OFFICE,
                    tallinn,
                    OpeningHours.alwaysOpen(),
                    OpeningHours.builder().build())) {
                assertThat(codec.read(codec.write(hours), OpeningHours.class).orElseThrow())
                        .isEqualTo(hours);
            }
        }
        String json = GuidanceCodec.json().write(OpeningHours.alwaysOpen());
        assertThat(json).contains("\"start\" : \"00:00\"", "\"end\" : \"24:00\"", "\"zone\" : \"Europe/Amsterdam\"");
        assertThat(GuidanceCodec.json().write(OFFICE)).contains("\"2026-04-27\" : [ ]");
    }

    private static Diagnostic onlyError(ReadResult<?> result) {
        assertThat(result.isSuccessful()).isFalse();
        assertThat(result.diagnostics().size()).isEqualTo(1);
        return result.diagnostics().asList().get(0);
    }

    @Test
    void badDocumentsGiveDiagnosticsNamingTheJsonPath() {
        GuidanceCodec json = GuidanceCodec.json();
        Diagnostic late = onlyError(json.read(
                "{\"weekly\": {\"MONDAY\": [{\"start\": \"09:00\", \"end\": \"25:00\"}]}}", OpeningHours.class));
        assertThat(late.code()).isEqualTo("core.json.invalid-value");
        assertThat(late.location()).isEqualTo(JsonPointer.of("weekly", "MONDAY", "0"));
        assertThat(late.message(Locale.ENGLISH)).contains("'25:00'");

        Diagnostic overlap = onlyError(json.read(
                "{\"weekly\": {\"FRIDAY\": [{\"start\": \"09:00\", \"end\": \"12:00\"},"
                        + " {\"start\": \"11:00\", \"end\": \"13:00\"}]}}",
                OpeningHours.class));
        assertThat(overlap.location()).isEqualTo(JsonPointer.of("weekly", "FRIDAY"));
        assertThat(overlap.message(Locale.ENGLISH)).contains("09:00-12:00 and 11:00-13:00");

        Diagnostic missing = onlyError(
                json.read("{\"exceptions\": {\"2026-12-24\": [{\"start\": \"09:00\"}]}}", OpeningHours.class));
        assertThat(missing.code()).isEqualTo("core.json.missing-property");
        assertThat(missing.location()).isEqualTo(JsonPointer.of("exceptions", "2026-12-24", "0", "end"));

        Diagnostic nullRange = onlyError(json.read("{\"weekly\": {\"MONDAY\": [null]}}", OpeningHours.class));
        assertThat(nullRange.code()).isEqualTo("core.json.null-value");
        assertThat(nullRange.location()).isEqualTo(JsonPointer.of("weekly", "MONDAY"));

        Diagnostic nullDay = onlyError(json.read("{\"weekly\": {\"MONDAY\": null}}", OpeningHours.class));
        assertThat(nullDay.code()).isEqualTo("core.json.null-value");
        assertThat(nullDay.message(Locale.ENGLISH)).contains("MONDAY");

        Diagnostic day = onlyError(json.read("{\"weekly\": {\"MAANDAG\": []}}", OpeningHours.class));
        assertThat(day.location()).isEqualTo(JsonPointer.of("weekly"));
        assertThat(day.message(Locale.ENGLISH)).contains("MAANDAG");

        Diagnostic date = onlyError(json.read("{\"exceptions\": {\"2026-13-01\": []}}", OpeningHours.class));
        assertThat(date.location()).isEqualTo(JsonPointer.of("exceptions"));

        Diagnostic zone = onlyError(json.read("{\"zone\": \"Europe/Nowhere\"}", OpeningHours.class));
        assertThat(zone.location()).isEqualTo(JsonPointer.of("zone"));

        Diagnostic unknown = onlyError(GuidanceCodec.yaml()
                .read(
                        "weekly:\n  MONDAY:\n  - start: '09:00'\n    end: '17:00'\n    eind: '18:00'\n",
                        OpeningHours.class));
        assertThat(unknown.code()).isEqualTo("core.json.unknown-property");
        assertThat(unknown.location()).isEqualTo(JsonPointer.of("weekly", "MONDAY", "0", "eind"));
    }
}
