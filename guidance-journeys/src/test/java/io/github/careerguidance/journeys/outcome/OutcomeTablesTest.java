/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.journeys.analysis.AnswerClass;
import io.github.careerguidance.journeys.analysis.AnswerClasses;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.Step;
import io.github.careerguidance.journeys.reference.ReferenceJourneys;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OutcomeTablesTest {
    private static final Journey UNEMPLOYED =
            ReferenceJourneys.byId("became-unemployed").orElseThrow();

    @Test
    void answerClassesFollowTheThresholdsOfTheConditions() {
        // q-gevoel is a 1-5 scale compared with "le 2"
        assertThat(AnswerClasses.of(UNEMPLOYED, "q-gevoel"))
                .extracting(AnswerClass::label)
                .containsExactly("1", "2", "[3, 5]"); // the threshold is a class of its own
        assertThat(AnswerClasses.of(UNEMPLOYED, "q-gevoel"))
                .extracting(c -> c.answer().number().orElseThrow().intValue())
                .containsExactly(1, 2, 3);
        assertThat(AnswerClasses.of(UNEMPLOYED, "q-ww"))
                .extracting(AnswerClass::label)
                .containsExactly("aangevraagd", "nog-niet", "weet-niet");
        assertThat(AnswerClasses.of(UNEMPLOYED, "welkom")).isEmpty();
    }

    @Test
    void everyRunEndsInAnOutcomeAndEveryOutcomeIsSomewhere() {
        OutcomeTable table = OutcomeTables.derive(JourneyEngine.compile(UNEMPLOYED));
        assertThat(table.rows()).isNotEmpty().allMatch(r -> r.outcome().isPresent());
        Set<String> outcomes = new HashSet<>();
        for (Step s : UNEMPLOYED.steps()) {
            if (s.isOutcome()) {
                outcomes.add(s.id());
            }
        }
        assertThat(table.outcomeCounts().keySet()).isEqualTo(outcomes);
        // the vulnerable client sent straight to an adviser: feeling 1-2, nothing else asked (the linter's case)
        assertThat(table.rows())
                .anyMatch(r -> "1".equals(r.classes().get("q-gevoel"))
                        && !r.classes().containsKey("q-ww")
                        && r.content()
                                .getOrDefault("info-eerste-stappen", java.util.List.of())
                                .contains("waar-beginnen"));
        assertThat(table.toMarkdown()).contains("Coverage: ", "| q-gevoel | 1, 2, [3, 5] |");
    }

    @Test
    void beyondTheBoundEveryPairOfClassesIsCoveredAndTheTableSaysSo() {
        OutcomeTable table = OutcomeTables.derive(JourneyEngine.compile(UNEMPLOYED), 5);
        assertThat(table.coverage()).isEqualTo(Coverage.PAIRWISE);
        assertThat(table.coverageNote()).contains("exceeds the bound of 5 runs");
        int most = table.classes().values().stream()
                .mapToInt(java.util.List::size)
                .max()
                .orElseThrow();
        int second = table.classes().values().stream()
                .mapToInt(java.util.List::size)
                .sorted()
                .skip(Math.max(0, table.classes().size() - 2))
                .findFirst()
                .orElseThrow();
        assertThat(table.rows().size()).isGreaterThanOrEqualTo(most * second);
        assertThat(OutcomeTables.sessions(JourneyEngine.compile(UNEMPLOYED), 5)).isNotEmpty();
    }
}
