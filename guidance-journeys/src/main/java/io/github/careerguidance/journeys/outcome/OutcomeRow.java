/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.outcome;

import io.github.careerguidance.core.meta.GuidanceStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One client class of an {@link OutcomeTable}: the answer class given per factor (a question, a profile field, an
 * assessment), the route the engine took, the outcome reached and the content shown on each information step.
 *
 * @since 0.9.0
 */
@Value.Immutable
@GuidanceStyle
public abstract class OutcomeRow {
    /** Extended only by the generated immutable implementation. */
    OutcomeRow() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableOutcomeRow.Builder builder() {
        return ImmutableOutcomeRow.builder();
    }

    /**
     * The class label per factor that played a part: a question asked, a profile field, an assessment taken;
     * a question asked twice shows both classes, joined by {@code " / "}.
     *
     * @return labels by factor name, in table column order
     */
    public abstract Map<String, String> classes();

    /**
     * The steps visited, the last one included.
     *
     * @return step ids
     */
    public abstract List<String> path();

    /**
     * The outcome step reached.
     *
     * @return its id, or empty when the run did not finish within the move bound (a loop)
     */
    public abstract Optional<String> outcome();

    /**
     * The content items shown per information step visited (the last visit, when a step is visited twice).
     *
     * @return item ids by step id, in visiting order
     */
    public abstract Map<String, List<String>> content();
}
