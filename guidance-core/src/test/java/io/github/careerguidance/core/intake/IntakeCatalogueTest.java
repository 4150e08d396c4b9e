/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.careerguidance.core.citation.Citation;
import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.core.text.LocalizedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class IntakeCatalogueTest {
    /** The only URLs the research notes (section 5) give for Dutch portals. */
    private static final Set<String> RESEARCH_URLS = Set.of(
            "https://www.leerwerkloket.nl/about-us",
            "https://zoek.officielebekendmakingen.nl/stcrt-2020-39785.html",
            "https://www.uwv.nl/en/individuals/unemployment-benefit/when-receiving",
            "https://www.studiekeuze123.nl/over-studiekeuze123/meerjarenbeleidsplan",
            "https://www.programmamenscentraal.nl/levensgebeurtenissen/werkloos");

    private static final List<Locale> NL_EN = List.of(new Locale("nl"), Locale.ENGLISH);

    @Test
    void builtInStartsWithTheFourSeedLifeEventsWithTheirExactDutchLabels() {
        List<IntakeGoal> goals = IntakeCatalogue.builtIn().goals();
        assertThat(goals)
                .extracting(IntakeGoal::code)
                .startsWith("first-time-study", "looking-for-work", "became-unemployed", "must-retrain");
        assertThat(goals.subList(0, 4))
                .extracting(g -> g.label().get(new Locale("nl")).orElseThrow())
                .containsExactly(
                        "Ik ga voor het eerst studeren",
                        "Ik zoek werk",
                        "Ik ben werkloos geworden",
                        "Ik moet omscholen");
    }

    @Test
    void builtInIsACompleteOneStopCatalogue() {
        IntakeCatalogue catalogue = IntakeCatalogue.builtIn();
        assertThat(catalogue.goals()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(catalogue.goals().stream().map(IntakeGoal::code).collect(Collectors.toSet()))
                .hasSameSizeAs(catalogue.goals())
                .contains(
                        "choosing-study-or-sector",
                        "switching-careers",
                        "returning-to-work",
                        "growing-in-current-job",
                        "newcomer",
                        "towards-retirement",
                        "self-employed");
        for (IntakeGoal goal : catalogue.goals()) {
            assertThat(goal.label().missing(NL_EN)).as(goal.code() + " label").isEmpty();
            assertThat(goal.description().missing(NL_EN))
                    .as(goal.code() + " description")
                    .isEmpty();
            assertThat(goal.tags()).as(goal.code() + " tags").isNotEmpty();
            assertThat(goal.hasTag("youth") || goal.hasTag("adult"))
                    .as(goal.code() + " audience")
                    .isTrue();
        }
        assertThat(catalogue.withTag("youth"))
                .extracting(IntakeGoal::code)
                .containsExactly("first-time-study", "choosing-study-or-sector");
    }

    @Test
    void builtInCitesOnlyResearchedSourcesAndTheExpectedOnes() {
        IntakeCatalogue catalogue = IntakeCatalogue.builtIn();
        List<Citation> all = new ArrayList<>(catalogue.citations());
        catalogue.goals().forEach(g -> all.addAll(g.citations()));
        assertThat(all).isNotEmpty().allSatisfy(c -> {
            assertThat(RESEARCH_URLS).contains(c.url());
            assertThat(c.accessed()).contains(LocalDate.of(2026, 11, 28));
        });
        assertThat(urls(catalogue, "must-retrain")).containsExactly("https://www.leerwerkloket.nl/about-us");
        assertThat(urls(catalogue, "became-unemployed"))
                .containsExactly(
                        "https://www.programmamenscentraal.nl/levensgebeurtenissen/werkloos",
                        "https://www.uwv.nl/en/individuals/unemployment-benefit/when-receiving");
        assertThat(urls(catalogue, "first-time-study"))
                .containsExactly("https://www.studiekeuze123.nl/over-studiekeuze123/meerjarenbeleidsplan");
        assertThat(urls(catalogue, "newcomer")).isEmpty();
        assertThat(catalogue.goals())
                .allSatisfy(g -> assertThat(g.defaultSupportLevel()).isEmpty());
    }

    private static List<String> urls(IntakeCatalogue catalogue, String code) {
        return catalogue.find(code).orElseThrow().citations().stream()
                .map(Citation::url)
                .collect(Collectors.toList());
    }

    @Test
    void builtInIsLoadedOnceAndShared() {
        assertThat(IntakeCatalogue.builtIn()).isSameAs(IntakeCatalogue.builtIn());
        assertThat(IntakeCatalogue.builtIn().id()).isEqualTo("nl-one-stop");
    }

    @Test
    void findReturnsEmptyForUnknownCodes() {
        assertThat(IntakeCatalogue.builtIn().find("looking-for-work"))
                .map(g -> g.label().resolve(Locale.ENGLISH))
                .contains("I am looking for work");
        assertThat(IntakeCatalogue.builtIn().find("ik-zoek-werk")).isEmpty();
        assertThat(IntakeCatalogue.builtIn().withTag("no-such-tag")).isEmpty();
    }

    @Test
    void withGoalAddsAtTheEndOrReplacesInPlace() {
        IntakeCatalogue builtIn = IntakeCatalogue.builtIn();
        IntakeGoal werkfit = IntakeGoalTest.werkfit();
        IntakeCatalogue added = builtIn.withGoal(werkfit);
        assertThat(added.goals()).hasSize(builtIn.goals().size() + 1).last().isEqualTo(werkfit);
        assertThat(builtIn.find("werkfit-traject")).as("original unchanged").isEmpty();

        IntakeGoal retrain = IntakeGoal.builder()
                .from(builtIn.find("must-retrain").orElseThrow())
                .defaultSupportLevel(SupportLevel.INDIVIDUAL_CASE_MANAGED)
                .build();
        IntakeCatalogue replaced = builtIn.withGoal(retrain);
        assertThat(replaced.goals()).hasSameSizeAs(builtIn.goals());
        assertThat(replaced.goals().get(3)).isEqualTo(retrain);
        assertThat(replaced.withoutGoal("must-retrain").find("must-retrain")).isEmpty();
        assertThat(replaced.withoutGoal("unknown")).isEqualTo(replaced);
    }

    @Test
    void duplicateCodesAndBlankIdsAreRejected() {
        IntakeGoal goal = IntakeGoalTest.werkfit();
        assertThatThrownBy(() -> IntakeCatalogue.builder()
                        .id("x")
                        .version("1")
                        .addGoals(goal, goal)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'werkfit-traject' appears twice");
        assertThatThrownBy(() -> IntakeCatalogue.builder().id(" ").version("1").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("id");
        assertThatThrownBy(() -> IntakeCatalogue.builder().id("x").version("").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("version");
    }

    @Test
    void brokenOrMissingResourceIsAPackagingBug() {
        Class<?> loader = getClass();
        assertThatThrownBy(() ->
                        IntakeCatalogue.load("io/github/careerguidance/core/intake/broken-catalogue.yaml", loader))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("broken")
                .hasMessageContaining("appears twice");
        assertThatThrownBy(() -> IntakeCatalogue.load("io/github/careerguidance/core/intake/none.yaml", loader))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("missing");
    }

    @Test
    void badGoalInADocumentIsADiagnosticAtItsPath() {
        String json = "{\"id\": \"x\", \"version\": \"1\", \"goals\": ["
                + "{\"code\": \"ok\", \"label\": {\"nl\": \"a\"}, \"description\": {\"nl\": \"b\"}},"
                + "{\"code\": \"Not OK\", \"label\": {\"nl\": \"a\"}, \"description\": {\"nl\": \"b\"}}]}";
        ReadResult<IntakeCatalogue> read = GuidanceCodec.json().read(json, IntakeCatalogue.class);
        assertThat(read.isSuccessful()).isFalse();
        Diagnostic d = read.diagnostics().asList().get(0);
        assertThat(d.code()).isEqualTo("core.json.invalid-value");
        assertThat(d.location()).isEqualTo(JsonPointer.of("goals", "1"));
        assertThat(d.message(Locale.ENGLISH)).contains("Not OK");

        ReadResult<IntakeCatalogue> missing = GuidanceCodec.json()
                .read(
                        "{\"id\": \"x\", \"version\": \"1\", \"goals\": [{\"code\": \"ok\", \"label\": {\"nl\": \"a\"}}]}",
                        IntakeCatalogue.class);
        assertThat(missing.diagnostics().asList())
                .extracting(Diagnostic::location)
                .contains(JsonPointer.of("goals", "0", "description"));
    }

    @Test
    void builtInRoundTripsThroughJsonAndYaml() {
        IntakeCatalogue catalogue = IntakeCatalogue.builtIn();
        assertThat(GuidanceCodec.json()
                        .read(GuidanceCodec.json().write(catalogue), IntakeCatalogue.class)
                        .orElseThrow())
                .isEqualTo(catalogue);
        assertThat(GuidanceCodec.yaml()
                        .read(GuidanceCodec.yaml().write(catalogue), IntakeCatalogue.class)
                        .orElseThrow())
                .isEqualTo(catalogue);
    }

    private static final List<String> WORDS = List.of("werk", "studie", "zorg", "techniek", "ict", "bouw", "horeca");
    private static final List<String> TAGS = List.of("youth", "adult", "unemployment", "education", "work", "newcomer");

    static Gen<IntakeGoal> goals() {
        Gen<String> words = integers().between(0, WORDS.size() - 1).map(i -> WORDS.get(i));
        Gen<Set<String>> tags = lists().of(
                        integers().between(0, TAGS.size() - 1).map(i -> TAGS.get(i)))
                .ofSizeBetween(0, 3)
                .map(l -> (Set<String>) new HashSet<>(l));
        Gen<SupportLevel> level = integers()
                .between(0, SupportLevel.values().length)
                .map(i -> i == SupportLevel.values().length ? null : SupportLevel.values()[i]);
        return words.zip(
                        words,
                        integers().between(1, 999),
                        tags,
                        (a, b, n, t) -> IntakeGoal.builder()
                                .code(a + "-" + b + "-" + n)
                                .label(LocalizedText.of("Ik kies " + a + " " + n, "I choose " + a + " " + n))
                                .description(LocalizedText.of("Ik wil " + b + ".", "I want " + b + "."))
                                .tags(t))
                .zip(level, integers().between(0, 2), (builder, l, c) -> {
                    builder.defaultSupportLevel(java.util.Optional.ofNullable(l));
                    for (int i = 0; i < c; i++) {
                        builder.addCitations(Citation.builder()
                                .title("Bron " + i)
                                .url("https://www.leerwerkloket.nl/about-us")
                                .accessed(LocalDate.of(2026, 11, 28 - i))
                                .build());
                    }
                    return builder.build();
                });
    }

    @Test
    void generatedCataloguesRoundTripThroughJsonAndYaml() {
        qt().withExamples(150).forAll(lists().of(goals()).ofSizeBetween(0, 6)).checkAssert(goalList -> {
            IntakeCatalogue catalogue =
                    IntakeCatalogue.builder().id("test").version("1").build();
            for (IntakeGoal goal : goalList) {
                catalogue = catalogue.withGoal(goal);
            }
            for (GuidanceCodec codec : List.of(GuidanceCodec.json(), GuidanceCodec.yaml())) {
                assertThat(codec.read(codec.write(catalogue), IntakeCatalogue.class)
                                .orElseThrow())
                        .isEqualTo(catalogue);
            }
        });
    }
}
