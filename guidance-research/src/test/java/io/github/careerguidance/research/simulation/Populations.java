/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.simulation;

import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.engine.JourneyRouter;
import io.github.careerguidance.journeys.reference.ReferenceJourneys;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The sample populations and reference designs of the tests. */
final class Populations {
    static final String BASE = "/io/github/careerguidance/research/simulation/";

    private Populations() {}

    static String text(String name) {
        try (InputStream in = Populations.class.getResourceAsStream(BASE + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PopulationModel lookingForWork() {
        return PopulationModel.parse(text("looking-for-work.population.yaml"), true)
                .orElseThrow();
    }

    static PopulationModel oneStopShop() {
        return PopulationModel.parse(text("one-stop-shop.population.yaml"), true)
                .orElseThrow();
    }

    static JourneyEngine lookingForWorkEngine() {
        return JourneyEngine.compile(ReferenceJourneys.byId("looking-for-work").orElseThrow());
    }

    static JourneyRouter allReference() {
        List<JourneyEngine> engines = new ArrayList<>();
        ReferenceJourneys.all().forEach(j -> engines.add(JourneyEngine.compile(j)));
        return JourneyRouter.of(engines);
    }
}
