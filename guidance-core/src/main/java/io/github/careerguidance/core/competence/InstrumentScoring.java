/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.competence;

import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.diagnostics.internal.CoreMessages;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The scoring algorithm behind {@link Instrument#score(Map)}. Pure; not API. */
final class InstrumentScoring {
    private static final JsonPointer RESPONSES = JsonPointer.of("responses");

    private InstrumentScoring() {}

    static ScoringResult score(Instrument instrument, Map<String, Integer> responses) {
        Diagnostics.Builder found = Diagnostics.builder();
        ResponseScale scale = instrument.responseScale();
        Set<String> itemIds = new HashSet<>();
        instrument.items().forEach(i -> itemIds.add(i.id()));

        // Unknown ids, in a stable order (the diagnostics sort anyway).
        Set<String> unknown = new TreeSet<>();
        boolean nullKey = false;
        for (String id : responses.keySet()) {
            if (id == null) {
                nullKey = true;
            } else if (!itemIds.contains(id)) {
                unknown.add(id);
            }
        }
        for (String id : unknown) {
            found.add(diagnostic(
                    Severity.WARNING,
                    "core.competence.unknown-item",
                    RESPONSES.append(id),
                    CoreMessages.args("item", id)));
        }
        if (nullKey) {
            found.add(diagnostic(
                    Severity.WARNING, "core.competence.unknown-item", RESPONSES, CoreMessages.args("item", "null")));
        }

        // Keyed answers of valid responses; invalid ones are missing.
        Map<String, Integer> keyed = new LinkedHashMap<>();
        for (Item item : instrument.items()) {
            if (!responses.containsKey(item.id())) {
                continue;
            }
            Integer value = responses.get(item.id());
            if (value == null) {
                found.add(diagnostic(
                        Severity.WARNING,
                        "core.competence.item-no-value",
                        RESPONSES.append(item.id()),
                        CoreMessages.args("item", item.id())));
            } else if (!scale.contains(value)) {
                found.add(diagnostic(
                        Severity.ERROR,
                        "core.competence.item-out-of-range",
                        RESPONSES.append(item.id()),
                        CoreMessages.args( // the response itself is not echoed
                                "item", item.id(), "min", scale.min(), "max", scale.max())));
            } else {
                keyed.put(item.id(), item.reverseKeyed() ? scale.reverse(value) : value);
            }
        }

        MissingItemPolicy policy = instrument.missingItemPolicy();
        ImmutableCompetenceProfile.Builder profile = CompetenceProfile.builder()
                .instrument(instrument.code())
                .instrumentVersion(instrument.version())
                .framework(instrument.framework());
        boolean anyScored = false;
        List<String> notScored = new ArrayList<>();
        for (String dimension : instrument.dimensionCodes()) {
            List<Item> items = instrument.items(dimension);
            Optional<DimensionScore> score = scoreGroup(items, keyed, policy, dimension, found);
            if (score.isPresent()) {
                profile.putDimension(dimension, score.get());
                anyScored = true;
            } else {
                notScored.add(dimension);
            }
        }
        if (instrument.scoresTotal()) {
            if (notScored.isEmpty()) {
                Optional<DimensionScore> total = compute(instrument.items(), keyed);
                if (total.isPresent()) {
                    profile.total(total.get());
                    anyScored = true;
                }
            } else {
                found.add(diagnostic(
                        Severity.WARNING,
                        "core.competence.total-not-scored",
                        RESPONSES,
                        CoreMessages.args("dimensions", notScored)));
            }
        }
        ImmutableScoringResult.Builder result = ScoringResult.builder().diagnostics(found.build());
        if (anyScored) {
            result.profile(profile.build());
        }
        return result.build();
    }

    private static Optional<DimensionScore> scoreGroup(
            List<Item> items,
            Map<String, Integer> keyed,
            MissingItemPolicy policy,
            String dimension,
            Diagnostics.Builder found) {
        List<String> missing = new ArrayList<>();
        for (Item item : items) {
            if (!keyed.containsKey(item.id())) {
                missing.add(item.id());
            }
        }
        if (missing.isEmpty()) {
            return compute(items, keyed);
        }
        Map<String, Object> args = CoreMessages.args(
                "dimension",
                dimension,
                "missing",
                missing.size(),
                "itemCount",
                items.size(),
                "max",
                policy.maxMissingPerDimension(),
                "items",
                missing);
        switch (policy.kind()) {
            case REQUIRE_ALL:
                found.add(diagnostic(Severity.ERROR, "core.competence.dimension-incomplete", RESPONSES, args));
                return Optional.empty();
            case SKIP_DIMENSION:
                found.add(diagnostic(Severity.WARNING, "core.competence.dimension-skipped", RESPONSES, args));
                return Optional.empty();
            case PRORATE:
            default:
                if (missing.size() == items.size()) {
                    found.add(diagnostic(Severity.WARNING, "core.competence.dimension-unanswered", RESPONSES, args));
                    return Optional.empty();
                }
                if (!policy.allows(missing.size(), items.size())) {
                    found.add(diagnostic(Severity.WARNING, "core.competence.too-many-missing", RESPONSES, args));
                    return Optional.empty();
                }
                found.add(diagnostic(Severity.INFO, "core.competence.prorated", RESPONSES, args));
                return compute(items, keyed);
        }
    }

    /** Mean of the answered items and sum = mean × item count (the plain sum when nothing is missing). */
    private static Optional<DimensionScore> compute(List<Item> items, Map<String, Integer> keyed) {
        long sum = 0;
        int answered = 0;
        for (Item item : items) {
            Integer value = keyed.get(item.id());
            if (value != null) {
                sum += value;
                answered++;
            }
        }
        if (answered == 0) {
            return Optional.empty();
        }
        double mean = (double) sum / answered;
        double total = answered == items.size() ? (double) sum : mean * items.size();
        return Optional.of(DimensionScore.builder()
                .sum(total)
                .mean(mean)
                .answered(answered)
                .itemCount(items.size())
                .build());
    }

    private static io.github.careerguidance.core.diagnostics.Diagnostic diagnostic(
            Severity severity, String code, JsonPointer at, Map<String, ?> args) {
        return CoreMessages.BUNDLE.diagnostic(severity, code, at, args);
    }
}
