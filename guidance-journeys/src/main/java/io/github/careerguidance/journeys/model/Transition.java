/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.journeys.internal.Codes;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A way out of a step: the target step and, optionally, the condition under which it is taken.
 *
 * <p>A step's transitions are tried in order; the first whose condition holds (or that has none) is taken. A
 * transition without a condition is the step's <em>default</em>: every step that can branch must end with one,
 * which the journey checker verifies. In YAML: {@code {target: q-opleiding, when: {equals: {answer: q1, value:
 * ja}}}} or just {@code {target: afsluiting}}.
 *
 * <pre>{@code
 * Transition.to("contact");
 * Transition.when(Condition.equalTo(Operand.answer("q-vangnet"), "nee"), "contact");
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableTransition.class)
@JsonDeserialize(as = ImmutableTransition.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"target", "when"})
public abstract class Transition {
    /** Extended only by the generated immutable implementation. */
    Transition() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableTransition.Builder builder() {
        return ImmutableTransition.builder();
    }

    /**
     * An unconditional (default) transition.
     *
     * @param target the target step id
     * @return the transition
     */
    public static Transition to(String target) {
        return builder().target(target).build();
    }

    /**
     * A guarded transition.
     *
     * @param condition when it is taken
     * @param target the target step id
     * @return the transition
     */
    public static Transition when(Condition condition, String target) {
        return builder().target(target).when(condition).build();
    }

    /**
     * The id of the step this transition leads to.
     *
     * @return a step id
     */
    public abstract String target();

    /**
     * When this transition is taken.
     *
     * @return the condition, or empty for the default transition
     */
    public abstract Optional<Condition> when();

    /**
     * Whether this is a default (unconditional) transition.
     *
     * @return true when there is no condition
     */
    @JsonIgnore
    public boolean isDefault() {
        return when().isEmpty();
    }

    @Value.Check
    protected void check() {
        Codes.requireId("transition target", target());
    }
}
