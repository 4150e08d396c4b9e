/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.careerguidance.core.competence.CompetenceModels;
import io.github.careerguidance.core.competence.Instrument;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The instruments a checker knows: the built-in ones, read on first lookup, then the added ones on top. */
class KnownInstrumentsTest {
    @Test
    void theBuiltInInstrumentsAreKnownByCode() {
        KnownInstruments known = new KnownInstruments(Map.of());
        assertThat(known).containsOnlyKeys("caas-24", "caas-sf-12");
        assertThat(known.get("caas-24")).isEqualTo(CompetenceModels.caas24Structure());
        assertThat(known.containsKey("caas-sf-12")).isTrue();
        assertThat(known.get("no-such-instrument")).isNull();
        assertThat(known.containsKey("no-such-instrument")).isFalse();
    }

    @Test
    void anAddedInstrumentReplacesTheBuiltInOneWithItsCodeAndALaterOneAnEarlierOne() {
        Instrument shortForm = CompetenceModels.caas12Structure();
        Instrument longForm = CompetenceModels.caas24Structure();
        KnownInstruments known = new KnownInstruments(Map.of("caas-24", shortForm, "eigen", shortForm));
        assertThat(known.get("caas-24")).isSameAs(shortForm);
        assertThat(known).containsOnlyKeys("caas-24", "caas-sf-12", "eigen");
        KnownInstruments later = known.with(Map.of("eigen", longForm));
        assertThat(later.get("eigen")).isSameAs(longForm);
        assertThat(known.get("eigen")).as("the earlier map is unchanged").isSameAs(shortForm);
    }

    @Test
    void theMapCannotBeChanged() {
        KnownInstruments known = new KnownInstruments(Map.of());
        assertThatThrownBy(() -> known.put("x", CompetenceModels.caas24Structure()))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> known.entrySet().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
