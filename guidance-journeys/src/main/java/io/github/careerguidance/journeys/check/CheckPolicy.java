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

    @Value.Check
    protected void check() {
        if (maxStepsToContact() < 1) {
            throw new IllegalArgumentException("maxStepsToContact must be >= 1 but was " + maxStepsToContact());
        }
        if (minPathLength() < 1) {
            throw new IllegalArgumentException("minPathLength must be >= 1 but was " + minPathLength());
        }
        if (maxPathLength() < minPathLength()) {
            throw new IllegalArgumentException("maxPathLength must be >= minPathLength (" + minPathLength()
                    + ") but was " + maxPathLength());
        }
    }
}
