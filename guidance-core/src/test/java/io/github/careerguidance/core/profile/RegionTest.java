/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.careerguidance.core.json.GuidanceCodec;
import org.junit.jupiter.api.Test;

class RegionTest {
    @Test
    void provinceByEnumOrIsoCode() {
        Region utrecht = Region.province("nl-ut");
        assertThat(utrecht).isEqualTo(Region.province(Province.UTRECHT));
        assertThat(utrecht.code()).isEqualTo("NL-UT");
        assertThat(utrecht.kind()).isEqualTo(RegionKind.PROVINCE);
        assertThat(utrecht.asProvince()).contains(Province.UTRECHT);
        assertThat(utrecht).hasToString("Region{province NL-UT}");
    }

    @Test
    void provinceCodesAreValidated() {
        assertThatThrownBy(() ->
                        Region.builder().kind(RegionKind.PROVINCE).code("NL-XX").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'NL-XX'");
        assertThatThrownBy(() ->
                        Region.builder().kind(RegionKind.PROVINCE).code("nl-ut").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ISO spelling 'NL-UT'");
    }

    @Test
    void labourMarketRegionCodesAreFreeButSane() {
        Region rijnmond = Region.labourMarketRegion("rijnmond");
        assertThat(rijnmond.asProvince()).isEmpty();
        assertThat(Region.labourMarketRegion("Groot Amsterdam").code()).isEqualTo("Groot Amsterdam");
        for (String bad : new String[] {"", "  ", " rijnmond", "a\nb", "x".repeat(Region.MAX_CODE_LENGTH + 1)}) {
            assertThatThrownBy(() -> Region.labourMarketRegion(bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("labour-market region code");
        }
    }

    @Test
    void jsonForm() {
        String json = GuidanceCodec.json().write(Region.province(Province.ZEELAND));
        assertThat(json.replaceAll("\\s", "")).isEqualTo("{\"kind\":\"province\",\"code\":\"NL-ZE\"}");
        assertThat(GuidanceCodec.json().read(json, Region.class).orElseThrow())
                .isEqualTo(Region.province(Province.ZEELAND));
        Region lmr = Region.labourMarketRegion("midden-utrecht");
        assertThat(GuidanceCodec.yaml()
                        .read(GuidanceCodec.yaml().write(lmr), Region.class)
                        .orElseThrow())
                .isEqualTo(lmr);
    }
}
