/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.text.LocalizedText;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * How an outcome step ends the journey: with a plan, or with a referral to someone.
 *
 * <p>In YAML: {@code {type: referral, referTo: {nl: Leerwerkloket, en: Leerwerkloket}, text: {...}}}.
 * {@code referTo} applies only to a referral.
 *
 * <pre>{@code
 * Outcome.of(OutcomeType.PLAN, LocalizedText.of("Je hebt een actieplan.", "You have an action plan."));
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableOutcome.class)
@JsonDeserialize(as = ImmutableOutcome.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"type", "referTo", "text", "plan"})
public abstract class Outcome {
    /** Extended only by the generated immutable implementation. */
    Outcome() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableOutcome.Builder builder() {
        return ImmutableOutcome.builder();
    }

    /**
     * An outcome without a referral target.
     *
     * @param type plan or referral
     * @param text the closing text
     * @return the outcome
     */
    public static Outcome of(OutcomeType type, LocalizedText text) {
        return builder().type(type).text(text).build();
    }

    /**
     * Plan or referral.
     *
     * @return the type
     */
    public abstract OutcomeType type();

    /**
     * To whom a referral goes, such as a Leerwerkloket or a jobcoach.
     *
     * @return the referral target, if any; always empty for a plan
     */
    public abstract Optional<LocalizedText> referTo();

    /**
     * The closing text.
     *
     * @return the text
     */
    public abstract LocalizedText text();

    /**
     * The plan this outcome gives the client: joined with the templates of the action steps on the client's path,
     * narrowed by the actions' conditions and dated from the engine's clock (the outcome {@code StepView} carries it).
     *
     * @return the template, if any
     * @since 0.1.0
     */
    public abstract Optional<PlanTemplate> plan();

    @Value.Check
    protected void check() {
        if (type() == OutcomeType.PLAN && referTo().isPresent()) {
            throw new IllegalArgumentException("'referTo' applies only to a referral outcome, not to a plan");
        }
    }
}
