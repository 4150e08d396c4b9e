/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The population model's optional follow-up section: reading, checks with JSON Pointers, and the schema. */
class FollowUpBehaviourTest {
    private static final String BASE = "id: proef\ngoals: {looking-for-work: 1.0}\n";

    private static List<String> at(Diagnostics found) {
        return found.stream().map(d -> d.code() + " " + d.location()).collect(Collectors.toList());
    }

    @Test
    void aFollowUpSectionReadsAndRoundTrips() {
        String yaml = BASE + "followUp:\n  missHazard: {task: 0.3, recurring-obligation: 0.1}\n  reviewNoShow: 0.1\n"
                + "  uptake: 0.7\n  postcodes: {\"9711\": 0.5, \"5611AB\": 0.5}\n";
        PopulationModel model = PopulationModel.parse(yaml, true).orElseThrow();
        FollowUpBehaviour f = model.followUp().orElseThrow();
        assertThat(f.missHazard()).containsEntry("task", 0.3).containsEntry("recurring-obligation", 0.1);
        assertThat(f.reviewNoShow()).isEqualTo(0.1);
        assertThat(f.uptake()).isEqualTo(0.7);
        assertThat(PopulationModel.parse(model.toJson(), false).orElseThrow()).isEqualTo(model);
        assertThat(PopulationSchemaTest.errors(yaml, InputFormat.YAML)).isEmpty();
        assertThat(PopulationSchemaTest.errors(model.toJson(), InputFormat.JSON))
                .isEmpty();
    }

    @Test
    void withoutTheSectionTheDefaultsHold() {
        PopulationModel model = PopulationModel.parse(BASE, true).orElseThrow();
        assertThat(model.followUp()).isEmpty();
        FollowUpBehaviour defaults = FollowUpBehaviour.builder().build();
        assertThat(defaults.reviewNoShow()).isZero();
        assertThat(defaults.uptake()).isEqualTo(1.0);
        assertThat(defaults.missHazard()).isEmpty();
    }

    @Test
    void badValuesAreDiagnosticsWithPointers() {
        String yaml = BASE + "followUp:\n  missHazard: {wizardry: 0.3, task: 1.5}\n  reviewNoShow: -0.1\n"
                + "  uptake: 2\n  postcodes: {\"0123\": 0.5, \"9711\": 0.2}\n";
        assertThat(PopulationModel.parse(yaml, true).isSuccessful()).isFalse();
        Diagnostics found = PopulationModel.parse(yaml, true).diagnostics();
        assertThat(at(found))
                .contains(
                        "research.simulation.unknown-code /followUp/missHazard/wizardry",
                        "research.simulation.probability-range /followUp/missHazard/task",
                        "research.simulation.probability-range /followUp/reviewNoShow",
                        "research.simulation.probability-range /followUp/uptake",
                        "research.simulation.unknown-code /followUp/postcodes/0123",
                        "research.simulation.probability-sum /followUp/postcodes");
        List<String> schema = PopulationSchemaTest.errors(yaml, InputFormat.YAML);
        assertThat(schema)
                .anyMatch(e -> e.startsWith("/followUp/missHazard"))
                .anyMatch(e -> e.startsWith("/followUp/reviewNoShow"))
                .anyMatch(e -> e.startsWith("/followUp/uptake"))
                .anyMatch(e -> e.startsWith("/followUp/postcodes"));
    }

    @Test
    void anUnknownFieldIsReported() {
        assertThat(PopulationModel.parse(BASE + "followUp: {colour: blue}\n", true)
                        .isSuccessful())
                .isFalse();
        assertThat(PopulationSchemaTest.errors(BASE + "followUp: {colour: blue}\n", InputFormat.YAML))
                .anyMatch(e -> e.contains("colour"));
    }
}
