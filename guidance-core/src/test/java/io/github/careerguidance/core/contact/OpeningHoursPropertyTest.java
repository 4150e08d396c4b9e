/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.core.text.LocalizedText;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Opening hours against an independent brute-force oracle: a schedule as plain int arrays, evaluated minute by
 * minute with {@link LocalDateTime#ofInstant}.
 *
 * <p>Every zone used has whole-minute offsets and transitions on minute boundaries, so the open state is constant
 * within each UTC minute {@code [m, m+1min)}: for a {@code from} that is not on a minute boundary the expected next
 * opening is {@code from} itself when the oracle says its minute is open, else the first later minute boundary that
 * is open; the expected next closing is the first later minute boundary that is closed.
 */
class OpeningHoursPropertyTest {
    private static final int SCAN_MINUTES = 8 * 24 * 60;
    private static final List<ZoneId> ZONES = List.of(
            OpeningHours.AMSTERDAM,
            OpeningHours.AMSTERDAM,
            OpeningHours.AMSTERDAM,
            ZoneId.of("America/New_York"),
            ZoneId.of("Australia/Lord_Howe"),
            ZoneId.of("Asia/Kolkata"));
    /** Minutes of the day where DST transitions and day ends happen. */
    private static final int[] INTERESTING = {0, 1, 60, 90, 119, 120, 121, 150, 180, 181, 540, 1020, 1380, 1439, 1440};

    private static final Instant[] DST = {
        Instant.parse("2026-03-29T01:00:00Z"),
        Instant.parse("2026-10-25T01:00:00Z"),
        Instant.parse("2026-03-08T07:00:00Z"),
        Instant.parse("2026-11-01T06:00:00Z"),
        Instant.parse("2026-04-04T15:00:00Z"),
        Instant.parse("2026-10-03T15:30:00Z")
    };

    /** A random case: a schedule in plain arrays plus the instant to search from. */
    static final class Case {
        final ZoneId zone;
        final int[][] weekly = new int[7][]; // index DayOfWeek.getValue()-1; pairs start,end
        final Map<LocalDate, int[]> exceptions = new TreeMap<>();
        final Instant from;

        Case(long seed) {
            Random r = new Random(seed);
            zone = ZONES.get(r.nextInt(ZONES.size()));
            boolean any = false;
            for (int d = 0; d < 7; d++) {
                weekly[d] = r.nextInt(4) == 0 ? new int[0] : ranges(r);
                any |= weekly[d].length > 0;
            }
            if (!any) {
                weekly[r.nextInt(7)] = new int[] {540, 1020};
            }
            Instant base = r.nextBoolean()
                    ? Instant.parse("2026-01-01T00:00:00Z").plusSeconds((long) (r.nextDouble() * 365 * 86_400))
                    : DST[r.nextInt(DST.length)].plusSeconds(r.nextInt(4 * 86_400) - 3 * 86_400L);
            from = switch (r.nextInt(3)) {
                case 0 -> base.truncatedTo(ChronoUnit.MINUTES);
                case 1 -> base.truncatedTo(ChronoUnit.SECONDS);
                default -> base.plusNanos(r.nextInt(1_000_000_000));
            };
            LocalDate fromDate = LocalDateTime.ofInstant(from, zone).toLocalDate();
            int count = r.nextInt(4);
            for (int i = 0; i < count; i++) {
                exceptions.put(fromDate.plusDays(r.nextInt(10) - 1), r.nextBoolean() ? new int[0] : ranges(r));
            }
        }

        private static int[] ranges(Random r) {
            int k = 1 + r.nextInt(3);
            TreeSet<Integer> cuts = new TreeSet<>();
            while (cuts.size() < 2 * k) {
                cuts.add(r.nextBoolean() ? INTERESTING[r.nextInt(INTERESTING.length)] : r.nextInt(1441));
            }
            int[] c = cuts.stream().mapToInt(Integer::intValue).toArray();
            if (k >= 2 && r.nextInt(3) == 0) {
                c[2] = c[1]; // touching ranges: 09:00-12:00 and 12:00-...
            }
            return c;
        }

        OpeningHours hours() {
            ImmutableOpeningHours.Builder b = OpeningHours.builder().zone(zone);
            for (int d = 0; d < 7; d++) {
                if (weekly[d].length > 0 || d % 2 == 0) { // sometimes an explicit empty day, sometimes absent
                    b.putWeekly(DayOfWeek.of(d + 1), day(weekly[d]));
                }
            }
            exceptions.forEach((date, ranges) -> b.putException(date, day(ranges)));
            return b.build();
        }

        private static DayHours day(int[] pairs) {
            List<TimeRange> ranges = new ArrayList<>();
            for (int i = pairs.length - 2; i >= 0; i -= 2) { // reverse order: DayHours must sort
                ranges.add(TimeRange.ofMinutes(pairs[i], pairs[i + 1]));
            }
            return DayHours.of(ranges);
        }

        /** The oracle: open iff the local minute of the day is in a range of the local date. */
        boolean oracleOpen(Instant instant) {
            LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
            int[] pairs = exceptions.getOrDefault(
                    local.toLocalDate(), weekly[local.getDayOfWeek().getValue() - 1]);
            int minute = local.getHour() * 60 + local.getMinute();
            for (int i = 0; i < pairs.length; i += 2) {
                if (pairs[i] <= minute && minute < pairs[i + 1]) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder("zone=" + zone + " from=" + from + " weekly=");
            for (int[] d : weekly) {
                s.append(Arrays.toString(d));
            }
            exceptions.forEach(
                    (date, p) -> s.append(' ').append(date).append('=').append(Arrays.toString(p)));
            return s.toString();
        }
    }

    private static Gen<Case> cases() {
        return longs().all().map(Case::new);
    }

    private static Instant nextMinuteBoundary(Instant t) {
        return t.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
    }

    @Test
    void isOpenAgreesWithTheOracle() {
        qt().withExamples(300).forAll(cases()).checkAssert(c -> {
            OpeningHours hours = c.hours();
            for (int i = 0; i < 200; i++) {
                Instant t = c.from.plus(Duration.ofMinutes(i * 53L - 3000));
                assertThat(hours.isOpen(t)).as("%s at %s", c, t).isEqualTo(c.oracleOpen(t));
            }
        });
    }

    @Test
    void nextOpeningIsTheFirstOpenMinuteOfTheOracle() {
        qt().withExamples(300).forAll(cases()).checkAssert(c -> {
            OpeningHours hours = c.hours();
            Optional<Instant> actual = hours.nextOpening(c.from).map(ZonedDateTime::toInstant);
            Instant expected = null;
            if (c.oracleOpen(c.from)) {
                expected = c.from;
            } else {
                Instant m = nextMinuteBoundary(c.from);
                for (int i = 0; i < SCAN_MINUTES && expected == null; i++, m = m.plusSeconds(60)) {
                    if (c.oracleOpen(m)) {
                        expected = m;
                    }
                }
            }
            if (expected != null) {
                assertThat(actual).as("%s", c).contains(expected);
                assertThat(hours.isOpen(expected)).isTrue();
            } else {
                Instant horizon = c.from.plus(Duration.ofMinutes(SCAN_MINUTES));
                assertThat(actual.filter(a -> !a.isAfter(horizon))).as("%s", c).isEmpty();
            }
        });
    }

    @Test
    void nextClosingIsTheFirstClosedMinuteOfTheOracle() {
        qt().withExamples(150).forAll(cases()).checkAssert(c -> {
            OpeningHours hours = c.hours();
            Instant probe =
                    hours.nextOpening(c.from).map(ZonedDateTime::toInstant).orElse(c.from);
            Optional<Instant> actual = hours.nextClosing(probe).map(ZonedDateTime::toInstant);
            if (!c.oracleOpen(probe)) {
                assertThat(actual).as("%s", c).isEmpty();
                return;
            }
            Instant expected = null;
            Instant m = nextMinuteBoundary(probe);
            for (int i = 0; i < SCAN_MINUTES && expected == null; i++, m = m.plusSeconds(60)) {
                if (!c.oracleOpen(m)) {
                    expected = m;
                }
            }
            if (expected != null) {
                assertThat(actual).as("%s", c).contains(expected);
            } else {
                Instant horizon = probe.plus(Duration.ofMinutes(SCAN_MINUTES));
                assertThat(actual.filter(a -> !a.isAfter(horizon))).as("%s", c).isEmpty();
            }
        });
    }

    @Test
    void generatedOpeningHoursAndContactPointsRoundTrip() {
        GuidanceCodec json = GuidanceCodec.json();
        GuidanceCodec yaml = GuidanceCodec.yaml();
        qt().withExamples(20).forAll(cases()).checkAssert(c -> {
            OpeningHours hours = c.hours();
            assertThat(json.read(json.write(hours), OpeningHours.class).orElseThrow())
                    .isEqualTo(hours);
            assertThat(yaml.read(yaml.write(hours), OpeningHours.class).orElseThrow())
                    .isEqualTo(hours);
            Random r = new Random(c.from.getNano() + c.from.getEpochSecond());
            EnumSet<ContactChannel> channels = EnumSet.noneOf(ContactChannel.class);
            for (ContactChannel channel : ContactChannel.values()) {
                if (r.nextBoolean()) {
                    channels.add(channel);
                }
            }
            channels.add(ContactChannel.values()[r.nextInt(ContactChannel.values().length)]);
            ImmutableContactPoint.Builder b = ContactPoint.builder()
                    .id("loket-" + Math.abs(r.nextInt(1000)))
                    .name(LocalizedText.of("Leerwerkloket Rijnmond", "Learning and work desk Rijnmond"))
                    .addAllChannels(channels)
                    .hours(OpeningHours.workdays(TimeRange.parse("09:00-17:00")))
                    .addSupportLevels(SupportLevel.values()[r.nextInt(3)]);
            for (ContactChannel channel : channels) {
                if (r.nextBoolean()) {
                    b.putHoursByChannel(channel, hours);
                }
                if (r.nextBoolean()) {
                    b.putAddressByChannel(channel, "+31 10 " + (1000000 + r.nextInt(9000000)));
                }
            }
            ContactPoint point = b.build();
            assertThat(json.read(json.write(point), ContactPoint.class).orElseThrow())
                    .isEqualTo(point);
            assertThat(yaml.read(yaml.write(point), ContactPoint.class).orElseThrow())
                    .isEqualTo(point);
        });
    }
}
