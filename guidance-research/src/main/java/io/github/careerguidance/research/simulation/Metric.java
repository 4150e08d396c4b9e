/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.simulation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.careerguidance.core.meta.GuidanceStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One row of a simulation's tidy metrics: a rate ({@link #count()} of {@link #n()}, with its 95 % Wilson score interval), a mean (with {@link #sd()} and a normal 95 % interval) or a percentile (no interval).
 *
 * <pre>{@code
 * summary.metric("completion", "", "").ifPresent(m -> System.out.println(m.estimate() + " [" + m.lower().orElseThrow() + ", " + m.upper().orElseThrow() + "]"));
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableMetric.class)
@JsonDeserialize(as = ImmutableMetric.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"design", "metric", "group", "key", "estimate", "lower", "upper", "n", "count", "sd"})
public abstract class Metric {
    /** Extended only by the generated immutable implementation. */
    Metric() {}

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static ImmutableMetric.Builder builder() {
        return ImmutableMetric.builder();
    }

    /**
     * The design (the name given to the simulator run), such as {@code A}.
     *
     * @return the design
     */
    public abstract String design();

    /**
     * The metric, such as {@code completion}, {@code drop-out}, {@code escalation}, {@code steps-to-outcome}.
     *
     * @return the metric name
     */
    public abstract String metric();

    /**
     * The group within the metric, such as a journey id, {@code level}, {@code channel} or {@code statistic}; empty
     * for an overall figure.
     *
     * @return the group
     */
    @Value.Default
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public String group() {
        return "";
    }

    /**
     * The key within the group, such as a step id, a support level code or {@code mean}; empty for an overall
     * figure.
     *
     * @return the key
     */
    @Value.Default
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public String key() {
        return "";
    }

    /**
     * The estimate: a proportion from 0 to 1, a mean or a percentile.
     *
     * @return the estimate
     */
    public abstract double estimate();

    /**
     * The lower bound of the 95 % interval.
     *
     * @return the bound; empty for a percentile
     */
    public abstract Optional<Double> lower();

    /**
     * The upper bound of the 95 % interval.
     *
     * @return the bound; empty for a percentile
     */
    public abstract Optional<Double> upper();

    /**
     * The number of clients the estimate is over (the denominator of a rate).
     *
     * @return n
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public abstract long n();

    /**
     * For a rate, the number of clients counted (the numerator).
     *
     * @return the count, or empty for a mean or percentile
     */
    public abstract Optional<Long> count();

    /**
     * For a mean, the sample standard deviation.
     *
     * @return the standard deviation, or empty
     */
    public abstract Optional<Double> sd();

    /**
     * Whether this row is a rate (it has a count).
     *
     * @return true for a rate
     */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isRate() {
        return count().isPresent();
    }
}
