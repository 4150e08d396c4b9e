/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.careerguidance.core.meta.GuidanceStyle;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A proportion for one category, such as the escalation rate at one support level, with an optional interval
 * (for example a 95 % Wilson interval; asymmetric intervals are drawn as they are).
 *
 * <pre>{@code
 * RateEstimate selfHelp = RateEstimate.of("self-help", 0.12, 0.10, 0.14);
 * RateEstimate noInterval = RateEstimate.of("case-managed", 0.40);
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableRateEstimate.class)
@JsonDeserialize(as = ImmutableRateEstimate.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"category", "rate", "lower", "upper"})
public abstract class RateEstimate {
    /** Extended only by the generated immutable implementation. */
    RateEstimate() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableRateEstimate.Builder builder() {
        return ImmutableRateEstimate.builder();
    }

    /**
     * A rate without an interval.
     *
     * @param category the category label
     * @param rate the proportion, from 0 to 1
     * @return the estimate
     * @throws IllegalArgumentException if the rate is out of range or the category blank
     */
    public static RateEstimate of(String category, double rate) {
        return builder().category(category).rate(rate).build();
    }

    /**
     * A rate with an interval.
     *
     * @param category the category label
     * @param rate the proportion, from 0 to 1
     * @param lower the lower bound, from 0 to {@code rate}
     * @param upper the upper bound, from {@code rate} to 1
     * @return the estimate
     * @throws IllegalArgumentException if a number is out of range or the category blank
     */
    public static RateEstimate of(String category, double rate, double lower, double upper) {
        return builder().category(category).rate(rate).lower(lower).upper(upper).build();
    }

    /**
     * The category label, such as a support level.
     *
     * @return the label
     */
    public abstract String category();

    /**
     * The proportion.
     *
     * @return from 0 to 1
     */
    public abstract double rate();

    /**
     * The lower bound of the interval.
     *
     * @return from 0 to {@link #rate()}; present exactly when {@link #upper()} is
     */
    public abstract OptionalDouble lower();

    /**
     * The upper bound of the interval.
     *
     * @return from {@link #rate()} to 1; present exactly when {@link #lower()} is
     */
    public abstract OptionalDouble upper();

    @Value.Check
    protected void check() {
        if (category().isBlank()) {
            throw new IllegalArgumentException("rate category must not be blank");
        }
        if (!(rate() >= 0 && rate() <= 1)) {
            throw new IllegalArgumentException("rate of '" + category() + "' must be from 0 to 1 but was " + rate());
        }
        if (lower().isPresent() != upper().isPresent()) {
            throw new IllegalArgumentException("rate of '" + category() + "' needs both lower and upper or neither");
        }
        if (lower().isPresent()) {
            double lo = lower().getAsDouble();
            double hi = upper().getAsDouble();
            if (!(lo >= 0 && lo <= rate() && hi >= rate() && hi <= 1)) {
                throw new IllegalArgumentException("rate of '" + category() + "' needs 0 <= lower <= rate <= upper <= 1"
                        + " but was " + lo + " <= " + rate() + " <= " + hi);
            }
        }
    }
}
