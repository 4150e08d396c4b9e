/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.json.ReadOptions;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.research.simulation.PopulationModel;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue #8: the one {@link ReadOptions} reaches population models (moved from guidance-journeys' ReadOptionsWiringTest). */
class PopulationReadOptionsTest {
    private static ReadOptions maxDocument(long n) {
        return ReadOptions.builder().maxDocumentLength(n).build();
    }

    private static void refusedAt(ReadResult<?> read, String limit, long max) {
        assertThat(read.isSuccessful()).isFalse();
        Diagnostic d = read.diagnostics().stream()
                .filter(x -> x.code().equals("core.json.limit"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no core.json.limit in " + read.diagnostics()));
        assertThat(d.arguments()).containsEntry("limit", limit).containsEntry("max", Long.toString(max));
        assertThat(d.message(Locale.ENGLISH)).contains(limit);
    }

    @Test
    void populationModelsReadWithTheGivenOptions() {
        String json = "{\"id\":\"werkzoekenden\",\"goals\":{\"looking-for-work\":1.0}}";
        long size = json.length();
        assertThat(PopulationModel.parse(json, false, maxDocument(size)).isSuccessful())
                .isTrue();
        refusedAt(PopulationModel.parse(json, false, maxDocument(size - 1)), "maxDocumentLength", size - 1);
        String lenient = json.replace("}}", "},\"kleur\":\"blauw\"}");
        assertThat(PopulationModel.parse(lenient, false).isSuccessful()).isFalse();
        assertThat(PopulationModel.parse(
                                lenient,
                                false,
                                ReadOptions.builder()
                                        .unknownProperties(ReadOptions.UnknownProperties.IGNORE)
                                        .build())
                        .isSuccessful())
                .isTrue();
    }
}
