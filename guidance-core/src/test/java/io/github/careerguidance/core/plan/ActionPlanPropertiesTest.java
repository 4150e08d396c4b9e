/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.text.LocalizedText;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Property tests: generated plans round-trip through JSON and YAML and check clean; recurrence expansion agrees
 * with a brute-force day-by-day calendar oracle; status changes keep the version and the derived status.
 */
class ActionPlanPropertiesTest {

    @Test
    void generatedPlansRoundTripThroughJsonAndYaml() {
        qt().withExamples(150).forAll(longs().all()).checkAssert(seed -> {
            ActionPlan plan = PlanGenerators.plan(seed);
            for (GuidanceCodec codec : List.of(GuidanceCodec.json(), GuidanceCodec.yaml())) {
                String text = codec.write(plan);
                ReadResult<ActionPlan> read = codec.read(text, ActionPlan.class);
                assertThat(read.diagnostics().isEmpty()).as(text).isTrue();
                assertThat(read.value()).as(text).contains(plan);
                assertThat(ActionPlans.read(text, codec).value()).contains(plan);
            }
        });
    }

    @Test
    void generatedPlansAreSound() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            ActionPlan plan = PlanGenerators.plan(seed);
            assertThat(ActionPlans.check(plan).asList())
                    .as(GuidanceCodec.yaml().write(plan))
                    .isEmpty();
        });
    }

    @Test
    void statusChangesKeepTheVersionAndSetTheStatus() {
        qt().withExamples(200).forAll(longs().all(), integers().between(0, 3)).checkAssert((seed, pick) -> {
            ActionPlan plan = PlanGenerators.plan(seed);
            for (PlanAction action : plan.actions()) {
                ActionStatus next = ActionStatus.values()[pick];
                if (!action.status().canBecome(next)) {
                    continue;
                }
                LocalDate day = action.history().isEmpty()
                        ? LocalDate.of(2027, 6, 1)
                        : action.history()
                                .get(action.history().size() - 1)
                                .date()
                                .plusDays(pick);
                ActionPlan changed = plan.withStatus(action.id(), next, day);
                assertThat(changed.version()).isEqualTo(plan.version());
                assertThat(changed.status(action.id())).contains(next);
                assertThat(changed.action(action.id()).orElseThrow().history())
                        .hasSize(action.history().size() + 1);
                assertThat(ActionPlans.check(changed).hasErrors()).isFalse();
                assertThat(changed.nextVersion().version()).isEqualTo(plan.version() + 1);
            }
        });
    }

    /** Recurrence periods against the oracle, for days, weeks, months, years and mixed periods, from any day. */
    @Test
    void recurrencePeriodsAgreeWithADayByDayCalendar() {
        qt().withExamples(400)
                .forAll(
                        integers().between(0, 365 * 40),
                        integers().between(0, 5),
                        integers().between(1, 60),
                        integers().between(-5, 500))
                .checkAssert((offset, shape, n, length) -> {
                    LocalDate from = LocalDate.of(1995, 1, 1).plusDays(offset);
                    LocalDate to = from.plusDays(length);
                    Period period = shape(shape, n);
                    Recurrence recurrence = Recurrence.builder()
                            .count(1 + n % 7)
                            .period(period)
                            .evidence(LocalizedText.of("bewijs", "evidence"))
                            .build();
                    List<RecurrencePeriod> expected = oracle(from, to, period, 1 + n % 7);
                    assertThat(recurrence.periods(from, to))
                            .as("%s from %s to %s", period, from, to)
                            .isEqualTo(expected);
                });
    }

    /** Month ends and leap days in particular: every start on the 28th to 31st of any month over 8 years. */
    @Test
    void monthlyPeriodsFromMonthEndsAgreeWithTheOracle() {
        for (LocalDate from = LocalDate.of(2023, 1, 28);
                from.isBefore(LocalDate.of(2031, 1, 1));
                from = from.plusDays(1)) {
            if (from.getDayOfMonth() < 28) {
                continue;
            }
            for (Period period :
                    List.of(Period.ofMonths(1), Period.ofMonths(3), Period.ofYears(1), Period.of(0, 1, 3))) {
                Recurrence recurrence = Recurrence.builder()
                        .count(1)
                        .period(period)
                        .evidence(LocalizedText.of("bewijs", "evidence"))
                        .build();
                LocalDate to = from.plusDays(800);
                assertThat(recurrence.periods(from, to))
                        .as("%s from %s", period, from)
                        .isEqualTo(oracle(from, to, period, 1));
            }
        }
    }

    @Test
    void illFormedRecurrencesExpandToNothing() {
        LocalDate from = LocalDate.of(2026, 12, 7);
        for (Period period : List.of(Period.ZERO, Period.ofDays(-28), Period.of(0, 1, -3))) {
            Recurrence r = Recurrence.builder()
                    .count(4)
                    .period(period)
                    .evidence(LocalizedText.of("b", "e"))
                    .build();
            assertThat(r.isWellFormed()).isFalse();
            assertThat(r.periods(from, from.plusYears(1))).isEmpty();
        }
        Recurrence empty = Recurrence.builder()
                .count(0)
                .period(Period.ofWeeks(4))
                .evidence(LocalizedText.of("b", "e"))
                .build();
        assertThat(empty.periods(from, from.plusYears(1))).isEmpty();
        Recurrence daily = Recurrence.builder()
                .count(1)
                .period(Period.ofDays(1))
                .evidence(LocalizedText.of("b", "e"))
                .build();
        assertThat(daily.periods(LocalDate.MIN, LocalDate.MAX)).hasSize(Recurrence.MAX_PERIODS);
        assertThat(daily.periods(from, from)).isEmpty();
        assertThat(daily.periods(from, from.minusDays(3))).isEmpty();
    }

    private static Period shape(int shape, int n) {
        switch (shape) {
            case 0:
                return Period.ofDays(n);
            case 1:
                return Period.ofWeeks(1 + n % 8);
            case 2:
                return Period.ofMonths(1 + n % 14);
            case 3:
                return Period.ofYears(1 + n % 2);
            case 4:
                return Period.of(0, 1 + n % 3, n % 10);
            default:
                return Period.of(1, n % 3, n % 5);
        }
    }

    /**
     * The oracle: boundary j is found by walking the calendar one day at a time, first j times the months (ending on
     * the start's day of the month, or the month's last day when it is shorter), then j times the days; the periods
     * are the spans between boundaries that end on or before {@code to}.
     */
    static List<RecurrencePeriod> oracle(LocalDate from, LocalDate to, Period period, int count) {
        List<RecurrencePeriod> out = new ArrayList<>();
        if (!from.isBefore(to)) {
            return out;
        }
        long months = period.toTotalMonths();
        LocalDate start = from;
        for (int j = 1; ; j++) {
            LocalDate end = walk(from, months * j, (long) period.getDays() * j);
            if (end.isAfter(to)) {
                return out;
            }
            out.add(RecurrencePeriod.of(j - 1, start, end, count));
            start = end;
        }
    }

    private static LocalDate walk(LocalDate from, long months, long days) {
        long targetMonth = from.getYear() * 12L + from.getMonthValue() - 1 + months;
        LocalDate d = from;
        while (d.getYear() * 12L + d.getMonthValue() - 1 < targetMonth) {
            d = d.plusDays(1);
        }
        // now on the 1st of the target month (or still on from when months == 0): walk to the day of the month
        if (months > 0) {
            int wanted = Math.min(from.getDayOfMonth(), d.lengthOfMonth());
            while (d.getDayOfMonth() < wanted) {
                d = d.plusDays(1);
            }
        }
        for (long i = 0; i < days; i++) {
            d = d.plusDays(1);
        }
        return d;
    }
}
