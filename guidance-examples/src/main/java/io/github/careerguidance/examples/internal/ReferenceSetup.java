/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.internal;

import io.github.careerguidance.core.competence.Instrument;
import io.github.careerguidance.core.contact.ContactPoint;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.engine.JourneyRouter;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.reference.ReferenceJourneys;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The reference journeys and their follow-up journeys compiled once with a set of contact points, and a router over
 * the journeys a visitor starts with: what a portal builds at
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

    /** The engines by id (follow-up journeys included) and the ones the router picks from, in routing order. */
    private ReferenceSetup(Map<String, JourneyEngine> engines, List<JourneyEngine> routed) {
        this.engines = engines;
        this.router = JourneyRouter.of(routed);
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
        List<JourneyEngine> routed = new ArrayList<>(engines.values());
        // #15: the follow-up journeys are started from a plan (JourneyEngine.startFollowUp), never routed to from the
        // intake; their engines are here so that a stored follow-up session resumes
        for (Journey journey : ReferenceJourneys.followUps()) {
            engines.put(journey.id(), compiler.compile(journey));
        }
        return new ReferenceSetup(Map.copyOf(engines), routed);
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
    public static ReferenceSetup of(
            List<ContactPoint> contactPoints, List<Journey> journeys, Collection<Instrument> instruments) {
        Objects.requireNonNull(contactPoints, "contactPoints");
        JourneyEngine.Compiler compiler =
                JourneyEngine.compiler().contactPoints(contactPoints).instruments(instruments);
        Map<String, JourneyEngine> engines = new LinkedHashMap<>();
        for (Journey journey : journeys) {
            if (engines.put(journey.id(), compiler.compile(journey)) != null) {
                throw new IllegalArgumentException("two journeys have the id '" + journey.id() + "'");
            }
        }
        List<JourneyEngine> routed = new ArrayList<>(engines.values());
        // #15: the reference follow-up journeys, started from a plan and never routed to (see of(List))
        for (Journey journey : ReferenceJourneys.followUps()) {
            engines.putIfAbsent(journey.id(), compiler.compile(journey));
        }
        return new ReferenceSetup(Collections.unmodifiableMap(engines), routed);
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
     * The engine of the follow-up journey of a session's journey: the journey's {@code followUp}, or the journey itself
     * when it is a follow-up journey (a review that is reviewed again).
     *
     * @param journeyId the journey id of the session
     * @return the engine, or empty when the journey has no follow-up journey here
     */
    public Optional<JourneyEngine> followUpEngine(String journeyId) {
        Optional<JourneyEngine> engine = engine(journeyId);
        if (engine.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> next = engine.get().journey().followUp();
        if (next.isPresent()) {
            return engine(next.get());
        }
        return ReferenceJourneys.FOLLOW_UP_IDS.contains(journeyId) ? engine : Optional.empty();
    }

    /**
     * The engine of a journey id (a follow-up journey included).
     *
     * @param journeyId the journey id
     * @return the engine, or empty
     */
    public Optional<JourneyEngine> engine(String journeyId) {
        return Optional.ofNullable(engines.get(journeyId));
    }
}
