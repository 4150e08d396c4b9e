/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadResult;
import org.junit.jupiter.api.Test;

class JourneyRoundTripTest {

    @Test
    void generatedJourneysRoundTripThroughJson() {
        qt().withExamples(60).forAll(longs().all()).checkAssert(seed -> {
            Journey journey = JourneyGenerator.journey(seed);
            String json = GuidanceCodec.json().write(journey);
            ReadResult<Journey> read = GuidanceCodec.json().read(json, Journey.class);
            assertThat(read.diagnostics().isEmpty())
                    .as("%s", read.diagnostics())
                    .isTrue();
            assertThat(read.orElseThrow()).isEqualTo(journey);
            assertThat(GuidanceCodec.json().write(read.orElseThrow())).isEqualTo(json);
        });
    }

    @Test
    void generatedJourneysRoundTripThroughYaml() {
        qt().withExamples(60).forAll(longs().all()).checkAssert(seed -> {
            Journey journey = JourneyGenerator.garbage(seed);
            String yaml = GuidanceCodec.yaml().write(journey);
            ReadResult<Journey> read = GuidanceCodec.yaml().read(yaml, Journey.class);
            assertThat(read.diagnostics().isEmpty())
                    .as("%s", read.diagnostics())
                    .isTrue();
            assertThat(read.orElseThrow()).isEqualTo(journey);
        });
    }

    @Test
    void yamlAndJsonOfTheSameJourneyAgree() {
        qt().withExamples(25).forAll(longs().all()).checkAssert(seed -> {
            Journey journey = JourneyGenerator.journey(seed);
            Journey viaYaml = GuidanceCodec.yaml()
                    .read(GuidanceCodec.yaml().write(journey), Journey.class)
                    .orElseThrow();
            Journey viaJson = GuidanceCodec.json()
                    .read(GuidanceCodec.json().write(viaYaml), Journey.class)
                    .orElseThrow();
            assertThat(viaJson).isEqualTo(journey);
        });
    }
}
