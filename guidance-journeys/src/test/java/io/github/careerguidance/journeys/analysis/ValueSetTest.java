/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.journeys.model.Condition;
import io.github.careerguidance.journeys.model.ConditionOperator;
import io.github.careerguidance.journeys.model.Literal;
import io.github.careerguidance.journeys.model.Operand;
import io.github.careerguidance.journeys.model.ProfileField;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueSetTest {
    private static final Operand SCALE = Operand.answer("q-scale");
    private static final Operand NUMBER = Operand.answer("q-number");
    private static final Operand MULTI = Operand.answer("q-multi");
    private static final Operand REGION = Operand.profile(ProfileField.REGION);

    private static AbstractState state() {
        Map<Operand, ValueSet> m = new LinkedHashMap<>();
        m.put(SCALE, ValueSet.numbers(BigDecimal.ONE, BigDecimal.valueOf(5), true, true));
        m.put(NUMBER, ValueSet.numbers(BigDecimal.ZERO, null, false, true));
        m.put(MULTI, ValueSet.selections(List.of("a", "b", "c"), true));
        m.put(REGION, ValueSet.texts(true));
        return AbstractState.of(m);
    }

    @Test
    void wholeNumbersLeaveNoRoomBetweenNeighbours() {
        Condition between = Condition.all(Condition.greaterThan(SCALE, 4), Condition.lessThan(SCALE, 5));
        assertThat(state().mayHold(between)).isFalse();
        Condition realBetween = Condition.all(Condition.greaterThan(NUMBER, 4), Condition.lessThan(NUMBER, 5));
        assertThat(state().mayHold(realBetween)).isTrue();
        assertThat(state().refine(realBetween, true).get(NUMBER).toString()).isEqualTo("(4, 5)");
        assertThat(state().mayHold(Condition.lessThan(NUMBER, 0))).isFalse();
        assertThat(state().mayHold(Condition.atMost(NUMBER, 0))).isTrue();
    }

    @Test
    void negationKeepsAbsenceAndComplementsIntervals() {
        AbstractState notHigh = state().refine(Condition.atLeast(SCALE, 3), false);
        assertThat(notHigh.get(SCALE).toString()).isEqualTo("[1, 2] or absent");
        assertThat(notHigh.refine(Condition.equalTo(SCALE, Literal.of(3)), true).isEmpty())
                .isTrue();
        AbstractState notNot = state().refine(Condition.not(Condition.not(Condition.atLeast(SCALE, 3))), true);
        assertThat(notNot.get(SCALE).toString()).isEqualTo("[3, 5]");
    }

    @Test
    void selectionsAreTrackedExactly() {
        Condition hasA = Condition.equalTo(MULTI, "a");
        Condition noneOfAb = Condition.not(Condition.in(MULTI, "a", "b"));
        assertThat(state().mayHold(Condition.all(hasA, noneOfAb))).isFalse();
        assertThat(state().mayHold(Condition.all(hasA, Condition.not(Condition.equalTo(MULTI, "b")))))
                .isTrue();
        assertThat(state().mayHold(Condition.equalTo(MULTI, "zz"))).isFalse();
        assertThat(state().mayHold(Condition.greaterThan(MULTI, 1))).isFalse();
        ValueSet many =
                ValueSet.selections(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m"), false);
        assertThat(many.restrict(ConditionOperator.EQUALS, List.of(Literal.of("a")), true)
                        .isEmpty())
                .isFalse();
        assertThat(many.restrict(ConditionOperator.EQUALS, List.of(Literal.of("zz")), true)
                        .isEmpty())
                .isTrue();
    }

    @Test
    void textsAreFiniteOrEverythingButAFiniteSet() {
        Condition utrecht = Condition.equalTo(REGION, "utrecht");
        assertThat(state().mayHold(Condition.all(utrecht, Condition.not(Condition.in(REGION, "utrecht", "x")))))
                .isFalse();
        AbstractState notUtrecht = state().refine(utrecht, false);
        assertThat(notUtrecht.get(REGION).toString()).isEqualTo("any text but [utrecht] or absent");
        assertThat(notUtrecht.join(state().refine(utrecht, true)).get(REGION)).isEqualTo(ValueSet.texts(true));
    }

    @Test
    void anyJoinsAndAllRestricts() {
        Condition lowOrHigh = Condition.any(Condition.atMost(SCALE, 1), Condition.atLeast(SCALE, 5));
        assertThat(state().refine(lowOrHigh, true).get(SCALE).toString()).isEqualTo("[1, 1] \u222a [5, 5]");
        assertThat(state().mayHold(Condition.all(lowOrHigh, Condition.equalTo(SCALE, Literal.of(3)))))
                .isFalse();
        assertThat(state().refine(lowOrHigh, false).get(SCALE).toString()).isEqualTo("[2, 4] or absent");
    }
}
