/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.scheme;

import java.time.LocalDate;

/**
 * The outcome of one {@link Rule} for one subject while it is being made: a verdict with a message code and its
 * arguments (from which the checker writes the explanation in Dutch and English), the evidence the rule looked at,
 * and the date the verdict would change.
 *
 * <p>Outcomes are made by a {@link RuleContext} ({@link RuleContext#pass}, {@link RuleContext#fail}, …) and
 * belong to the one evaluation that made them: they are builders, not values, and are not thread-safe. The
 * {@link io.github.careerguidance.quality.QualityChecker} turns each into an immutable
 * {@link io.github.careerguidance.quality.RuleResult}.
 *
 * @see Rule#evaluate(RuleContext)
 * @since 0.1.0
 */
public interface RuleOutcome {

    /**
     * Adds one piece of evidence, in order; a second piece of the same name replaces the value of the first in its
     * place.
     *
     * @param name the evidence name, such as {@code validUntil}
     * @param value the value, written with {@link String#valueOf(Object)}; null adds nothing
     * @return this outcome
     */
    RuleOutcome evidence(String name, Object value);

    /**
     * Sets the first date on which the verdict would be different if nothing else changed.
     *
     * @param date the date
     * @return this outcome
     */
    RuleOutcome changesOn(LocalDate date);

    /**
     * Sets the first date on which the verdict would be different to a date, unless an earlier one is set: for a
     * verdict that more than one future date can change (a deadline and an audit already dated after the check, say).
     *
     * @param date the date
     * @return this outcome
     * @since 0.2.0
     */
    RuleOutcome changesNoLaterThan(LocalDate date);

    /**
     * Whether the verdict is a pass (a warning is not).
     *
     * @return true for a pass
     */
    boolean passed();
}
