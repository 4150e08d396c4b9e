/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.plan;

import io.github.careerguidance.core.citation.Citation;
import io.github.careerguidance.core.contact.ContactChannel;
import io.github.careerguidance.core.text.LocalizedText;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random action plans from a seed, sound by construction (ids unique and well-formed, dates on or after the start
 * and before the horizon, legal status histories, https links), for round-trip, schema and check properties.
 */
final class PlanGenerators {
    private static final List<String> WORDS = List.of(
            "Werk",
            "je",
            "cv",
            "bij",
            "solliciteer",
            "bij",
            "de",
            "zorg",
            "één",
            "café",
            "\"citaat\"",
            "regel\nnieuw",
            "#1",
            "ja:",
            "- lijst",
            "'quote'",
            "{haak}",
            "ü",
            "50%",
            "€ 2.500");
    private static final List<String> GOALS = List.of(
            "became-unemployed",
            "looking-for-work",
            "must-retrain",
            "facing-unemployment",
            "switching-careers",
            "newcomer");
    private static final List<String> PROVIDERS =
            List.of("UWV", "Leerwerkloket Midden-Utrecht", "gemeente Utrecht", "ROC Midden Nederland");

    private PlanGenerators() {}

    static ActionPlan plan(long seed) {
        Random r = new Random(seed);
        LocalDate created = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(3 * 365));
        boolean accepted = r.nextBoolean();
        boolean hasCreated = r.nextInt(4) > 0;
        // without acceptance or creation a plan has no start: then all its dates are relative
        LocalDate start = accepted ? created.plusDays(r.nextInt(11)) : hasCreated ? created : null;
        String intake = pick(r, GOALS);
        ImmutableActionPlan.Builder plan = ActionPlan.builder()
                .id("plan-" + Long.toHexString(seed & 0xFFFFFFFFL))
                .version(1 + r.nextInt(5))
                .intakeGoal(intake)
                .horizon(horizon(r, start));
        if (hasCreated) {
            plan.created(created);
        }
        if (accepted) {
            plan.accepted(start);
        }
        int goals = 1 + r.nextInt(3);
        List<String> goalIds = new ArrayList<>();
        for (int i = 0; i < goals; i++) {
            String id = "doel-" + i;
            goalIds.add(id);
            plan.addGoal(PlanGoal.of(id, text(r), r.nextBoolean() ? intake : pick(r, GOALS)));
        }
        int actions = r.nextInt(6);
        for (int i = 0; i < actions; i++) {
            plan.addAction(action(r, "actie-" + i, pick(r, goalIds), start));
        }
        int reviews = r.nextInt(4);
        for (int i = 0; i < reviews; i++) {
            ImmutableReview.Builder review = Review.builder()
                    .id("evaluatie-" + i)
                    .when(date(r, start, 7, 70))
                    .channel(ContactChannel.values()[r.nextInt(ContactChannel.values().length)])
                    .prepare(text(r));
            if (r.nextBoolean()) {
                review.professional(LocalizedText.of("loopbaanadviseur", "career adviser"));
            }
            plan.addReview(review.build());
        }
        return plan.build();
    }

    private static PlanAction action(Random r, String id, String goal, LocalDate start) {
        ActionKind kind = ActionKind.values()[r.nextInt(ActionKind.values().length)];
        ImmutablePlanAction.Builder action =
                PlanAction.builder().id(id).goal(goal).kind(kind).title(text(r));
        if (r.nextBoolean()) {
            action.description(text(r));
        }
        int links = r.nextInt(3);
        for (int i = 0; i < links; i++) {
            ImmutableSignpost.Builder link = Signpost.builder()
                    .label(text(r))
                    .url("https://www.example.nl/" + Integer.toHexString(r.nextInt())
                            + (r.nextBoolean() ? "?q=a&b=c" : ""));
            if (r.nextBoolean()) {
                link.provider(pick(r, PROVIDERS));
            }
            action.addSignpost(link.build());
        }
        if (r.nextInt(3) > 0) {
            action.due(date(r, start, 0, 80));
        }
        if (kind == ActionKind.RECURRING_OBLIGATION) {
            Period period = r.nextBoolean() ? Period.ofWeeks(1 + r.nextInt(6)) : Period.ofMonths(1 + r.nextInt(2));
            ImmutableRecurrence.Builder recurrence =
                    Recurrence.builder().count(1 + r.nextInt(8)).period(period).evidence(text(r));
            if (r.nextBoolean()) {
                recurrence.citation(Citation.builder()
                        .title("UWV: When you receive unemployment benefit")
                        .url("https://www.uwv.nl/en/individuals/unemployment-benefit/when-receiving")
                        .accessed(LocalDate.of(2026, 12, 7))
                        .build());
            }
            action.recurrence(recurrence.build());
        }
        LocalDate day = start == null ? LocalDate.of(2026, 1, 1) : start;
        ActionStatus status = ActionStatus.NOT_STARTED;
        int changes = r.nextInt(3);
        for (int i = 0; i < changes && !status.isFinal(); i++) {
            List<ActionStatus> next = new ArrayList<>();
            for (ActionStatus s : ActionStatus.values()) {
                if (status.canBecome(s)) {
                    next.add(s);
                }
            }
            status = pick(r, next);
            day = day.plusDays(r.nextInt(10));
            action.addHistory(StatusChange.of(status, day));
        }
        return action.build();
    }

    /** A horizon at least 84 days after the start, beyond every generated due date and review. */
    private static PlanDate horizon(Random r, LocalDate start) {
        switch (r.nextInt(start == null ? 2 : 3)) {
            case 0:
                return PlanDate.afterAcceptance(Period.ofWeeks(12 + r.nextInt(40)));
            case 1:
                return PlanDate.afterAcceptance(Period.ofMonths(3 + r.nextInt(10)));
            default:
                return PlanDate.of(start.plusDays(100 + r.nextInt(100)));
        }
    }

    /** A relative date, or (with a start) a calendar date, between min and max days after the start. */
    private static PlanDate date(Random r, LocalDate start, int min, int max) {
        int days = min + r.nextInt(max - min + 1);
        if (start != null && r.nextBoolean()) {
            return PlanDate.of(start.plusDays(days));
        }
        return r.nextBoolean() && days % 7 == 0
                ? PlanDate.afterAcceptance(Period.ofWeeks(days / 7))
                : PlanDate.afterAcceptance(Period.ofDays(days));
    }

    static LocalizedText text(Random r) {
        int n = 1 + r.nextInt(6);
        StringBuilder nl = new StringBuilder("tekst-" + r.nextInt(1000));
        StringBuilder en = new StringBuilder("text-" + r.nextInt(1000));
        for (int i = 0; i < n; i++) {
            nl.append(' ').append(pick(r, WORDS));
            en.append(' ').append(pick(r, WORDS));
        }
        return LocalizedText.of(nl.toString(), en.toString());
    }

    private static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }
}
