/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.calibration;

import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import org.immutables.value.Value;

/**
 * One probability a {@link Calibrator} estimated from a log, with its 95 % Wilson interval: {@link #count()} of
 * {@link #n()}.
 *
 * <p>Parameters ({@link #parameter()}, key, condition, value):
 * <ul>
 *   <li>{@code goal} (-, -, goal code), {@code profile} (field, -, band code): the mixes;</li>
 *   <li>{@code answer} (question key, condition such as {@code employment=employed} or "" for all clients, choice
 *       code or number): answers of that value of the answers given (for a multiple-choice question, answers that
 *       selected the choice);</li>
 *   <li>{@code response} (assessment key, -, response value): item responses;</li>
 *   <li>{@code drop-out} (step kind code, -, -): clients who left at a step of that kind of the times a client was
 *       at one (left, or acted on it); {@code drop-out-step} (journey/step): the same per step, which the population
 *       model cannot hold (it is per kind) and the report shows to judge that pooling;</li>
 *   <li>{@code contact-request} (-, -, -): requests for a person of the actions taken (the simulator's chance per
 *       step).</li>
 * </ul>
 *
 * <pre>{@code
 * fit.parameters().stream().filter(p -> p.parameter().equals("drop-out")).forEach(System.out::println);
 * }</pre>
 *
 * <p>Thread-safety: immutable.
 *
 * @since 0.1.0
 */
@Beta
@Value.Immutable
@GuidanceStyle
public abstract class FittedParameter {
    /** Extended only by the generated immutable implementation. */
    FittedParameter() {}

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static ImmutableFittedParameter.Builder builder() {
        return ImmutableFittedParameter.builder();
    }

    /** @return the parameter, such as {@code answer} or {@code drop-out} */
    public abstract String parameter();

    /** @return the key, such as a question key or step kind; "" when none */
    @Value.Default
    public String key() {
        return "";
    }

    /** @return the condition, such as {@code employment=employed}; "" for all clients */
    @Value.Default
    public String condition() {
        return "";
    }

    /** @return the value, such as a choice code; "" when none */
    @Value.Default
    public String value() {
        return "";
    }

    /** @return the estimate, count / n */
    public abstract double estimate();

    /** @return the lower bound of the 95 % Wilson interval */
    public abstract double lower();

    /** @return the upper bound of the 95 % Wilson interval */
    public abstract double upper();

    /** @return the numerator */
    public abstract long count();

    /** @return the denominator */
    public abstract long n();

    /**
     * Whether the population model holds this parameter ({@code drop-out-step} is reported only).
     *
     * @return true when written to the model
     */
    @Value.Default
    public boolean inModel() {
        return true;
    }
}
