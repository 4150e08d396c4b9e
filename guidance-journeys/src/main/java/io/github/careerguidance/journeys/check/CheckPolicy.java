/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.check;

import io.github.careerguidance.core.meta.GuidanceStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The configurable rules of the {@link JourneyChecker}: how close a person must always be, whether every route
 * must pass a conversation with a professional, and how long the quickest route may be.
 *
 * <p>The defaults are guidance's proposals, not sourced norms: a human contact within {@value #DEFAULT_MAX_STEPS_TO_CONTACT}
 * steps (error), a reflection with a professional on every route to an outcome (warning; the research finding that
 * self-help alone is not enough, see the loopbaandialoog), and a quickest route from start to outcome of
 * {@value #DEFAULT_MIN_PATH_LENGTH} to {@value #DEFAULT_MAX_PATH_LENGTH} steps (warning).
 *
 * <pre>{@code
 * CheckPolicy strict = CheckPolicy.builder()
 *     .maxStepsToContact(4)
 *     .professionalReflection(RuleLevel.ERROR)
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableCheckPolicy.class)
@JsonDeserialize(as = ImmutableCheckPolicy.class)
public abstract class CheckPolicy {
    /** Extended only by the generated immutable implementation. */
    CheckPolicy() {}

    /** Default of {@link #planReviewWithin()}: 6 weeks, a proposal of guidance, not a sourced number. */
    public static final java.time.Period DEFAULT_PLAN_REVIEW_WITHIN = java.time.Period.ofDays(42);

    /** Default of {@link #maxStepsToContact()}. */
    public static final int DEFAULT_MAX_STEPS_TO_CONTACT = 6;

    /** Default of {@link #minPathLength()}. */
    public static final int DEFAULT_MIN_PATH_LENGTH = 3;

    /** Default of {@link #maxPathLength()}. */
    public static final int DEFAULT_MAX_PATH_LENGTH = 40;

    private static final CheckPolicy DEFAULTS = ImmutableCheckPolicy.builder().build();

    /**
     * A new builder, starting from the defaults.
     *
     * @return a builder
     */
    public static ImmutableCheckPolicy.Builder builder() {
        return ImmutableCheckPolicy.builder();
    }

    /**
     * The default policy.
     *
     * @return the defaults
     */
    public static CheckPolicy ofDefaults() {
        return DEFAULTS;
    }

    /**
     * The most transitions from any step (other than an outcome) to the nearest human touchpoint (a contact step or
     * a reflection with a professional).
     *
     * @return N, from 1; default {@value #DEFAULT_MAX_STEPS_TO_CONTACT}
     */
    @Value.Default
    public int maxStepsToContact() {
        return DEFAULT_MAX_STEPS_TO_CONTACT;
    }

    /**
     * How a step without a human touchpoint within {@link #maxStepsToContact()} is reported.
     *
     * @return the level; default error
     */
    @Value.Default
    public RuleLevel contactReach() {
        return RuleLevel.ERROR;
    }

    /**
     * How a route from the start to an outcome that passes no reflection with a professional is reported.
     *
     * @return the level; default warning
     */
    @Value.Default
    public RuleLevel professionalReflection() {
        return RuleLevel.WARNING;
    }

    /**
     * The fewest steps (start and outcome included) on the quickest route from the start to an outcome.
     *
     * @return the minimum, from 1; default {@value #DEFAULT_MIN_PATH_LENGTH}
     */
    @Value.Default
    public int minPathLength() {
        return DEFAULT_MIN_PATH_LENGTH;
    }

    /**
     * The most steps (start and outcome included) on the quickest route from the start to an outcome.
     *
     * @return the maximum; default {@value #DEFAULT_MAX_PATH_LENGTH}
     */
    @Value.Default
    public int maxPathLength() {
        return DEFAULT_MAX_PATH_LENGTH;
    }

    /**
     * How a quickest route outside the length bounds is reported.
     *
     * @return the level; default warning
     */
    @Value.Default
    public RuleLevel pathLength() {
        return RuleLevel.WARNING;
    }

    /**
     * How soon after a plan is made its first review with a professional must fall, at the latest: an outcome that
     * gives a plan needs a review no later than this. The default of 6 weeks ({@link #DEFAULT_PLAN_REVIEW_WITHIN}) is
     * a configurable proposal of guidance, not a sourced number: the research found no norm for when a plan should be
     * reviewed (England's action plans have no review date at all), and 6 weeks leaves room for a first WW period of 4
     * weeks. A period in months or years counts at its shortest (a month as 28 days).
     *
     * @return the period; default 6 weeks
     * @since 0.1.0
     */
    @Value.Default
    public java.time.Period planReviewWithin() {
        return DEFAULT_PLAN_REVIEW_WITHIN;
    }

    /**
     * How an outcome of type plan whose plan (its own template and those of the action steps that lead to it) has
     * no action, or no review with a professional within {@link #planReviewWithin()}, is reported.
     *
     * @return the level; default error
     * @since 0.1.0
     */
    @Value.Default
    public RuleLevel planReview() {
        return RuleLevel.ERROR;
    }

    /**
     * How an outcome of type plan without any plan template (neither its own nor one of an action step leading to
     * it) is reported. Off by default so that designs written before plan templates still check clean; turn it on to
     * require that every plan outcome gives a concrete plan.
     *
     * @return the level; default off
     * @since 0.1.0
     */
    @Value.Default
    public RuleLevel planTemplate() {
        return RuleLevel.OFF;
    }

    @Value.Check
    protected void check() {
        java.time.Period review = planReviewWithin();
        if (review.isNegative() || review.isZero()) {
            throw new IllegalArgumentException("planReviewWithin must be a positive period but was " + review);
        }
        if (maxStepsToContact() < 1) {
            throw new IllegalArgumentException("maxStepsToContact must be >= 1 but was " + maxStepsToContact());
        }
        if (minPathLength() < 1) {
            throw new IllegalArgumentException("minPathLength must be >= 1 but was " + minPathLength());
        }
        if (maxPathLength() < minPathLength()) {
            throw new IllegalArgumentException(
                    "maxPathLength must be >= minPathLength (" + minPathLength() + ") but was " + maxPathLength());
        }
    }
}
