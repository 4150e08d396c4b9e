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
 * Traffic on one transition of a journey: how often simulated clients moved from one step to the next (every move counts, so a client in a cycle counts more than once). Diagrams weight edges by it.
 *
 * <pre>{@code
 * summary.edges().forEach(e -> System.out.println(e.from() + " -> " + e.to() + ": " + e.count()));
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableEdgeCount.class)
@JsonDeserialize(as = ImmutableEdgeCount.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"journey", "from", "to", "count"})
public abstract class EdgeCount {
    /** Extended only by the generated immutable implementation. */
    EdgeCount() {}

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static ImmutableEdgeCount.Builder builder() {
        return ImmutableEdgeCount.builder();
    }

    /**
     * The journey id.
     *
     * @return the id
     */
    public abstract String journey();

    /**
     * The step moved from.
     *
     * @return the step id
     */
    // 'from' is the attribute's public name; the builder then has no from(instance) copy method, which no caller needs
    @SuppressWarnings("immutables:from")
    public abstract String from();

    /**
     * The step moved to.
     *
     * @return the step id
     */
    public abstract String to();

    /**
     * The number of moves.
     *
     * @return the count
     */
    public abstract long count();
}
