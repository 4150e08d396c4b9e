/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.competence;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.careerguidance.core.citation.Citation;
import io.github.careerguidance.core.text.LocalizedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Small QuickTheories generators for the competence model, built from primitives. */
final class CompetenceGenerators {
    private static final List<String> WORDS = List.of(
            "motieven", "kwaliteiten", "werk", "sturing", "netwerk", "zelf", "horizon", "keuze", "analyse", "plan");
    private static final List<String> DUTCH = List.of(
            "Wat drijft mij?",
            "Welk werk past bij mij?",
            "Wie kan me helpen?",
            "Ik plan mijn volgende stap",
            "Ik ken mijn sterke punten",
            "Café-medewerker ‘zonder’ diploma",
            "Één keuze, drie opties");
    private static final List<String> ENGLISH = List.of(
            "What drives me?",
            "Which work suits me?",
            "Who can help me?",
            "I plan my next step",
            "I know my strengths",
            "Naïve résumé & cover letter");

    private CompetenceGenerators() {}

    static Gen<String> codes() {
        return Generate.pick(WORDS)
                .zip(integers().between(0, 99), booleans().all(), (word, n, suffix) -> suffix ? word + "-" + n : word);
    }

    static Gen<LocalizedText> texts() {
        return Generate.pick(DUTCH).zip(Generate.pick(ENGLISH), LocalizedText::of);
    }

    static <T> Gen<Optional<T>> optional(Gen<T> gen) {
        return booleans().all().zip(gen, (present, value) -> present ? Optional.of(value) : Optional.<T>empty());
    }

    static Gen<Citation> citations() {
        return Generate.pick(List.of(
                        "https://www.aanpakjeugdwerkloosheid.nl/aanpak/samen-met-onderwijs/loopbaancompetenties",
                        "https://scinapse.io/papers/2000513500",
                        "https://www.samyoung.co.nz/2025/10/what-are-career-management-skills.html"))
                .zip(texts(), optional(integers().between(1, 28)), (url, title, day) -> {
                    var b = Citation.builder()
                            .title(title.resolve(LocalizedText.DUTCH))
                            .url(url);
                    day.ifPresent(d -> b.accessed(LocalDate.of(2026, 11, d)));
                    return b.build();
                });
    }

    static Gen<Dimension> dimensions(Gen<String> codes) {
        return codes.zip(
                texts(),
                optional(texts()),
                optional(texts()),
                optional(codes()),
                (code, name, definition, question, area) -> Dimension.builder()
                        .code(code)
                        .name(name)
                        .definition(definition)
                        .learnerQuestion(question)
                        .area(area)
                        .build());
    }

    /** Frameworks with 1 to 6 dimensions named d0, d1, ... (unique by construction). */
    static Gen<CompetenceFramework> frameworks() {
        Gen<List<Dimension>> dims = integers().between(1, 6).flatMap(n -> {
            List<Gen<Dimension>> each = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                each.add(dimensions(Generate.constant("d" + i)));
            }
            return sequence(each);
        });
        return codes().zip(
                        texts(),
                        optional(texts()),
                        lists().of(citations()).ofSizeBetween(0, 3),
                        dims,
                        (code, name, description, citations, dimensions) -> CompetenceFramework.builder()
                                .code(code)
                                .version("1.0")
                                .name(name)
                                .description(description)
                                .citations(citations)
                                .dimensions(dimensions)
                                .build());
    }

    static Gen<ResponseScale> scales() {
        return integers()
                .between(-3, 3)
                .zip(integers().between(1, 9), booleans().all(), (min, width, anchored) -> {
                    var b = ResponseScale.builder().min(min).max(min + width);
                    if (anchored) {
                        b.putAnchor(min, LocalizedText.of("helemaal niet", "not at all"));
                        b.putAnchor(min + width, LocalizedText.of("heel sterk", "very strongly"));
                    }
                    return b.build();
                });
    }

    static Gen<MissingItemPolicy> policies() {
        return Generate.enumValues(MissingItemPolicy.Kind.class)
                .zip(
                        integers().between(0, 3),
                        (kind, max) -> MissingItemPolicy.builder()
                                .kind(kind)
                                .maxMissingPerDimension(max)
                                .build());
    }

    /** Instruments with 1 to 4 dimensions d0.. and 1 to 5 items each, ids "d<i>-<j>", random reverse keys. */
    static Gen<Instrument> instruments() {
        Gen<List<Item>> items = integers().between(1, 4).flatMap(dimensions -> {
            List<Gen<List<Item>>> perDimension = new ArrayList<>();
            for (int d = 0; d < dimensions; d++) {
                String dim = "d" + d;
                perDimension.add(integers().between(1, 5).flatMap(count -> {
                    List<Gen<Item>> each = new ArrayList<>();
                    for (int j = 1; j <= count; j++) {
                        String id = dim + "-" + j;
                        each.add(booleans()
                                .all()
                                .zip(
                                        optional(texts()),
                                        (reverse, text) -> Item.builder()
                                                .id(id)
                                                .dimension(dim)
                                                .reverseKeyed(reverse)
                                                .text(text)
                                                .build()));
                    }
                    return sequence(each);
                }));
            }
            return sequence(perDimension).map(lists -> {
                List<Item> all = new ArrayList<>();
                lists.forEach(all::addAll);
                return all;
            });
        });
        return codes().zip(
                        scales(),
                        items,
                        policies(),
                        booleans().all(),
                        (code, scale, list, policy, total) -> Instrument.builder()
                                .code(code)
                                .version("1.0")
                                .framework("test")
                                .name(LocalizedText.of("Testinstrument", "Test instrument"))
                                .responseScale(scale)
                                .items(list)
                                .missingItemPolicy(policy)
                                .scoresTotal(total)
                                .build());
    }

    /** Complete responses for an instrument: one value on the scale per item, from a seed list. */
    static Map<String, Integer> completeResponses(Instrument instrument, List<Integer> seeds) {
        ResponseScale scale = instrument.responseScale();
        Map<String, Integer> responses = new LinkedHashMap<>();
        for (int i = 0; i < instrument.items().size(); i++) {
            int seed = seeds.isEmpty() ? 0 : Math.abs(seeds.get(i % seeds.size()));
            responses.put(instrument.items().get(i).id(), scale.min() + seed % scale.points());
        }
        return responses;
    }

    static Gen<List<Integer>> seeds() {
        return lists().of(integers().between(0, 1000)).ofSizeBetween(1, 24);
    }

    static Gen<CompetenceProfile> profiles() {
        Gen<DimensionScore> scores = integers()
                .between(1, 6)
                .zip(
                        integers().between(0, 5),
                        integers().between(1, 5),
                        (answered, extra, value) -> DimensionScore.builder()
                                .answered(answered)
                                .itemCount(answered + extra)
                                .mean(value + 0.25)
                                .sum((value + 0.25) * (answered + extra))
                                .build());
        Gen<Map<String, DimensionScore>> map = lists().of(codes().zip(scores, Map::entry))
                .ofSizeBetween(0, 5)
                .map(entries -> {
                    Map<String, DimensionScore> m = new LinkedHashMap<>();
                    entries.forEach(e -> m.put(e.getKey(), e.getValue()));
                    return m;
                });
        return codes().zip(
                        map,
                        optional(scores),
                        (code, dims, total) -> CompetenceProfile.builder()
                                .instrument(code)
                                .instrumentVersion("1.0")
                                .framework("kuijpers")
                                .dimensions(dims)
                                .total(total)
                                .build());
    }

    private static <T> Gen<List<T>> sequence(List<Gen<T>> gens) {
        Gen<List<T>> result = Generate.<List<T>>constant(List.of());
        for (Gen<T> gen : gens) {
            result = result.zip(gen, (list, next) -> {
                List<T> longer = new ArrayList<>(list);
                longer.add(next);
                return List.copyOf(longer);
            });
        }
        return result;
    }
}
