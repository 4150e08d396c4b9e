/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.reference.ReferenceJourneys;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The six reference journeys ship with scenario files that pass: at least three scenarios, two outcomes or more. */
class ReferenceScenariosTest {
    @Test
    void everyReferenceScenarioPasses() throws IOException {
        List<String> failures = new java.util.ArrayList<>();
        for (String id : ReferenceJourneys.IDS) {
            failures.addAll(check(id));
        }
        assertThat(failures).isEmpty();
    }

    private static List<String> check(String id) throws IOException {
        ReadResult<ScenarioSuite> read = ScenarioFormat.yaml().read(ScenarioSchemaTest.ReferenceScenarios.text(id));
        assertThat(read.isSuccessful()).as(read.diagnostics().toString()).isTrue();
        ScenarioSuite suite = read.orElseThrow();
        assertThat(suite.journey()).isEqualTo(id);
        assertThat(suite.scenarios()).hasSizeGreaterThanOrEqualTo(3);
        List<ScenarioResult> results = ScenarioRunner.of(
                        JourneyEngine.compile(ReferenceJourneys.byId(id).orElseThrow()))
                .run(suite);
        Set<String> outcomes = new HashSet<>();
        results.forEach(r ->
                outcomes.add(r.trace().orElseThrow().lastView().orElseThrow().step()));
        assertThat(outcomes).as(id + ": outcomes covered").hasSizeGreaterThanOrEqualTo(2);
        return results.stream()
                .filter(r -> !r.passed())
                .map(r -> id + " / " + r.scenario() + ": "
                        + r.divergence().orElseThrow().message(Locale.ENGLISH))
                .collect(Collectors.toList());
    }
}
