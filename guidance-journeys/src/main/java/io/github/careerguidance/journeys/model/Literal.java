/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;

/**
 * A constant a condition compares with: a text (a choice code, an education level code, ...) or a number.
 *
 * <p>In JSON and YAML a literal is a plain string or number ({@code "ja"}, {@code 3.5}). Numbers are kept in
 * canonical form (no trailing zeros, no exponent), so {@code 3.50} and {@code 3.5} are the same literal and
 * parse &rarr; write &rarr; parse is the identity. Booleans, objects, lists and null are not literals.
 *
 * <pre>{@code
 * Literal.of("ja");       // text
 * Literal.of(3.5);        // number
 * Literal.of(3).isNumber(); // true
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Literal {
    /** The longest text literal. */
    public static final int MAX_TEXT_LENGTH = 2000;

    /** The most integer digits of a number literal. */
    public static final int MAX_INTEGER_DIGITS = 15;

    /** The most decimals of a number literal. */
    public static final int MAX_DECIMALS = 12;

    private final String text;
    private final BigDecimal number;

    private Literal(String text, BigDecimal number) {
        this.text = text;
        this.number = number;
    }

    /**
     * A text literal.
     *
     * @param text the text; not blank, at most {@link #MAX_TEXT_LENGTH} characters
     * @return the literal
     * @throws NullPointerException if the text is null
     * @throws IllegalArgumentException if the text is blank or too long
     */
    public static Literal of(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("literal text must not be blank but was '" + text + "'");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException(
                    "literal text must be at most " + MAX_TEXT_LENGTH + " characters but was " + text.length());
        }
        return new Literal(text, null);
    }

    /**
     * A number literal.
     *
     * @param number the number; at most {@link #MAX_INTEGER_DIGITS} integer digits and {@link #MAX_DECIMALS}
     *     decimals
     * @return the literal, in canonical form
     * @throws NullPointerException if the number is null
     * @throws IllegalArgumentException if the number is too large or too precise
     */
    public static Literal of(BigDecimal number) {
        return new Literal(null, canonical(Objects.requireNonNull(number, "number")));
    }

    /**
     * A whole-number literal.
     *
     * @param number the number
     * @return the literal
     */
    public static Literal of(long number) {
        return of(BigDecimal.valueOf(number));
    }

    /**
     * A number literal from a double.
     *
     * @param number a finite number
     * @return the literal
     * @throws IllegalArgumentException if the number is not finite, too large or too precise
     */
    public static Literal of(double number) {
        if (!Double.isFinite(number)) {
            throw new IllegalArgumentException("literal number must be finite but was " + number);
        }
        return of(BigDecimal.valueOf(number));
    }

    /**
     * The JSON creator: a string or a number as read by the parser.
     *
     * @param value a {@code String} or a {@code Number}
     * @return the literal
     * @throws IllegalArgumentException for anything else (a boolean, an object, a list, null)
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Literal fromJson(Object value) {
        if (value instanceof String) {
            return of((String) value);
        }
        if (value instanceof BigDecimal) {
            return of((BigDecimal) value);
        }
        if (value instanceof BigInteger) {
            return of(new BigDecimal((BigInteger) value));
        }
        if (value instanceof Double || value instanceof Float) {
            return of(((Number) value).doubleValue());
        }
        if (value instanceof Number) {
            return of(((Number) value).longValue());
        }
        throw new IllegalArgumentException("a condition value must be a string or a number but was "
                + (value == null
                        ? "null"
                        : value instanceof Boolean
                                ? "a boolean (quote it: \"" + value + "\")"
                                : "a " + value.getClass().getSimpleName()));
    }

    private static BigDecimal canonical(BigDecimal number) {
        BigDecimal stripped = number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
        long integerDigits = (long) stripped.precision() - stripped.scale();
        if (stripped.scale() > MAX_DECIMALS || integerDigits > MAX_INTEGER_DIGITS) {
            String text = number.toString();
            throw new IllegalArgumentException("literal number must have at most " + MAX_INTEGER_DIGITS
                    + " integer digits and " + MAX_DECIMALS + " decimals but was "
                    + (text.length() <= 40 ? text : text.substring(0, 37) + "..."));
        }
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * Whether this is a number.
     *
     * @return true for a number literal, false for a text
     */
    public boolean isNumber() {
        return number != null;
    }

    /**
     * The text.
     *
     * @return the text, or empty for a number literal
     */
    public Optional<String> text() {
        return Optional.ofNullable(text);
    }

    /**
     * The number.
     *
     * @return the number in canonical form, or empty for a text literal
     */
    public Optional<BigDecimal> number() {
        return Optional.ofNullable(number);
    }

    /**
     * The value as text: the text itself, or the number in plain notation.
     *
     * @return the text form
     */
    public String asText() {
        return text != null ? text : number.toPlainString();
    }

    /**
     * The JSON form.
     *
     * @return a {@code String} or a {@code BigDecimal}
     */
    @JsonValue
    public Object toJson() {
        return text != null ? text : number;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Literal
                && Objects.equals(((Literal) other).text, text)
                && Objects.equals(((Literal) other).number, number);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, number);
    }

    /**
     * The text form, quoted for a text literal.
     *
     * @return {@code 'ja'} or {@code 3.5}
     */
    @Override
    public String toString() {
        return text != null ? "'" + text + "'" : number.toPlainString();
    }
}
