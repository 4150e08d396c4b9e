/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.check;

import io.github.careerguidance.core.competence.CompetenceModels;
import io.github.careerguidance.core.competence.Instrument;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The instruments a checker knows by code: the built-in ones of {@link CompetenceModels}, read only when a journey
 * first asks for an instrument (most journeys have no assessment; reading the built-in instruments was most of a
 * {@code guidance journey check} in a cold JVM, issue #18), then the ones added to the checker, a later one with the
 * same code replacing an earlier one. Unmodifiable; a failed read of a built-in resource is reported on every lookup
 * (as {@link CompetenceModels} does), not cached.
 */
final class KnownInstruments extends AbstractMap<String, Instrument> {
    private final Map<String, Instrument> added;
    /** The merged map, once read; a benign race may read it twice, to equal immutable maps. */
    private volatile Map<String, Instrument> all;

    /**
     * The built-in instruments and some more.
     *
     * @param added instruments by code that replace or add to the built-in ones; copied
     */
    KnownInstruments(Map<String, Instrument> added) {
        this.added = Map.copyOf(added);
    }

    /**
     * These instruments and some more; a later one with the same code replaces an earlier one.
     *
     * @param more instruments by code
     * @return the instruments
     */
    KnownInstruments with(Map<String, Instrument> more) {
        Map<String, Instrument> merged = new LinkedHashMap<>(added);
        merged.putAll(more);
        return new KnownInstruments(merged);
    }

    private Map<String, Instrument> all() {
        Map<String, Instrument> result = all;
        if (result == null) {
            Map<String, Instrument> known = new LinkedHashMap<>();
            for (Instrument i : CompetenceModels.instruments()) {
                known.put(i.code(), i);
            }
            known.putAll(added);
            result = java.util.Collections.unmodifiableMap(known);
            all = result;
        }
        return result;
    }

    @Override
    public Instrument get(Object code) {
        return all().get(code);
    }

    @Override
    public boolean containsKey(Object code) {
        return all().containsKey(code);
    }

    @Override
    public Set<Entry<String, Instrument>> entrySet() {
        return all().entrySet();
    }
}
