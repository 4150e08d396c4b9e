/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.scheme;

import io.github.careerguidance.core.meta.GuidanceStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;

/**
 * At least a minimum of reflection sessions (intervisie, supervisie, coaching) in the current registration period, and a reflection report where required (type {@code minimum-reflection}; research rule NOLOC-RL-REFLECT).

 * <p>A reduced minimum can apply to periods ending in a transition window; where the source gives no number
 * for it, a holder below the normal minimum in that window is not assessable.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableReflectionRule.class)
@JsonDeserialize(as = ImmutableReflectionRule.class)
public abstract class ReflectionRule extends Rule {

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableReflectionRule.Builder builder() {
        return ImmutableReflectionRule.builder();
    }

    @Override
    public Subject subject() {
        return Subject.PERSON;
    }

    /**
     * The scheme whose registration period is used.
     *
     * @return the scheme id
     */
    public abstract String registrationScheme();

    /**
     * The minimum number of sessions per registration period.
     *
     * @return the minimum, if the source gives it
     */
    public abstract Optional<Integer> minimumSessions();

    /**
     * Whether a reflection report is required.
     *
     * @return false unless stated
     */
    @Value.Default
    public boolean reportRequired() {
        return false;
    }

    /**
     * The first expiry date of the transition window.
     *
     * @return the date, if there is a transition rule
     */
    public abstract Optional<LocalDate> transitionFrom();

    /**
     * The last expiry date of the transition window.
     *
     * @return the date, if there is a transition rule
     */
    public abstract Optional<LocalDate> transitionUntil();

    /**
     * The reduced minimum in the transition window.
     *
     * @return the minimum, if the source gives it
     */
    public abstract Optional<Integer> transitionMinimumSessions();

    @Value.Check
    protected void check() {
        checkCommon();
        requirePositive("minimumSessions", minimumSessions());
        requirePositive("transitionMinimumSessions", transitionMinimumSessions());
        if (transitionFrom().isPresent() != transitionUntil().isPresent()) {
            throw new IllegalArgumentException("rule " + id() + ": transitionFrom and transitionUntil go together");
        }
    }
}
