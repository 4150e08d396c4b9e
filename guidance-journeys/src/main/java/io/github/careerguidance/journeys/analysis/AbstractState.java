/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.analysis;

import io.github.careerguidance.journeys.model.Comparison;
import io.github.careerguidance.journeys.model.Condition;
import io.github.careerguidance.journeys.model.ConditionOperator;
import io.github.careerguidance.journeys.model.Operand;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a client may have at one point of a journey: per operand a {@link ValueSet}, tracked independently (no
 * relations between operands). The empty state ({@link #isEmpty()}) holds no client. Operands the state does not
 * know are treated as unconstrained: {@link #refine} leaves them alone. Immutable and thread-safe.
 *
 * <p>{@link #refine(Condition, boolean)} over-approximates: the clients of the result include every client of this
 * state for whom the condition holds (or does not hold); so an empty result proves that none does. {@code all}
 * restricts child by child, {@code any} joins what its children allow, {@code not} flips the polarity (De Morgan).
 *
 * @since 0.9.0
 */
public final class AbstractState {
    private static final AbstractState EMPTY = new AbstractState(Map.of(), true);

    private final Map<Operand, ValueSet> values;
    private final boolean empty;

    private AbstractState(Map<Operand, ValueSet> values, boolean empty) {
        this.values = values;
        this.empty = empty;
    }

    /**
     * A state from the value sets of its operands.
     *
     * @param values the sets by operand
     * @return the state; empty when some set is empty
     */
    public static AbstractState of(Map<Operand, ValueSet> values) {
        for (ValueSet v : values.values()) {
            if (v.isEmpty()) {
                return EMPTY;
            }
        }
        return new AbstractState(Collections.unmodifiableMap(new LinkedHashMap<>(values)), false);
    }

    /**
     * The state that holds no client.
     *
     * @return the empty state
     */
    public static AbstractState empty() {
        return EMPTY;
    }

    /**
     * Whether no client is in this state.
     *
     * @return true when empty
     */
    public boolean isEmpty() {
        return empty;
    }

    /**
     * The values of an operand.
     *
     * @param operand the operand
     * @return the set, or {@code null} when the state does not track the operand or is empty
     */
    public ValueSet get(Operand operand) {
        return values.get(operand);
    }

    /**
     * The tracked operands and their sets.
     *
     * @return the map, in insertion order
     */
    public Map<Operand, ValueSet> values() {
        return values;
    }

    /**
     * A copy with one operand's set replaced.
     *
     * @param operand the operand
     * @param set the new set
     * @return the new state (this empty state stays empty)
     */
    public AbstractState with(Operand operand, ValueSet set) {
        if (empty) {
            return this;
        }
        if (set.isEmpty()) {
            return EMPTY;
        }
        if (set.equals(values.get(operand))) {
            return this;
        }
        Map<Operand, ValueSet> copy = new LinkedHashMap<>(values);
        copy.put(operand, set);
        return new AbstractState(Collections.unmodifiableMap(copy), false);
    }

    /**
     * The clients of this state or of another: per operand the union.
     *
     * @param other the other state
     * @return the join
     */
    public AbstractState join(AbstractState other) {
        if (empty) {
            return other;
        }
        if (other.empty) {
            return this;
        }
        Map<Operand, ValueSet> copy = new LinkedHashMap<>(values);
        for (Map.Entry<Operand, ValueSet> e : other.values.entrySet()) {
            copy.merge(e.getKey(), e.getValue(), ValueSet::join);
        }
        return new AbstractState(Collections.unmodifiableMap(copy), false);
    }

    /**
     * The clients of this state for whom a condition holds ({@code positive}) or does not hold: an
     * over-approximation, exact for a single comparison and for {@code all} of comparisons on distinct operands.
     *
     * @param condition the condition
     * @param positive true for "holds", false for "does not hold"
     * @return the refined state; empty when no client of this state can satisfy it
     */
    public AbstractState refine(Condition condition, boolean positive) {
        Objects.requireNonNull(condition, "condition");
        if (empty) {
            return this;
        }
        ConditionOperator op = condition.operator();
        switch (op) {
            case NOT:
                return refine(condition.not().orElseThrow(), !positive);
            case ALL:
            case ANY: {
                boolean conjunctive = (op == ConditionOperator.ALL) == positive;
                if (conjunctive) {
                    AbstractState s = this;
                    for (Condition child : condition.children()) {
                        s = s.refine(child, positive);
                        if (s.empty) {
                            return EMPTY;
                        }
                    }
                    return s;
                }
                AbstractState s = EMPTY;
                for (Condition child : condition.children()) {
                    s = s.join(refine(child, positive));
                }
                return s;
            }
            default: {
                Comparison cmp = condition.comparison().orElseThrow();
                Operand operand = cmp.operand();
                ValueSet set = values.get(operand);
                if (set == null) {
                    return this;
                }
                return with(operand, set.restrict(op, cmp.allValues(), positive));
            }
        }
    }

    /**
     * Whether a condition can hold for some client of this state, as far as the over-approximation can tell.
     *
     * @param condition the condition
     * @return false when it surely never holds
     */
    public boolean mayHold(Condition condition) {
        return !refine(condition, true).isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AbstractState
                && ((AbstractState) o).empty == empty
                && ((AbstractState) o).values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode() + (empty ? 1 : 0);
    }

    /**
     * A rendering per operand.
     *
     * @return the rendering
     */
    @Override
    public String toString() {
        return empty ? "State{empty}" : "State" + values;
    }
}
