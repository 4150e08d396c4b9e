/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class SafetyNetTest {

    @Test
    void aStrugglingSelfHelpUserMovesUpOneLevel() {
        assertThat(SafetyNet.apply(SupportLevel.SELF_HELP, SafetyNetCheck.of(SafetyNetOutcome.STRUGGLING)))
                .isEqualTo(SupportLevel.BRIEF_STAFF_ASSISTED);
        assertThat(SafetyNet.apply(SupportLevel.SELF_HELP, SafetyNetOutcome.STALLED))
                .isEqualTo(SupportLevel.BRIEF_STAFF_ASSISTED);
        assertThat(SafetyNet.apply(SupportLevel.SELF_HELP, SafetyNetOutcome.FINDING_WHAT_I_NEED))
                .isEqualTo(SupportLevel.SELF_HELP);
        assertThat(SafetyNet.apply(SupportLevel.BRIEF_STAFF_ASSISTED, SafetyNetOutcome.STRUGGLING))
                .isEqualTo(SupportLevel.INDIVIDUAL_CASE_MANAGED);
    }

    @Test
    void theSafetyNetNeverLowersALevelAndRaisesAtMostOne() {
        qt().forAll(Generate.enumValues(SupportLevel.class), Generate.enumValues(SafetyNetOutcome.class))
                .checkAssert((level, outcome) -> {
                    SupportLevel after = SafetyNet.apply(level, SafetyNetCheck.of(outcome));
                    assertThat(after).isGreaterThanOrEqualTo(level);
                    assertThat(after.ordinal() - level.ordinal()).isBetween(0, 1);
                    assertThat(after != level)
                            .isEqualTo(outcome.escalates() && level != SupportLevel.INDIVIDUAL_CASE_MANAGED);
                });
    }

    @Test
    void escalateIsIdempotentAtTheTop() {
        SupportLevel top = SupportLevel.INDIVIDUAL_CASE_MANAGED;
        assertThat(top.escalate()).isSameAs(top);
        assertThat(top.escalate().escalate()).isSameAs(top);
        assertThat(SafetyNet.apply(top, SafetyNetOutcome.STRUGGLING)).isSameAs(top);
        qt().forAll(Generate.enumValues(SupportLevel.class))
                .checkAssert(level ->
                        assertThat(level.escalate().escalate().escalate()).isEqualTo(top));
    }

    @Test
    void appliesToSelfHelpOnly() {
        assertThat(SafetyNet.appliesTo(SupportLevel.SELF_HELP)).isTrue();
        assertThat(SafetyNet.appliesTo(SupportLevel.BRIEF_STAFF_ASSISTED)).isFalse();
        assertThat(SafetyNet.QUESTION.resolve(Locale.ENGLISH)).isEqualTo("Are you finding the information you need?");
        assertThatThrownBy(() -> SafetyNet.apply(null, SafetyNetOutcome.STALLED))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("level");
    }
}
