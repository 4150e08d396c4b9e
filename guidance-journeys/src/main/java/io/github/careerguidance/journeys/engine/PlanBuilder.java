/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine;

import io.github.careerguidance.core.competence.CompetenceProfile;
import io.github.careerguidance.core.plan.ActionKind;
import io.github.careerguidance.core.plan.ActionPlan;
import io.github.careerguidance.core.plan.ActionStatus;
import io.github.careerguidance.core.plan.ImmutableActionPlan;
import io.github.careerguidance.core.plan.PlanAction;
import io.github.careerguidance.core.plan.PlanDate;
import io.github.careerguidance.core.plan.PlanGoal;
import io.github.careerguidance.core.plan.Recurrence;
import io.github.careerguidance.core.plan.RecurrencePeriod;
import io.github.careerguidance.core.plan.Review;
import io.github.careerguidance.core.plan.StatusChange;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.core.profile.AnswerKind;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.journeys.engine.internal.PlanFacts;
import io.github.careerguidance.journeys.engine.internal.Rule;
import io.github.careerguidance.journeys.model.ActionTemplate;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.PlanTemplate;
import io.github.careerguidance.journeys.model.QuestionType;
import io.github.careerguidance.journeys.model.Step;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds a client's {@link ActionPlan} at an outcome from the plan templates of the steps ({@link CompiledStep#plan},
 * conditions precompiled in {@link CompiledStep#planRules}), and counts progress on a reviewed plan in a follow-up
 * session ({@link PlanFacts}). Stateless after construction and thread-safe. Never throws for a plan read from
 * outside: dates out of range and illegal status changes are skipped.
 */
final class PlanBuilder {
    /** A question step that updates an action of the reviewed plan. */
    private static final class PlanQuestion {
        final String step;
        final String action;
        final boolean number;

        PlanQuestion(String step, String action, boolean number) {
            this.step = step;
            this.action = action;
            this.number = number;
        }
    }

    private final Journey journey;
    private final PlanQuestion[] questions;
    private final Map<String, PlanGoal> goals;
    private final ZoneId zone;
    private final Function<Session, String> ids;
    private final boolean templated;

    PlanBuilder(Journey journey, ZoneId zone, Function<Session, String> ids) {
        this.journey = journey;
        this.zone = zone;
        this.ids = ids;
        List<PlanQuestion> found = new ArrayList<>();
        Map<String, PlanGoal> known = new HashMap<>();
        boolean any = false;
        for (Step step : journey.steps()) {
            step.question()
                    .ifPresent(q -> q.planAction()
                            .ifPresent(
                                    a -> found.add(new PlanQuestion(step.id(), a, q.type() == QuestionType.NUMBER))));
            Optional<PlanTemplate> t = template(step);
            if (t.isPresent()) {
                any = true;
                t.get().goals().forEach(g -> known.putIfAbsent(g.id(), g));
            }
        }
        this.questions = found.toArray(new PlanQuestion[0]);
        this.goals = Map.copyOf(known);
        this.templated = any;
    }

    static Optional<PlanTemplate> template(Step step) {
        switch (step.kind()) {
            case OUTCOME:
                return step.outcome().flatMap(o -> o.plan());
            case ACTION:
                return step.action().flatMap(a -> a.plan());
            default:
                return Optional.empty();
        }
    }

    /** Whether outcome views may carry a plan (so they must not come from the view memo). */
    boolean plansOutcomes() {
        return templated || questions.length > 0;
    }

    /** The reviewed plan with the status updates of the session's answers, dated on the review day; same version. */
    ActionPlan updated(ActionPlan plan, LocalDate day, Map<String, Answer> answers) {
        ActionPlan out = plan;
        for (PlanQuestion q : questions) {
            Answer answer = answers.get(q.step);
            if (q.number || answer == null || answer.kind() != AnswerKind.CHOICE) {
                continue;
            }
            ActionStatus status = status(answer.choice().orElseThrow());
            Optional<PlanAction> action = out.action(q.action);
            if (status == null || action.isEmpty() || !action.get().status().canBecome(status)) {
                continue;
            }
            List<StatusChange> history = action.get().history();
            if (!history.isEmpty()
                    && day.isBefore(history.get(history.size() - 1).date())) {
                continue;
            }
            out = out.withStatus(q.action, status, day);
        }
        return out;
    }

    private static ActionStatus status(String code) {
        for (ActionStatus s : ActionStatus.values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        return null;
    }

    /** Progress on a reviewed plan on the review day, with the session's status updates and reported counts. */
    PlanFacts facts(ActionPlan reviewed, LocalDate day, Map<String, Answer> answers) {
        ActionPlan plan = updated(reviewed, day, answers);
        Optional<LocalDate> start = plan.accepted().or(plan::created);
        Map<String, Integer> reported = new HashMap<>();
        for (PlanQuestion q : questions) {
            Answer answer = answers.get(q.step);
            if (q.number && answer != null && answer.kind() == AnswerKind.NUMBER) {
                BigDecimal n = answer.number().orElseThrow();
                int count = n.signum() <= 0
                        ? 0
                        : n.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) >= 0 ? Integer.MAX_VALUE : n.intValue();
                reported.merge(q.action, count, (x, y) -> y);
            }
        }
        int overdue = 0;
        long shortfall = 0;
        int open = 0;
        for (PlanAction a : plan.actions()) {
            if (a.status().isFinal()) {
                continue;
            }
            open++;
            if (a.kind() != ActionKind.RECURRING_OBLIGATION) {
                Optional<LocalDate> due = a.due().flatMap(d -> d.resolve(start));
                if (due.isPresent() && due.get().isBefore(day)) {
                    overdue++;
                }
            } else if (a.recurrence().isPresent() && reported.containsKey(a.id()) && start.isPresent()) {
                shortfall += shortfall(a.recurrence().get(), start.get(), day, reported.get(a.id()));
            }
        }
        return PlanFacts.of(overdue, (int) Math.min(Integer.MAX_VALUE, shortfall), open);
    }

    /**
     * What an obligation lacks so far: the period holding the day before the review day, its required count pro rata
     * to the days gone by (rounded down), minus the reported count, at least 0.
     */
    static long shortfall(Recurrence recurrence, LocalDate start, LocalDate day, int reported) {
        if (!recurrence.isWellFormed() || !start.isBefore(day)) {
            return 0;
        }
        LocalDate last = day.minusDays(1);
        Period p = recurrence.period();
        LocalDate to;
        try {
            to = last.plusDays(p.getYears() * 366L + p.getMonths() * 31L + p.getDays() + 1);
        } catch (DateTimeException | ArithmeticException e) {
            return 0;
        }
        for (RecurrencePeriod period : recurrence.periods(start, to)) {
            if (period.contains(last)) {
                long length = ChronoUnit.DAYS.between(period.start(), period.end());
                long gone = ChronoUnit.DAYS.between(period.start(), day);
                long expected = period.required() * gone / length;
                return Math.max(0, expected - reported);
            }
        }
        return 0;
    }

    /**
     * The plan at an outcome step, or empty when no template applies and the session reviews no plan.
     *
     * @param session the session (at the outcome)
     * @param outcome the outcome step
     * @param steps all compiled steps, by index
     * @param index step index by id
     * @param now the instant of the view (its day, in the engine's zone, dates a new plan)
     */
    Optional<ActionPlan> build(
            Session session,
            CompiledStep outcome,
            CompiledStep[] steps,
            Map<String, Integer> index,
            Instant now,
            Map<String, Answer> answers,
            Map<String, CompetenceProfile> scores,
            String[] profile,
            SupportLevel level,
            PlanFacts facts) {
        List<CompiledStep> sources = new ArrayList<>();
        boolean[] seen = new boolean[steps.length];
        for (String id : session.path()) {
            Integer at = index.get(id);
            if (at != null
                    && !seen[at]
                    && steps[at].plan != null
                    && steps[at].step.action().isPresent()) {
                seen[at] = true;
                sources.add(steps[at]);
            }
        }
        if (outcome.plan != null) {
            sources.add(outcome);
        }
        Optional<ActionPlan> reviewed = session.reviewedPlan();
        if (sources.isEmpty() && reviewed.isEmpty()) {
            return Optional.empty();
        }
        LocalDate day = session.reviewDate().orElseGet(() -> LocalDate.ofInstant(now, zone));
        Map<String, PlanGoal> planGoals = new LinkedHashMap<>();
        Map<String, PlanAction> actions = new LinkedHashMap<>();
        Map<String, Review> reviews = new LinkedHashMap<>();
        Period horizon = null;
        for (CompiledStep c : sources) {
            PlanTemplate t = c.plan;
            t.goals().forEach(g -> planGoals.putIfAbsent(g.id(), g));
            for (int k = 0; k < t.actions().size(); k++) {
                ActionTemplate a = t.actions().get(k);
                Rule rule = c.planRules[k];
                if (actions.containsKey(a.id()) || !rule.test(answers, scores, profile, level, facts)) {
                    continue;
                }
                Optional<PlanDate> due = a.due().map(d -> resolved(d, day));
                actions.put(
                        a.id(),
                        PlanAction.builder()
                                .id(a.id())
                                .goal(a.goal())
                                .kind(a.kind())
                                .title(a.title())
                                .description(a.description())
                                .signposts(a.signposts())
                                .due(due)
                                .recurrence(a.recurrence())
                                .build());
            }
            t.reviews()
                    .forEach(r -> reviews.putIfAbsent(
                            r.id(),
                            Review.builder()
                                    .from(r)
                                    .when(resolved(r.when(), day))
                                    .build()));
            Optional<Period> h = t.horizon().flatMap(PlanDate::period);
            if (h.isPresent() && (horizon == null || days(h.get()) > days(horizon))) {
                horizon = h.get();
            }
        }
        for (PlanAction a : actions.values()) {
            if (!planGoals.containsKey(a.goal()) && goals.containsKey(a.goal())) {
                planGoals.put(a.goal(), goals.get(a.goal()));
            }
        }
        if (reviewed.isPresent()) {
            return Optional.of(next(reviewed.get(), day, answers, planGoals, actions, reviews, horizon));
        }
        LocalDate end = plus(day, horizon == null ? PlanTemplate.DEFAULT_HORIZON : horizon);
        return Optional.of(ActionPlan.builder()
                .id(ids.apply(session))
                .version(1)
                .intakeGoal(intakeGoal())
                .created(day)
                .horizon(PlanDate.of(end))
                .addAllGoals(planGoals.values())
                .addAllActions(actions.values())
                .addAllReviews(reviews.values())
                .build());
    }

    private ActionPlan next(
            ActionPlan reviewed,
            LocalDate day,
            Map<String, Answer> answers,
            Map<String, PlanGoal> planGoals,
            Map<String, PlanAction> actions,
            Map<String, Review> reviews,
            Period horizon) {
        ActionPlan base = updated(reviewed, day, answers);
        List<PlanGoal> moreGoals = new ArrayList<>(base.goals());
        List<PlanAction> moreActions = new ArrayList<>(base.actions());
        List<Review> moreReviews = new ArrayList<>(base.reviews());
        boolean added = false;
        LocalDate latest = null;
        for (PlanGoal g : planGoals.values()) {
            if (base.goal(g.id()).isEmpty()) {
                moreGoals.add(g);
                added = true;
            }
        }
        for (PlanAction a : actions.values()) {
            if (base.action(a.id()).isEmpty()) {
                moreActions.add(a);
                added = true;
                latest = later(latest, a.due().flatMap(PlanDate::date).orElse(null));
            }
        }
        for (Review r : reviews.values()) {
            if (base.reviews().stream().noneMatch(x -> x.id().equals(r.id()))) {
                moreReviews.add(r);
                added = true;
                latest = later(latest, r.when().date().orElse(null));
            }
        }
        if (!added && base.equals(reviewed)) {
            return reviewed;
        }
        ImmutableActionPlan out = ImmutableActionPlan.copyOf(base.nextVersion())
                .withGoals(moreGoals)
                .withActions(moreActions)
                .withReviews(moreReviews);
        if (added) {
            Optional<LocalDate> current = base.horizonDate()
                    .or(() -> base.created().flatMap(c -> base.horizon().resolve(c)));
            LocalDate wanted = later(latest, horizon == null ? null : plus(day, horizon));
            if (wanted != null && (current.isEmpty() || wanted.isAfter(current.get()))) {
                out = out.withHorizon(PlanDate.of(wanted));
            }
        }
        return out;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private String intakeGoal() {
        return journey.goals().isEmpty() ? journey.id() : journey.goals().get(0);
    }

    private static PlanDate resolved(PlanDate date, LocalDate day) {
        return date.isRelative() ? PlanDate.of(plus(day, date.period().orElseThrow())) : date;
    }

    private static LocalDate plus(LocalDate day, Period period) {
        try {
            return day.plus(period);
        } catch (DateTimeException | ArithmeticException e) {
            return LocalDate.MAX;
        }
    }

    private static long days(Period p) {
        return p.getYears() * 366L + p.getMonths() * 31L + p.getDays();
    }

    /**
     * The default plan id of a session: {@code plan-} and 16 hex digits of a SHA-256 over the journey id, the client's
     * profile codes and the session's inputs up to its completion; equal sessions get equal ids, on any JVM.
     */
    static String defaultId(Session session) {
        StringBuilder text = new StringBuilder(256);
        text.append(session.journey());
        for (SessionEvent e : session.events()) {
            text.append('\u0000')
                    .append(e.type().code())
                    .append('\u0001')
                    .append(e.step().orElse(""));
            e.answer()
                    .ifPresent(a -> text.append('\u0001')
                            .append(a.selectedOptions())
                            .append(a.text().orElse(""))
                            .append(a.number().map(BigDecimal::toPlainString).orElse("")));
            e.profile().ifPresent(p -> {
                for (String code : io.github.careerguidance.journeys.engine.internal.Rules.profileCodes(p)) {
                    text.append('\u0001').append(code);
                }
            });
            if (e.type() == EventType.COMPLETED) {
                break;
            }
        }
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            StringBuilder id = new StringBuilder("plan-");
            for (int i = 0; i < 8; i++) {
                id.append(Character.forDigit((hash[i] >> 4) & 0xf, 16)).append(Character.forDigit(hash[i] & 0xf, 16));
            }
            return id.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
