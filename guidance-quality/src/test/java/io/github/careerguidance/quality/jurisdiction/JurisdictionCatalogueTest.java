/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.careerguidance.core.citation.Citation;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.quality.scheme.SchemeCatalogue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JurisdictionCatalogueTest {
    private final JurisdictionCatalogue catalogue = JurisdictionCatalogue.builtIn();

    @Test
    void fiveProfilesCoverEveryTopicWithAFactOrAnUnknownNote() {
        assertThat(catalogue.profiles())
                .extracting(JurisdictionProfile::id)
                .containsExactly("nl", "gb", "gb-sct", "fi", "dk", "ee");
        for (JurisdictionProfile p : catalogue.profiles()) {
            for (Topic t : Topic.values()) {
                assertThat(!p.facts(t).isEmpty() ^ p.isUnknown(t))
                        .as(p.id() + " " + t)
                        .isTrue();
            }
            p.facts().forEach(f -> assertThat(f.text().get(Locale.ENGLISH)).isPresent());
            p.facts().forEach(f -> assertThat(f.text().get(LocalizedText.DUTCH)).isPresent());
        }
        assertThat(catalogue.profile("fi").orElseThrow().facts(Topic.RIGHT_TO_GUIDANCE))
                .hasSize(2);
        assertThat(catalogue.profile("nl").orElseThrow().isUnknown(Topic.RIGHT_TO_GUIDANCE))
                .isTrue();
        assertThat(catalogue
                        .profile("ee")
                        .orElseThrow()
                        .facts(Topic.PRACTITIONER_QUALIFICATION)
                        .get(0)
                        .text()
                        .resolve(Locale.ENGLISH))
                .contains("EstQF 7");
        assertThat(catalogue.profile("xx")).isEmpty();
    }

    @Test
    void everySchemeNamedIsInTheCatalogue() {
        SchemeCatalogue schemes = SchemeCatalogue.builtIn();
        catalogue
                .profiles()
                .forEach(p -> p.schemes()
                        .forEach(id -> assertThat(schemes.scheme(id))
                                .as(p.id() + " " + id)
                                .isPresent()));
        assertThat(catalogue.profile("nl").orElseThrow().schemes())
                .contains("noloc-rl", "blik-op-werk", "ontwikkeladvies-2023");
    }

    @Test
    void everyCitationComesFromTheResearchNotes() throws Exception {
        Set<String> researched = researchUrls();
        catalogue
                .profiles()
                .forEach(p -> p.facts().forEach(f -> {
                    assertThat(f.citations()).isNotEmpty();
                    for (Citation c : f.citations()) {
                        assertThat(researched).as(p.id() + ": " + c.url()).contains(c.url());
                        assertThat(c.accessed()).contains(LocalDate.of(2026, 11, 28));
                    }
                }));
    }

    @Test
    void profilesRoundTripAndBadDataIsRejected() {
        for (JurisdictionProfile p : catalogue.profiles()) {
            assertThat(GuidanceCodec.json()
                            .read(GuidanceCodec.json().write(p), JurisdictionProfile.class)
                            .orElseThrow())
                    .isEqualTo(p);
            assertThat(GuidanceCodec.yaml()
                            .read(GuidanceCodec.yaml().write(p), JurisdictionProfile.class)
                            .orElseThrow())
                    .isEqualTo(p);
        }
        LocalizedText name = LocalizedText.of("Testland", "Testland");
        assertThatThrownBy(
                        () -> JurisdictionProfile.builder().id("nl").name(name).build())
                .hasMessageContaining("must have a fact or an unknown note");
        assertThatThrownBy(() -> Fact.builder().topic(Topic.COST).text(name).build())
                .hasMessageContaining("must cite at least one source");
        assertThatThrownBy(() -> Topic.fromCode("prijs")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Topic.fromCode("QUALITY_STANDARD")).isEqualTo(Topic.QUALITY_STANDARD);
        assertThat(Topic.RIGHT_TO_GUIDANCE.code()).isEqualTo("right-to-guidance");
        String broken = "id: xx\nname: {nl: X, en: X}\nfacts: []\nunknown: [{topic: cost, note: n}]\nschemes: []\n";
        assertThat(GuidanceCodec.yaml()
                        .read(broken, JurisdictionProfile.class)
                        .diagnostics()
                        .asList())
                .anySatisfy(d -> assertThat(d.code()).isEqualTo("core.json.invalid-value"));
    }

    private static Set<String> researchUrls() throws Exception {
        Path notes = null;
        for (Path dir = Path.of("").toAbsolutePath(); dir != null && notes == null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/research/quality-schemes.md");
            if (Files.isRegularFile(candidate)) {
                notes = candidate;
            }
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(
                notes != null, "shared/research/quality-schemes.md not found beside the checkout");
        Matcher m = Pattern.compile("https?://\\S+").matcher(Files.readString(notes));
        return m.results().map(r -> r.group()).collect(Collectors.toSet());
    }
}
