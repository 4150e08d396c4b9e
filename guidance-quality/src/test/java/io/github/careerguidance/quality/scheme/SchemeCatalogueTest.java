/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.text.LocalizedText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SchemeCatalogueTest {
    private final SchemeCatalogue catalogue = SchemeCatalogue.builtIn();

    @Test
    void loadsEveryBuiltInScheme() {
        assertThat(catalogue.schemes()).extracting(Scheme::id).containsExactlyElementsOf(SchemeCatalogue.BUILT_IN);
        Scheme rl = catalogue.scheme("noloc-rl").orElseThrow();
        assertThat(rl.rule("NOLOC-RL-PE"))
                .get()
                .isInstanceOfSatisfying(
                        CpdRule.class, r -> assertThat(r.minimum()).contains(75));
        assertThat(rl.rule("NOLOC-RL-REFLECT")).get().isInstanceOfSatisfying(ReflectionRule.class, r -> {
            assertThat(r.minimumSessions()).contains(4);
            assertThat(r.transitionMinimumSessions()).isEmpty();
        });
        assertThat(catalogue.scheme("nope")).isEmpty();
    }

    @Test
    void everyRuleCitesASourceFromTheResearchNotes() throws Exception {
        Set<String> researched = researchUrls();
        for (Scheme scheme : catalogue.schemes()) {
            assertThat(scheme.citations()).as(scheme.id()).isNotEmpty();
            for (Rule rule : scheme.rules()) {
                assertThat(rule.citations()).as(scheme.id() + " " + rule.id()).isNotEmpty();
                rule.citations().forEach(c -> {
                    assertThat(c.accessed()).contains(LocalDate.of(2026, 11, 28));
                    assertThat(researched).as(c.url()).contains(c.url());
                });
            }
        }
    }

    @Test
    void schemesRoundTripThroughJsonAndYamlWithTypedRules() {
        for (Scheme scheme : catalogue.schemes()) {
            for (GuidanceCodec codec : new GuidanceCodec[] {GuidanceCodec.json(), GuidanceCodec.yaml()}) {
                String text = codec.write(scheme);
                assertThat(codec.read(text, Scheme.class).orElseThrow())
                        .as(scheme.id())
                        .isEqualTo(scheme);
            }
        }
        assertThat(GuidanceCodec.json().write(catalogue.scheme("noloc-rl").orElseThrow()))
                .contains("\"type\" : \"minimum-cpd\"", "\"type\" : \"registration\"");
    }

    @Test
    void unknownRuleTypeAndBadParametersAreDiagnostics() {
        String unknownType = "id: x\nname: {nl: X, en: X}\nsubject: person\nversion: '1'\nrules:\n"
                + "  - {type: magic, id: X-1, title: {nl: a, en: a}}\n";
        var read = GuidanceCodec.yaml().read(unknownType, Scheme.class);
        assertThat(read.isSuccessful()).isFalse();
        assertThat(read.diagnostics().asList())
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d.location().toString()).startsWith("/rules/0"));

        String negative = "id: x\nname: {nl: X, en: X}\nsubject: person\nversion: '1'\nrules:\n"
                + "  - {type: minimum-cpd, id: X-1, registrationScheme: x, minimum: -3, title: {nl: a, en: a}}\n";
        assertThat(GuidanceCodec.yaml()
                        .read(negative, Scheme.class)
                        .diagnostics()
                        .asList())
                .singleElement()
                .satisfies(d ->
                        assertThat(d.message(java.util.Locale.ENGLISH)).contains("minimum must be >= 0 but was -3"));
    }

    @Test
    void schemeChecksRuleConsistency() {
        var title = LocalizedText.of("t", "t");
        assertThatThrownBy(() -> Scheme.builder()
                        .id("x")
                        .name(title)
                        .subject(Subject.ORGANISATION)
                        .version("1")
                        .addRules(CpdRule.builder()
                                .id("X-1")
                                .title(title)
                                .registrationScheme("x")
                                .build())
                        .build())
                .hasMessageContaining("rule X-1 is about person but the scheme is about organisation");
        assertThatThrownBy(() -> Scheme.builder()
                        .id("x")
                        .name(title)
                        .subject(Subject.PERSON)
                        .version("1")
                        .addRules(EquivalenceRule.builder()
                                .id("X-1")
                                .title(title)
                                .registrationScheme("y")
                                .addSatisfies("X-9")
                                .build())
                        .build())
                .hasMessageContaining("unknown rule 'X-9'");
        assertThatThrownBy(() -> CpdRule.builder()
                        .id("lower")
                        .title(title)
                        .registrationScheme("x")
                        .build())
                .hasMessageContaining("'lower'");
    }

    private static Set<String> researchUrls() throws Exception {
        // The research notes live in ../shared beside the checkout (also in CI); look for them upwards.
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
