/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.json.ReadOptions;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.reference.ReferenceJourneys;
import io.github.careerguidance.research.simulation.PopulationModel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Fuzz targets for hostile population models (issue #8). The contract under test: {@link PopulationModel#parse} and
 * {@link PopulationModel#check} give diagnostics, never an exception; a model that parses validates without errors,
 * and its check against the reference journeys returns diagnostics with messages in both languages.
 *
 * <p>In a normal build each target runs once per input in
 * {@code src/test/resources/.../PopulationModelFuzzTestInputs/<method>} (regression mode); {@code fuzz.sh} at the
 * repository root fuzzes them for real.
 */
class PopulationModelFuzzTest {
    private static final List<Journey> ONE =
            List.of(ReferenceJourneys.byId("looking-for-work").orElseThrow());
    private static final List<Journey> ALL = ReferenceJourneys.all();
    private static final ReadOptions SMALL = ReadOptions.builder()
            .maxDocumentLength(64 * 1024)
            .maxNestingDepth(20)
            .maxStringLength(4096)
            .build();

    private static void parseAndCheck(byte[] data, boolean yaml) {
        String text = new String(data, StandardCharsets.UTF_8);
        ReadResult<PopulationModel> read = PopulationModel.parse(text, yaml);
        wellFormed(read.diagnostics(), read.isSuccessful());
        ReadResult<PopulationModel> bounded = PopulationModel.parse(text, yaml, SMALL);
        wellFormed(bounded.diagnostics(), bounded.isSuccessful());
        if (!read.isSuccessful()) {
            return;
        }
        PopulationModel model = read.orElseThrow();
        assertThat(model.validate().hasErrors()).isFalse();
        for (List<Journey> design : List.of(ONE, ALL)) {
            Diagnostics found = model.check(design);
            found.forEach(d -> {
                assertThat(d.code()).startsWith("research.simulation.");
                assertThat(d.message(Locale.ENGLISH)).isNotBlank();
                assertThat(d.message(Locale.forLanguageTag("nl"))).isNotBlank();
            });
        }
        // what parses writes back and reads again to the same model
        assertThat(PopulationModel.parse(model.toJson(), false).orElseThrow()).isEqualTo(model);
    }

    private static void wellFormed(Diagnostics d, boolean successful) {
        if (successful) {
            assertThat(d.hasErrors()).isFalse();
        } else {
            assertThat(d.stream().anyMatch(x -> x.severity().compareTo(Severity.ERROR) >= 0))
                    .isTrue();
            d.forEach(x -> assertThat(x.message(Locale.ENGLISH)).isNotBlank());
        }
    }

    @FuzzTest(maxDuration = "30s")
    void populationYaml(byte[] data) {
        parseAndCheck(data, true);
    }

    @FuzzTest(maxDuration = "30s")
    void populationJson(byte[] data) {
        parseAndCheck(data, false);
    }
}
