/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.careerguidance.core.json.GuidanceCodec;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** EmploymentSituation, Consent, Province, RegionKind and AnswerKind. */
class ProfileEnumsTest {
    private static final List<Locale> NL_EN = List.of(new Locale("nl"), Locale.ENGLISH);

    @Test
    void employmentSituations() {
        assertThat(Arrays.stream(EmploymentSituation.values()).map(EmploymentSituation::code))
                .containsExactly(
                        "student",
                        "employed",
                        "self-employed",
                        "unemployed-with-benefit",
                        "unemployed-without-benefit",
                        "social-assistance",
                        "incapacitated",
                        "retired",
                        "not-in-labour-force",
                        "other");
        assertThat(Arrays.stream(EmploymentSituation.values()).filter(EmploymentSituation::isUnemployed))
                .containsExactly(
                        EmploymentSituation.UNEMPLOYED_WITH_BENEFIT, EmploymentSituation.UNEMPLOYED_WITHOUT_BENEFIT);
        assertThat(EmploymentSituation.fromCode("SOCIAL_ASSISTANCE")).isEqualTo(EmploymentSituation.SOCIAL_ASSISTANCE);
        assertThat(EmploymentSituation.UNEMPLOYED_WITH_BENEFIT.label().resolve(new Locale("nl")))
                .isEqualTo("Werkloos, met WW-uitkering");
        assertThatThrownBy(() -> EmploymentSituation.fromCode("werkloos"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not-in-labour-force");
        for (EmploymentSituation s : EmploymentSituation.values()) {
            assertThat(s.label().missing(NL_EN)).isEmpty();
            assertThat(EmploymentSituation.fromCode(s.code())).isEqualTo(s);
        }
    }

    @Test
    void consents() {
        assertThat(Arrays.stream(Consent.values()).map(Consent::code))
                .containsExactly(
                        "store-session", "contact-by-professional", "share-with-provider", "research-anonymised");
        assertThat(Consent.fromCode("Research_Anonymised")).isEqualTo(Consent.RESEARCH_ANONYMISED);
        assertThatThrownBy(() -> Consent.fromCode("marketing"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'marketing'");
        for (Consent c : Consent.values()) {
            assertThat(c.label().missing(NL_EN)).isEmpty();
            assertThat(GuidanceCodec.json().write(c)).isEqualTo("\"" + c.code() + "\"");
        }
    }

    @Test
    void provincesAreTheTwelveIsoSubdivisions() {
        assertThat(Arrays.stream(Province.values()).map(Province::code).collect(Collectors.toList()))
                .containsExactly(
                        "NL-DR", "NL-FL", "NL-FR", "NL-GE", "NL-GR", "NL-LI", "NL-NB", "NL-NH", "NL-OV", "NL-UT",
                        "NL-ZE", "NL-ZH");
        assertThat(Province.fromCode("nl-fr").label().resolve(new Locale("nl"))).isEqualTo("Fryslân");
        assertThat(Province.fromCode("NOORD_HOLLAND")).isEqualTo(Province.NOORD_HOLLAND);
        assertThat(Province.ZUID_HOLLAND.label().resolve(Locale.ENGLISH)).isEqualTo("South Holland");
        assertThatThrownBy(() -> Province.fromCode("NL-XX"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'NL-XX'")
                .hasMessageContaining("NL-ZH");
    }

    @Test
    void smallCodeEnums() {
        assertThat(RegionKind.fromCode("LABOUR_MARKET_REGION")).isEqualTo(RegionKind.LABOUR_MARKET_REGION);
        assertThatThrownBy(() -> RegionKind.fromCode("gemeente")).isInstanceOf(IllegalArgumentException.class);
        assertThat(AnswerKind.fromCode("CHOICES")).isEqualTo(AnswerKind.CHOICES);
        assertThatThrownBy(() -> AnswerKind.fromCode("scale"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'scale'");
    }
}
