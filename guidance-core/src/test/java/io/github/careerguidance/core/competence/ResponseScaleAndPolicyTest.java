/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.competence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.text.LocalizedText;
import org.junit.jupiter.api.Test;

class ResponseScaleAndPolicyTest {

    @Test
    void scaleContainsReversesAndCountsPoints() {
        ResponseScale scale = ResponseScale.of(1, 5);
        assertThat(scale.contains(1)).isTrue();
        assertThat(scale.contains(5)).isTrue();
        assertThat(scale.contains(0)).isFalse();
        assertThat(scale.contains(6)).isFalse();
        assertThat(scale.reverse(1)).isEqualTo(5);
        assertThat(scale.reverse(2)).isEqualTo(4);
        assertThat(scale.reverse(3)).isEqualTo(3);
        assertThat(scale.points()).isEqualTo(5);
        assertThat(ResponseScale.of(0, 3).reverse(1)).isEqualTo(2);
        assertThatThrownBy(() -> scale.reverse(6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value must be within [1, 5] but was 6");
    }

    @Test
    void scaleRejectsBadBoundsAndAnchors() {
        assertThatThrownBy(() -> ResponseScale.of(5, 5))
                .hasMessage("response scale needs min < max but was min=5, max=5");
        assertThatThrownBy(() -> ResponseScale.of(Integer.MIN_VALUE, Integer.MAX_VALUE))
                .hasMessageContaining("<= 1000000");
        assertThatThrownBy(() -> ResponseScale.builder()
                        .min(1)
                        .max(5)
                        .putAnchor(6, LocalizedText.of("zes", "six"))
                        .build())
                .hasMessage("response scale anchor 6 must be within [1, 5]");
    }

    @Test
    void scaleWithAnchorsRoundTripsInYaml() {
        ResponseScale scale = ResponseScale.builder()
                .min(1)
                .max(4)
                .putAnchor(1, LocalizedText.of("helemaal niet mee eens", "strongly disagree"))
                .putAnchor(4, LocalizedText.of("helemaal mee eens", "strongly agree"))
                .build();
        GuidanceCodec yaml = GuidanceCodec.yaml();
        assertThat(yaml.read(yaml.write(scale), ResponseScale.class).orElseThrow())
                .isEqualTo(scale);
        assertThat(yaml.read("min: 1\nmax: 4\nanchors:\n  2: {nl: soms, en: sometimes}\n", ResponseScale.class)
                        .orElseThrow()
                        .anchors())
                .containsOnlyKeys(2);
    }

    @Test
    void policyFactoriesAndAllows() {
        assertThat(MissingItemPolicy.requireAll().kind()).isEqualTo(MissingItemPolicy.Kind.REQUIRE_ALL);
        assertThat(MissingItemPolicy.skipDimension().kind()).isEqualTo(MissingItemPolicy.Kind.SKIP_DIMENSION);
        MissingItemPolicy prorate = MissingItemPolicy.prorate(2);
        assertThat(prorate.maxMissingPerDimension()).isEqualTo(2);
        assertThat(prorate.allows(0, 6)).isTrue();
        assertThat(prorate.allows(2, 6)).isTrue();
        assertThat(prorate.allows(3, 6)).isFalse();
        assertThat(prorate.allows(2, 2)).isFalse();
        assertThat(MissingItemPolicy.requireAll().allows(0, 3)).isTrue();
        assertThat(MissingItemPolicy.requireAll().allows(1, 3)).isFalse();
        assertThat(MissingItemPolicy.skipDimension().allows(1, 3)).isFalse();
        assertThatThrownBy(() -> MissingItemPolicy.prorate(-1))
                .hasMessage("maxMissingPerDimension must be >= 0 but was -1");
    }

    @Test
    void policyKindWireCodes() {
        assertThat(MissingItemPolicy.Kind.SKIP_DIMENSION.code()).isEqualTo("skip-dimension");
        assertThat(MissingItemPolicy.Kind.fromCode("PRORATE")).isEqualTo(MissingItemPolicy.Kind.PRORATE);
        assertThat(MissingItemPolicy.Kind.fromCode(" require_all ")).isEqualTo(MissingItemPolicy.Kind.REQUIRE_ALL);
        assertThatThrownBy(() -> MissingItemPolicy.Kind.fromCode("raden"))
                .hasMessageContaining("require-all, prorate or skip-dimension");
        GuidanceCodec json = GuidanceCodec.json();
        MissingItemPolicy read =
                json.read("{\"kind\": \"prorate\"}", MissingItemPolicy.class).orElseThrow();
        assertThat(read).isEqualTo(MissingItemPolicy.prorate(0));
        assertThat(json.write(MissingItemPolicy.prorate(1))).contains("\"prorate\"");
    }
}
