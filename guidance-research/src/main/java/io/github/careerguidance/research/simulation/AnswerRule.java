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
 * How simulated clients answer one question, optionally only for some clients ({@link #when()}). The rules of a
 * question are tried in order and the first that holds is used.
 *
 * <p>The keys of {@link #answers()} depend on the question type: single-choice, scale and number questions draw
 * one key (choice code or number) with the given probabilities, which must sum to 1; short-text questions draw
 * one of the texts; for a multiple-choice question each choice is selected independently with its probability
 * (and when none is drawn, the most likely choice is selected, since an answer needs at least one).
 *
 * <pre>{@code
 * AnswerRule rule = AnswerRule.builder()
 *         .when(Given.builder().putProfile("employment", List.of("employed")).build())
 *         .putAnswer("ander-werk", 0.7).putAnswer("geen-werk", 0.1).putAnswer("terugkeer", 0.2)
 *         .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableAnswerRule.class)
@JsonDeserialize(as = ImmutableAnswerRule.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"when", "answers"})
public abstract class AnswerRule {
    /** Extended only by the generated immutable implementation. */
    AnswerRule() {}

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static ImmutableAnswerRule.Builder builder() {
        return ImmutableAnswerRule.builder();
    }

    /**
     * For which clients the rule holds; absent: for every client.
     *
     * @return the condition
     */
    public abstract Optional<Given> when();

    /**
     * Answer probabilities by choice code, number or text.
     *
     * @return the probabilities
     */
    public abstract Map<String, Double> answers();
}
