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
 * One metric of two designs and their difference B minus A with a 95 % interval: Newcombe's hybrid score
 * interval for rates, the large-sample unequal-variance interval for means, none for percentiles (see
 * {@link Intervals}).
 *
 * <pre>{@code
 * comparison.difference("completion", "", "").ifPresent(d -> System.out.println(d.difference()));
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableMetricDifference.class)
@JsonDeserialize(as = ImmutableMetricDifference.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"metric", "group", "key", "a", "b", "difference", "lower", "upper", "method"})
public abstract class MetricDifference {
    /** Extended only by the generated immutable implementation. */
    MetricDifference() {}

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static ImmutableMetricDifference.Builder builder() {
        return ImmutableMetricDifference.builder();
    }

    /** @return the metric name */
    public abstract String metric();

    /** @return the group ("" for overall) */
    @Value.Default
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public String group() {
        return "";
    }

    /** @return the key ("" for overall) */
    @Value.Default
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public String key() {
        return "";
    }

    /** @return design A's estimate */
    public abstract double a();

    /** @return design B's estimate */
    public abstract double b();

    /** @return B minus A */
    public abstract double difference();

    /** @return the lower bound of the 95 % interval of the difference, if there is one */
    public abstract Optional<Double> lower();

    /** @return the upper bound of the 95 % interval of the difference, if there is one */
    public abstract Optional<Double> upper();

    /**
     * The interval method: {@code newcombe-hybrid-score}, {@code normal-unequal-variance} or {@code none}.
     *
     * @return the method
     */
    public abstract String method();
}
