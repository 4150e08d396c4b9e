/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.careerguidance.core.json.GuidanceCodec;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AgeBandTest {
    @Test
    void bandsAreContiguousFromTwelveUpwards() {
        assertThat(AgeBand.ofAge(12)).isEqualTo(AgeBand.AGE_12_17);
        assertThat(AgeBand.ofAge(17)).isEqualTo(AgeBand.AGE_12_17);
        assertThat(AgeBand.ofAge(18)).isEqualTo(AgeBand.AGE_18_22);
        assertThat(AgeBand.ofAge(29)).isEqualTo(AgeBand.AGE_23_29);
        assertThat(AgeBand.ofAge(30)).isEqualTo(AgeBand.AGE_30_44);
        assertThat(AgeBand.ofAge(54)).isEqualTo(AgeBand.AGE_45_54);
        assertThat(AgeBand.ofAge(66)).isEqualTo(AgeBand.AGE_55_66);
        assertThat(AgeBand.ofAge(67)).isEqualTo(AgeBand.AGE_67_PLUS);
        assertThat(AgeBand.ofAge(AgeBand.MAX_AGE)).isEqualTo(AgeBand.AGE_67_PLUS);
        AgeBand[] bands = AgeBand.values();
        for (int i = 1; i < bands.length; i++) {
            assertThat(bands[i].minAge()).isEqualTo(bands[i - 1].maxAge().getAsInt() + 1);
        }
        assertThat(AgeBand.AGE_67_PLUS.maxAge()).isEmpty();
    }

    @Test
    void everyAgeInRangeFallsInExactlyOneBand() {
        qt().forAll(integers().between(12, AgeBand.MAX_AGE)).checkAssert(age -> {
            AgeBand band = AgeBand.ofAge(age);
            assertThat(band.contains(age)).isTrue();
            for (AgeBand other : AgeBand.values()) {
                assertThat(other.contains(age)).isEqualTo(other == band);
            }
        });
    }

    @Test
    void agesOutsideTheBandsAreRejected() {
        assertThatThrownBy(() -> AgeBand.ofAge(11))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("age must be between 12 and 130 but was 11");
        assertThatThrownBy(() -> AgeBand.ofAge(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AgeBand.ofAge(131)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void codesAndLabels() {
        assertThat(AgeBand.fromCode("18-22")).isEqualTo(AgeBand.AGE_18_22);
        assertThat(AgeBand.fromCode("AGE_67_PLUS")).isEqualTo(AgeBand.AGE_67_PLUS);
        assertThat(AgeBand.fromCode(" 67-Plus ")).isEqualTo(AgeBand.AGE_67_PLUS);
        assertThatThrownBy(() -> AgeBand.fromCode("18-25"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'18-25'")
                .hasMessageContaining("67-plus");
        assertThat(AgeBand.AGE_23_29.label().resolve(new Locale("nl"))).isEqualTo("23–29 jaar");
        assertThat(AgeBand.AGE_67_PLUS.label().resolve(Locale.ENGLISH)).isEqualTo("67 years and older");
        for (AgeBand band : AgeBand.values()) {
            assertThat(AgeBand.fromCode(band.code())).isEqualTo(band);
            assertThat(GuidanceCodec.json().write(band)).isEqualTo("\"" + band.code() + "\"");
        }
    }
}
