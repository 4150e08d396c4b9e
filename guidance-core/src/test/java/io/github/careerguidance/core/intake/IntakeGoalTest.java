/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.careerguidance.core.citation.Citation;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.core.text.LocalizedText;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class IntakeGoalTest {
    static IntakeGoal werkfit() {
        return IntakeGoal.builder()
                .code("werkfit-traject")
                .label(LocalizedText.of("Ik zit in een werkfit-traject", "I am in a work-fitness programme"))
                .description(LocalizedText.of(
                        "Ik wil weten wat ik na mijn traject kan doen.",
                        "I want to know what I can do after my programme."))
                .addTags("adult", "work")
                .defaultSupportLevel(SupportLevel.BRIEF_STAFF_ASSISTED)
                .addCitations(Citation.of("Leerwerkloket: about us", "https://www.leerwerkloket.nl/about-us"))
                .build();
    }

    @Test
    void holdsItsFields() {
        IntakeGoal goal = werkfit();
        assertThat(goal.code()).isEqualTo("werkfit-traject");
        assertThat(goal.label().resolve(Locale.ENGLISH)).isEqualTo("I am in a work-fitness programme");
        assertThat(goal.hasTag("adult")).isTrue();
        assertThat(goal.hasTag("youth")).isFalse();
        assertThat(goal.defaultSupportLevel()).contains(SupportLevel.BRIEF_STAFF_ASSISTED);
        assertThat(goal.citations()).hasSize(1);
    }

    @Test
    void roundTripsWithSupportLevelAsWireCode() {
        IntakeGoal goal = werkfit();
        String json = GuidanceCodec.json().write(goal);
        assertThat(json).contains("\"defaultSupportLevel\" : \"brief-staff-assisted\"");
        assertThat(GuidanceCodec.json().read(json, IntakeGoal.class).orElseThrow())
                .isEqualTo(goal);
        assertThat(GuidanceCodec.yaml()
                        .read(GuidanceCodec.yaml().write(goal), IntakeGoal.class)
                        .orElseThrow())
                .isEqualTo(goal);
    }

    @Test
    void rejectsCodesThatAreNotLowerCaseWithDashes() {
        for (String bad :
                new String[] {"Looking-For-Work", "looking_for_work", "-work", "work-", "a--b", "", "werk zoeken"}) {
            assertThatThrownBy(
                            () -> IntakeGoal.builder().from(werkfit()).code(bad).build())
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("code")
                    .hasMessageContaining("'" + bad + "'");
        }
        assertThatThrownBy(() -> IntakeGoal.builder()
                        .from(werkfit())
                        .code("a".repeat(65))
                        .build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsBadTags() {
        assertThatThrownBy(() ->
                        IntakeGoal.builder().from(werkfit()).addTags("Jongeren").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tag")
                .hasMessageContaining("'Jongeren'");
    }
}
