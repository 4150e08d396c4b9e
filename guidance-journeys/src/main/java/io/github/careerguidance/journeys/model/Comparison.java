/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.journeys.internal.Codes;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The body of a comparing condition ({@code equals}, {@code in}, {@code lt}, {@code le}, {@code gt},
 * {@code ge}): exactly one operand property and either {@code value} or {@code values}.
 *
 * <p>In YAML: {@code {answer: q-situatie, value: werkloos}}, {@code {profile: educationLevel, values: [mbo-2,
 * mbo-3]}}, {@code {score: {instrument: caas-24, dimension: concern}, value: 3}}, {@code {session: supportLevel,
 * value: self-help}}. Which of {@code value}/{@code values} an operator needs is checked by {@link Condition}.
 * Whether the operand exists and the values fit its type is checked by the journey checker, not here.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableComparison.class)
@JsonDeserialize(as = ImmutableComparison.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"answer", "score", "profile", "session", "plan", "value", "values"})
public abstract class Comparison {
    /** Extended only by the generated immutable implementation. */
    Comparison() {}

    /** The most values of an {@code in} comparison. */
    public static final int MAX_VALUES = 200;

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableComparison.Builder builder() {
        return ImmutableComparison.builder();
    }

    /**
     * A comparison with one value.
     *
     * @param operand what is compared
     * @param value the value
     * @return the comparison
     */
    public static Comparison of(Operand operand, Literal value) {
        return operand.into(builder()).value(value).build();
    }

    /**
     * A comparison with several values, for {@code in}.
     *
     * @param operand what is compared
     * @param values the values; at least one
     * @return the comparison
     */
    public static Comparison of(Operand operand, List<Literal> values) {
        return operand.into(builder()).values(values).build();
    }

    /**
     * The question step whose answer is compared.
     *
     * @return the step id, or empty when another operand is used
     */
    public abstract Optional<String> answer();

    /**
     * The stored score that is compared.
     *
     * @return the score, or empty when another operand is used
     */
    public abstract Optional<ScoreRef> score();

    /**
     * The profile field that is compared.
     *
     * @return the field, or empty when another operand is used
     */
    public abstract Optional<ProfileField> profile();

    /**
     * The session fact that is compared.
     *
     * @return the field, or empty when another operand is used
     */
    public abstract Optional<SessionField> session();

    /**
     * The plan progress field that is compared (follow-up sessions).
     *
     * @return the field, or empty when another operand is used
     * @since 0.1.0
     */
    public abstract Optional<PlanField> plan();

    /**
     * The value, for every operator but {@code in}.
     *
     * @return the value, or empty for {@code in}
     */
    public abstract Optional<Literal> value();

    /**
     * The values, for {@code in}.
     *
     * @return the values, empty for other operators
     */
    public abstract List<Literal> values();

    /**
     * The operand, whichever property holds it.
     *
     * @return the operand
     */
    @JsonIgnore
    @Value.Lazy
    public Operand operand() {
        if (answer().isPresent()) {
            return Operand.answer(answer().get());
        }
        if (score().isPresent()) {
            return Operand.score(score().get());
        }
        if (profile().isPresent()) {
            return Operand.profile(profile().get());
        }
        if (plan().isPresent()) {
            return Operand.plan(plan().get());
        }
        return Operand.session(session().orElseThrow());
    }

    /**
     * The value or values compared with, as one list.
     *
     * @return {@code [value]} or {@code values}
     */
    @JsonIgnore
    public List<Literal> allValues() {
        return value().map(List::of).orElse(values());
    }

    @Value.Check
    protected void check() {
        int operands = (answer().isPresent() ? 1 : 0)
                + (score().isPresent() ? 1 : 0)
                + (profile().isPresent() ? 1 : 0)
                + (session().isPresent() ? 1 : 0)
                + (plan().isPresent() ? 1 : 0);
        if (operands != 1) {
            throw new IllegalArgumentException("a comparison needs exactly one of 'answer', 'score', 'profile',"
                    + " 'session' or 'plan' but had " + operands);
        }
        answer().ifPresent(a -> Codes.requireId("comparison answer", a));
        if (value().isPresent() == !values().isEmpty()) {
            throw new IllegalArgumentException("a comparison needs either 'value' or a non-empty 'values', not "
                    + (value().isPresent() ? "both" : "neither"));
        }
        if (values().size() > MAX_VALUES) {
            throw new IllegalArgumentException(
                    "comparison values must be at most " + MAX_VALUES + " but were " + values().size());
        }
        Set<Literal> seen = new HashSet<>();
        for (Literal v : values()) {
            if (!seen.add(v)) {
                throw new IllegalArgumentException("comparison values must not repeat but " + v + " appears twice");
            }
        }
    }

    /**
     * A short rendering: {@code answer q1 'ja'} or {@code profile educationLevel ['mbo-2', 'mbo-3']}.
     *
     * @return the rendering
     */
    @Override
    public String toString() {
        return operand() + " " + (value().isPresent() ? value().get().toString() : values().toString());
    }
}
