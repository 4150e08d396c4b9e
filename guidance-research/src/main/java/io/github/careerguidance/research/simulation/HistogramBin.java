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
 * One bin of an integer histogram (steps or minutes to an outcome): the number of clients with exactly {@link #value()}.
 *
 * <pre>{@code
 * summary.stepsToOutcome().forEach(b -> System.out.println(b.value() + " steps: " + b.count()));
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableHistogramBin.class)
@JsonDeserialize(as = ImmutableHistogramBin.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"value", "count"})
public abstract class HistogramBin {
    /** Extended only by the generated immutable implementation. */
    HistogramBin() {}

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static ImmutableHistogramBin.Builder builder() {
        return ImmutableHistogramBin.builder();
    }

    /**
     * The value.
     *
     * @return the value
     */
    public abstract long value();

    /**
     * The number of clients with the value.
     *
     * @return the count
     */
    public abstract long count();
}
