/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.competence;

import io.github.careerguidance.core.meta.GuidanceStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The score of one dimension (or of the whole instrument) for one client.
 *
 * <p>{@link #sum()} is the sum of the keyed item values; when items are missing and the instrument's policy
 * allows it, the sum is prorated ({@code mean × itemCount}). {@link #mean()} is the mean of the answered items.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableDimensionScore.class)
@JsonDeserialize(as = ImmutableDimensionScore.class)
public abstract class DimensionScore {
    /** Extended only by the generated immutable implementation. */
    DimensionScore() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableDimensionScore.Builder builder() {
        return ImmutableDimensionScore.builder();
    }

    /**
     * The sum of the keyed item values, prorated over missing items where the policy says so.
     *
     * @return the sum
     */
    public abstract double sum();

    /**
     * The mean of the answered, keyed item values.
     *
     * @return the mean
     */
    public abstract double mean();

    /**
     * How many items of this dimension were answered.
     *
     * @return the count, {@code >= 1}
     */
    public abstract int answered();

    /**
     * How many items the dimension has in the instrument.
     *
     * @return the count, {@code >= answered()}
     */
    public abstract int itemCount();

    /**
     * How many items were not answered.
     *
     * @return {@code itemCount() - answered()}
     */
    @Value.Derived
    @com.fasterxml.jackson.annotation.JsonIgnore
    public int missing() {
        return itemCount() - answered();
    }

    @Value.Check
    protected void check() {
        if (answered() < 1 || itemCount() < answered()) {
            throw new IllegalArgumentException(
                    "need 1 <= answered <= itemCount but was answered=" + answered() + ", itemCount=" + itemCount());
        }
        if (!Double.isFinite(sum()) || !Double.isFinite(mean())) {
            throw new IllegalArgumentException("sum and mean must be finite numbers");
        }
    }
}
