/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.Question;
import io.github.careerguidance.journeys.model.Step;
import io.github.careerguidance.journeys.outcome.OutcomeTables;
import io.github.careerguidance.journeys.reference.ReferenceJourneys;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JourneyDifferTest {
    private static final Journey A = ReferenceJourneys.byId("looking-for-work").orElseThrow();

    private static Journey withQuestion(String id, java.util.function.UnaryOperator<Question> change, String version) {
        List<Step> steps = new ArrayList<>();
        for (Step s : A.steps()) {
            steps.add(
                    s.id().equals(id)
                            ? Step.builder()
                                    .from(s)
                                    .question(change.apply(s.question().orElseThrow()))
                                    .build()
                            : s);
        }
        return Journey.builder().from(A).version(version).steps(steps).build();
    }

    @Test
    void theSampleHasSessionsAtEveryStepButTheOutcomes() {
        assertThat(OutcomeTables.sessions(JourneyEngine.compile(A), JourneyDiffer.SAMPLE_BOUND))
                .extracting(s -> s.step())
                .contains("welkom", "q-situatie", "q-vangnet", "q-lukt");
    }

    @Test
    void nothingChangedNeedsNoBump() {
        JourneyDiff diff = JourneyDiffer.diff(A, A, List.of());
        assertThat(diff.changes()).isEmpty();
        assertThat(diff.suggested()).isEqualTo(VersionBump.NONE);
        assertThat(diff.resumes()).isNotEmpty().allMatch(r -> r.resumable() == r.sessions());
        assertThat(diff.versionSufficient()).isTrue();
    }

    @Test
    void aRemovedChoiceStrandsTheSessionsThatChoseIt() {
        Journey b = withQuestion(
                "q-vangnet",
                q -> Question.builder()
                        .from(q)
                        .choices(List.of(
                                q.choice("ja").orElseThrow(), q.choice("nee").orElseThrow()))
                        .build(),
                "1.1.0");
        JourneyDiff diff = JourneyDiffer.diff(A, b, List.of());
        assertThat(diff.changes())
                .extracting(Change::toString)
                .anyMatch(c -> c.startsWith("removed choice of step" + " 'q-vangnet'"));
        assertThat(diff.suggested()).isEqualTo(VersionBump.MAJOR);
        assertThat(diff.resumeNote()).isEmpty();
        assertThat(diff.reason()).contains("cannot resume", "q-vangnet");
        assertThat(diff.actual()).isEqualTo(VersionBump.MINOR);
        assertThat(diff.versionSufficient()).isFalse();
    }
}
