/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Verdicts for people: Dutch words in Dutch, the wire code (English already) in English. */
class VerdictLabelTest {
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Test
    void everyVerdictHasItsOwnDutchWordsAndItsCodeInEnglish() {
        Set<String> dutch = new HashSet<>();
        for (Verdict v : Verdict.values()) {
            assertThat(v.label(Locale.ENGLISH)).isEqualTo(v.code());
            assertThat(v.label(DUTCH)).as(v.name()).isNotEqualTo(v.code()).isNotBlank();
            dutch.add(v.label(DUTCH));
        }
        assertThat(dutch).hasSize(Verdict.values().length);
        assertThat(Verdict.FAIL.label(DUTCH)).isEqualTo("voldoet niet");
        assertThat(Verdict.NOT_ASSESSABLE.label(DUTCH)).isEqualTo("niet te beoordelen");
    }
}
