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
 * One step of a simulated journey's funnel, in the journey's step order: how many clients reached it (at least once), how many left there (drop-out or the step limit) and how many finished there (outcome steps).
 *
 * <pre>{@code
 * summary.funnel().forEach(f -> System.out.println(f.step() + " " + f.reached() + " -" + f.dropped()));
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableFunnelStep.class)
@JsonDeserialize(as = ImmutableFunnelStep.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"journey", "step", "kind", "reached", "dropped", "completed"})
public abstract class FunnelStep {
    /** Extended only by the generated immutable implementation. */
    FunnelStep() {}

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static ImmutableFunnelStep.Builder builder() {
        return ImmutableFunnelStep.builder();
    }

    /**
     * The journey id.
     *
     * @return the id
     */
    public abstract String journey();

    /**
     * The step id.
     *
     * @return the id
     */
    public abstract String step();

    /**
     * The step kind code, such as {@code question}.
     *
     * @return the kind
     */
    public abstract String kind();

    /**
     * Clients who entered the step at least once.
     *
     * @return the count
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public abstract long reached();

    /**
     * Clients who left the journey at this step (drop-out, or the step limit).
     *
     * @return the count
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public abstract long dropped();

    /**
     * Clients who finished here (an outcome step).
     *
     * @return the count
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public abstract long completed();
}
