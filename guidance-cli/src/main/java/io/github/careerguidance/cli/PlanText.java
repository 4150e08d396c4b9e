/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.cli;

import io.github.careerguidance.core.citation.Citation;
import io.github.careerguidance.core.contact.ContactChannel;
import io.github.careerguidance.core.plan.ActionKind;
import io.github.careerguidance.core.plan.ActionPlan;
import io.github.careerguidance.core.plan.ActionStatus;
import io.github.careerguidance.core.plan.PlanAction;
import io.github.careerguidance.core.plan.PlanDate;
import io.github.careerguidance.core.plan.PlanGoal;
import io.github.careerguidance.core.plan.Recurrence;
import io.github.careerguidance.core.plan.RecurrencePeriod;
import io.github.careerguidance.core.plan.Review;
import io.github.careerguidance.core.plan.Signpost;
import io.github.careerguidance.core.plan.StatusChange;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An action plan as text for its client, in Dutch or English: what {@code guidance plan show} prints, and what the
 * calendar file's descriptions reuse (periods, recurrences).
 *
 * <p>Dates are written out ("maandag 21 december 2026"); a period after acceptance is resolved from the day of
 * acceptance and named as well ("14 dagen na acceptatie"), or only named while the plan is not accepted. An action
 * that is not finished and due before {@code today} is marked overdue; a review before {@code today} is marked past.
 */
final class PlanText {
    private PlanText() {}

    /** Dutch when the locale's language is Dutch, English otherwise. */
    static String t(Locale locale, String nl, String en) {
        return isDutch(locale) ? nl : en;
    }

    private static boolean isDutch(Locale locale) {
        return "nl".equals(locale.getLanguage());
    }

    /** A date for people: "maandag 21 december 2026", "Monday 21 December 2026". */
    static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern(
                        "EEEE d MMMM uuuu", isDutch(locale) ? Locale.forLanguageTag("nl") : Locale.ENGLISH)
                .format(date);
    }

    /** A period for people: "4 weken", "1 maand en 15 dagen", "2 years". */
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
        if (parts.size() == 1) {
            return parts.get(0);
        }
        String last = parts.remove(parts.size() - 1);
        return String.join(", ", parts) + t(locale, " en ", " and ") + last;
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

    /** A plan date: the resolved date with its period, or the period "after acceptance" alone. */
    static String planDate(ActionPlan plan, PlanDate when, Locale locale) {
        Optional<LocalDate> resolved = plan.resolve(when);
        String relative = when.period()
                .map(p -> period(p, locale) + t(locale, " na acceptatie", " after acceptance"))
                .orElse(null);
        if (resolved.isEmpty()) {
            return relative;
        }
        return date(resolved.get(), locale) + (relative == null ? "" : " (" + relative + ")");
    }

    /**
     * Prints the plan.
     *
     * @param plan a plan without errors
     * @param locale Dutch or English
     * @param today the day overdue actions and past reviews are judged against
     * @param out where to print
     */
    static void render(ActionPlan plan, Locale locale, LocalDate today, PrintWriter out) {
        out.println(t(locale, "Actieplan ", "Action plan ")
                + plan.id()
                + t(locale, ", versie ", ", version ")
                + plan.version());
        plan.created().ifPresent(d -> out.println(t(locale, "Gemaakt:       ", "Made:          ") + date(d, locale)));
        out.println(t(locale, "Geaccepteerd:  ", "Accepted:      ")
                + plan.accepted()
                        .map(d -> date(d, locale))
                        .orElse(t(
                                locale,
                                "nog niet; data na acceptatie staan hieronder als termijn",
                                "not yet; dates after acceptance are shown as periods")));
        out.println(t(locale, "Loopt tot:     ", "Runs until:    ") + planDate(plan, plan.horizon(), locale));
        out.println(t(locale, "Stand op:      ", "As of:         ") + date(today, locale));

        out.println();
        out.println(t(locale, "Doelen", "Goals"));
        if (plan.goals().isEmpty()) {
            out.println("  " + t(locale, "(geen)", "(none)"));
        }
        for (PlanGoal goal : plan.goals()) {
            out.println("  * " + goal.text().resolve(locale));
        }

        out.println();
        out.println(t(locale, "Acties", "Actions"));
        if (plan.actions().isEmpty()) {
            out.println("  " + t(locale, "(geen)", "(none)"));
        }
        for (PlanAction action : plan.actions()) {
            printAction(plan, action, locale, today, out);
        }

        out.println();
        out.println(t(locale, "Gesprekken met een professional", "Reviews with a professional"));
        if (plan.reviews().isEmpty()) {
            out.println(
                    "  " + t(locale, "(geen gepland: vraag erom bij je adviseur)", "(none planned: ask your adviser)"));
        }
        for (Review review : plan.reviews()) {
            printReview(plan, review, locale, today, out);
        }
    }

    private static void printAction(
            ActionPlan plan, PlanAction action, Locale locale, LocalDate today, PrintWriter out) {
        String indent = "      ";
        out.println("  * " + action.title().resolve(locale));
        String goal =
                plan.goal(action.goal()).map(g -> g.text().resolve(locale)).orElse(action.goal());
        out.println(indent
                + t(locale, "soort: ", "kind: ")
                + kind(action.kind(), locale)
                + t(locale, "; voor het doel: ", "; for the goal: ")
                + goal);
        action.description().ifPresent(d -> out.println(indent + d.resolve(locale)));
        out.println(indent + "status: " + status(action, locale));
        action.due().ifPresent(due -> {
            String line = t(locale, "uiterlijk: ", "due: ") + planDate(plan, due, locale);
            Optional<LocalDate> date = plan.resolve(due);
            if (date.isPresent() && !action.status().isFinal()) {
                long late = ChronoUnit.DAYS.between(date.get(), today);
                if (late > 0) {
                    line += t(
                            locale,
                            "  TE LAAT: " + late + (late == 1 ? " dag" : " dagen") + " over de datum",
                            "  OVERDUE by " + late + (late == 1 ? " day" : " days"));
                } else if (late == 0) {
                    line += t(locale, "  vandaag", "  today");
                }
            }
            out.println(indent + line);
        });
        action.recurrence().ifPresent(r -> printRecurrence(plan, action, r, locale, today, out, indent));
        for (Signpost s : action.signposts()) {
            out.println(indent + t(locale, "link: ", "link: ") + s.label().resolve(locale)
                    + s.provider().map(p -> " (" + p + ")").orElse("") + " <" + s.url() + ">");
        }
    }

    private static void printRecurrence(
            ActionPlan plan,
            PlanAction action,
            Recurrence r,
            Locale locale,
            LocalDate today,
            PrintWriter out,
            String indent) {
        out.println(indent + t(locale, "steeds: ", "every time: ") + recurrence(r, locale));
        out.println(indent + t(locale, "bewijs: ", "evidence: ") + r.evidence().resolve(locale));
        List<RecurrencePeriod> periods = plan.recurrencePeriods(action);
        if (plan.accepted().isEmpty()) {
            out.println(indent
                    + t(
                            locale,
                            "de eerste periode begint op de dag van acceptatie",
                            "the first period starts on the day of acceptance"));
        } else if (periods.isEmpty()) {
            out.println(indent
                    + t(
                            locale,
                            "geen hele periode voor het einde van het plan",
                            "no whole period before the plan ends"));
        } else {
            RecurrencePeriod first = periods.get(0);
            RecurrencePeriod last = periods.get(periods.size() - 1);
            Optional<RecurrencePeriod> now =
                    periods.stream().filter(p -> p.contains(today)).findFirst();
            if (now.isPresent()) {
                RecurrencePeriod p = now.get();
                out.println(indent + t(locale, "nu: periode ", "now: period ") + (p.index() + 1)
                        + t(locale, " van ", " of ")
                        + periods.size() + ", " + date(p.start(), locale) + t(locale, " t/m ", " to ")
                        + date(p.end().minusDays(1), locale));
            } else if (today.isBefore(first.start())) {
                out.println(indent
                        + t(locale, "de eerste periode begint op ", "the first period starts on ")
                        + date(first.start(), locale));
            } else {
                out.println(indent
                        + t(
                                locale,
                                "alle " + periods.size() + " perioden zijn voorbij (de laatste eindigde op ",
                                "all " + periods.size() + " periods are over (the last ended on ")
                        + date(last.end().minusDays(1), locale) + ")");
            }
        }
        r.citation().ifPresent(c -> out.println(indent + t(locale, "bron: ", "source: ") + citation(c)));
    }

    static String citation(Citation c) {
        return c.title() + " <" + c.url() + ">";
    }

    private static void printReview(ActionPlan plan, Review review, Locale locale, LocalDate today, PrintWriter out) {
        String indent = "      ";
        String when = planDate(plan, review.when(), locale);
        Optional<LocalDate> date = plan.reviewDate(review);
        if (date.isPresent() && date.get().isBefore(today)) {
            when += t(locale, "  (voorbij)", "  (past)");
        } else if (date.isPresent() && date.get().isEqual(today)) {
            when += t(locale, "  vandaag", "  today");
        }
        out.println("  * " + when);
        out.println(indent
                + t(locale, "met: ", "with: ")
                + review.professional()
                        .map(p -> p.resolve(locale))
                        .orElse(t(locale, "een professional", "a professional"))
                + t(locale, ", via ", ", by ")
                + channel(review.channel(), locale));
        out.println(indent
                + t(locale, "voorbereiden: ", "prepare: ")
                + review.prepare().resolve(locale));
    }

    /** A contact channel in running text: "videobellen", "video call". */
    static String channel(ContactChannel channel, Locale locale) {
        return channel.label().resolve(locale).toLowerCase(Locale.ROOT);
    }

    static String kind(ActionKind kind, Locale locale) {
        return kind.label().resolve(locale).toLowerCase(Locale.ROOT);
    }

    private static String status(PlanAction action, Locale locale) {
        ActionStatus status = action.status();
        String label = status.label().resolve(locale).toLowerCase(Locale.ROOT);
        List<StatusChange> history = action.history();
        if (history.isEmpty()) {
            return label;
        }
        String since = status.isFinal() ? t(locale, " op ", " on ") : t(locale, " sinds ", " since ");
        return label + since + date(history.get(history.size() - 1).date(), locale);
    }
}
