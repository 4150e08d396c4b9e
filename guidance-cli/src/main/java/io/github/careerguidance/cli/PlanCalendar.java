/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.cli;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.parameter.Related;
import biweekly.property.CalendarScale;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Transparency;
import biweekly.property.Trigger;
import biweekly.util.DateTimeComponents;
import biweekly.util.Duration;
import biweekly.util.Frequency;
import biweekly.util.ICalDate;
import io.github.careerguidance.core.plan.ActionPlan;
import io.github.careerguidance.core.plan.PlanAction;
import io.github.careerguidance.core.plan.Recurrence;
import io.github.careerguidance.core.plan.RecurrencePeriod;
import io.github.careerguidance.core.plan.Review;
import io.github.careerguidance.core.plan.Signpost;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An action plan as an iCalendar (RFC 5545) document: what {@code guidance plan ics} writes.
 *
 * <ul>
 *   <li>Every action with a due date is an all-day {@code VEVENT} on that day. An event, not a {@code VTODO}: the
 *       calendars people use (Google Calendar, Outlook, Apple Calendar on import) show events and ignore or drop
 *       to-dos in an imported file, and a plan's status lives in the plan, not in the calendar.</li>
 *   <li>Every review with a professional is an all-day event with a display reminder the day before ("prepare").</li>
 *   <li>A recurring obligation is one event on the last day of each period ("4 activities by this day"): one event
 *       with an {@code RRULE} (COUNT = the periods before the horizon) when the deadlines follow a rule
 *       (periods of days or weeks always do; months when each deadline falls on the same day of the month or on the
 *       last day of the month), otherwise one event per period with the reason in its description.</li>
 * </ul>
 *
 * <p>UIDs are derived from the plan id and the action or review id ({@code plan-2026-0142/action/cv@guidance}; ids
 * cannot hold '/', so no two differ only in where one id ends); the plan's version is the {@code SEQUENCE}
 * ({@code version - 1}), so a calendar that imports version 2 of a plan updates the events of version 1 instead of
 * showing both. {@code DTSTAMP} is the instant given (the command's clock), so equal input gives equal output.
 * The file has no {@code METHOD}: it is for importing, not an iTIP (RFC 5546) message, whose {@code PUBLISH} would
 * require an {@code ORGANIZER} that a plan does not have.
 *
 * <p>Line folding, escaping and CRLF line ends are biweekly's: it folds at 75 characters (not octets, so a line
 * with accented letters can be longer in UTF-8 than RFC 5545's "SHOULD NOT exceed 75 octets") and keeps trailing
 * whitespace on the line it ends rather than losing it in the fold; ical4j and biweekly both unfold it exactly.
 */
final class PlanCalendar {
    /** The product id written into every calendar. */
    static final String PRODUCT_ID = "-//careerguidance//guidance plan ics//NL";

    private PlanCalendar() {}

    /**
     * The calendar of a plan whose dates are all known (accepted, or with calendar dates only).
     *
     * @param plan the plan, accepted when any of its dates is a period after acceptance
     * @param locale the language of summaries and descriptions
     * @param stamp the DTSTAMP of every event
     * @return the calendar
     */
    static ICalendar of(ActionPlan plan, Locale locale, Instant stamp) {
        ICalendar ical = new ICalendar();
        ical.setProductId(PRODUCT_ID);
        ical.setCalendarScale(CalendarScale.gregorian());
        String name = PlanText.t(locale, "Actieplan ", "Action plan ") + plan.id() + " (" + plan.version() + ")";
        ical.setName(name);
        ical.setExperimentalProperty("X-WR-CALNAME", name);
        Date dtstamp = Date.from(stamp.truncatedTo(ChronoUnit.SECONDS));
        for (PlanAction action : plan.actions()) {
            Optional<LocalDate> due = plan.dueDate(action);
            if (due.isPresent()) {
                VEvent event = allDay(plan, "action/" + action.id(), due.get(), dtstamp);
                event.setSummary(PlanText.t(locale, "Uiterlijk vandaag: ", "Due today: ")
                        + action.title().resolve(locale));
                event.setDescription(actionDescription(plan, action, locale));
                event.addCategories(PlanText.kind(action.kind(), locale));
                action.signposts().stream().findFirst().ifPresent(s -> event.setUrl(s.url()));
                ical.addEvent(event);
            }
            if (action.recurrence().isPresent()) {
                addRecurrence(ical, plan, action, action.recurrence().get(), locale, dtstamp);
            }
        }
        for (Review review : plan.reviews()) {
            Optional<LocalDate> when = plan.reviewDate(review);
            if (when.isEmpty()) {
                continue;
            }
            String who = review.professional()
                    .map(p -> p.resolve(locale))
                    .orElse(PlanText.t(locale, "een professional", "a professional"));
            String channel = PlanText.channel(review.channel(), locale);
            VEvent event = allDay(plan, "review/" + review.id(), when.get(), dtstamp);
            event.setSummary(PlanText.t(locale, "Gesprek met ", "Review with ") + who + " (" + channel + ")");
            event.setDescription(
                    PlanText.t(locale, "Je bespreekt je actieplan met ", "You review your action plan with ")
                            + who + PlanText.t(locale, ", via ", ", by ") + channel + ".\n"
                            + PlanText.t(locale, "Voorbereiden: ", "Prepare: ")
                            + review.prepare().resolve(locale));
            event.addCategories(PlanText.t(locale, "gesprek", "review"));
            event.addAlarm(VAlarm.display(
                    new Trigger(Duration.builder().prior(true).days(1).build(), Related.START),
                    PlanText.t(locale, "Morgen: ", "Tomorrow: ")
                            + event.getSummary().getValue() + ". " + PlanText.t(locale, "Voorbereiden: ", "Prepare: ")
                            + review.prepare().resolve(locale)));
            ical.addEvent(event);
        }
        return ical;
    }

    /**
     * The calendar as text: CRLF line ends, folded lines.
     *
     * @param ical the calendar
     * @return the iCalendar document
     */
    static String write(ICalendar ical) {
        return Biweekly.write(ical).go();
    }

    private static VEvent allDay(ActionPlan plan, String what, LocalDate day, Date dtstamp) {
        VEvent event = new VEvent();
        event.setUid(plan.id() + "/" + what + "@guidance");
        event.setSequence(plan.version() - 1);
        event.setDateTimeStamp(dtstamp);
        event.setDateStart(new DateStart(dateOnly(day)));
        event.setDateEnd(new DateEnd(dateOnly(day.plusDays(1))));
        event.setTransparency(Transparency.transparent());
        return event;
    }

    /** A date without time: written as {@code VALUE=DATE:yyyymmdd} from its components, whatever the JVM's zone. */
    private static ICalDate dateOnly(LocalDate day) {
        return new ICalDate(new DateTimeComponents(day.getYear(), day.getMonthValue(), day.getDayOfMonth()), false);
    }

    private static String actionDescription(ActionPlan plan, PlanAction action, Locale locale) {
        StringBuilder text = new StringBuilder();
        plan.goal(action.goal())
                .ifPresent(g -> text.append(PlanText.t(locale, "Doel: ", "Goal: "))
                        .append(g.text().resolve(locale))
                        .append('\n'));
        action.description().ifPresent(d -> text.append(d.resolve(locale)).append('\n'));
        for (Signpost s : action.signposts()) {
            text.append(s.label().resolve(locale))
                    .append(s.provider().map(p -> " (" + p + ")").orElse(""))
                    .append(": ")
                    .append(s.url())
                    .append('\n');
        }
        text.append(PlanText.t(locale, "Plan ", "Plan "))
                .append(plan.id())
                .append(PlanText.t(locale, ", versie ", ", version "))
                .append(plan.version());
        return text.toString();
    }

    private static void addRecurrence(
            ICalendar ical, ActionPlan plan, PlanAction action, Recurrence recurrence, Locale locale, Date dtstamp) {
        List<RecurrencePeriod> periods = plan.recurrencePeriods(action);
        if (periods.isEmpty()) {
            return;
        }
        List<LocalDate> deadlines = new ArrayList<>();
        for (RecurrencePeriod p : periods) {
            deadlines.add(p.end().minusDays(1));
        }
        String summary = PlanText.t(locale, "Einde periode: ", "Period ends: ")
                + action.title().resolve(locale);
        StringBuilder text = new StringBuilder();
        text.append(PlanText.t(locale, "Elke periode van ", "Each period of "))
                .append(PlanText.period(recurrence.period(), locale))
                .append(PlanText.t(locale, " minstens ", " at least "))
                .append(recurrence.count())
                .append(PlanText.t(
                        locale,
                        " keer; deze dag is de laatste van de periode.",
                        recurrence.count() == 1
                                ? " time; this day is the last of the period."
                                : " times; this day is the last of the period."))
                .append('\n')
                .append(PlanText.t(locale, "Bewijs: ", "Evidence: "))
                .append(recurrence.evidence().resolve(locale));
        recurrence
                .citation()
                .ifPresent(c -> text.append('\n')
                        .append(PlanText.t(locale, "Bron: ", "Source: "))
                        .append(PlanText.citation(c)));
        Optional<biweekly.util.Recurrence> rule = rule(recurrence.period(), deadlines);
        if (rule.isPresent()) {
            VEvent event = allDay(plan, "recurrence/" + action.id(), deadlines.get(0), dtstamp);
            event.setSummary(summary);
            event.setDescription(text.toString());
            event.setRecurrenceRule(rule.get());
            event.addCategories(PlanText.kind(action.kind(), locale));
            ical.addEvent(event);
            return;
        }
        text.append('\n')
                .append(PlanText.t(
                        locale,
                        "Een termijn van " + PlanText.period(recurrence.period(), locale)
                                + " past niet in een herhaalregel van"
                                + " iCalendar; daarom staat elke periode als eigen afspraak in de agenda ("
                                + deadlines.size() + ").",
                        "A period of " + PlanText.period(recurrence.period(), locale)
                                + " does not fit an iCalendar recurrence" + " rule, so each period is its own event ("
                                + deadlines.size() + ")."));
        for (int k = 0; k < deadlines.size(); k++) {
            RecurrencePeriod p = periods.get(k);
            VEvent event = allDay(plan, "recurrence/" + action.id() + "/" + (k + 1), deadlines.get(k), dtstamp);
            event.setSummary(summary + " (" + (k + 1) + "/" + deadlines.size() + ")");
            event.setDescription(PlanText.date(p.start(), locale) + PlanText.t(locale, " t/m ", " to ")
                    + PlanText.date(deadlines.get(k), locale) + "\n" + text);
            event.addCategories(PlanText.kind(action.kind(), locale));
            ical.addEvent(event);
        }
    }

    /**
     * The RRULE whose first {@code deadlines.size()} dates from the first deadline are exactly the deadlines, if one
     * of the rules tried fits: DAILY or WEEKLY with an interval for periods of days; MONTHLY or YEARLY with an
     * interval (on the first deadline's day of the month, months without that day skipped, as RFC 5545 says) or
     * MONTHLY on the last day of the month, for periods of whole months. Each candidate is expanded here and compared
     * with the deadlines; the tests expand the written rule again with ical4j.
     */
    static Optional<biweekly.util.Recurrence> rule(Period period, List<LocalDate> deadlines) {
        try {
            return fit(period, deadlines);
        } catch (DateTimeException | ArithmeticException e) {
            return Optional.empty(); // a candidate ran beyond the supported dates: list the periods one by one
        }
    }

    private static Optional<biweekly.util.Recurrence> fit(Period period, List<LocalDate> deadlines) {
        int n = deadlines.size();
        LocalDate first = deadlines.get(0);
        if (period.getYears() == 0 && period.getMonths() == 0 && period.getDays() > 0) {
            int days = period.getDays();
            for (int k = 0; k < n; k++) {
                if (!deadlines.get(k).equals(first.plusDays((long) k * days))) {
                    return Optional.empty(); // cannot happen for day periods; kept as a guard
                }
            }
            biweekly.util.Recurrence.Builder b = days % 7 == 0
                    ? new biweekly.util.Recurrence.Builder(Frequency.WEEKLY).interval(days / 7)
                    : new biweekly.util.Recurrence.Builder(Frequency.DAILY).interval(days);
            return Optional.of(b.count(n).build());
        }
        if (period.getDays() != 0 || period.toTotalMonths() <= 0) {
            return Optional.empty();
        }
        long months = period.toTotalMonths();
        if (months > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        if (sameDayOfMonth(first, months, n).equals(deadlines)) {
            biweekly.util.Recurrence.Builder b = months % 12 == 0
                    ? new biweekly.util.Recurrence.Builder(Frequency.YEARLY).interval((int) (months / 12))
                    : new biweekly.util.Recurrence.Builder(Frequency.MONTHLY).interval((int) months);
            return Optional.of(b.count(n).build());
        }
        if (lastDayOfMonth(first, months, n).equals(deadlines)) {
            return Optional.of(new biweekly.util.Recurrence.Builder(Frequency.MONTHLY)
                    .interval((int) months)
                    .byMonthDay(-1)
                    .count(n)
                    .build());
        }
        return Optional.empty();
    }

    /** FREQ=MONTHLY;INTERVAL=m from {@code first}: the same day of the month every m months, where the month has it. */
    private static List<LocalDate> sameDayOfMonth(LocalDate first, long months, int count) {
        List<LocalDate> out = new ArrayList<>();
        YearMonth month = YearMonth.from(first);
        for (long i = 0; out.size() < count && i <= (long) count * 31; i++) {
            YearMonth m = month.plusMonths(i * months);
            if (first.getDayOfMonth() <= m.lengthOfMonth()) {
                out.add(m.atDay(first.getDayOfMonth()));
            }
        }
        return out;
    }

    /** FREQ=MONTHLY;INTERVAL=m;BYMONTHDAY=-1 from {@code first} when it is the last day of its month. */
    private static List<LocalDate> lastDayOfMonth(LocalDate first, long months, int count) {
        List<LocalDate> out = new ArrayList<>();
        if (!first.equals(YearMonth.from(first).atEndOfMonth())) {
            return out;
        }
        YearMonth month = YearMonth.from(first);
        for (int i = 0; i < count; i++) {
            out.add(month.plusMonths(i * months).atEndOfMonth());
        }
        return out;
    }
}
