/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.competence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.careerguidance.core.json.GuidanceCodec;
import org.junit.jupiter.api.Test;

class CompetenceProfileTest {
    private static final DimensionScore NETWERKEN = DimensionScore.builder()
            .sum(12.0)
            .mean(4.0)
            .answered(3)
            .itemCount(3)
            .build();

    @Test
    void looksUpDimensionsAndDerivesMissing() {
        CompetenceProfile p = CompetenceProfile.builder()
                .instrument("loopbaan-scan")
                .instrumentVersion("2026.1")
                .framework("kuijpers")
                .putDimension("netwerken", NETWERKEN)
                .build();
        assertThat(p.dimension("netwerken")).contains(NETWERKEN);
        assertThat(p.dimension("werkexploratie")).isEmpty();
        assertThat(p.total()).isEmpty();
        assertThat(DimensionScore.builder()
                        .sum(10.0)
                        .mean(5.0)
                        .answered(2)
                        .itemCount(3)
                        .build()
                        .missing())
                .isEqualTo(1);
        String json = GuidanceCodec.json().write(p);
        assertThat(json).doesNotContain("missing");
        assertThat(GuidanceCodec.json().read(json, CompetenceProfile.class).orElseThrow())
                .isEqualTo(p);
    }

    @Test
    void scoresNeedAnAnswerAndFiniteNumbers() {
        assertThatThrownBy(() -> DimensionScore.builder()
                        .sum(0)
                        .mean(0)
                        .answered(0)
                        .itemCount(3)
                        .build())
                .hasMessageContaining("answered=0");
        assertThatThrownBy(() -> DimensionScore.builder()
                        .sum(0)
                        .mean(0)
                        .answered(4)
                        .itemCount(3)
                        .build())
                .hasMessageContaining("itemCount=3");
        assertThatThrownBy(() -> DimensionScore.builder()
                        .sum(Double.NaN)
                        .mean(1)
                        .answered(1)
                        .itemCount(1)
                        .build())
                .hasMessageContaining("finite");
    }
}
