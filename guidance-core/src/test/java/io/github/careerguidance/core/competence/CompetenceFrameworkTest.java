/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.competence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.text.LocalizedText;
import org.junit.jupiter.api.Test;

class CompetenceFrameworkTest {
    private static Dimension dim(String code) {
        return Dimension.builder().code(code).name(LocalizedText.of(code, code)).build();
    }

    @Test
    void looksUpDimensionsByCode() {
        CompetenceFramework f = CompetenceFramework.builder()
                .code("eigen-model")
                .version("1")
                .name(LocalizedText.of("Eigen model", "Own model"))
                .addDimensions(dim("zelfbeeld"), dim("netwerk"))
                .build();
        assertThat(f.dimension("netwerk")).contains(dim("netwerk"));
        assertThat(f.dimension("onbekend")).isEmpty();
        assertThat(f.dimensionCodes()).containsExactly("zelfbeeld", "netwerk");
        assertThat(f.citations()).isEmpty();
        assertThat(f.description()).isEmpty();
    }

    @Test
    void rejectsDuplicateAndMissingDimensionsAndBadCodes() {
        var base = CompetenceFramework.builder()
                .code("eigen-model")
                .version("1")
                .name(LocalizedText.of("Eigen model", "Own model"));
        assertThatThrownBy(() -> base.build()).hasMessageContaining("dimensions must have >= 1 entry but had 0");
        assertThatThrownBy(() -> CompetenceFramework.builder()
                        .code("eigen-model")
                        .version("1")
                        .name(LocalizedText.of("a", "b"))
                        .addDimensions(dim("netwerk"), dim("netwerk"))
                        .build())
                .hasMessageContaining("dimension code 'netwerk' appears more than once");
        assertThatThrownBy(() -> CompetenceFramework.builder()
                        .code("Eigen_Model")
                        .version("1")
                        .name(LocalizedText.of("a", "b"))
                        .addDimension(dim("netwerk"))
                        .build())
                .hasMessageContaining("framework code")
                .hasMessageContaining("'Eigen_Model'");
        assertThatThrownBy(() -> dim("net werk")).hasMessageContaining("'net werk'");
        assertThatThrownBy(() -> Dimension.builder()
                        .code("netwerk")
                        .name(LocalizedText.of("a", "b"))
                        .area("Reflectief")
                        .build())
                .hasMessageContaining("dimension area");
    }

    @Test
    void builtInFrameworksRoundTripInJsonAndYaml() {
        for (CompetenceFramework f : CompetenceModels.frameworks()) {
            assertThat(GuidanceCodec.json()
                            .read(GuidanceCodec.json().write(f), CompetenceFramework.class)
                            .orElseThrow())
                    .isEqualTo(f);
            assertThat(GuidanceCodec.yaml()
                            .read(GuidanceCodec.yaml().write(f), CompetenceFramework.class)
                            .orElseThrow())
                    .isEqualTo(f);
        }
    }

    @Test
    void badFrameworkDocumentsNameThePath() {
        String text = "code: eigen-model\nversion: '1'\nname: {nl: Eigen model, en: Own model}\n"
                + "dimensions:\n  - code: zelfbeeld\n    name: {nl: Zelfbeeld, en: Self-image}\n"
                + "  - code: netwerk\n";
        ReadResult<CompetenceFramework> read = GuidanceCodec.yaml().read(text, CompetenceFramework.class);
        assertThat(read.diagnostics().asList())
                .extracting(Diagnostic::code, Diagnostic::location)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "core.json.missing-property", JsonPointer.parse("/dimensions/1/name")));
        ReadResult<CompetenceFramework> wrong = GuidanceCodec.yaml()
                .read(
                        text.replace(
                                "  - code: netwerk\n",
                                "  - code: netwerk\n    name: {nl: Netwerk}\n    learnerQuestion: [1]\n"),
                        CompetenceFramework.class);
        assertThat(wrong.diagnostics().asList())
                .extracting(Diagnostic::location)
                .containsExactly(JsonPointer.parse("/dimensions/1/learnerQuestion"));
    }
}
