/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.competence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.text.LocalizedText;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class InstrumentScoringTest {

    /** Two dimensions of three items; m3 is reverse-keyed; scale 1-5; total scored. */
    private static Instrument scan(MissingItemPolicy policy) {
        return Instrument.builder()
                .code("loopbaan-scan")
                .version("2026.1")
                .framework("kuijpers")
                .name(LocalizedText.of("Loopbaanscan", "Career scan"))
                .responseScale(ResponseScale.of(1, 5))
                .addItems(Item.of("m1", "motievenreflectie"), Item.of("m2", "motievenreflectie"))
                .addItem(Item.builder()
                        .id("m3")
                        .dimension("motievenreflectie")
                        .reverseKeyed(true)
                        .build())
                .addItems(Item.of("n1", "netwerken"), Item.of("n2", "netwerken"), Item.of("n3", "netwerken"))
                .missingItemPolicy(policy)
                .scoresTotal(true)
                .build();
    }

    private static Map<String, Integer> all(int m1, int m2, int m3, int n1, int n2, int n3) {
        Map<String, Integer> r = new HashMap<>();
        r.put("m1", m1);
        r.put("m2", m2);
        r.put("m3", m3);
        r.put("n1", n1);
        r.put("n2", n2);
        r.put("n3", n3);
        return r;
    }

    @Test
    void completeResponsesWithReverseKeying() {
        ScoringResult result = scan(MissingItemPolicy.requireAll()).score(all(4, 5, 2, 3, 3, 2));
        assertThat(result.isComplete()).isTrue();
        CompetenceProfile p = result.profile().orElseThrow();
        assertThat(p.instrument()).isEqualTo("loopbaan-scan");
        assertThat(p.instrumentVersion()).isEqualTo("2026.1");
        assertThat(p.framework()).isEqualTo("kuijpers");
        DimensionScore motives = p.dimension("motievenreflectie").orElseThrow();
        assertThat(motives.sum()).isEqualTo(4 + 5 + 4); // m3 = 2 reversed on 1-5 is 4
        assertThat(motives.mean()).isEqualTo(13.0 / 3);
        assertThat(motives.answered()).isEqualTo(3);
        assertThat(p.dimension("netwerken").orElseThrow().sum()).isEqualTo(8);
        assertThat(p.total().orElseThrow().sum()).isEqualTo(21);
        assertThat(p.total().orElseThrow().itemCount()).isEqualTo(6);
    }

    @Test
    void requireAllReportsAnErrorAndLeavesTheDimensionOut() {
        Map<String, Integer> r = all(4, 5, 2, 3, 3, 2);
        r.remove("n2");
        ScoringResult result = scan(MissingItemPolicy.requireAll()).score(r);
        CompetenceProfile p = result.profile().orElseThrow();
        assertThat(p.dimensions()).containsOnlyKeys("motievenreflectie");
        assertThat(p.total()).isEmpty();
        Diagnostic incomplete = result.diagnostics()
                .withCode("core.competence.dimension-incomplete")
                .asList()
                .get(0);
        assertThat(incomplete.severity()).isEqualTo(Severity.ERROR);
        assertThat(incomplete.arguments())
                .containsEntry("dimension", "netwerken")
                .containsEntry("items", "[n2]");
        assertThat(incomplete.message(LocalizedText.DUTCH)).contains("1 van 3 items ontbreken");
        assertThat(result.diagnostics()
                        .withCode("core.competence.total-not-scored")
                        .size())
                .isEqualTo(1);
        assertThat(result.isComplete()).isFalse();
    }

    @Test
    void prorateWithinTheMaximum() {
        Map<String, Integer> r = all(4, 5, 2, 3, 3, 2);
        r.remove("n3");
        ScoringResult result = scan(MissingItemPolicy.prorate(1)).score(r);
        DimensionScore networks =
                result.profile().orElseThrow().dimension("netwerken").orElseThrow();
        assertThat(networks.mean()).isEqualTo(3.0);
        assertThat(networks.sum()).isEqualTo(9.0);
        assertThat(networks.answered()).isEqualTo(2);
        assertThat(networks.missing()).isEqualTo(1);
        DimensionScore total = result.profile().orElseThrow().total().orElseThrow();
        assertThat(total.mean()).isEqualTo(19.0 / 5);
        assertThat(total.sum()).isEqualTo(19.0 / 5 * 6);
        assertThat(result.diagnostics().asList())
                .extracting(Diagnostic::code, Diagnostic::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("core.competence.prorated", Severity.INFO));
        assertThat(result.diagnostics().isSuccessful()).isTrue();
    }

    @Test
    void prorateBeyondTheMaximumIsAWarning() {
        Map<String, Integer> r = all(4, 5, 2, 3, 3, 2);
        r.remove("n2");
        r.remove("n3");
        ScoringResult result = scan(MissingItemPolicy.prorate(1)).score(r);
        assertThat(result.profile().orElseThrow().dimensions()).containsOnlyKeys("motievenreflectie");
        Diagnostic d = result.diagnostics()
                .withCode("core.competence.too-many-missing")
                .asList()
                .get(0);
        assertThat(d.severity()).isEqualTo(Severity.WARNING);
        assertThat(d.message(Locale.ENGLISH)).contains("more than the 1 allowed");
    }

    @Test
    void prorateNeverScoresADimensionWithoutAnswers() {
        Map<String, Integer> r = all(4, 5, 2, 3, 3, 2);
        r.keySet().removeAll(List.of("n1", "n2", "n3"));
        ScoringResult result = scan(MissingItemPolicy.prorate(5)).score(r);
        assertThat(result.profile().orElseThrow().dimension("netwerken")).isEmpty();
        assertThat(result.diagnostics()
                        .withCode("core.competence.dimension-unanswered")
                        .size())
                .isEqualTo(1);
    }

    @Test
    void skipDimensionLeavesItOutWithAWarning() {
        Map<String, Integer> r = all(4, 5, 2, 3, 3, 2);
        r.remove("m1");
        ScoringResult result = scan(MissingItemPolicy.skipDimension()).score(r);
        assertThat(result.profile().orElseThrow().dimensions()).containsOnlyKeys("netwerken");
        assertThat(result.diagnostics()
                        .withCode("core.competence.dimension-skipped")
                        .asList())
                .extracting(Diagnostic::severity)
                .containsExactly(Severity.WARNING);
        assertThat(result.diagnostics().isSuccessful()).isTrue();
    }

    @Test
    void outOfRangeAndUnknownResponsesAreDiagnosedAtTheirPointer() {
        Map<String, Integer> r = all(4, 5, 2, 3, 3, 7);
        r.put("x/1", 3);
        r.put("n2", 0);
        ScoringResult result = scan(MissingItemPolicy.prorate(2)).score(r);
        assertThat(result.diagnostics()
                        .withCode("core.competence.item-out-of-range")
                        .asList())
                .extracting(Diagnostic::location)
                .containsExactly(JsonPointer.of("responses", "n2"), JsonPointer.of("responses", "n3"));
        Diagnostic unknown = result.diagnostics()
                .withCode("core.competence.unknown-item")
                .asList()
                .get(0);
        assertThat(unknown.location().toString()).isEqualTo("/responses/x~11");
        assertThat(unknown.severity()).isEqualTo(Severity.WARNING);
        DimensionScore networks =
                result.profile().orElseThrow().dimension("netwerken").orElseThrow();
        assertThat(networks.answered()).isEqualTo(1);
        assertThat(networks.sum()).isEqualTo(9.0);
        Diagnostic range = result.diagnostics()
                .withCode("core.competence.item-out-of-range")
                .asList()
                .get(1);
        assertThat(range.message(Locale.ENGLISH))
                .isEqualTo("The response to item 'n3' is outside the scale 1 to 5; it counts as missing");
        assertThat(range.arguments()).doesNotContainKey("value").doesNotContainValue("7");
    }

    @Test
    void nullKeysAndValuesNeverThrow() {
        Map<String, Integer> r = all(4, 5, 2, 3, 3, 2);
        r.put("m1", null);
        r.put(null, 3);
        ScoringResult result = scan(MissingItemPolicy.requireAll()).score(r);
        assertThat(result.diagnostics()
                        .withCode("core.competence.item-no-value")
                        .asList())
                .extracting(Diagnostic::location)
                .containsExactly(JsonPointer.of("responses", "m1"));
        assertThat(result.diagnostics().withCode("core.competence.unknown-item").asList())
                .extracting(Diagnostic::location)
                .containsExactly(JsonPointer.of("responses"));
        assertThat(result.profile().orElseThrow().dimension("motievenreflectie"))
                .isEmpty();
        assertThatThrownBy(() -> scan(MissingItemPolicy.requireAll()).score(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("responses");
    }

    @Test
    void nothingScoredMeansNoProfile() {
        ScoringResult result = scan(MissingItemPolicy.requireAll()).score(Map.of("onbekend", 2));
        assertThat(result.profile()).isEmpty();
        assertThat(result.diagnostics().hasErrors()).isTrue();
        assertThat(result.isComplete()).isFalse();
    }

    @Test
    void withoutTotalNoTotalAndNoTotalWarning() {
        Instrument noTotal =
                ImmutableInstrument.copyOf(scan(MissingItemPolicy.requireAll())).withScoresTotal(false);
        Map<String, Integer> r = all(1, 1, 1, 1, 1, 1);
        r.remove("m1");
        ScoringResult result = noTotal.score(r);
        assertThat(result.profile().orElseThrow().total()).isEmpty();
        assertThat(result.diagnostics()
                        .withCode("core.competence.total-not-scored")
                        .isEmpty())
                .isTrue();
    }

    @Test
    void scoringTheCaasStructureFromTheBuiltIns() {
        Instrument caas = CompetenceModels.caas12Structure();
        Map<String, Integer> r = new HashMap<>();
        caas.items().forEach(i -> r.put(i.id(), 5));
        CompetenceProfile p = caas.score(r).profile().orElseThrow();
        assertThat(p.dimensions()).hasSize(4);
        assertThat(p.dimension("confidence").orElseThrow().sum()).isEqualTo(15.0);
        assertThat(p.total().orElseThrow().sum()).isEqualTo(60.0);
    }

    @Test
    void scoringIsPureAndThreadSafe() throws Exception {
        Instrument instrument = scan(MissingItemPolicy.prorate(1));
        Map<String, Integer> r = all(4, 5, 2, 3, 3, 2);
        r.remove("n1");
        ScoringResult expected = instrument.score(r);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ScoringResult>> futures =
                    pool.invokeAll(java.util.Collections.nCopies(32, () -> instrument.score(r)));
            for (Future<ScoringResult> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(r).hasSize(5);
    }
}
