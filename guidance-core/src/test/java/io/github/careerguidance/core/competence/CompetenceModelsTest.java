/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.competence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.careerguidance.core.citation.Citation;
import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.text.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompetenceModelsTest {
    static final String FIXTURE = "io/github/careerguidance/core/competence/caas-24-placeholder-texts.yaml";

    static String fixture(String resource) throws IOException {
        try (InputStream in = CompetenceModelsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void kuijpersHasFiveCompetenciesWithKamerbriefQuestions() {
        CompetenceFramework k = CompetenceModels.kuijpers();
        assertThat(k.code()).isEqualTo("kuijpers");
        assertThat(k.dimensionCodes())
                .containsExactly(
                        "motievenreflectie", "kwaliteitenreflectie", "werkexploratie", "loopbaansturing", "netwerken");
        assertThat(k.dimensions()).allSatisfy(d -> {
            assertThat(d.name().missing(List.of(LocalizedText.DUTCH, Locale.ENGLISH)))
                    .isEmpty();
            assertThat(d.definition()).isPresent();
            assertThat(d.learnerQuestion()).isPresent();
        });
        assertThat(k.dimension("netwerken")
                        .flatMap(Dimension::learnerQuestion)
                        .orElseThrow()
                        .get(LocalizedText.DUTCH))
                .contains("Wie kan me daarbij helpen?");
        assertThat(k.dimension("kwaliteitenreflectie")
                        .flatMap(Dimension::learnerQuestion)
                        .orElseThrow()
                        .get(LocalizedText.DUTCH))
                .contains("Wat kan ik, welke kwaliteiten heb ik?");
        assertThat(k.citations())
                .extracting(Citation::url)
                .containsExactly(
                        "https://www.aanpakjeugdwerkloosheid.nl/aanpak/samen-met-onderwijs/loopbaancompetenties",
                        "https://berthub.eu/tkconv/document.html?nummer=2021D08640");
    }

    @Test
    void ccqHasSixCompetenciesInThreeAreas() {
        CompetenceFramework ccq = CompetenceModels.ccq();
        assertThat(ccq.dimensions()).hasSize(6);
        Map<String, Long> perArea = ccq.dimensions().stream()
                .collect(Collectors.groupingBy(d -> d.area().orElseThrow(), Collectors.counting()));
        assertThat(perArea)
                .containsOnly(
                        Map.entry("reflective", 2L), Map.entry("communicative", 2L), Map.entry("behavioural", 2L));
    }

    @Test
    void caasFrameworkAndStructures() {
        assertThat(CompetenceModels.caas().dimensionCodes())
                .containsExactly("concern", "control", "curiosity", "confidence");
        Instrument long24 = CompetenceModels.caas24Structure();
        Instrument short12 = CompetenceModels.caas12Structure();
        assertThat(long24.code()).isEqualTo("caas-24");
        assertThat(long24.items()).hasSize(24);
        assertThat(short12.code()).isEqualTo("caas-sf-12");
        assertThat(short12.items()).hasSize(12);
        for (String scale : List.of("concern", "control", "curiosity", "confidence")) {
            assertThat(long24.items(scale)).hasSize(6);
            assertThat(short12.items(scale)).hasSize(3);
        }
        assertThat(long24.item("confidence-6")).isPresent();
        assertThat(List.of(long24, short12)).allSatisfy(i -> {
            assertThat(i.hasItemTexts()).isFalse();
            assertThat(i.items()).allSatisfy(item -> assertThat(item.text()).isEmpty());
            assertThat(i.responseScale()).isEqualTo(ResponseScale.of(1, 5));
            assertThat(i.scoresTotal()).isTrue();
            assertThat(i.citations()).isNotEmpty();
            assertThat(i.note().orElseThrow().resolve(Locale.ENGLISH))
                    .contains("not confirmed")
                    .contains("not shipped")
                    .contains("readInstrument");
            assertThat(i.validate(CompetenceModels.caas())).isEmpty();
        });
        assertThat(short12.citations())
                .extracting(Citation::url)
                .contains("https://scribd.com/document/427561311/10-1-1-854-4464");
    }

    @Test
    void cmsHasFourThemesWithDefinitions() {
        CompetenceFramework cms = CompetenceModels.cms();
        assertThat(cms.dimensionCodes()).containsExactly("self", "strengths", "horizons", "networks");
        assertThat(cms.dimension("horizons")
                        .flatMap(Dimension::definition)
                        .orElseThrow()
                        .resolve(Locale.ENGLISH))
                .isEqualTo("Visualise, plan and achieve aspirations.");
    }

    @Test
    void casveFrameworkMatchesTheEnum() {
        CompetenceFramework casve = CompetenceModels.casve();
        assertThat(casve.dimensions()).hasSize(5);
        for (CasvePhase phase : CasvePhase.values()) {
            Dimension d = casve.dimension(phase.code()).orElseThrow();
            assertThat(d.name()).isEqualTo(phase.displayName());
            assertThat(d.definition()).contains(phase.definition());
        }
        assertThat(casve.citations()).isEqualTo(CasvePhase.citations());
    }

    @Test
    void everyBuiltInIsCitedWithAnAccessDate() {
        assertThat(CompetenceModels.frameworks())
                .extracting(CompetenceFramework::code)
                .containsExactly("kuijpers", "ccq", "caas", "cms", "casve");
        assertThat(CompetenceModels.frameworks()).allSatisfy(f -> {
            assertThat(f.citations()).isNotEmpty();
            assertThat(f.citations()).allSatisfy(c -> assertThat(c.accessed()).contains(LocalDate.of(2026, 11, 28)));
            assertThat(f.description()).isPresent();
        });
        assertThat(CompetenceModels.crosswalk().citations()).isNotEmpty();
        assertThat(CompetenceModels.instruments())
                .extracting(Instrument::code)
                .containsExactly("caas-24", "caas-sf-12");
    }

    @Test
    void builtInsAreCachedAndLookedUpByCode() {
        assertThat(CompetenceModels.kuijpers()).isSameAs(CompetenceModels.kuijpers());
        assertThat(CompetenceModels.framework("cms")).containsSame(CompetenceModels.cms());
        assertThat(CompetenceModels.framework("onbekend")).isEmpty();
    }

    @Test
    void crosswalkResolvesAndEveryMappingIsMarkedAsAProposal() {
        Crosswalk crosswalk = CompetenceModels.crosswalk();
        assertThat(crosswalk.validate(CompetenceModels.frameworks())).isEmpty();
        assertThat(crosswalk.mappings()).hasSizeGreaterThanOrEqualTo(4).allSatisfy(m -> {
            assertThat(m.note().orElseThrow().resolve(Locale.ENGLISH)).startsWith("Guidance proposal");
            assertThat(m.note().orElseThrow().resolve(LocalizedText.DUTCH)).startsWith("Voorstel van guidance");
        });
        assertThat(crosswalk.counterparts("kuijpers", "netwerken"))
                .extracting(m -> m.to().toString(), CrosswalkMapping::relation)
                .contains(org.assertj.core.groups.Tuple.tuple("cms:networks", Relation.CLOSE));
        assertThat(crosswalk.counterparts("cms", "strengths"))
                .extracting(m -> m.to().toString())
                .containsExactly("kuijpers:kwaliteitenreflectie");
    }

    @Test
    void userInstrumentWithTextsLoadsAndScores() throws IOException {
        ReadResult<Instrument> read = CompetenceModels.readInstrument(fixture(FIXTURE), GuidanceCodec.yaml());
        Instrument withTexts = read.orElseThrow();
        assertThat(read.diagnostics()).isEmpty();
        assertThat(withTexts.hasItemTexts()).isTrue();
        assertThat(withTexts.items())
                .extracting(Item::id)
                .isEqualTo(CompetenceModels.caas24Structure().items().stream()
                        .map(Item::id)
                        .collect(Collectors.toList()));
        assertThat(withTexts.responseScale().anchors()).containsOnlyKeys(1, 5);
        Map<String, Integer> responses = new HashMap<>();
        withTexts.items().forEach(i -> responses.put(i.id(), 4));
        responses.remove("curiosity-2");
        ScoringResult result = withTexts.score(responses);
        CompetenceProfile profile = result.profile().orElseThrow();
        assertThat(profile.dimension("curiosity").orElseThrow().sum()).isEqualTo(24.0);
        assertThat(profile.dimension("curiosity").orElseThrow().answered()).isEqualTo(5);
        assertThat(profile.total().orElseThrow().sum()).isEqualTo(96.0);
        assertThat(result.diagnostics().withCode("core.competence.prorated").size())
                .isEqualTo(1);
    }

    @Test
    void userInstrumentFileWithUnknownDimensionOrFrameworkFails(@TempDir Path dir) throws IOException {
        String text = fixture(FIXTURE).replaceFirst("dimension: control", "dimension: controle");
        Path file = dir.resolve("caas-eigen.yaml");
        Files.writeString(file, text);
        ReadResult<Instrument> read = CompetenceModels.readInstrument(file);
        assertThat(read.isSuccessful()).isFalse();
        Diagnostic d = read.diagnostics().asList().get(0);
        assertThat(d.code()).isEqualTo("core.competence.unknown-dimension");
        assertThat(d.location()).isEqualTo(JsonPointer.parse("/items/6/dimension"));
        assertThat(d.arguments()).containsEntry("dimension", "controle").containsEntry("item", "control-1");

        ReadResult<Instrument> unknownFramework = CompetenceModels.readInstrument(
                fixture(FIXTURE).replace("framework: caas", "framework: holland"), GuidanceCodec.yaml());
        assertThat(unknownFramework.diagnostics().asList())
                .extracting(Diagnostic::code, x -> x.location().toString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("core.competence.unknown-framework", "/framework"));
    }

    @Test
    void userInstrumentThatCannotBeReadKeepsTheReadDiagnostics(@TempDir Path dir) {
        ReadResult<Instrument> read = CompetenceModels.readInstrument(dir.resolve("ontbreekt.json"));
        assertThat(read.isSuccessful()).isFalse();
        assertThat(read.diagnostics().asList()).extracting(Diagnostic::code).containsExactly("core.io");
    }

    @Test
    void brokenOrMissingResourceIsAPackagingBug() {
        assertThatThrownBy(() -> CompetenceModels.load(
                        "io/github/careerguidance/core/competence/broken-framework.yaml", CompetenceFramework.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("broken-framework.yaml")
                .hasMessageContaining("core.json");
        assertThatThrownBy(() -> CompetenceModels.load(
                        "io/github/careerguidance/core/competence/bestaat-niet.yaml", CompetenceFramework.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("missing");
    }
}
