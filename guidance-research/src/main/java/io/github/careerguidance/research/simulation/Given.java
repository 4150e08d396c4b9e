/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.simulation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.careerguidance.core.meta.GuidanceStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * When a rule of a {@link PopulationModel} applies: every listed profile field has one of its values and every
 * listed earlier question was answered with one of its values (a choice code, or a number as written in the
 * journey, such as {@code 3}). An empty {@code Given} always holds.
 *
 * <pre>{@code
 * Given g = Given.builder()
 *         .putProfile("employment", List.of("unemployed-with-benefit"))
 *         .putAnswer("q-situatie", List.of("geen-werk"))
 *         .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableGiven.class)
@JsonDeserialize(as = ImmutableGiven.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"profile", "answers"})
public abstract class Given {
    /** Extended only by the generated immutable implementation. */
    Given() {}

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static ImmutableGiven.Builder builder() {
        return ImmutableGiven.builder();
    }

    /**
     * Profile fields and their accepted values: {@code ageBand}, {@code educationLevel}, {@code employment},
     * {@code region} to wire codes such as {@code 23-29}, {@code mbo-4}, {@code unemployed-with-benefit},
     * {@code NL-UT}.
     *
     * @return accepted values by profile field code
     */
    public abstract Map<String, List<String>> profile();

    /**
     * Earlier questions (step ids) and their accepted answers; a multiple-choice answer matches when any selected
     * code is listed; an unanswered question never matches.
     *
     * @return accepted answers by question step id
     */
    public abstract Map<String, List<String>> answers();

    /**
     * Makes the lists inside {@link #profile()} and {@link #answers()} unmodifiable copies and rejects a null value
     * in them (Immutables checks the maps, not the lists they hold).
     *
     * @return this condition, or a copy with copied lists
     * @throws IllegalArgumentException when a list holds null
     */
    @Value.Check
    protected Given normalize() {
        if (NestedLists.isCopied(profile()) && NestedLists.isCopied(answers())) {
            return this;
        }
        return ImmutableGiven.copyOf(this)
                .withProfile(NestedLists.copy("profile", profile()))
                .withAnswers(NestedLists.copy("answers", answers()));
    }
}
