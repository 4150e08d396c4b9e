/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.simulation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.careerguidance.core.meta.GuidanceStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A whole path through a journey and how many simulated clients took it: {@code journey:step>step>...}, ending in the outcome step, or in {@code (drop-out)}, {@code (step-limit)} or {@code (rejected)} after the step where the client stopped.
 *
 * <pre>{@code
 * summary.paths().get(0).path(); // "looking-for-work:welkom>q-situatie>...>plan"
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutablePathCount.class)
@JsonDeserialize(as = ImmutablePathCount.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"path", "count"})
public abstract class PathCount {
    /** Extended only by the generated immutable implementation. */
    PathCount() {}

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static ImmutablePathCount.Builder builder() {
        return ImmutablePathCount.builder();
    }

    /**
     * The path.
     *
     * @return the path text
     */
    public abstract String path();

    /**
     * The number of clients.
     *
     * @return the count
     */
    public abstract long count();
}
