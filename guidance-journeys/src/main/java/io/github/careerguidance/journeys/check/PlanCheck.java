/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.check;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.plan.ActionPlan;
import io.github.careerguidance.core.plan.ActionPlans;
import io.github.careerguidance.core.plan.PlanAction;
import io.github.careerguidance.core.plan.PlanDate;
import io.github.careerguidance.core.plan.PlanGoal;
import io.github.careerguidance.core.plan.Review;
import io.github.careerguidance.journeys.internal.JourneyMessages;
import io.github.careerguidance.journeys.model.ActionTemplate;
import io.github.careerguidance.journeys.model.Condition;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.Literal;
import io.github.careerguidance.journeys.model.OutcomeType;
import io.github.careerguidance.journeys.model.PlanField;
import io.github.careerguidance.journeys.model.PlanTemplate;
import io.github.careerguidance.journeys.model.Step;
import io.github.careerguidance.journeys.model.StepKind;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;

/**
 * The rules for plan templates ({@link PlanTemplate} on outcome and action steps) and plan operands.
 *
 * <table>
 *   <caption>What it reports</caption>
 *   <tr><th>code</th><th>severity</th><th>when</th></tr>
 *   <tr><td>{@code journeys.plan.no-action}</td><td>{@link CheckPolicy#planReview()}</td><td>an outcome of type plan
 *       whose plan (its own template and those of action steps leading to it) has no action</td></tr>
 *   <tr><td>{@code journeys.plan.no-review}</td><td>{@link CheckPolicy#planReview()}</td><td>... has no review with a
 *       professional within {@link CheckPolicy#planReviewWithin()}</td></tr>
 *   <tr><td>{@code journeys.plan.no-template}</td><td>{@link CheckPolicy#planTemplate()}</td><td>an outcome of type
 *       plan without any template</td></tr>
 *   <tr><td>{@code journeys.plan.absolute-date}</td><td>error</td><td>a horizon, due date or review date that is a
 *       calendar date: templates take periods after the day the plan is made</td></tr>
 *   <tr><td>{@code journeys.plan.unknown-goal}</td><td>error</td><td>an action names a goal no template of the
 *       journey defines</td></tr>
 *   <tr><td>{@code journeys.plan.duplicate-action}</td><td>warning</td><td>two templates define different actions
 *       with one id (the first on the client's path wins)</td></tr>
 *   <tr><td>{@code core.plan.*}</td><td>as in core</td><td>what {@link ActionPlans#check(ActionPlan)} finds in the
 *       template as a plan (ids, recurrences: empty count, zero or negative period, missing on a recurring
 *       obligation; https links; a due date or review after the horizon)</td></tr>
 * </table>
 */
final class PlanCheck {
    /** The day sample plans are made on, to let core check a template's dates. */
    private static final LocalDate SAMPLE_DAY = LocalDate.of(2026, 1, 1);

    private final Journey journey;
    private final JourneyGraph graph;
    private final CheckPolicy policy;
    private final BiConsumer<Condition, JsonPointer> conditions;
    private final Diagnostics.Builder out;

    PlanCheck(
            Journey journey,
            JourneyGraph graph,
            CheckPolicy policy,
            BiConsumer<Condition, JsonPointer> conditions,
            Diagnostics.Builder out) {
        this.journey = journey;
        this.graph = graph;
        this.policy = policy;
        this.conditions = conditions;
        this.out = out;
    }

    /** Checks a comparison over a {@link PlanField}: counts take numbers, progress takes its two codes. */
    static void checkPlanOperand(
            boolean numeric,
            PlanField field,
            List<Literal> values,
            IntFunction<JsonPointer> valueAt,
            JsonPointer at,
            Diagnostics.Builder out) {
        String operand = "plan " + field.code();
        if (numeric && !field.isNumeric()) {
            out.add(JourneyMessages.diagnostic(
                    Severity.ERROR, "journeys.condition.not-numeric", at, Map.of("operand", operand, "type", "code")));
            return;
        }
        for (int k = 0; k < values.size(); k++) {
            Literal v = values.get(k);
            if (field.isNumeric() && !v.isNumber()) {
                out.add(JourneyMessages.diagnostic(
                        Severity.ERROR,
                        "journeys.condition.wrong-type",
                        valueAt.apply(k),
                        Map.of("operand", operand, "expected", "number", "value", v)));
            } else if (!field.isNumeric()
                    && !PlanField.BEHIND.equals(v.asText())
                    && !PlanField.ON_TRACK.equals(v.asText())) {
                out.add(JourneyMessages.diagnostic(
                        Severity.ERROR,
                        "journeys.condition.invalid-value",
                        valueAt.apply(k),
                        Map.of(
                                "operand",
                                operand,
                                "value",
                                v,
                                "detail",
                                "use '" + PlanField.BEHIND + "' or '" + PlanField.ON_TRACK + "'")));
            }
        }
    }

    void run() {
        Set<String> goals = new HashSet<>();
        Map<String, ActionTemplate> actions = new LinkedHashMap<>();
        List<Integer> templated = new ArrayList<>();
        for (int i = 0; i < journey.steps().size(); i++) {
            template(journey.steps().get(i)).ifPresent(t -> t.goals().forEach(g -> goals.add(g.id())));
        }
        for (int i = 0; i < journey.steps().size(); i++) {
            Step step = journey.steps().get(i);
            PlanTemplate t = template(step).orElse(null);
            if (t == null) {
                continue;
            }
            templated.add(i);
            JsonPointer at = templateAt(i, step);
            checkTemplate(t, at, goals);
            for (int k = 0; k < t.actions().size(); k++) {
                ActionTemplate a = t.actions().get(k);
                ActionTemplate first = actions.putIfAbsent(a.id(), a);
                if (first != null && !first.equals(a)) {
                    out.add(JourneyMessages.diagnostic(
                            Severity.WARNING,
                            "journeys.plan.duplicate-action",
                            at.append("actions").append(k).append("id"),
                            Map.of("action", a.id())));
                }
            }
        }
        checkOutcomes(templated);
    }

    private static java.util.Optional<PlanTemplate> template(Step step) {
        if (step.kind() == StepKind.OUTCOME) {
            return step.outcome().flatMap(o -> o.plan());
        }
        if (step.kind() == StepKind.ACTION) {
            return step.action().flatMap(a -> a.plan());
        }
        return java.util.Optional.empty();
    }

    private static JsonPointer templateAt(int i, Step step) {
        return JsonPointer.of("steps")
                .append(i)
                .append(step.kind() == StepKind.OUTCOME ? "outcome" : "action")
                .append("plan");
    }

    private void checkTemplate(PlanTemplate t, JsonPointer at, Set<String> goals) {
        t.horizon().filter(h -> !h.isRelative()).ifPresent(h -> absolute(at.append("horizon"), h));
        for (int k = 0; k < t.actions().size(); k++) {
            ActionTemplate a = t.actions().get(k);
            JsonPointer aAt = at.append("actions").append(k);
            a.due().filter(d -> !d.isRelative()).ifPresent(d -> absolute(aAt.append("due"), d));
            a.when().ifPresent(w -> conditions.accept(w, aAt.append("when")));
            if (!goals.contains(a.goal())) {
                out.add(JourneyMessages.diagnostic(
                        Severity.ERROR,
                        "journeys.plan.unknown-goal",
                        aAt.append("goal"),
                        Map.of("action", a.id(), "goal", a.goal())));
            }
        }
        for (int k = 0; k < t.reviews().size(); k++) {
            Review r = t.reviews().get(k);
            if (!r.when().isRelative()) {
                absolute(at.append("reviews").append(k).append("when"), r.when());
            }
        }
        for (Diagnostic d : ActionPlans.check(sample(t))) {
            // goals may come from another template of the journey: checked above across all of them
            if (!d.code().equals("core.plan.unknown-goal")) {
                out.add(d.relocate(at));
            }
        }
    }

    private void absolute(JsonPointer at, PlanDate date) {
        out.add(JourneyMessages.diagnostic(
                Severity.ERROR, "journeys.plan.absolute-date", at, Map.of("date", date.toString())));
    }

    /** The template as a plan made on {@link #SAMPLE_DAY}, in the template's order, so core's pointers fit it. */
    private static ActionPlan sample(PlanTemplate t) {
        List<PlanAction> actions = new ArrayList<>();
        for (ActionTemplate a : t.actions()) {
            actions.add(PlanAction.builder()
                    .id(a.id())
                    .goal(a.goal())
                    .kind(a.kind())
                    .title(a.title())
                    .description(a.description())
                    .signposts(a.signposts())
                    .due(a.due())
                    .recurrence(a.recurrence())
                    .build());
        }
        List<PlanGoal> goals = t.goals();
        return ActionPlan.builder()
                .id("sample")
                .version(1)
                .intakeGoal("sample")
                .created(SAMPLE_DAY)
                .accepted(SAMPLE_DAY)
                .horizon(t.horizon().orElse(PlanDate.afterAcceptance(PlanTemplate.DEFAULT_HORIZON)))
                .goals(goals)
                .actions(actions)
                .reviews(t.reviews())
                .build();
    }

    private void checkOutcomes(List<Integer> templated) {
        for (int i = 0; i < graph.size(); i++) {
            Step s = graph.step(i);
            if (!s.isOutcome() || s.outcome().orElseThrow().type() != OutcomeType.PLAN || graph.indexOf(s.id()) != i) {
                continue;
            }
            int[] toOutcome = graph.distances(new int[] {i}, true, x -> false);
            int actions = 0;
            boolean anyTemplate = false;
            boolean review = false;
            for (int t : templated) {
                Step owner = journey.steps().get(t);
                int node = graph.indexOf(owner.id());
                if (node != t
                        || (t != i && (owner.kind() != StepKind.ACTION || toOutcome[t] == JourneyGraph.UNREACHABLE))) {
                    continue;
                }
                PlanTemplate template = template(owner).orElseThrow();
                anyTemplate = true;
                actions += template.actions().size();
                for (Review r : template.reviews()) {
                    review |= r.when()
                            .period()
                            .map(p -> maxDays(p) <= minDays(policy.planReviewWithin()))
                            .orElse(false);
                }
            }
            JsonPointer at = JsonPointer.of("steps").append(i).append("outcome");
            if (!anyTemplate) {
                policy.planTemplate()
                        .severity()
                        .ifPresent(severity -> out.add(JourneyMessages.diagnostic(
                                severity, "journeys.plan.no-template", at, Map.of("step", s.id()))));
                continue;
            }
            int found = actions;
            boolean reviewed = review;
            policy.planReview().severity().ifPresent(severity -> {
                if (found == 0) {
                    out.add(JourneyMessages.diagnostic(
                            severity, "journeys.plan.no-action", at, Map.of("step", s.id())));
                }
                if (!reviewed) {
                    out.add(JourneyMessages.diagnostic(
                            severity,
                            "journeys.plan.no-review",
                            at,
                            Map.of(
                                    "step",
                                    s.id(),
                                    "within",
                                    policy.planReviewWithin().toString())));
                }
            });
        }
    }

    /** The fewest days a period can span (a month as 28 days, a year as 365). */
    static long minDays(Period p) {
        return p.getYears() * 365L + p.getMonths() * 28L + p.getDays();
    }

    /** The most days a period can span (a month as 31 days, a year as 366). */
    static long maxDays(Period p) {
        return p.getYears() * 366L + p.getMonths() * 31L + p.getDays();
    }
}
