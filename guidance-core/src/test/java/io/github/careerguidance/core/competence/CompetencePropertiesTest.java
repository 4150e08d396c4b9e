/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.competence;

import static io.github.careerguidance.core.competence.CompetenceGenerators.completeResponses;
import static io.github.careerguidance.core.competence.CompetenceGenerators.frameworks;
import static io.github.careerguidance.core.competence.CompetenceGenerators.instruments;
import static io.github.careerguidance.core.competence.CompetenceGenerators.profiles;
import static io.github.careerguidance.core.competence.CompetenceGenerators.scales;
import static io.github.careerguidance.core.competence.CompetenceGenerators.seeds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.careerguidance.core.json.GuidanceCodec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompetencePropertiesTest {
    private static final int EXAMPLES = 200;

    @Test
    void instrumentsRoundTripThroughJson() {
        qt().withExamples(EXAMPLES).forAll(instruments()).checkAssert(instrument -> {
            GuidanceCodec json = GuidanceCodec.json();
            assertThat(json.read(json.write(instrument), Instrument.class).orElseThrow())
                    .isEqualTo(instrument);
        });
    }

    @Test
    void instrumentsRoundTripThroughYaml() {
        qt().withExamples(50).forAll(instruments()).checkAssert(instrument -> {
            GuidanceCodec yaml = GuidanceCodec.yaml();
            assertThat(yaml.read(yaml.write(instrument), Instrument.class).orElseThrow())
                    .isEqualTo(instrument);
        });
    }

    @Test
    void frameworksRoundTripThroughJson() {
        qt().withExamples(EXAMPLES).forAll(frameworks()).checkAssert(framework -> {
            GuidanceCodec json = GuidanceCodec.json();
            assertThat(json.read(json.write(framework), CompetenceFramework.class)
                            .orElseThrow())
                    .isEqualTo(framework);
        });
    }

    @Test
    void profilesRoundTripThroughJson() {
        qt().withExamples(EXAMPLES).forAll(profiles()).checkAssert(profile -> {
            GuidanceCodec json = GuidanceCodec.json();
            assertThat(json.read(json.write(profile), CompetenceProfile.class).orElseThrow())
                    .isEqualTo(profile);
        });
    }

    @Test
    void scoringResultsRoundTripThroughJson() {
        qt().withExamples(100)
                .forAll(instruments(), seeds(), integers().between(0, 6))
                .checkAssert((i, s, drop) -> {
                    Map<String, Integer> responses = new LinkedHashMap<>(completeResponses(i, s));
                    new ArrayList<>(responses.keySet()).stream().limit(drop).forEach(responses::remove);
                    responses.put("onbekend", 3);
                    ScoringResult result = i.score(responses);
                    GuidanceCodec json = GuidanceCodec.json();
                    assertThat(json.read(json.write(result), ScoringResult.class)
                                    .orElseThrow())
                            .isEqualTo(result);
                });
    }

    @Test
    void reverseIsAnInvolutionOnTheScale() {
        qt().withExamples(EXAMPLES)
                .forAll(scales(), integers().between(0, 1000))
                .checkAssert((scale, seed) -> {
                    int v = scale.min() + seed % scale.points();
                    assertThat(scale.contains(scale.reverse(v))).isTrue();
                    assertThat(scale.reverse(scale.reverse(v))).isEqualTo(v);
                });
    }

    /**
     * Flipping the reverse-key flag of every item while mirroring the answers of the items whose flag changes
     * gives exactly the same scores.
     */
    @Test
    void reverseKeyingEqualsMirroredAnswersWithFlippedKeys() {
        qt().withExamples(EXAMPLES).forAll(instruments(), seeds()).checkAssert((instrument, seeds) -> {
            Map<String, Integer> responses = completeResponses(instrument, seeds);
            List<Item> flipped = new ArrayList<>();
            Map<String, Integer> mirrored = new HashMap<>();
            for (Item item : instrument.items()) {
                flipped.add(ImmutableItem.copyOf(item).withReverseKeyed(!item.reverseKeyed()));
                mirrored.put(item.id(), instrument.responseScale().reverse(responses.get(item.id())));
            }
            Instrument other = ImmutableInstrument.copyOf(instrument).withItems(flipped);
            assertThat(other.score(mirrored)).isEqualTo(instrument.score(responses));
        });
    }

    @Test
    void completeResponsesScoreEveryDimensionAndSumsAddUp() {
        qt().withExamples(EXAMPLES).forAll(instruments(), seeds()).checkAssert((instrument, seeds) -> {
            ScoringResult result = instrument.score(completeResponses(instrument, seeds));
            assertThat(result.diagnostics()).isEmpty();
            assertThat(result.isComplete()).isTrue();
            CompetenceProfile profile = result.profile().orElseThrow();
            assertThat(profile.dimensions().keySet()).containsExactlyInAnyOrderElementsOf(instrument.dimensionCodes());
            ResponseScale scale = instrument.responseScale();
            double sumOfSums = 0;
            for (DimensionScore score : profile.dimensions().values()) {
                assertThat(score.mean()).isBetween((double) scale.min(), (double) scale.max());
                assertThat(score.missing()).isZero();
                assertThat(score.sum()).isCloseTo(score.mean() * score.itemCount(), within(1e-9));
                sumOfSums += score.sum();
            }
            if (instrument.scoresTotal()) {
                DimensionScore total = profile.total().orElseThrow();
                assertThat(total.sum()).isEqualTo(sumOfSums);
                assertThat(total.itemCount()).isEqualTo(instrument.items().size());
                assertThat(total.mean()).isBetween((double) scale.min(), (double) scale.max());
            } else {
                assertThat(profile.total()).isEmpty();
            }
        });
    }

    @Test
    void prorateWithNothingMissingEqualsRequireAll() {
        qt().withExamples(EXAMPLES)
                .forAll(instruments(), seeds(), integers().between(0, 5))
                .checkAssert((instrument, seeds, max) -> {
                    Map<String, Integer> responses = completeResponses(instrument, seeds);
                    Instrument prorate = ImmutableInstrument.copyOf(instrument)
                            .withMissingItemPolicy(MissingItemPolicy.prorate(max));
                    Instrument strict = ImmutableInstrument.copyOf(instrument)
                            .withMissingItemPolicy(MissingItemPolicy.requireAll());
                    assertThat(prorate.score(responses)).isEqualTo(strict.score(responses));
                });
    }

    @Test
    void aDimensionMissingMoreThanTheMaximumIsNeverScored() {
        qt().withExamples(EXAMPLES)
                .forAll(
                        instruments(),
                        seeds(),
                        integers().between(0, 1000),
                        integers().between(0, 3))
                .checkAssert((instrument, seeds, pick, max) -> {
                    Instrument prorate = ImmutableInstrument.copyOf(instrument)
                            .withMissingItemPolicy(MissingItemPolicy.prorate(max));
                    List<String> dims = prorate.dimensionCodes();
                    String target = dims.get(pick % dims.size());
                    List<Item> items = prorate.items(target);
                    int drop = Math.min(items.size(), max + 1 + pick % 2);
                    Map<String, Integer> responses = new HashMap<>(completeResponses(prorate, seeds));
                    items.stream().limit(drop).forEach(i -> responses.remove(i.id()));
                    ScoringResult result = prorate.score(responses);
                    assertThat(result.profile().flatMap(p -> p.dimension(target)))
                            .isEmpty();
                    assertThat(result.profile().flatMap(CompetenceProfile::total))
                            .isEmpty();
                    assertThat(result.diagnostics()
                                    .filter(d -> d.code().equals("core.competence.too-many-missing")
                                            || d.code().equals("core.competence.dimension-unanswered"))
                                    .size())
                            .isEqualTo(1);
                    for (String other : dims) {
                        if (!other.equals(target)) {
                            assertThat(result.profile().flatMap(p -> p.dimension(other)))
                                    .isPresent();
                        }
                    }
                });
    }

    @Test
    void missingWithinTheMaximumIsProratedFromTheAnsweredMean() {
        qt().withExamples(EXAMPLES)
                .forAll(instruments(), seeds(), integers().between(1, 3))
                .checkAssert((instrument, seeds, max) -> {
                    Instrument prorate = ImmutableInstrument.copyOf(instrument)
                            .withMissingItemPolicy(MissingItemPolicy.prorate(max));
                    Map<String, Integer> responses = new HashMap<>(completeResponses(prorate, seeds));
                    String target = prorate.dimensionCodes().get(0);
                    List<Item> items = prorate.items(target);
                    int drop = Math.min(max, items.size() - 1);
                    items.stream().limit(drop).forEach(i -> responses.remove(i.id()));
                    DimensionScore score = prorate.score(responses)
                            .profile()
                            .orElseThrow()
                            .dimension(target)
                            .orElseThrow();
                    assertThat(score.answered()).isEqualTo(items.size() - drop);
                    assertThat(score.sum()).isCloseTo(score.mean() * items.size(), within(1e-9));
                    ResponseScale scale = prorate.responseScale();
                    assertThat(score.mean()).isBetween((double) scale.min(), (double) scale.max());
                });
    }
}
