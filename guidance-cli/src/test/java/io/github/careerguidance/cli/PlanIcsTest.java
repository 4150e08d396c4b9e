/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.plan.ActionKind;
import io.github.careerguidance.core.plan.ActionPlan;
import io.github.careerguidance.core.plan.PlanAction;
import io.github.careerguidance.core.plan.PlanDate;
import io.github.careerguidance.core.plan.PlanGoal;
import io.github.careerguidance.core.plan.Recurrence;
import io.github.careerguidance.core.plan.RecurrencePeriod;
import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.testsupport.CapturedRun;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.RRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code guidance plan ics}: the calendar biweekly writes is read back with ical4j, an independent parser, and
 * compared with the plan: events, dates, recurrence rules expanded by ical4j against the plan's own periods.
 */
class PlanIcsTest extends CliTestSupport {
    /** 7 December 2026, 10:15:30.250 UTC. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:15:30.250Z"), ZoneId.of("Europe/Amsterdam"));

    int runOnClock(String... args) {
        CapturedRun run = CapturedRun.of((o, e, a) -> GuidanceCli.run(CLOCK, o, e, a), args);
        out = run.out();
        err = run.err();
        return run.exitCode();
    }

    /** The events of a calendar read by ical4j, by UID. */
    static Map<String, VEvent> events(String ics) throws Exception {
        return events(ics, true);
    }

    static Map<String, VEvent> events(String ics, boolean validate) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        if (validate) {
            assertThat(calendar.validate().hasErrors())
                    .as("ical4j validation: %s", calendar.validate())
                    .isFalse();
        }
        Map<String, VEvent> events = new LinkedHashMap<>();
        for (Component c : calendar.getComponents(Component.VEVENT)) {
            VEvent event = (VEvent) c;
            String uid = text(event, Property.UID);
            assertThat(events.put(uid, event)).as("UID %s is unique", uid).isNull();
        }
        return events;
    }

    static String text(Component component, String property) {
        return component.<Property>getProperty(property).map(Property::getValue).orElse(null);
    }

    static LocalDate start(VEvent event) {
        Temporal date = event.getDateTimeStart().getDate();
        assertThat(date).as("an all-day date").isInstanceOf(LocalDate.class);
        return (LocalDate) date;
    }

    /** The dates of an event: its start, or every date of its RRULE as ical4j expands it. */
    @SuppressWarnings("unchecked")
    static List<LocalDate> dates(VEvent event) {
        LocalDate seed = start(event);
        Optional<RRule<LocalDate>> rule = event.getProperty(Property.RRULE);
        if (rule.isEmpty()) {
            return List.of(seed);
        }
        Recur<LocalDate> recur = rule.get().getRecur();
        return recur.getDates(seed, seed, seed.plusYears(100));
    }

    @Test
    void writesDueDatesReviewsAndTheWwDutyAsAWeeklyRule() throws Exception {
        assertThat(runOnClock("plan", "ics", fixture("plan-werkloos.yaml")))
                .as(err)
                .isZero();
        assertThat(err).isEmpty();
        String ics = out;
        Map<String, VEvent> events = events(ics);
        assertThat(events.keySet())
                .containsExactly(
                        "plan-2026-0142/recurrence/ww-sollicitaties@guidance",
                        "plan-2026-0142/action/cv-bijwerken@guidance",
                        "plan-2026-0142/action/leerwerkloket@guidance",
                        "plan-2026-0142/action/vacatures-zorg@guidance",
                        "plan-2026-0142/review/evaluatie-1@guidance",
                        "plan-2026-0142/review/eindgesprek@guidance");
        // due dates resolved from acceptance on 7 December 2026, all-day (DTEND the day after)
        VEvent cv = events.get("plan-2026-0142/action/cv-bijwerken@guidance");
        assertThat(start(cv)).isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(cv.getEndDate().orElseThrow().getDate()).isEqualTo(LocalDate.of(2026, 12, 22));
        assertThat(text(cv, Property.SUMMARY))
                .isEqualTo("Uiterlijk vandaag: Werk je cv bij met je laatste baan en je BIG-registratie");
        assertThat(text(cv, Property.URL)).isEqualTo("https://www.werk.nl/");
        assertThat(text(cv, Property.SEQUENCE)).as("version 2").isEqualTo("1");
        assertThat(text(cv, Property.DTSTAMP))
                .as("the injected clock, whole seconds")
                .isEqualTo("20261207T101530Z");
        assertThat(start(events.get("plan-2026-0142/action/leerwerkloket@guidance")))
                .isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(start(events.get("plan-2026-0142/action/vacatures-zorg@guidance")))
                .isEqualTo(LocalDate.of(2027, 1, 18));
        // reviews: when, with whom, by which channel, what to prepare, a reminder the day before
        VEvent review = events.get("plan-2026-0142/review/evaluatie-1@guidance");
        assertThat(start(review)).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(text(review, Property.SUMMARY)).isEqualTo("Gesprek met loopbaanadviseur (videobellen)");
        assertThat(text(review, Property.DESCRIPTION)).contains("Voorbereiden: Neem je bijgewerkte cv mee");
        assertThat(review.getAlarms()).hasSize(1);
        assertThat(text(review.getAlarms().get(0), Property.TRIGGER)).isEqualTo("-P1D");
        assertThat(start(events.get("plan-2026-0142/review/eindgesprek@guidance")))
                .isEqualTo(LocalDate.of(2027, 2, 22));
        // the WW duty: one event with FREQ=WEEKLY;INTERVAL=4;COUNT=3 on the last day of each 4-week period
        VEvent duty = events.get("plan-2026-0142/recurrence/ww-sollicitaties@guidance");
        RRule<LocalDate> rule =
                duty.<RRule<LocalDate>>getProperty(Property.RRULE).orElseThrow();
        assertThat(rule.getRecur().getFrequency().name()).isEqualTo("WEEKLY");
        assertThat(rule.getRecur().getInterval()).isEqualTo(4);
        assertThat(rule.getRecur().getCount()).isEqualTo(3);
        assertThat(dates(duty))
                .containsExactly(LocalDate.of(2027, 1, 3), LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 28));
        assertThat(text(duty, Property.DESCRIPTION))
                .contains(
                        "minstens 4 keer",
                        "Bewijs: Vier sollicitatieactiviteiten",
                        "Bron: UWV: When you receive unemployment benefit <https://www.uwv.nl/en/individuals/unemployment-benefit/when-receiving>");
    }

    @Test
    void theFileIsRfc5545TextAndTheSameForTheSameInput(@TempDir Path dir) throws Exception {
        assertThat(runOnClock("plan", "ics", fixture("plan-werkloos.yaml"))).isZero();
        String first = out;
        assertThat(runOnClock("plan", "ics", fixture("plan-werkloos.yaml"))).isZero();
        assertThat(out).as("deterministic").isEqualTo(first);
        // CRLF line ends only, folded lines of at most 75 characters (biweekly keeps a run of whitespace on the line
        // it ends, so that the fold does not eat it), continuation lines start with a space
        assertThat(first).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(first.replace("\r\n", "")).doesNotContain("\n", "\r");
        for (String line : first.split("\r\n")) {
            assertThat(line.stripTrailing().length()).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(first)
                .contains("\r\n ", "PRODID:" + PlanCalendar.PRODUCT_ID + "\r\n")
                .doesNotContain("METHOD:");
        // -o writes the same bytes, UTF-8
        Path file = dir.resolve("plan.ics");
        assertThat(runOnClock("plan", "ics", fixture("plan-werkloos.yaml"), "-o", file.toString()))
                .isZero();
        assertThat(out).isEmpty();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(first);
        // an unwritable place is unusable output, reported without a stack trace
        assertThat(runOnClock(
                        "plan",
                        "ics",
                        fixture("plan-werkloos.yaml"),
                        "-o",
                        dir.resolve("geen/map/plan.ics").toString()))
                .isEqualTo(GuidanceCli.UNUSABLE);
        assertThat(err).contains("kan ").contains("niet schrijven").doesNotContain("\tat ");
    }

    @Test
    void inEnglish() throws Exception {
        assertThat(runOnClock("--lang", "en", "plan", "ics", fixture("plan-werkloos.yaml")))
                .isZero();
        Map<String, VEvent> events = events(out);
        assertThat(text(events.get("plan-2026-0142/review/eindgesprek@guidance"), Property.SUMMARY))
                .isEqualTo("Review with work coach (phone)");
        assertThat(text(events.get("plan-2026-0142/recurrence/ww-sollicitaties@guidance"), Property.SUMMARY))
                .isEqualTo(
                        "Period ends: Do at least 4 job-search activities every 4 weeks and record them in your Werkmap");
    }

    @Test
    void aPlanNotAcceptedYetNeedsTheDayOfAcceptance() throws Exception {
        assertThat(runOnClock("--lang", "en", "plan", "ics", fixture("plan-voorstel.json")))
                .isEqualTo(GuidanceCli.UNUSABLE);
        assertThat(out).isEmpty();
        assertThat(err)
                .contains("ERROR cli.plan.not-accepted at /accepted", "(the first: /actions/0/due)", "--accepted");

        assertThat(runOnClock("plan", "ics", fixture("plan-voorstel.json"), "--accepted", "2026-12-07"))
                .as(err)
                .isZero();
        Map<String, VEvent> events = events(out);
        assertThat(start(events.get("voorstel-7/action/evc-aanvragen@guidance")))
                .isEqualTo(LocalDate.of(2027, 1, 7));
        assertThat(start(events.get("voorstel-7/action/open-dag@guidance"))).isEqualTo(LocalDate.of(2027, 1, 23));
        assertThat(start(events.get("voorstel-7/review/gesprek@guidance"))).isEqualTo(LocalDate.of(2027, 1, 18));

        // accepted after the open day: the open day would be due before acceptance
        assertThat(runOnClock("--lang", "en", "plan", "ics", fixture("plan-voorstel.json"), "--accepted", "2027-02-01"))
                .isEqualTo(GuidanceCli.FAILED);
        assertThat(err).contains("core.plan.due-before-acceptance at /actions/1/due");
        // a plan with its own acceptance keeps it
        assertThat(runOnClock("--lang", "en", "plan", "ics", fixture("plan-werkloos.yaml"), "--accepted", "2027-02-01"))
                .isEqualTo(GuidanceCli.UNUSABLE);
        assertThat(err).contains("accepted on 2026-12-07");
        assertThat(runOnClock("plan", "ics", fixture("plan-werkloos.yaml"), "--accepted", "2026-12-07"))
                .isZero();
        assertThat(runOnClock("plan", "ics", fixture("plan-kapot.yaml"))).isEqualTo(GuidanceCli.FAILED);
    }

    @Test
    void monthlyPeriodsFromThe31stAreListedOneByOne() throws Exception {
        assertThat(runOnClock("plan", "ics", fixture("plan-maandelijks.yaml")))
                .as(err)
                .isZero();
        Map<String, VEvent> events = events(out);
        List<LocalDate> deadlines = new ArrayList<>();
        for (int k = 1; k <= 4; k++) {
            VEvent event = events.get("plan-2027-0031/recurrence/voortgang-melden/" + k + "@guidance");
            assertThat(event).as("period %s", k).isNotNull();
            assertThat(event.getProperty(Property.RRULE)).isEmpty();
            assertThat(text(event, Property.DESCRIPTION)).contains("past niet in een herhaalregel");
            deadlines.add(start(event));
        }
        // 31 January + 1, 2, 3, 4 months, each minus the last day
        assertThat(deadlines)
                .containsExactly(
                        LocalDate.of(2027, 2, 27),
                        LocalDate.of(2027, 3, 30),
                        LocalDate.of(2027, 4, 29),
                        LocalDate.of(2027, 5, 30));
        assertThat(events).hasSize(5).containsKey("plan-2027-0031/review/voortgang@guidance");
    }

    /**
     * For start days across 2027 (every month's last six days, its 1st and 15th; every 4th day for periods of days)
     * and periods of days, weeks, months, years and a mix: the calendar's events for a
     * recurring obligation, expanded by ical4j, fall on exactly the last days of the plan's own periods
     * ({@link Recurrence#periods(LocalDate, LocalDate)}), whether written as one RRULE or one event per period; and a
     * rule is used wherever the periods allow one.
     */
    @Test
    void everyRecurrenceExpandsToThePlansOwnPeriods() throws Exception {
        List<Period> periods = List.of(
                Period.ofDays(1),
                Period.ofDays(5),
                Period.ofWeeks(1),
                Period.ofWeeks(2),
                Period.ofWeeks(4),
                Period.ofMonths(1),
                Period.ofMonths(2),
                Period.ofMonths(3),
                Period.ofYears(1),
                Period.of(0, 1, 15));
        int rules = 0;
        int listed = 0;
        for (Period period : periods) {
            for (LocalDate from = LocalDate.of(2027, 1, 1); from.getYear() == 2027; from = from.plusDays(1)) {
                boolean days = period.toTotalMonths() == 0;
                if (days
                        ? from.getDayOfYear() % 4 != 1
                        : from.getDayOfMonth() != 1 && from.getDayOfMonth() != 15 && from.getDayOfMonth() < 26) {
                    continue;
                }
                ActionPlan plan = recurring(from, period);
                List<LocalDate> expected = new ArrayList<>();
                for (RecurrencePeriod p : plan.recurrencePeriods(plan.actions().get(0))) {
                    expected.add(p.end().minusDays(1));
                }
                assertThat(expected).as("%s from %s", period, from).isNotEmpty();
                Map<String, VEvent> events =
                        events(PlanCalendar.write(PlanCalendar.of(plan, Locale.ENGLISH, CLOCK.instant())), false);
                List<LocalDate> actual = new ArrayList<>();
                boolean withRule = false;
                for (VEvent event : events.values()) {
                    withRule |= event.getProperty(Property.RRULE).isPresent();
                    actual.addAll(dates(event));
                }
                assertThat(actual).as("%s from %s", period, from).isEqualTo(expected);
                if (withRule) {
                    rules++;
                } else {
                    listed++;
                }
                if (period.toTotalMonths() == 0 || (period.getDays() == 0 && from.getDayOfMonth() <= 28)) {
                    assertThat(withRule)
                            .as("a rule for %s from %s", period, from)
                            .isTrue();
                }
            }
        }
        assertThat(rules).isGreaterThan(500);
        assertThat(listed).as("month ends and the mixed period").isGreaterThan(100);
    }

    /** An accepted plan with one recurring obligation and a horizon 12 periods (at least 3 years for years) later. */
    static ActionPlan recurring(LocalDate accepted, Period period) {
        Period horizon = period.getYears() > 0
                ? Period.ofYears(3)
                : period.toTotalMonths() > 0
                        ? Period.ofMonths(12 * (int) period.toTotalMonths() + 1)
                        : Period.ofDays(12 * period.getDays());
        return ActionPlan.builder()
                .id("p")
                .version(1)
                .intakeGoal("became-unemployed")
                .accepted(accepted)
                .horizon(PlanDate.afterAcceptance(horizon))
                .addGoals(PlanGoal.of("g", LocalizedText.of("doel", "goal"), "became-unemployed"))
                .addActions(PlanAction.builder()
                        .id("a")
                        .goal("g")
                        .kind(ActionKind.RECURRING_OBLIGATION)
                        .title(LocalizedText.of("plicht", "duty"))
                        .recurrence(Recurrence.builder()
                                .count(2)
                                .period(period)
                                .evidence(LocalizedText.of("bewijs", "proof"))
                                .build())
                        .build())
                .build();
    }
}
