/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.careerguidance.core.meta.GuidanceStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A guard on a transition or an applicability rule on a content item, written as structured data: no scripting,
 * no expression strings.
 *
 * <p>A condition is a JSON object with exactly one property, the {@linkplain ConditionOperator operator}:
 * <ul>
 *   <li>{@code all: [condition, ...]}, {@code any: [condition, ...]} (at least one each), {@code not: condition};
 *   <li>{@code equals: comparison} and {@code in: comparison} over any {@linkplain Operand operand};
 *   <li>{@code lt}, {@code le}, {@code gt}, {@code ge}: a numeric comparison with a number {@code value}.
 * </ul>
 * A comparison names its operand ({@code answer}, {@code score}, {@code profile} or {@code session}) and
 * {@code value} ({@code in}: {@code values}). In YAML:
 * <pre>{@code
 * when:
 *   all:
 *     - equals: {answer: q-situatie, value: werkloos}
 *     - in: {profile: educationLevel, values: [mbo-2, mbo-3, mbo-4]}
 *     - not: {lt: {score: {instrument: caas-24, dimension: concern}, value: 3}}
 * }</pre>
 * and in Java:
 * <pre>{@code
 * Condition c = Condition.all(
 *     Condition.equalTo(Operand.answer("q-situatie"), "werkloos"),
 *     Condition.in(Operand.profile(ProfileField.EDUCATION_LEVEL), "mbo-2", "mbo-3", "mbo-4"),
 *     Condition.not(Condition.lessThan(Operand.score("caas-24", "concern"), 3)));
 * }</pre>
 *
 * <p>Semantics (for engines): a comparison over an absent operand (an unanswered question, a missing score or
 * profile field) is false. {@code equals} on a multiple-choice answer holds when the value is among the selected
 * codes; {@code in} holds when any selected code is among the values. Nesting is bounded by the codec's maximum
 * document depth.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableCondition.class)
@JsonDeserialize(as = ImmutableCondition.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"all", "any", "not", "equals", "in", "lt", "le", "gt", "ge"})
public abstract class Condition {
    /** Extended only by the generated immutable implementation. */
    Condition() {}

    /**
     * A new builder; set exactly one operator.
     *
     * @return an empty builder
     */
    public static ImmutableCondition.Builder builder() {
        return ImmutableCondition.builder();
    }

    /**
     * All of the conditions hold.
     *
     * @param conditions at least one condition
     * @return the condition
     */
    public static Condition all(Condition... conditions) {
        return all(Arrays.asList(conditions));
    }

    /**
     * All of the conditions hold.
     *
     * @param conditions at least one condition
     * @return the condition
     */
    public static Condition all(List<Condition> conditions) {
        return builder().all(conditions).build();
    }

    /**
     * At least one of the conditions holds.
     *
     * @param conditions at least one condition
     * @return the condition
     */
    public static Condition any(Condition... conditions) {
        return any(Arrays.asList(conditions));
    }

    /**
     * At least one of the conditions holds.
     *
     * @param conditions at least one condition
     * @return the condition
     */
    public static Condition any(List<Condition> conditions) {
        return builder().any(conditions).build();
    }

    /**
     * The condition does not hold.
     *
     * @param condition the negated condition
     * @return the condition
     */
    public static Condition not(Condition condition) {
        return builder().not(condition).build();
    }

    /**
     * The operand equals a text, such as a choice code.
     *
     * @param operand what is compared
     * @param value the text
     * @return the condition
     */
    public static Condition equalTo(Operand operand, String value) {
        return equalTo(operand, Literal.of(value));
    }

    /**
     * The operand equals a literal.
     *
     * @param operand what is compared
     * @param value the literal
     * @return the condition
     */
    public static Condition equalTo(Operand operand, Literal value) {
        return builder().equalTo(Comparison.of(operand, value)).build();
    }

    /**
     * The operand equals one of several texts.
     *
     * @param operand what is compared
     * @param values at least one text
     * @return the condition
     */
    public static Condition in(Operand operand, String... values) {
        List<Literal> literals = new ArrayList<>();
        for (String v : values) {
            literals.add(Literal.of(v));
        }
        return builder().in(Comparison.of(operand, literals)).build();
    }

    /**
     * The operand is less than a number.
     *
     * @param operand a numeric operand
     * @param number the number
     * @return the condition
     */
    public static Condition lessThan(Operand operand, double number) {
        return builder().lt(Comparison.of(operand, Literal.of(number))).build();
    }

    /**
     * The operand is at most a number.
     *
     * @param operand a numeric operand
     * @param number the number
     * @return the condition
     */
    public static Condition atMost(Operand operand, double number) {
        return builder().le(Comparison.of(operand, Literal.of(number))).build();
    }

    /**
     * The operand is greater than a number.
     *
     * @param operand a numeric operand
     * @param number the number
     * @return the condition
     */
    public static Condition greaterThan(Operand operand, double number) {
        return builder().gt(Comparison.of(operand, Literal.of(number))).build();
    }

    /**
     * The operand is at least a number.
     *
     * @param operand a numeric operand
     * @param number the number
     * @return the condition
     */
    public static Condition atLeast(Operand operand, double number) {
        return builder().ge(Comparison.of(operand, Literal.of(number))).build();
    }

    /**
     * The nested conditions of {@code all}.
     *
     * @return the conditions; empty for other operators
     */
    public abstract List<Condition> all();

    /**
     * The nested conditions of {@code any}.
     *
     * @return the conditions; empty for other operators
     */
    public abstract List<Condition> any();

    /**
     * The negated condition of {@code not}.
     *
     * @return the condition, or empty for other operators
     */
    public abstract Optional<Condition> not();

    /**
     * The comparison of {@code equals}.
     *
     * @return the comparison, or empty for other operators
     */
    @JsonProperty("equals")
    public abstract Optional<Comparison> equalTo();

    /**
     * The comparison of {@code in}.
     *
     * @return the comparison, or empty for other operators
     */
    public abstract Optional<Comparison> in();

    /**
     * The comparison of {@code lt}.
     *
     * @return the comparison, or empty for other operators
     */
    public abstract Optional<Comparison> lt();

    /**
     * The comparison of {@code le}.
     *
     * @return the comparison, or empty for other operators
     */
    public abstract Optional<Comparison> le();

    /**
     * The comparison of {@code gt}.
     *
     * @return the comparison, or empty for other operators
     */
    public abstract Optional<Comparison> gt();

    /**
     * The comparison of {@code ge}.
     *
     * @return the comparison, or empty for other operators
     */
    public abstract Optional<Comparison> ge();

    /**
     * The operator: which single property is set.
     *
     * @return the operator
     */
    @JsonIgnore
    public ConditionOperator operator() {
        if (!all().isEmpty()) {
            return ConditionOperator.ALL;
        }
        if (!any().isEmpty()) {
            return ConditionOperator.ANY;
        }
        if (not().isPresent()) {
            return ConditionOperator.NOT;
        }
        if (equalTo().isPresent()) {
            return ConditionOperator.EQUALS;
        }
        if (in().isPresent()) {
            return ConditionOperator.IN;
        }
        if (lt().isPresent()) {
            return ConditionOperator.LT;
        }
        if (le().isPresent()) {
            return ConditionOperator.LE;
        }
        if (gt().isPresent()) {
            return ConditionOperator.GT;
        }
        return ConditionOperator.GE;
    }

    /**
     * The comparison, for a comparing operator.
     *
     * @return the comparison, or empty for {@code all}, {@code any} and {@code not}
     */
    @JsonIgnore
    public Optional<Comparison> comparison() {
        return equalTo().or(this::in).or(this::lt).or(this::le).or(this::gt).or(this::ge);
    }

    /**
     * The directly nested conditions: those of {@code all} or {@code any}, or the one of {@code not}.
     *
     * @return the children; empty for a comparison
     */
    @JsonIgnore
    public List<Condition> children() {
        if (!all().isEmpty()) {
            return all();
        }
        if (!any().isEmpty()) {
            return any();
        }
        return not().map(List::of).orElse(List.of());
    }

    @Value.Check
    protected void check() {
        int set = (all().isEmpty() ? 0 : 1)
                + (any().isEmpty() ? 0 : 1)
                + (not().isPresent() ? 1 : 0)
                + (equalTo().isPresent() ? 1 : 0)
                + (in().isPresent() ? 1 : 0)
                + (lt().isPresent() ? 1 : 0)
                + (le().isPresent() ? 1 : 0)
                + (gt().isPresent() ? 1 : 0)
                + (ge().isPresent() ? 1 : 0);
        if (set != 1) {
            throw new IllegalArgumentException("a condition needs exactly one of all, any, not, equals, in, lt, le,"
                    + " gt or ge (all and any with at least one condition) but had " + set);
        }
        ConditionOperator op = operator();
        Comparison comparison = comparison().orElse(null);
        if (comparison == null) {
            return;
        }
        if (op == ConditionOperator.IN) {
            if (comparison.values().isEmpty()) {
                throw new IllegalArgumentException("condition 'in' needs 'values', not 'value'");
            }
        } else {
            if (comparison.value().isEmpty()) {
                throw new IllegalArgumentException("condition '" + op.code() + "' needs 'value', not 'values'");
            }
            if (op != ConditionOperator.EQUALS && !comparison.value().get().isNumber()) {
                throw new IllegalArgumentException("condition '" + op.code() + "' compares numbers but its value was "
                        + comparison.value().get());
            }
        }
    }

    /**
     * A compact rendering: {@code all(equals(answer q1 'ja'), not(lt(score caas-24/concern (mean) 3)))}.
     *
     * @return the rendering
     */
    @Override
    public String toString() {
        ConditionOperator op = operator();
        if (comparison().isPresent()) {
            return op.code() + "(" + comparison().get() + ")";
        }
        StringBuilder out = new StringBuilder(op.code()).append('(');
        List<Condition> children = children();
        for (int i = 0; i < children.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(children.get(i));
        }
        return out.append(')').toString();
    }
}
