/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.diagram;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.careerguidance.core.meta.GuidanceStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * How often one edge of a journey (from one step to another) was taken, in a simulation or in real sessions.
 *
 * <pre>{@code
 * EdgeCount c = EdgeCount.of("q-vangnet", "contact-adviseur", 137);
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableEdgeCount.class)
@JsonDeserialize(as = ImmutableEdgeCount.class)
@JsonPropertyOrder({"from", "to", "count"})
public abstract class EdgeCount {
    /** Extended only by the generated immutable implementation. */
    EdgeCount() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableEdgeCount.Builder builder() {
        return ImmutableEdgeCount.builder();
    }

    /**
     * An edge count.
     *
     * @param from the id of the step the edge leaves
     * @param to the id of the step it enters
     * @param count how often it was taken, at least 0
     * @return the value
     * @throws IllegalArgumentException if the count is negative or an id is blank
     */
    public static EdgeCount of(String from, String to, long count) {
        return builder().from(from).to(to).count(count).build();
    }

    /**
     * The id of the step the edge leaves.
     *
     * @return a step id
     */
    // 'from' is the attribute's public name; the builder then has no from(instance) copy method, which no caller needs
    @SuppressWarnings("immutables:from")
    public abstract String from();

    /**
     * The id of the step the edge enters.
     *
     * @return a step id
     */
    public abstract String to();

    /**
     * How often the edge was taken.
     *
     * @return the count, at least 0
     */
    public abstract long count();

    @Value.Check
    protected void check() {
        if (from().isBlank()) {
            throw new IllegalArgumentException("edge count from must not be blank");
        }
        if (to().isBlank()) {
            throw new IllegalArgumentException("edge count to must not be blank");
        }
        if (count() < 0) {
            throw new IllegalArgumentException(
                    "edge count " + from() + " -> " + to() + " must be at least 0 but was " + count());
        }
    }
}
