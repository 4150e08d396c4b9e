/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.journeys.internal.Codes;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The question of a question step: its {@linkplain QuestionType type}, prompt and the answers it accepts.
 *
 * <p>Which fields a type uses:
 * <ul>
 *   <li>{@code single-choice}, {@code multiple-choice}: {@code choices} (at least two, unique codes);
 *   <li>{@code scale}: whole numbers {@code min} &lt; {@code max} (at most {@value #MAX_SCALE_POINTS} points),
 *       optional {@code minLabel}/{@code maxLabel} anchors;
 *   <li>{@code number}: optional {@code min} &le; {@code max};
 *   <li>{@code short-text}: {@code maxLength} from 1 to {@value #MAX_TEXT_LENGTH}.
 * </ul>
 * Other fields must be absent. In YAML:
 * <pre>{@code
 * question:
 *   type: single-choice
 *   prompt: {nl: Wat is je situatie?, en: What is your situation?}
 *   choices:
 *     - {code: werk, label: {nl: Ik heb werk, en: I have a job}}
 *     - {code: werkloos, label: {nl: Ik ben werkloos, en: I am unemployed}}
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableQuestion.class)
@JsonDeserialize(as = ImmutableQuestion.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"type", "prompt", "help", "choices", "min", "max", "minLabel", "maxLabel", "maxLength", "planAction"
})
public abstract class Question {
    /** Extended only by the generated immutable implementation. */
    Question() {}

    /** The most points of a scale (max - min + 1). */
    public static final int MAX_SCALE_POINTS = 11;

    /** The longest short-text answer; the core answer limit. */
    public static final int MAX_TEXT_LENGTH = 2000;

    /** The most choices. */
    public static final int MAX_CHOICES = 100;

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableQuestion.Builder builder() {
        return ImmutableQuestion.builder();
    }

    /**
     * The type, which decides the accepted answers.
     *
     * @return the type
     */
    public abstract QuestionType type();

    /**
     * The question as the client reads it.
     *
     * @return the prompt
     */
    public abstract LocalizedText prompt();

    /**
     * An explanation shown with the question.
     *
     * @return the help text, if any
     */
    public abstract Optional<LocalizedText> help();

    /**
     * The options of a choice question.
     *
     * @return the choices; empty for other types
     */
    public abstract List<Choice> choices();

    /**
     * The lowest value of a scale (required) or number (optional).
     *
     * @return the minimum, if any
     */
    public abstract Optional<BigDecimal> min();

    /**
     * The highest value of a scale (required) or number (optional).
     *
     * @return the maximum, if any
     */
    public abstract Optional<BigDecimal> max();

    /**
     * The anchor label of a scale's lowest point.
     *
     * @return the label, if any
     */
    public abstract Optional<LocalizedText> minLabel();

    /**
     * The anchor label of a scale's highest point.
     *
     * @return the label, if any
     */
    public abstract Optional<LocalizedText> maxLabel();

    /**
     * The longest answer to a short-text question.
     *
     * @return the length limit; empty for other types
     */
    public abstract OptionalInt maxLength();

    /**
     * The action of the reviewed plan this question updates, in a follow-up journey: a single-choice question whose
     * choice codes are action status codes ({@code in-progress}, {@code done}, {@code no-longer-relevant},
     * {@code not-started}) records the chosen status, dated on the review day, in the next plan version; a number
     * question on a recurring obligation records how many times the client met it in the current period (it counts
     * towards {@link PlanField#OBLIGATION_SHORTFALL}). Ignored in a session that reviews no plan, or when the plan has
     * no such action.
     *
     * @return the action id, if the question is about a plan action
     * @since 0.1.0
     */
    public abstract Optional<String> planAction();

    /**
     * The choice with a code.
     *
     * @param code the choice code
     * @return the choice, or empty when there is none with that code
     */
    public Optional<Choice> choice(String code) {
        for (Choice c : choices()) {
            if (c.code().equals(code)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the answers are choice codes.
     *
     * @return true for single and multiple choice
     */
    @JsonIgnore
    public boolean isChoice() {
        return type() == QuestionType.SINGLE_CHOICE || type() == QuestionType.MULTIPLE_CHOICE;
    }

    /**
     * Whether the answers are numbers.
     *
     * @return true for scale and number
     */
    @JsonIgnore
    public boolean isNumeric() {
        return type() == QuestionType.SCALE || type() == QuestionType.NUMBER;
    }

    @Value.Check
    protected Question check() {
        QuestionType type = type();
        planAction().ifPresent(a -> Codes.requireId("question planAction", a));
        forbid(!isChoice() && !choices().isEmpty(), "choices");
        forbid(!isNumeric() && min().isPresent(), "min");
        forbid(!isNumeric() && max().isPresent(), "max");
        forbid(type != QuestionType.SCALE && minLabel().isPresent(), "minLabel");
        forbid(type != QuestionType.SCALE && maxLabel().isPresent(), "maxLabel");
        forbid(type != QuestionType.SHORT_TEXT && maxLength().isPresent(), "maxLength");
        if (isChoice()) {
            if (choices().size() < 2 || choices().size() > MAX_CHOICES) {
                throw new IllegalArgumentException("a " + type.code() + " question needs 2 to " + MAX_CHOICES
                        + " choices but had " + choices().size());
            }
            Set<String> codes = new HashSet<>();
            for (Choice c : choices()) {
                if (!codes.add(c.code())) {
                    throw new IllegalArgumentException(
                            "choice codes must be unique but '" + c.code() + "' appears twice");
                }
            }
        }
        if (type == QuestionType.SCALE) {
            if (min().isEmpty() || max().isEmpty()) {
                throw new IllegalArgumentException("a scale question needs 'min' and 'max'");
            }
            for (BigDecimal bound : List.of(min().get(), max().get())) {
                if (bound.stripTrailingZeros().scale() > 0) {
                    throw new IllegalArgumentException("scale bounds must be whole numbers but was " + bound);
                }
            }
            BigDecimal points = max().get().subtract(min().get()).add(BigDecimal.ONE);
            if (points.compareTo(BigDecimal.valueOf(2)) < 0
                    || points.compareTo(BigDecimal.valueOf(MAX_SCALE_POINTS)) > 0) {
                throw new IllegalArgumentException("a scale must have 2 to " + MAX_SCALE_POINTS + " points (min < max)"
                        + " but min was " + min().get() + " and max " + max().get());
            }
        }
        if (type == QuestionType.NUMBER
                && min().isPresent()
                && max().isPresent()
                && min().get().compareTo(max().get()) > 0) {
            throw new IllegalArgumentException(
                    "number min must be <= max but min was " + min().get() + " and max " + max().get());
        }
        if (type == QuestionType.SHORT_TEXT) {
            int limit = maxLength().orElse(0);
            if (limit < 1 || limit > MAX_TEXT_LENGTH) {
                throw new IllegalArgumentException("a short-text question needs maxLength from 1 to " + MAX_TEXT_LENGTH
                        + " but was " + (maxLength().isPresent() ? limit : "absent"));
            }
        }
        Optional<BigDecimal> min = min().map(Question::canonical);
        Optional<BigDecimal> max = max().map(Question::canonical);
        if (!min.equals(min()) || !max.equals(max())) {
            return ImmutableQuestion.copyOf(this).withMin(min).withMax(max);
        }
        return this;
    }

    private static void forbid(boolean present, String field) {
        if (present) {
            throw new IllegalArgumentException("'" + field + "' does not apply to this question type");
        }
    }

    private static BigDecimal canonical(BigDecimal number) {
        return Literal.of(number).number().orElseThrow();
    }
}
