/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.careerguidance.core.meta.GuidanceStyle;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A client's answer to one question: free text, a number, one choice or several choices.
 *
 * <p>Exactly the field named by {@link #kind()} is set. In JSON the kind names the field:
 * {@code {"kind": "text", "text": "Ik werk graag met mensen"}}, {@code {"kind": "number", "number": 4}},
 * {@code {"kind": "choice", "choice": "zorg"}}, {@code {"kind": "choices", "choices": ["zorg", "techniek"]}}.
 * Numbers are kept in a canonical form (no trailing zeros: {@code 4.0} becomes {@code 4}), so equal numbers give
 * equal answers. {@link #toString()} never shows the value.
 *
 * <pre>{@code
 * Answer motive = Answer.text("Ik wil iets betekenen voor anderen");
 * Answer rating = Answer.number(4);
 * Answer sectors = Answer.choices("zorg", "onderwijs");
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableAnswer.class)
@JsonDeserialize(as = ImmutableAnswer.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"kind", "text", "number", "choice", "choices"})
public abstract class Answer {
    /** Extended only by the generated immutable implementation. */
    Answer() {}

    /** The longest free-text answer, in characters. */
    public static final int MAX_TEXT_LENGTH = 2000;

    /** The longest option code, in characters. */
    public static final int MAX_CHOICE_LENGTH = 200;

    /** The most options one answer may select. */
    public static final int MAX_CHOICES = 100;

    /** The most digits before the decimal point of a number. */
    public static final int MAX_INTEGER_DIGITS = 15;

    /** The most digits after the decimal point of a number. */
    public static final int MAX_DECIMALS = 12;

    /**
     * A new builder; prefer the factory methods.
     *
     * @return an empty builder
     */
    public static ImmutableAnswer.Builder builder() {
        return ImmutableAnswer.builder();
    }

    /**
     * A free-text answer.
     *
     * @param text the text; not blank, at most {@link #MAX_TEXT_LENGTH} characters
     * @return the answer
     * @throws IllegalArgumentException if the text is blank or too long
     */
    public static Answer text(String text) {
        return builder().kind(AnswerKind.TEXT).text(text).build();
    }

    /**
     * A numeric answer.
     *
     * @param number the number; at most {@link #MAX_INTEGER_DIGITS} integer digits and {@link #MAX_DECIMALS}
     *     decimals
     * @return the answer, with the number in canonical form
     * @throws IllegalArgumentException if the number is too large or too precise
     */
    public static Answer number(BigDecimal number) {
        return builder().kind(AnswerKind.NUMBER).number(number).build();
    }

    /**
     * A numeric answer, such as a rating on a scale.
     *
     * @param number a finite number
     * @return the answer; the number is taken by its shortest decimal form ({@code 0.1} stays {@code 0.1})
     * @throws IllegalArgumentException if the number is NaN or infinite, too large or too precise
     */
    public static Answer number(double number) {
        if (!Double.isFinite(number)) {
            throw new IllegalArgumentException("answer number must be finite but was " + number);
        }
        return number(BigDecimal.valueOf(number));
    }

    /**
     * A single-choice answer.
     *
     * @param option the code of the chosen option; not blank
     * @return the answer
     * @throws IllegalArgumentException if the option is blank or too long
     */
    public static Answer choice(String option) {
        return builder().kind(AnswerKind.CHOICE).choice(option).build();
    }

    /**
     * A multiple-choice answer.
     *
     * @param options the codes of the chosen options, in the order chosen; at least one, none blank, no
     *     duplicates
     * @return the answer
     * @throws IllegalArgumentException if there is no option, an option is blank or too long, an option is
     *     repeated, or there are more than {@link #MAX_CHOICES}
     */
    public static Answer choices(String... options) {
        return choices(Arrays.asList(options));
    }

    /**
     * A multiple-choice answer.
     *
     * @param options the codes of the chosen options; see {@link #choices(String...)}
     * @return the answer
     * @throws IllegalArgumentException as {@link #choices(String...)}
     */
    public static Answer choices(List<String> options) {
        return builder().kind(AnswerKind.CHOICES).choices(options).build();
    }

    /**
     * The form of the answer, which says which value field is set.
     *
     * @return the kind
     */
    public abstract AnswerKind kind();

    /**
     * The free text, for {@link AnswerKind#TEXT}.
     *
     * @return the text, or empty for other kinds
     */
    public abstract Optional<String> text();

    /**
     * The number, for {@link AnswerKind#NUMBER}, in canonical form.
     *
     * @return the number, or empty for other kinds
     */
    public abstract Optional<BigDecimal> number();

    /**
     * The chosen option code, for {@link AnswerKind#CHOICE}.
     *
     * @return the option, or empty for other kinds
     */
    public abstract Optional<String> choice();

    /**
     * The chosen option codes, for {@link AnswerKind#CHOICES}.
     *
     * @return an unmodifiable list; empty for other kinds
     */
    @JsonSetter(contentNulls = Nulls.FAIL)
    public abstract List<String> choices();

    /**
     * The selected options whatever the kind: the one choice, the choices, or nothing for text and numbers.
     *
     * @return an unmodifiable list
     */
    public List<String> selectedOptions() {
        return choice().map(List::of).orElse(choices());
    }

    @Value.Check
    protected Answer check() {
        AnswerKind kind = kind();
        requireOnly(kind, AnswerKind.TEXT, text().isPresent());
        requireOnly(kind, AnswerKind.NUMBER, number().isPresent());
        requireOnly(kind, AnswerKind.CHOICE, choice().isPresent());
        requireOnly(kind, AnswerKind.CHOICES, !choices().isEmpty());
        if (text().isPresent()) {
            String text = text().get();
            if (text.isBlank()) {
                throw new IllegalArgumentException("answer text must not be blank");
            }
            if (text.length() > MAX_TEXT_LENGTH) {
                throw new IllegalArgumentException(
                        "answer text must be at most " + MAX_TEXT_LENGTH + " characters but was " + text.length());
            }
        }
        choice().ifPresent(option -> checkOption("answer choice", option));
        if (choices().size() > MAX_CHOICES) {
            throw new IllegalArgumentException("answer choices must be at most " + MAX_CHOICES + " but were "
                    + choices().size());
        }
        Set<String> seen = new HashSet<>();
        for (String option : choices()) {
            checkOption("answer choices", option);
            if (!seen.add(option)) {
                throw new IllegalArgumentException(
                        "answer choices must not repeat an option but '" + option + "' appears twice");
            }
        }
        if (number().isPresent()) {
            BigDecimal canonical = canonical(number().get());
            if (!canonical.equals(number().get())) {
                return ImmutableAnswer.copyOf(this).withNumber(canonical);
            }
        }
        return this;
    }

    private static void requireOnly(AnswerKind kind, AnswerKind field, boolean present) {
        if (kind == field && !present) {
            throw new IllegalArgumentException("an answer of kind " + kind.code() + " needs '" + field.code() + "'");
        }
        if (kind != field && present) {
            throw new IllegalArgumentException(
                    "an answer of kind " + kind.code() + " must not have '" + field.code() + "'");
        }
    }

    private static void checkOption(String what, String option) {
        if (option.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        if (option.length() > MAX_CHOICE_LENGTH) {
            throw new IllegalArgumentException(
                    what + " must be at most " + MAX_CHOICE_LENGTH + " characters but was " + option.length());
        }
    }

    private static BigDecimal canonical(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        long integerDigits = (long) stripped.precision() - stripped.scale();
        if (stripped.scale() > MAX_DECIMALS || integerDigits > MAX_INTEGER_DIGITS) {
            throw new IllegalArgumentException("answer number must have at most " + MAX_INTEGER_DIGITS
                    + " integer digits and " + MAX_DECIMALS + " decimals but was " + summarize(number));
        }
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String summarize(BigDecimal number) {
        String text = number.toString();
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    /**
     * The answer without its value, safe for logs: {@code Answer{kind=text, value=<redacted>}}.
     *
     * @return the redacted text
     */
    @Override
    public String toString() {
        return "Answer{kind=" + kind().code() + ", value=<redacted>}";
    }
}
