/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.plan;

import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import java.time.LocalDate;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * One period of a {@link Recurrence}: from its start (inclusive) to its end (exclusive), and how many times the
 * obligation must be met in it. Made by {@link Recurrence#periods(LocalDate, LocalDate)}.
 *
 * @since 0.1.0
 */
@Beta
@Value.Immutable
@GuidanceStyle
public abstract class RecurrencePeriod {
    /** Extended only by the generated immutable implementation. */
    RecurrencePeriod() {}

    /**
     * A period.
     *
     * @param index the 0-based number of the period
     * @param start the first day
     * @param end the day after the last day
     * @param required how often the obligation must be met in it
     * @return the period
     */
    public static RecurrencePeriod of(int index, LocalDate start, LocalDate end, int required) {
        return ImmutableRecurrencePeriod.builder()
                .index(index)
                .start(start)
                .end(end)
                .required(required)
                .build();
    }

    /**
     * The 0-based number of the period, counted from the start of the expansion.
     *
     * @return the index
     */
    public abstract int index();

    /**
     * The first day of the period.
     *
     * @return the start, inclusive
     */
    public abstract LocalDate start();

    /**
     * The day after the last day of the period (the start of the next).
     *
     * @return the end, exclusive
     */
    public abstract LocalDate end();

    /**
     * How many times the obligation must be met in this period ({@link Recurrence#count()}).
     *
     * @return the count
     */
    public abstract int required();

    /**
     * Whether a day falls in this period.
     *
     * @param date the day
     * @return true when {@code start <= date < end}
     */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(start()) && date.isBefore(end());
    }

    @Value.Check
    protected void check() {
        if (!start().isBefore(end())) {
            throw new IllegalArgumentException(
                    "a recurrence period must end after it starts but was " + start() + " to " + end());
        }
    }
}
