/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.simulation;

import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.profile.ClientProfile;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.engine.Session;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A simulated client at the outcome of a journey, as handed to a {@link PlanSource}: who (index and drawn profile),
 * the engine and the completed session, and when on the simulated calendar the client finished.
 *
 * @since 0.1.0
 */
@Beta
public final class FinishedClient {
    private final long client;
    private final ClientProfile profile;
    private final JourneyEngine engine;
    private final Session session;
    private final Instant finishedAt;
    private final LocalDate acceptedOn;

    FinishedClient(
            long client,
            ClientProfile profile,
            JourneyEngine engine,
            Session session,
            Instant finishedAt,
            LocalDate acceptedOn) {
        this.client = client;
        this.profile = Objects.requireNonNull(profile, "profile");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.session = Objects.requireNonNull(session, "session");
        this.finishedAt = Objects.requireNonNull(finishedAt, "finishedAt");
        this.acceptedOn = Objects.requireNonNull(acceptedOn, "acceptedOn");
    }

    /**
     * The client's index in the run, from 0.
     *
     * @return the index
     */
    public long client() {
        return client;
    }

    /**
     * The client's drawn profile, with the intake goal.
     *
     * @return the profile
     */
    public ClientProfile profile() {
        return profile;
    }

    /**
     * The engine of the journey the client took.
     *
     * @return the engine
     */
    public JourneyEngine engine() {
        return engine;
    }

    /**
     * The completed session; its current step is the outcome.
     *
     * @return the session
     */
    public Session session() {
        return session;
    }

    /**
     * When the client finished on the simulated calendar: the simulator's instant plus the client's arrival day
     * ({@link PlanFollowUp.Builder#arrivalDays(int)}).
     *
     * @return the instant
     */
    public Instant finishedAt() {
        return finishedAt;
    }

    /**
     * The day the plan counts as accepted (the day the client finished, in the simulation's zone).
     *
     * @return the date
     */
    public LocalDate acceptedOn() {
        return acceptedOn;
    }

    @Override
    public String toString() {
        return "FinishedClient{" + client + ", journey=" + engine.journey().id() + ", at=" + finishedAt + "}";
    }
}
