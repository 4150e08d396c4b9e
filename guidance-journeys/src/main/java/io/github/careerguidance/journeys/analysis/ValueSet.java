/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.analysis;

import io.github.careerguidance.journeys.model.ConditionOperator;
import io.github.careerguidance.journeys.model.Literal;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The values one operand of a condition may have, and whether it may be absent (an unanswered question, a score not
 * yet stored, a profile field the client left empty). Four shapes, after the operand's declared domain:
 * <ul>
 *   <li>codes: a subset of a finite list (a single-choice answer, an education level, the support level);
 *   <li>selections: a set of subsets of a choice list (a multiple-choice answer); exact up to {@value
 *       #MAX_EXACT_CHOICES} choices, beyond that every selection is kept (an over-approximation);
 *   <li>numbers: a union of intervals, optionally of whole numbers only (a scale or number answer, a score);
 *   <li>texts: a finite set or everything but a finite set (a short-text answer, a region, a goal code).
 * </ul>
 * {@link #restrict} applies one comparison with the engine's semantics (a comparison over an absent operand is
 * false; {@code equals} on a multiple-choice answer holds when the value is selected; {@code in} when any selected
 * code is among the values; numeric comparisons never hold on codes and texts). Immutable and thread-safe.
 *
 * @since 0.9.0
 */
public final class ValueSet {
    /** The most choices of a multiple-choice question whose selections are tracked exactly. */
    public static final int MAX_EXACT_CHOICES = 12;

    private enum Shape {
        CODES,
        SELECTIONS,
        NUMBERS,
        TEXTS
    }

    private final Shape shape;
    private final boolean absent;
    /** CODES: the universe; SELECTIONS: the choices. */
    private final List<String> universe;
    /** CODES: indexes in the universe; SELECTIONS: bit masks of selections (null when not exact). */
    private final BitSet bits;
    /** SELECTIONS beyond the exact limit: whether some selection may be present. */
    private final boolean anySelection;

    private final NumberSet numbers;
    /** TEXTS: true when everything but {@link #texts} is in the set. */
    private final boolean cofinite;

    private final Set<String> texts;

    private ValueSet(
            Shape shape,
            boolean absent,
            List<String> universe,
            BitSet bits,
            boolean anySelection,
            NumberSet numbers,
            boolean cofinite,
            Set<String> texts) {
        this.shape = shape;
        this.absent = absent;
        this.universe = universe;
        this.bits = bits;
        this.anySelection = anySelection;
        this.numbers = numbers;
        this.cofinite = cofinite;
        this.texts = texts;
    }

    /**
     * All codes of a finite list.
     *
     * @param codes the codes
     * @param mayBeAbsent whether the operand may be absent
     * @return the set
     */
    public static ValueSet codes(List<String> codes, boolean mayBeAbsent) {
        BitSet all = new BitSet();
        all.set(0, codes.size());
        return new ValueSet(Shape.CODES, mayBeAbsent, List.copyOf(codes), all, false, null, false, null);
    }

    /**
     * Every selection from a list of choices, the empty selection included.
     *
     * @param choices the choice codes
     * @param mayBeAbsent whether the operand may be absent
     * @return the set
     */
    public static ValueSet selections(List<String> choices, boolean mayBeAbsent) {
        if (choices.size() > MAX_EXACT_CHOICES) {
            return new ValueSet(Shape.SELECTIONS, mayBeAbsent, List.copyOf(choices), null, true, null, false, null);
        }
        BitSet all = new BitSet();
        all.set(0, 1 << choices.size());
        return new ValueSet(Shape.SELECTIONS, mayBeAbsent, List.copyOf(choices), all, false, null, false, null);
    }

    /**
     * The numbers from a lower to an upper bound, both included.
     *
     * @param min the lower bound, or {@code null} for none
     * @param max the upper bound, or {@code null} for none
     * @param whole whether only whole numbers are taken
     * @param mayBeAbsent whether the operand may be absent
     * @return the set
     */
    public static ValueSet numbers(BigDecimal min, BigDecimal max, boolean whole, boolean mayBeAbsent) {
        return new ValueSet(
                Shape.NUMBERS, mayBeAbsent, null, null, false, NumberSet.range(min, max, whole), false, null);
    }

    /**
     * Every text.
     *
     * @param mayBeAbsent whether the operand may be absent
     * @return the set
     */
    public static ValueSet texts(boolean mayBeAbsent) {
        return new ValueSet(Shape.TEXTS, mayBeAbsent, null, null, false, null, true, Set.of());
    }

    /**
     * Whether no value is possible and the operand cannot be absent either: nothing satisfies.
     *
     * @return true when empty
     */
    public boolean isEmpty() {
        return !absent && !hasValues();
    }

    /**
     * Whether the operand may be absent.
     *
     * @return true when absence is possible
     */
    public boolean mayBeAbsent() {
        return absent;
    }

    /**
     * Whether some value (not absence) is possible.
     *
     * @return true when some value is possible
     */
    public boolean hasValues() {
        switch (shape) {
            case CODES:
                return !bits.isEmpty();
            case SELECTIONS:
                return bits == null ? anySelection : !bits.isEmpty();
            case NUMBERS:
                return !numbers.isEmpty();
            default:
                return cofinite || !texts.isEmpty();
        }
    }

    /**
     * The same values with or without absence.
     *
     * @param mayBeAbsent whether the operand may be absent
     * @return the set
     */
    public ValueSet withAbsent(boolean mayBeAbsent) {
        return mayBeAbsent == absent
                ? this
                : new ValueSet(shape, mayBeAbsent, universe, bits, anySelection, numbers, cofinite, texts);
    }

    /**
     * Only absence: no value.
     *
     * @return the set
     */
    public ValueSet absentOnly() {
        switch (shape) {
            case CODES:
            case SELECTIONS:
                return new ValueSet(
                        shape,
                        true,
                        universe,
                        universe.size() > MAX_EXACT_CHOICES && shape == Shape.SELECTIONS ? null : new BitSet(),
                        false,
                        null,
                        false,
                        null);
            case NUMBERS:
                return new ValueSet(
                        shape, true, null, null, false, NumberSet.of(List.of(), numbers.integral), false, null);
            default:
                return new ValueSet(shape, true, null, null, false, null, false, Set.of());
        }
    }

    /**
     * The values in this set or in another of the same operand.
     *
     * @param other the other set
     * @return the union
     */
    public ValueSet join(ValueSet other) {
        if (other.shape != shape) {
            throw new IllegalArgumentException("cannot join " + shape + " with " + other.shape);
        }
        boolean a = absent || other.absent;
        switch (shape) {
            case CODES:
            case SELECTIONS: {
                if (bits == null || other.bits == null) {
                    return new ValueSet(shape, a, universe, null, hasValues() || other.hasValues(), null, false, null);
                }
                BitSet b = (BitSet) bits.clone();
                b.or(other.bits);
                return new ValueSet(shape, a, universe, b, false, null, false, null);
            }
            case NUMBERS:
                return new ValueSet(shape, a, null, null, false, numbers.union(other.numbers), false, null);
            default: {
                Set<String> t;
                boolean co;
                if (cofinite && other.cofinite) {
                    t = new TreeSet<>(texts);
                    t.retainAll(other.texts);
                    co = true;
                } else if (cofinite || other.cofinite) {
                    t = new TreeSet<>(cofinite ? texts : other.texts);
                    t.removeAll(cofinite ? other.texts : texts);
                    co = true;
                } else {
                    t = new TreeSet<>(texts);
                    t.addAll(other.texts);
                    co = false;
                }
                return new ValueSet(shape, a, null, null, false, null, co, Set.copyOf(t));
            }
        }
    }

    /**
     * The values for which a comparison holds ({@code positive}) or does not hold; absence satisfies only a
     * comparison that must not hold.
     *
     * @param operator a comparing operator ({@code equals}, {@code in}, {@code lt}, {@code le}, {@code gt},
     *     {@code ge})
     * @param values the literal or literals compared with
     * @param positive true for the values where it holds, false for those where it does not
     * @return the restricted set
     */
    public ValueSet restrict(ConditionOperator operator, List<Literal> values, boolean positive) {
        boolean numeric = operator == ConditionOperator.LT
                || operator == ConditionOperator.LE
                || operator == ConditionOperator.GT
                || operator == ConditionOperator.GE;
        boolean a = !positive && absent;
        switch (shape) {
            case CODES: {
                if (numeric) {
                    return positive
                            ? new ValueSet(shape, false, universe, new BitSet(), false, null, false, null)
                            : this;
                }
                BitSet hits = new BitSet();
                Set<String> wanted = texts(values);
                for (int i = 0; i < universe.size(); i++) {
                    if (wanted.contains(universe.get(i))) {
                        hits.set(i);
                    }
                }
                BitSet b = (BitSet) bits.clone();
                if (positive) {
                    b.and(hits);
                } else {
                    b.andNot(hits);
                }
                return new ValueSet(shape, a, universe, b, false, null, false, null);
            }
            case SELECTIONS: {
                if (numeric) {
                    return positive
                            ? new ValueSet(
                                    shape,
                                    false,
                                    universe,
                                    bits == null ? null : new BitSet(),
                                    false,
                                    null,
                                    false,
                                    null)
                            : this;
                }
                Set<String> wanted = texts(values);
                int mask = 0;
                boolean anyKnown = false;
                for (int i = 0; i < universe.size(); i++) {
                    if (wanted.contains(universe.get(i))) {
                        anyKnown = true;
                        mask |= i < 31 ? 1 << i : 0;
                    }
                }
                if (bits == null) {
                    boolean some = positive ? anySelection && anyKnown : anySelection;
                    return new ValueSet(shape, a, universe, null, some, null, false, null);
                }
                BitSet b = new BitSet();
                for (int m = bits.nextSetBit(0); m >= 0; m = bits.nextSetBit(m + 1)) {
                    if (((m & mask) != 0) == positive) {
                        b.set(m);
                    }
                }
                return new ValueSet(shape, a, universe, b, false, null, false, null);
            }
            case NUMBERS: {
                NumberSet range;
                if (numeric) {
                    BigDecimal v =
                            values.isEmpty() ? null : values.get(0).number().orElse(null);
                    if (v == null || values.size() != 1) {
                        range = NumberSet.EMPTY_REAL;
                    } else if (operator == ConditionOperator.LT) {
                        range = NumberSet.of(List.of(new NumberSet.Interval(null, true, v, true)), false);
                    } else if (operator == ConditionOperator.LE) {
                        range = NumberSet.of(List.of(new NumberSet.Interval(null, true, v, false)), false);
                    } else if (operator == ConditionOperator.GT) {
                        range = NumberSet.of(List.of(new NumberSet.Interval(v, true, null, true)), false);
                    } else {
                        range = NumberSet.of(List.of(new NumberSet.Interval(v, false, null, true)), false);
                    }
                } else {
                    List<NumberSet.Interval> points = new ArrayList<>();
                    for (Literal l : values) {
                        l.number().ifPresent(n -> points.add(new NumberSet.Interval(n, false, n, false)));
                    }
                    range = NumberSet.of(points, false);
                }
                NumberSet n = positive ? numbers.intersect(range) : numbers.minus(range);
                return new ValueSet(
                        shape, a, null, null, false, NumberSet.of(n.intervals, numbers.integral), false, null);
            }
            default: {
                if (numeric) {
                    return positive ? new ValueSet(shape, false, null, null, false, null, false, Set.of()) : this;
                }
                Set<String> wanted = texts(values);
                Set<String> t = new TreeSet<>();
                boolean co;
                if (positive) {
                    co = false;
                    for (String w : wanted) {
                        if (cofinite != texts.contains(w)) {
                            t.add(w);
                        }
                    }
                } else if (cofinite) {
                    co = true;
                    t.addAll(texts);
                    t.addAll(wanted);
                } else {
                    co = false;
                    t.addAll(texts);
                    t.removeAll(wanted);
                }
                return new ValueSet(shape, a, null, null, false, null, co, Set.copyOf(t));
            }
        }
    }

    private static Set<String> texts(Collection<Literal> values) {
        Set<String> out = new LinkedHashSet<>();
        for (Literal l : values) {
            out.add(l.asText());
        }
        return out;
    }

    /**
     * Whether a number is among the values (for number-shaped sets).
     *
     * @param number the number
     * @return true when it is
     */
    public boolean containsNumber(BigDecimal number) {
        return shape == Shape.NUMBERS && numbers.contains(number);
    }

    /**
     * The codes that are possible, for a code-shaped set; for a selection set the codes selected in some possible
     * selection; for a finite text set its texts.
     *
     * @return the codes, in declared order; empty for numbers and for everything-but texts
     */
    public List<String> codes() {
        List<String> out = new ArrayList<>();
        if (shape == Shape.CODES) {
            for (int i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) {
                out.add(universe.get(i));
            }
        } else if (shape == Shape.SELECTIONS) {
            int union = 0;
            if (bits == null) {
                return anySelection ? List.copyOf(universe) : List.of();
            }
            for (int m = bits.nextSetBit(0); m >= 0; m = bits.nextSetBit(m + 1)) {
                union |= m;
            }
            for (int i = 0; i < universe.size(); i++) {
                if ((union & (1 << i)) != 0) {
                    out.add(universe.get(i));
                }
            }
        } else if (shape == Shape.TEXTS && !cofinite) {
            out.addAll(texts);
        }
        return List.copyOf(out);
    }

    /**
     * A possible number, for a number-shaped set with values.
     *
     * @param which which interval to take the sample from (modulo their count)
     * @return the number, or empty
     */
    public java.util.Optional<BigDecimal> sampleNumber(int which) {
        return shape == Shape.NUMBERS && !numbers.isEmpty()
                ? java.util.Optional.of(numbers.sample(which))
                : java.util.Optional.empty();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ValueSet)) {
            return false;
        }
        ValueSet v = (ValueSet) o;
        return shape == v.shape
                && absent == v.absent
                && Objects.equals(bits, v.bits)
                && anySelection == v.anySelection
                && Objects.equals(numbers, v.numbers)
                && cofinite == v.cofinite
                && Objects.equals(texts, v.texts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(shape, absent, bits, anySelection, numbers, cofinite, texts);
    }

    /**
     * A short rendering, such as {@code [1, 3] or absent}, {@code {werk, studie}} or {@code any text but {x}}.
     *
     * @return the rendering
     */
    @Override
    public String toString() {
        String values;
        switch (shape) {
            case NUMBERS:
                values = numbers.toString();
                break;
            case TEXTS:
                values = cofinite
                        ? (texts.isEmpty() ? "any text" : "any text but " + new TreeSet<>(texts))
                        : new TreeSet<>(texts).toString();
                break;
            case SELECTIONS:
                values = bits == null
                        ? (anySelection ? "any selection" : "no selection")
                        : bits.cardinality() + " selections of " + codes();
                break;
            default:
                values = codes().toString();
        }
        return values + (absent ? " or absent" : "");
    }
}
