/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.internal;

import io.github.careerguidance.core.contact.ContactPoint;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.engine.JourneyRouter;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.reference.ReferenceJourneys;
import io.github.careerguidance.core.competence.Instrument;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The reference journeys compiled once with a set of contact points, and a router over them: what a portal builds at
 * start-up. Immutable and thread-safe.
 *
 * <pre>{@code
 * ReferenceSetup setup = ReferenceSetup.of(List.of(SampleContactPoint.load()));
 * JourneyEngine engine = setup.router().route("looking-for-work", profile).orElseThrow();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ReferenceSetup {
    private final Map<String, JourneyEngine> engines;
    private final JourneyRouter router;

    /** The engines in routing order (a map that keeps its order). */
    private ReferenceSetup(Map<String, JourneyEngine> engines) {
        this.engines = engines;
        this.router = JourneyRouter.of(new ArrayList<>(engines.values()));
    }

    /**
     * Compiles every reference journey with the given contact points.
     *
     * @param contactPoints the contact points offered in every view
     * @return the setup
     */
    public static ReferenceSetup of(List<ContactPoint> contactPoints) {
        Objects.requireNonNull(contactPoints, "contactPoints");
        JourneyEngine.Compiler compiler = JourneyEngine.compiler().contactPoints(contactPoints);
        Map<String, JourneyEngine> engines = new LinkedHashMap<>();
        for (Journey journey : ReferenceJourneys.all()) {
            engines.put(journey.id(), compiler.compile(journey));
        }
        return new ReferenceSetup(Map.copyOf(engines));
    }

    /**
     * Compiles the given journeys, in routing order, with the given contact points and instruments (such as a licensed
     * instrument with item texts, which replaces the built-in one of the same code).
     *
     * @param contactPoints the contact points offered in every view
     * @param journeys the journeys; ids must be unique
     * @param instruments instruments besides the built-in ones, possibly none
     * @return the setup
     * @throws IllegalArgumentException when two journeys share an id
     * @throws io.github.careerguidance.journeys.engine.InvalidJourneyException when a journey does not compile
     */
    public static ReferenceSetup of(List<ContactPoint> contactPoints, List<Journey> journeys,
            Collection<Instrument> instruments) {
        Objects.requireNonNull(contactPoints, "contactPoints");
        JourneyEngine.Compiler compiler = JourneyEngine.compiler().contactPoints(contactPoints).instruments(instruments);
        Map<String, JourneyEngine> engines = new LinkedHashMap<>();
        for (Journey journey : journeys) {
            if (engines.put(journey.id(), compiler.compile(journey)) != null) {
                throw new IllegalArgumentException("two journeys have the id '" + journey.id() + "'");
            }
        }
        return new ReferenceSetup(Collections.unmodifiableMap(engines));
    }

    /**
     * The router over the compiled journeys.
     *
     * @return the router
     */
    public JourneyRouter router() {
        return router;
    }

    /**
     * The engine of a journey id.
     *
     * @param journeyId the journey id
     * @return the engine, or empty
     */
    public Optional<JourneyEngine> engine(String journeyId) {
        return Optional.ofNullable(engines.get(journeyId));
    }
}
