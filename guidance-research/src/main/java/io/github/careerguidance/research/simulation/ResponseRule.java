/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.simulation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.careerguidance.core.meta.GuidanceStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * How simulated clients fill in the instrument of one assessment step: every item gets a response drawn
 * independently from {@link #responses()} (response value to probability, summing to 1), so the instrument's own
 * scoring (core {@code Instrument.score}) turns them into the score distribution. Rules are tried in order; the
 * first whose {@link #when()} holds is used.
 *
 * <pre>{@code
 * ResponseRule rule = ResponseRule.builder()
 *         .putResponse("2", 0.2).putResponse("3", 0.4).putResponse("4", 0.4)
 *         .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableResponseRule.class)
@JsonDeserialize(as = ImmutableResponseRule.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"when", "responses"})
public abstract class ResponseRule {
    /** Extended only by the generated immutable implementation. */
    ResponseRule() {}

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static ImmutableResponseRule.Builder builder() {
        return ImmutableResponseRule.builder();
    }

    /**
     * For which clients the rule holds; absent: for every client.
     *
     * @return the condition
     */
    public abstract Optional<Given> when();

    /**
     * Item response probabilities by response value (a whole number on the instrument's scale, such as {@code 3}).
     *
     * @return the probabilities
     */
    public abstract Map<String, Double> responses();
}
