/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.competence;

import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.text.LocalizedText;
import java.util.Map;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The integer answer scale of an instrument, such as 1 to 5, with optional labels (anchors) for some points.
 *
 * <pre>{@code
 * ResponseScale scale = ResponseScale.of(1, 5);
 * scale.contains(6);  // false
 * scale.reverse(2);   // 4
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableResponseScale.class)
@JsonDeserialize(as = ImmutableResponseScale.class)
public abstract class ResponseScale {
    /** Extended only by the generated immutable implementation. */
    ResponseScale() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableResponseScale.Builder builder() {
        return ImmutableResponseScale.builder();
    }

    /**
     * A scale without anchors.
     *
     * @param min the lowest answer
     * @param max the highest answer, {@code > min}
     * @return the scale
     * @throws IllegalArgumentException if {@code min >= max}
     */
    public static ResponseScale of(int min, int max) {
        return builder().min(min).max(max).build();
    }

    /**
     * The lowest answer.
     *
     * @return the minimum
     */
    public abstract int min();

    /**
     * The highest answer.
     *
     * @return the maximum, {@code > min()}
     */
    public abstract int max();

    /**
     * Labels for some or all points of the scale, such as {@code 1 -> "helemaal niet"}.
     *
     * @return an unmodifiable map, possibly empty; every key lies within {@code [min, max]}
     */
    public abstract Map<Integer, LocalizedText> anchors();

    /**
     * Whether an answer lies on the scale.
     *
     * @param value the answer
     * @return true when {@code min <= value <= max}
     */
    public boolean contains(int value) {
        return value >= min() && value <= max();
    }

    /**
     * The answer mirrored on the scale, for reverse-keyed items: {@code min + max - value}.
     *
     * @param value an answer on the scale
     * @return the mirrored answer, also on the scale
     * @throws IllegalArgumentException if the value is not on the scale
     */
    public int reverse(int value) {
        if (!contains(value)) {
            throw new IllegalArgumentException("value must be within [" + min() + ", " + max() + "] but was " + value);
        }
        return min() + max() - value;
    }

    /**
     * How many points the scale has.
     *
     * @return {@code max - min + 1}
     */
    public int points() {
        return max() - min() + 1;
    }

    @Value.Check
    protected void check() {
        if (min() >= max()) {
            throw new IllegalArgumentException(
                    "response scale needs min < max but was min=" + min() + ", max=" + max());
        }
        if ((long) max() - (long) min() > 1_000_000L) {
            throw new IllegalArgumentException(
                    "response scale max - min must be <= 1000000 but was " + ((long) max() - (long) min()));
        }
        for (Integer point : anchors().keySet()) {
            if (!contains(point)) {
                throw new IllegalArgumentException(
                        "response scale anchor " + point + " must be within [" + min() + ", " + max() + "]");
            }
        }
    }
}
