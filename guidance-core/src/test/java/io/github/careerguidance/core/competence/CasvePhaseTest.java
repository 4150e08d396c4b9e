/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.competence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.careerguidance.core.citation.Citation;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.text.LocalizedText;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CasvePhaseTest {

    @Test
    void phasesAreOrderedAndTheCycleRepeats() {
        assertThat(CasvePhase.values())
                .containsExactly(
                        CasvePhase.COMMUNICATION,
                        CasvePhase.ANALYSIS,
                        CasvePhase.SYNTHESIS,
                        CasvePhase.VALUING,
                        CasvePhase.EXECUTION);
        assertThat(CasvePhase.COMMUNICATION.next()).isEqualTo(CasvePhase.ANALYSIS);
        assertThat(CasvePhase.VALUING.next()).isEqualTo(CasvePhase.EXECUTION);
        assertThat(CasvePhase.EXECUTION.next()).isEqualTo(CasvePhase.COMMUNICATION);
        CasvePhase p = CasvePhase.SYNTHESIS;
        for (int i = 0; i < 5; i++) {
            p = p.next();
        }
        assertThat(p).isEqualTo(CasvePhase.SYNTHESIS);
    }

    @Test
    void namesAndDefinitionsInBothLanguages() {
        for (CasvePhase phase : CasvePhase.values()) {
            assertThat(phase.displayName().missing(List.of(LocalizedText.DUTCH, Locale.ENGLISH)))
                    .isEmpty();
            assertThat(phase.definition().missing(List.of(LocalizedText.DUTCH, Locale.ENGLISH)))
                    .isEmpty();
        }
        assertThat(CasvePhase.ANALYSIS.definition().resolve(Locale.ENGLISH))
                .isEqualTo("Understanding myself and my options.");
        assertThat(CasvePhase.SYNTHESIS.definition().resolve(Locale.ENGLISH)).contains("3 to 5");
        assertThat(CasvePhase.EXECUTION.definition().resolve(Locale.ENGLISH)).contains("repeats on failure");
        assertThat(CasvePhase.VALUING.displayName().resolve(LocalizedText.DUTCH))
                .isEqualTo("Waarderen");
    }

    @Test
    void citesTheResearchSources() {
        assertThat(CasvePhase.citations())
                .extracting(Citation::url)
                .contains(
                        "https://oitecareersblog.wordpress.com/tag/career-decisions/",
                        "https://issuhub.com/view/index/5619?pageIndex=88",
                        "https://issuhub.com/view/index/5619?pageIndex=89");
    }

    @Test
    void wireCodes() {
        assertThat(CasvePhase.fromCode("valuing")).isEqualTo(CasvePhase.VALUING);
        assertThat(CasvePhase.fromCode("EXECUTION")).isEqualTo(CasvePhase.EXECUTION);
        assertThatThrownBy(() -> CasvePhase.fromCode("evaluatie"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("communication, analysis, synthesis, valuing or execution");
        GuidanceCodec json = GuidanceCodec.json();
        assertThat(json.write(CasvePhase.ANALYSIS).trim()).isEqualTo("\"analysis\"");
        assertThat(json.read("\"synthesis\"", CasvePhase.class).orElseThrow()).isEqualTo(CasvePhase.SYNTHESIS);
        assertThat(json.read("\"keuze\"", CasvePhase.class).isSuccessful()).isFalse();
    }
}
