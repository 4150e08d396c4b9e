/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A client's action plan: goals linked to the intake goal, actions with due dates, links, recurrences and dated
 * statuses, review touchpoints with a professional, the client's acceptance and the plan's horizon.
 *
 * <p>Guidance is a process over weeks, not one sitting: a plan is what the client acts on between touchpoints.
 * The shape follows England's National Careers Service action plans (goals, typed actions, signposts, statuses,
 * the client's acceptance; research notes {@code shared/research/peer-portals.md}), Estonia's Töötukassa
 * individual action plan and CIP's screening, orientation and follow-up ({@code models-and-portals.md}), and adds
 * what they lack: review touchpoints with a professional and recurring obligations such as the WW duty.
 *
 * <p>Dates are either calendar dates or periods after acceptance ({@link PlanDate}); a period resolves once the
 * client has {@linkplain #accepted() accepted} the plan. A plan is immutable: {@link #withStatus(String,
 * ActionStatus, LocalDate)} and {@link #accept(LocalDate)} return new plans of the same version, {@link
 * #nextVersion()} a copy with the version raised for an agreed change.
 *
 * <p>Any plan can be built or read; whether it makes sense (ids, goal references, date order, recurrences, status
 * histories, https links) is checked by {@link ActionPlans#check(ActionPlan)}, and {@link ActionPlans#read(String,
 * io.github.careerguidance.core.json.GuidanceCodec)} reads and checks in one go. The JSON Schema of the file format
 * is {@link ActionPlans#schema()}.
 *
 * <pre>{@code
 * ActionPlan plan = ActionPlans.read(Path.of("plan.yaml")).orElseThrow();
 * ActionPlan accepted = plan.accept(LocalDate.of(2026, 12, 7));
 * PlanAction cv = accepted.action("cv-bijwerken").orElseThrow();
 * accepted.dueDate(cv);                                         // Optional[2026-12-21] for due: P14D
 * ActionPlan later = accepted.withStatus("cv-bijwerken", ActionStatus.DONE, LocalDate.of(2026, 12, 18));
 * later.action("cv-bijwerken").orElseThrow().status();          // DONE
 * for (RecurrencePeriod p : later.recurrencePeriods(later.action("ww-sollicitaties").orElseThrow())) {
 *     System.out.println(p.start() + " .. " + p.end() + ": " + p.required() + " activities");
 * }
 * Diagnostics problems = ActionPlans.check(later);              // empty for a sound plan
 * }</pre>
 *
 * @since 0.1.0
 */
@Beta
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableActionPlan.class)
@JsonDeserialize(as = ImmutableActionPlan.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public abstract class ActionPlan {
    /** Extended only by the generated immutable implementation. */
    ActionPlan() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableActionPlan.Builder builder() {
        return ImmutableActionPlan.builder();
    }

    /**
     * The plan's id; the versions of one plan share it.
     *
     * @return the id
     */
    public abstract String id();

    /**
     * The version, {@code 1} for the first agreed plan and one higher for each agreed change.
     *
     * @return the version; {@code >= 1} in a valid plan
     */
    public abstract int version();

    /**
     * The code of the intake goal the plan serves, such as {@code became-unemployed}
     * ({@link io.github.careerguidance.core.intake.IntakeGoal#code()}).
     *
     * @return the code
     */
    public abstract String intakeGoal();

    /**
     * The day the plan was made.
     *
     * @return the date, if known
     */
    public abstract Optional<LocalDate> created();

    /**
     * The day the client accepted the plan; periods after acceptance resolve from it.
     *
     * @return the date, or empty while the plan is a proposal
     */
    public abstract Optional<LocalDate> accepted();

    /**
     * Until when the plan runs: a date, or a period after acceptance.
     *
     * @return the horizon
     */
    public abstract PlanDate horizon();

    /**
     * The goals.
     *
     * @return an unmodifiable list, possibly empty
     */
    @JsonSetter(contentNulls = Nulls.FAIL)
    public abstract List<PlanGoal> goals();

    /**
     * The actions, in the order the client sees them.
     *
     * @return an unmodifiable list, possibly empty
     */
    @JsonSetter(contentNulls = Nulls.FAIL)
    public abstract List<PlanAction> actions();

    /**
     * The review touchpoints with a professional.
     *
     * @return an unmodifiable list, possibly empty
     */
    @JsonSetter(contentNulls = Nulls.FAIL)
    public abstract List<Review> reviews();

    /**
     * The goal with an id.
     *
     * @param goalId the id
     * @return the first goal with that id, or empty
     */
    public Optional<PlanGoal> goal(String goalId) {
        Objects.requireNonNull(goalId, "goalId");
        return goals().stream().filter(g -> g.id().equals(goalId)).findFirst();
    }

    /**
     * The action with an id.
     *
     * @param actionId the id
     * @return the first action with that id, or empty
     */
    public Optional<PlanAction> action(String actionId) {
        Objects.requireNonNull(actionId, "actionId");
        return actions().stream().filter(a -> a.id().equals(actionId)).findFirst();
    }

    /**
     * The calendar date of a plan date of this plan.
     *
     * @param date a due date, review date or horizon
     * @return the date itself, or acceptance plus the period; empty for a period while the plan is not accepted
     */
    public Optional<LocalDate> resolve(PlanDate date) {
        return Objects.requireNonNull(date, "date").resolve(accepted());
    }

    /**
     * The calendar due date of an action.
     *
     * @param action an action (of this plan)
     * @return the due date; empty when the action has none, or its due period waits for acceptance
     */
    public Optional<LocalDate> dueDate(PlanAction action) {
        return Objects.requireNonNull(action, "action").due().flatMap(this::resolve);
    }

    /**
     * The calendar date of a review.
     *
     * @param review a review (of this plan)
     * @return the date; empty when its period waits for acceptance
     */
    public Optional<LocalDate> reviewDate(Review review) {
        return resolve(Objects.requireNonNull(review, "review").when());
    }

    /**
     * The calendar date of the horizon.
     *
     * @return the date; empty when the horizon is a period and the plan is not accepted
     */
    public Optional<LocalDate> horizonDate() {
        return resolve(horizon());
    }

    /**
     * The periods of an action's recurrence from acceptance to the horizon ({@link Recurrence#periods(LocalDate,
     * LocalDate)}).
     *
     * @param action an action (of this plan)
     * @return the periods; empty when the action does not recur, the plan is not accepted, or the recurrence is
     *     not well-formed
     */
    public List<RecurrencePeriod> recurrencePeriods(PlanAction action) {
        Objects.requireNonNull(action, "action");
        Optional<LocalDate> from = accepted();
        Optional<LocalDate> to = horizonDate();
        if (action.recurrence().isEmpty() || from.isEmpty() || to.isEmpty()) {
            return Collections.emptyList();
        }
        return action.recurrence().get().periods(from.get(), to.get());
    }

    /**
     * The current status of an action.
     *
     * @param actionId the action's id
     * @return its status, or empty when the plan has no such action
     */
    public Optional<ActionStatus> status(String actionId) {
        return action(actionId).map(PlanAction::status);
    }

    /**
     * The plan with a status change appended to an action's history; the version stays the same (a status is
     * progress on the agreed plan, not a change of it).
     *
     * @param actionId the action's id
     * @param status the new status
     * @param date the day of the change
     * @return a new plan
     * @throws IllegalArgumentException when the plan has no such action, the change is not {@linkplain
     *     ActionStatus#canBecome(ActionStatus) legal} from the current status, or the date is before the last change;
     *     check with {@link #status(String)} and {@link ActionStatus#canBecome(ActionStatus)} first when the
     *     change comes from a client
     * @throws NullPointerException if an argument is null
     */
    public ActionPlan withStatus(String actionId, ActionStatus status, LocalDate date) {
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(date, "date");
        List<PlanAction> actions = new ArrayList<>(actions());
        for (int i = 0; i < actions.size(); i++) {
            PlanAction action = actions.get(i);
            if (action.id().equals(actionId)) {
                ActionStatus current = action.status();
                if (!current.canBecome(status)) {
                    throw new IllegalArgumentException(
                            "action '" + actionId + "' cannot change from " + current.code() + " to " + status.code());
                }
                List<StatusChange> history = action.history();
                if (!history.isEmpty()
                        && date.isBefore(history.get(history.size() - 1).date())) {
                    throw new IllegalArgumentException(
                            "a status change of action '" + actionId + "' must not be" + " before the last one ("
                                    + history.get(history.size() - 1).date() + ") but was " + date);
                }
                actions.set(
                        i,
                        ImmutablePlanAction.copyOf(action).withHistory(append(history, StatusChange.of(status, date))));
                return ImmutableActionPlan.copyOf(this).withActions(actions);
            }
        }
        throw new IllegalArgumentException("the plan has no action '" + actionId + "'");
    }

    private static List<StatusChange> append(List<StatusChange> history, StatusChange change) {
        List<StatusChange> out = new ArrayList<>(history);
        out.add(change);
        return out;
    }

    /**
     * The plan as accepted by the client on a day; periods after acceptance resolve from it.
     *
     * @param date the day of acceptance
     * @return a new plan, same version
     * @throws NullPointerException if date is null
     */
    public ActionPlan accept(LocalDate date) {
        return ImmutableActionPlan.copyOf(this).withAccepted(Objects.requireNonNull(date, "date"));
    }

    /**
     * A copy with the version raised by one, for an agreed change of the plan; everything else is kept (a changed
     * plan is usually accepted again: clear or set the acceptance on the result).
     *
     * @return a new plan
     * @throws ArithmeticException if the version is {@link Integer#MAX_VALUE}
     */
    public ActionPlan nextVersion() {
        return ImmutableActionPlan.copyOf(this).withVersion(Math.addExact(version(), 1));
    }

    /**
     * The plan without its texts, for logs: id, version, intake goal, acceptance and the number of goals,
     * actions and reviews.
     *
     * @return the summary
     */
    @Override
    public String toString() {
        return "ActionPlan{id=" + id() + ", version=" + version() + ", intakeGoal=" + intakeGoal()
                + ", accepted=" + accepted().map(LocalDate::toString).orElse("<no>") + ", goals=" + goals().size()
                + ", actions=" + actions().size() + ", reviews=" + reviews().size() + "}";
    }
}
