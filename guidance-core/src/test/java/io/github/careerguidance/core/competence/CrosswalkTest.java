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
import io.github.careerguidance.core.text.LocalizedText;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrosswalkTest {
    private static final Citation SOURCE = Citation.of(
            "Loopbaancompetenties",
            "https://www.aanpakjeugdwerkloosheid.nl/aanpak/samen-met-onderwijs/loopbaancompetenties");

    private static CrosswalkMapping map(String from, String to, Relation relation) {
        return CrosswalkMapping.builder()
                .from(DimensionRef.parse(from))
                .to(DimensionRef.parse(to))
                .relation(relation)
                .note(LocalizedText.of("Voorstel", "Proposal"))
                .build();
    }

    private static Crosswalk crosswalk(CrosswalkMapping... mappings) {
        return Crosswalk.builder()
                .code("test-crosswalk")
                .version("1")
                .name(LocalizedText.of("Test", "Test"))
                .addMappings(mappings)
                .build();
    }

    @Test
    void dimensionRefParsesPrintsAndCompares() {
        DimensionRef ref = DimensionRef.parse("kuijpers:netwerken");
        assertThat(ref.framework()).isEqualTo("kuijpers");
        assertThat(ref.dimension()).isEqualTo("netwerken");
        assertThat(ref).hasToString("kuijpers:netwerken").isEqualTo(DimensionRef.of("kuijpers", "netwerken"));
        assertThat(ref.hashCode())
                .isEqualTo(DimensionRef.of("kuijpers", "netwerken").hashCode());
        assertThat(ref.is("kuijpers", "netwerken")).isTrue();
        assertThat(ref.is("cms", "netwerken")).isFalse();
        assertThat(ref.compareTo(DimensionRef.parse("cms:networks"))).isPositive();
        assertThat(ref.compareTo(DimensionRef.parse("kuijpers:motievenreflectie")))
                .isPositive();
        assertThatThrownBy(() -> DimensionRef.parse("netwerken")).hasMessageContaining("'framework:dimension'");
        assertThatThrownBy(() -> DimensionRef.parse("a:b:c")).hasMessageContaining("'a:b:c'");
        assertThatThrownBy(() -> DimensionRef.parse("Kuijpers:netwerken")).hasMessageContaining("'Kuijpers'");
    }

    @Test
    void mappingsLinkTwoFrameworksAndReverse() {
        CrosswalkMapping m = map("kuijpers:netwerken", "cms:networks", Relation.CLOSE);
        CrosswalkMapping back = m.reversed();
        assertThat(back.from()).isEqualTo(m.to());
        assertThat(back.to()).isEqualTo(m.from());
        assertThat(back.relation()).isEqualTo(Relation.CLOSE);
        assertThat(back.note()).isEqualTo(m.note());
        assertThat(back.reversed()).isEqualTo(m);
        assertThatThrownBy(() -> map("cms:self", "cms:networks", Relation.PARTIAL))
                .hasMessageContaining("must link two frameworks");
    }

    @Test
    void counterpartsInBothDirections() {
        Crosswalk c = crosswalk(
                map("kuijpers:netwerken", "cms:networks", Relation.CLOSE),
                map("ccq:networking", "kuijpers:netwerken", Relation.EXACT),
                map("kuijpers:kwaliteitenreflectie", "cms:strengths", Relation.PARTIAL));
        assertThat(c.counterparts("kuijpers", "netwerken"))
                .extracting(m -> m.to().toString())
                .containsExactly("cms:networks", "ccq:networking");
        assertThat(c.counterparts("kuijpers", "netwerken"))
                .allSatisfy(m -> assertThat(m.from()).isEqualTo(DimensionRef.parse("kuijpers:netwerken")));
        assertThat(c.counterparts("cms", "networks"))
                .extracting(m -> m.to().toString())
                .containsExactly("kuijpers:netwerken");
        assertThat(c.counterparts(DimensionRef.parse("kuijpers:netwerken"), "ccq"))
                .extracting(CrosswalkMapping::relation)
                .containsExactly(Relation.EXACT);
        assertThat(c.counterparts("kuijpers", "werkexploratie")).isEmpty();
        assertThat(c.counterparts("onbekend", "netwerken")).isEmpty();
    }

    @Test
    void rejectsTheSamePairTwice() {
        assertThatThrownBy(() -> crosswalk(
                        map("kuijpers:netwerken", "cms:networks", Relation.CLOSE),
                        map("cms:networks", "kuijpers:netwerken", Relation.PARTIAL)))
                .hasMessageContaining("more than once");
    }

    @Test
    void validateReportsUnknownReferencesAtTheirPointer() {
        Crosswalk c = crosswalk(
                map("kuijpers:netwerken", "cms:networks", Relation.CLOSE),
                map("kuijpers:zelfkennis", "holland:sociaal", Relation.PARTIAL));
        assertThat(c.validate(CompetenceModels.frameworks()).asList())
                .extracting(Diagnostic::code, Diagnostic::location)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "core.competence.unknown-reference", JsonPointer.parse("/mappings/1/from")),
                        org.assertj.core.groups.Tuple.tuple(
                                "core.competence.unknown-reference", JsonPointer.parse("/mappings/1/to")));
        assertThat(c.validate(List.of())).hasSize(4);
    }

    @Test
    void roundTripsWithCitationAndReadsRelationCodes() {
        Crosswalk c = crosswalk(CrosswalkMapping.builder()
                .from(DimensionRef.parse("kuijpers:netwerken"))
                .to(DimensionRef.parse("cms:networks"))
                .relation(Relation.CLOSE)
                .citation(SOURCE)
                .build());
        GuidanceCodec json = GuidanceCodec.json();
        String text = json.write(c);
        assertThat(text).contains("\"kuijpers:netwerken\"").contains("\"close\"");
        assertThat(json.read(text, Crosswalk.class).orElseThrow()).isEqualTo(c);
        Crosswalk builtIn = CompetenceModels.crosswalk();
        assertThat(GuidanceCodec.yaml()
                        .read(GuidanceCodec.yaml().write(builtIn), Crosswalk.class)
                        .orElseThrow())
                .isEqualTo(builtIn);
        assertThat(Relation.fromCode("PARTIAL")).isEqualTo(Relation.PARTIAL);
        assertThatThrownBy(() -> Relation.fromCode("ongeveer")).hasMessageContaining("exact, close or partial");
        Diagnostic bad = json.read(text.replace("\"cms:networks\"", "\"cms\""), Crosswalk.class)
                .diagnostics()
                .asList()
                .get(0);
        assertThat(bad.location()).isEqualTo(JsonPointer.parse("/mappings/0/to"));
    }
}
