/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.plan.PlanDate;
import io.github.careerguidance.core.plan.PlanGoal;
import io.github.careerguidance.core.plan.Review;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The plan an outcome or action step contributes to the client's {@link io.github.careerguidance.core.plan.ActionPlan}:
 * goals, actions chosen by conditions, reviews with a professional and the plan's horizon.
 *
 * <p>Dates are periods after the day the plan is made ({@code P14D}, {@code P4W}, {@code P1M}); the engine resolves
 * them from its clock when it builds the plan at the outcome. The plan of a session joins the templates of the action
 * steps on the client's path and that of the outcome step (goals, actions and reviews by id, the first one wins; the
 * longest horizon). In YAML:
 *
 * <pre>{@code
 * outcome:
 *   type: plan
 *   text: {nl: Je plan staat klaar., en: Your plan is ready.}
 *   plan:
 *     horizon: P12W
 *     goals:
 *       - {id: nieuw-werk, text: {nl: Nieuw werk vinden, en: Find new work}, intakeGoal: became-unemployed}
 *     actions:
 *       - id: ww-sollicitaties
 *         goal: nieuw-werk
 *         kind: recurring-obligation
 *         title: {nl: Vier sollicitaties per vier weken, en: Four applications per four weeks}
 *         recurrence: {count: 4, period: P4W, evidence: {nl: In je Werkmap, en: In your Werkmap}}
 *         when: {equals: {answer: q-ww, value: aangevraagd}}
 *     reviews:
 *       - {id: evaluatie, when: P4W, channel: video, prepare: {nl: Neem je Werkmap mee, en: Bring your Werkmap}}
 * }</pre>
 *
 * <p>Whether a template makes sense (ids, goal references, relative dates, recurrences, links, a review with a
 * professional within the horizon) is checked by the journey checker, not here, so that a broken design still loads
 * and is diagnosed with JSON Pointers.
 *
 * @since 0.1.0
 */
@Beta
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutablePlanTemplate.class)
@JsonDeserialize(as = ImmutablePlanTemplate.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"horizon", "goals", "actions", "reviews"})
public abstract class PlanTemplate {
    /** Extended only by the generated immutable implementation. */
    PlanTemplate() {}

    /** The horizon of a plan whose templates name none: 12 weeks, a proposal of guidance (not a sourced number). */
    public static final Period DEFAULT_HORIZON = Period.ofDays(84);

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutablePlanTemplate.Builder builder() {
        return ImmutablePlanTemplate.builder();
    }

    /**
     * Until when the plan runs, as a period after the day it is made.
     *
     * @return the horizon, if this template sets one
     */
    public abstract Optional<PlanDate> horizon();

    /**
     * The goals the actions serve.
     *
     * @return an unmodifiable list, possibly empty
     */
    @JsonSetter(contentNulls = Nulls.FAIL)
    public abstract List<PlanGoal> goals();

    /**
     * The actions, each with an optional condition.
     *
     * @return an unmodifiable list, possibly empty
     */
    @JsonSetter(contentNulls = Nulls.FAIL)
    public abstract List<ActionTemplate> actions();

    /**
     * The reviews with a professional, dated as periods after the day the plan is made.
     *
     * @return an unmodifiable list, possibly empty
     */
    @JsonSetter(contentNulls = Nulls.FAIL)
    public abstract List<Review> reviews();
}
