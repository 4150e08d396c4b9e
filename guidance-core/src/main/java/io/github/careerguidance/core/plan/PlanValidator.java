/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.plan;

import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.MessageBundle;
import io.github.careerguidance.core.diagnostics.Severity;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The checks of {@link io.github.careerguidance.core.plan.ActionPlans#check(ActionPlan)}. Internal: not part of
 * the API.
 */
final class PlanValidator {
    /** The core message bundle, which holds the {@code core.plan.*} codes. */
    public static final MessageBundle MESSAGES = MessageBundle.load(
            "io/github/careerguidance/core/Messages", name -> PlanValidator.class.getResourceAsStream("/" + name));

    /** Ids of plans, goals, actions and reviews: a letter or digit, then letters, digits, '.', '_', ':' or '-'. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");

    /** Intake goal codes, as {@code IntakeGoal#code()}. */
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

    private PlanValidator() {}

    /**
     * Checks a plan.
     *
     * @param plan the plan
     * @return the findings, empty for a sound plan
     */
    public static Diagnostics check(ActionPlan plan) {
        Diagnostics.Builder out = Diagnostics.builder();
        JsonPointer root = JsonPointer.root();
        id(out, plan.id(), root.append("id"));
        if (plan.version() < 1) {
            out.add(error("core.plan.version", root.append("version"), args("version", plan.version())));
        }
        intakeGoal(out, plan.intakeGoal(), root.append("intakeGoal"));
        if (plan.created().isPresent()
                && plan.accepted().isPresent()
                && plan.accepted().get().isBefore(plan.created().get())) {
            out.add(error(
                    "core.plan.accepted-before-created",
                    root.append("accepted"),
                    args(
                            "accepted",
                            plan.accepted().get(),
                            "created",
                            plan.created().get())));
        }
        Optional<LocalDate> start = plan.accepted().or(plan::created);
        PlanDate horizon = plan.horizon();
        if (start.isPresent() && !horizon.isRelative() && horizon.date().get().isBefore(start.get())) {
            out.add(error(
                    "core.plan.horizon-before-start",
                    root.append("horizon"),
                    args("horizon", horizon, "start", start.get())));
        }

        unique(out, plan.goals(), PlanGoal::id, "goals");
        for (int i = 0; i < plan.goals().size(); i++) {
            PlanGoal goal = plan.goals().get(i);
            JsonPointer at = root.append("goals").append(i);
            id(out, goal.id(), at.append("id"));
            intakeGoal(out, goal.intakeGoal(), at.append("intakeGoal"));
        }

        unique(out, plan.actions(), PlanAction::id, "actions");
        for (int i = 0; i < plan.actions().size(); i++) {
            action(out, plan, plan.actions().get(i), root.append("actions").append(i), start);
        }

        unique(out, plan.reviews(), Review::id, "reviews");
        for (int i = 0; i < plan.reviews().size(); i++) {
            Review review = plan.reviews().get(i);
            JsonPointer at = root.append("reviews").append(i);
            id(out, review.id(), at.append("id"));
            beforeStart(review.when(), start)
                    .ifPresent(s -> out.add(error(
                            "core.plan.review-before-acceptance",
                            at.append("when"),
                            args("review", review.id(), "when", review.when(), "start", s))));
            if (compare(review.when(), horizon, start).map(c -> c > 0).orElse(false)) {
                out.add(error(
                        "core.plan.review-after-horizon",
                        at.append("when"),
                        args("review", review.id(), "when", review.when(), "horizon", horizon)));
            }
        }
        return out.build();
    }

    private static void action(
            Diagnostics.Builder out, ActionPlan plan, PlanAction action, JsonPointer at, Optional<LocalDate> start) {
        id(out, action.id(), at.append("id"));
        if (plan.goal(action.goal()).isEmpty()) {
            out.add(error(
                    "core.plan.unknown-goal",
                    at.append("goal"),
                    args(
                            "action",
                            action.id(),
                            "goal",
                            action.goal(),
                            "known",
                            plan.goals().stream().map(PlanGoal::id).toList())));
        }
        for (int j = 0; j < action.signposts().size(); j++) {
            Signpost signpost = action.signposts().get(j);
            if (!signpost.isHttps()) {
                out.add(error(
                        "core.plan.link.https",
                        at.append("signposts").append(j).append("url"),
                        args("action", action.id(), "url", shorten(signpost.url()))));
            }
        }
        action.due().ifPresent(due -> {
            beforeStart(due, start)
                    .ifPresent(s -> out.add(error(
                            "core.plan.due-before-acceptance",
                            at.append("due"),
                            args("action", action.id(), "due", due, "start", s))));
            if (compare(due, plan.horizon(), start).map(c -> c > 0).orElse(false)) {
                out.add(MESSAGES.diagnostic(
                        Severity.WARNING,
                        "core.plan.due-after-horizon",
                        at.append("due"),
                        args("action", action.id(), "due", due, "horizon", plan.horizon())));
            }
        });
        if (action.recurrence().isPresent()) {
            Recurrence recurrence = action.recurrence().get();
            JsonPointer r = at.append("recurrence");
            if (action.kind() != ActionKind.RECURRING_OBLIGATION) {
                out.add(MESSAGES.diagnostic(
                        Severity.WARNING,
                        "core.plan.recurrence.unexpected",
                        r,
                        args("action", action.id(), "kind", action.kind().code())));
            }
            if (recurrence.count() < 1) {
                out.add(error(
                        "core.plan.recurrence.count",
                        r.append("count"),
                        args("action", action.id(), "count", recurrence.count())));
            }
            Period period = recurrence.period();
            if (period.isZero() || period.isNegative()) {
                out.add(error(
                        "core.plan.recurrence.period",
                        r.append("period"),
                        args("action", action.id(), "period", period)));
            }
        } else if (action.kind() == ActionKind.RECURRING_OBLIGATION) {
            out.add(error("core.plan.recurrence.missing", at, args("action", action.id())));
        }
        ActionStatus previous = ActionStatus.NOT_STARTED;
        List<StatusChange> history = action.history();
        for (int j = 0; j < history.size(); j++) {
            StatusChange change = history.get(j);
            JsonPointer h = at.append("history").append(j);
            if (!previous.canBecome(change.status())) {
                out.add(error(
                        "core.plan.status.transition",
                        h.append("status"),
                        args(
                                "action",
                                action.id(),
                                "from",
                                previous.code(),
                                "to",
                                change.status().code())));
            }
            if (j > 0 && change.date().isBefore(history.get(j - 1).date())) {
                out.add(error(
                        "core.plan.status.order",
                        h.append("date"),
                        args(
                                "action",
                                action.id(),
                                "date",
                                change.date(),
                                "previous",
                                history.get(j - 1).date())));
            }
            previous = change.status();
        }
    }

    /** The plan's start when a calendar date lies before it. */
    private static Optional<LocalDate> beforeStart(PlanDate date, Optional<LocalDate> start) {
        if (start.isEmpty() || date.isRelative()) {
            return Optional.empty(); // a period after acceptance cannot be negative, so never lies before it
        }
        return date.date().get().isBefore(start.get()) ? start : Optional.empty();
    }

    /**
     * Compares two plan dates: resolved from the plan's start (acceptance, else creation); without a start, two
     * calendar dates as they are and two periods of days only by their days (the same for every start); anything
     * else cannot be compared.
     */
    static Optional<Integer> compare(PlanDate a, PlanDate b, Optional<LocalDate> start) {
        if (start.isPresent()) {
            Optional<LocalDate> x = a.resolve(start.get());
            Optional<LocalDate> y = b.resolve(start.get());
            return x.isPresent() && y.isPresent() ? Optional.of(x.get().compareTo(y.get())) : Optional.empty();
        }
        if (!a.isRelative() && !b.isRelative()) {
            return Optional.of(a.date().get().compareTo(b.date().get()));
        }
        if (a.isRelative()
                && b.isRelative()
                && daysOnly(a.period().get())
                && daysOnly(b.period().get())) {
            return Optional.of(
                    Integer.compare(a.period().get().getDays(), b.period().get().getDays()));
        }
        return Optional.empty();
    }

    private static boolean daysOnly(Period period) {
        return period.getYears() == 0 && period.getMonths() == 0;
    }

    private static <T> void unique(Diagnostics.Builder out, List<T> items, Function<T, String> id, String list) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String value = id.apply(items.get(i));
            Integer first = seen.putIfAbsent(value, i);
            if (first != null) {
                out.add(error(
                        "core.plan.duplicate-id",
                        JsonPointer.root().append(list).append(i).append("id"),
                        args(
                                "id",
                                shorten(value),
                                "list",
                                list,
                                "first",
                                JsonPointer.root().append(list).append(first))));
            }
        }
    }

    private static void id(Diagnostics.Builder out, String id, JsonPointer at) {
        if (!ID.matcher(id).matches()) {
            out.add(error("core.plan.id", at, args("id", shorten(id))));
        }
    }

    private static void intakeGoal(Diagnostics.Builder out, String code, JsonPointer at) {
        if (code.length() > 64 || !CODE.matcher(code).matches()) {
            out.add(error("core.plan.intake-goal", at, args("code", shorten(code))));
        }
    }

    private static String shorten(String text) {
        return text.length() <= 100 ? text : text.substring(0, 100) + "...";
    }

    private static io.github.careerguidance.core.diagnostics.Diagnostic error(
            String code, JsonPointer at, Map<String, Object> arguments) {
        return MESSAGES.diagnostic(Severity.ERROR, code, at, arguments);
    }

    private static Map<String, Object> args(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            map.put(String.valueOf(pairs[i]), pairs[i + 1]);
        }
        return map;
    }
}
