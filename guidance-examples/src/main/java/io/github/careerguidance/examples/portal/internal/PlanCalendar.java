/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

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
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A plan's dates as an iCalendar (RFC 5545) file, the approach of the CLI's {@code guidance plan ics} in a minimal
 * copy (the examples never depend on the CLI): an all-day event on each due date; an all-day event for each review
 * with a reminder the day before; for a recurring obligation an event on the last day of each period, as one event
 * with a weekly or daily {@code RRULE} when the period is whole days, else one event per period. UIDs come from the
 * plan id and the action or review id, the plan's version is the {@code SEQUENCE}, so importing a newer version
 * updates the events instead of doubling them.
 */
final class PlanCalendar {
    static final String PRODUCT_ID = "-//careerguidance//guidance portal plan//NL";

    private PlanCalendar() {}

    /** The calendar text (CRLF, folded lines) of an accepted plan. */
    static String write(ActionPlan plan, Locale l, Instant stamp) {
        ICalendar ical = new ICalendar();
        ical.setProductId(PRODUCT_ID);
        ical.setCalendarScale(CalendarScale.gregorian());
        String name = PlanWords.t(l, "Actieplan", "Action plan");
        ical.setName(name);
        ical.setExperimentalProperty("X-WR-CALNAME", name);
        Date dtstamp = Date.from(stamp.truncatedTo(ChronoUnit.SECONDS));
        for (PlanAction a : plan.actions()) {
            Optional<LocalDate> due = plan.dueDate(a);
            if (due.isPresent()) {
                VEvent e = allDay(plan, "action/" + a.id(), due.get(), dtstamp);
                e.setSummary(PlanWords.t(l, "Uiterlijk vandaag: ", "Due today: ")
                        + a.title().resolve(l));
                StringBuilder text = new StringBuilder();
                a.description().ifPresent(d -> text.append(d.resolve(l)).append('\n'));
                a.signposts()
                        .forEach(s -> text.append(s.label().resolve(l))
                                .append(": ")
                                .append(s.url())
                                .append('\n'));
                e.setDescription(text.toString().strip());
                a.signposts().stream().findFirst().filter(s -> s.isHttps()).ifPresent(s -> e.setUrl(s.url()));
                ical.addEvent(e);
            }
            a.recurrence().ifPresent(r -> recurrence(ical, plan, a, r, l, dtstamp));
        }
        for (Review review : plan.reviews()) {
            Optional<LocalDate> when = plan.reviewDate(review);
            if (when.isEmpty()) {
                continue;
            }
            String who = review.professional()
                    .map(p -> p.resolve(l))
                    .orElse(PlanWords.t(l, "een professional", "a professional"));
            VEvent e = allDay(plan, "review/" + review.id(), when.get(), dtstamp);
            e.setSummary(PlanWords.t(l, "Gesprek met ", "Review with ") + who + " ("
                    + PlanWords.channel(review.channel(), l) + ")");
            String prepare =
                    PlanWords.t(l, "Meenemen: ", "Bring: ") + review.prepare().resolve(l);
            e.setDescription(prepare);
            e.addAlarm(VAlarm.display(
                    new Trigger(Duration.builder().prior(true).days(1).build(), Related.START),
                    PlanWords.t(l, "Morgen: ", "Tomorrow: ") + e.getSummary().getValue() + ". " + prepare));
            ical.addEvent(e);
        }
        return Biweekly.write(ical).go();
    }

    private static void recurrence(
            ICalendar ical, ActionPlan plan, PlanAction a, Recurrence r, Locale l, Date dtstamp) {
        List<RecurrencePeriod> periods = plan.recurrencePeriods(a);
        if (periods.isEmpty()) {
            return;
        }
        String summary =
                PlanWords.t(l, "Einde periode: ", "Period ends: ") + a.title().resolve(l);
        String text = PlanWords.recurrence(r, l) + "\n" + PlanWords.t(l, "Bewijs: ", "Evidence: ")
                + r.evidence().resolve(l);
        Period period = r.period();
        LocalDate first = periods.get(0).end().minusDays(1);
        if (period.getYears() == 0 && period.getMonths() == 0 && period.getDays() > 0) {
            int days = period.getDays();
            VEvent e = allDay(plan, "recurrence/" + a.id(), first, dtstamp);
            e.setSummary(summary);
            e.setDescription(text);
            e.setRecurrenceRule((days % 7 == 0
                            ? new biweekly.util.Recurrence.Builder(Frequency.WEEKLY).interval(days / 7)
                            : new biweekly.util.Recurrence.Builder(Frequency.DAILY).interval(days))
                    .count(periods.size())
                    .build());
            ical.addEvent(e);
            return;
        }
        for (RecurrencePeriod p : periods) {
            VEvent e = allDay(
                    plan,
                    "recurrence/" + a.id() + "/" + (p.index() + 1),
                    p.end().minusDays(1),
                    dtstamp);
            e.setSummary(summary + " (" + (p.index() + 1) + "/" + periods.size() + ")");
            e.setDescription(text);
            ical.addEvent(e);
        }
    }

    private static VEvent allDay(ActionPlan plan, String what, LocalDate day, Date dtstamp) {
        VEvent e = new VEvent();
        e.setUid(plan.id() + "/" + what + "@guidance");
        e.setSequence(plan.version() - 1);
        e.setDateTimeStamp(dtstamp);
        e.setDateStart(new DateStart(dateOnly(day)));
        e.setDateEnd(new DateEnd(dateOnly(day.plusDays(1))));
        e.setTransparency(Transparency.transparent());
        return e;
    }

    /** A date without time, from its components, whatever the JVM's zone. */
    private static ICalDate dateOnly(LocalDate day) {
        return new ICalDate(new DateTimeComponents(day.getYear(), day.getMonthValue(), day.getDayOfMonth()), false);
    }
}
