/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.reference;

import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.journeys.format.JourneyFormat;
import io.github.careerguidance.journeys.model.Journey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The reference journeys shipped as resources under {@code io/github/careerguidance/journeys/reference/}: written
 * as a careful Dutch career professional would, CASVE-ordered, with a self-test, information narrowed to the
 * client, a safety-net question ("Vind je wat je zoekt?"), contacts, a conversation with a professional and
 * outcomes, in Dutch and English. Each passes the default {@code JourneyChecker} without errors or warnings.
 *
 * <pre>{@code
 * Journey work = ReferenceJourneys.forGoal("looking-for-work").orElseThrow();
 * List<Journey> all = ReferenceJourneys.all();
 * }</pre>
 *
 * <p>The journeys are loaded once, on first use; they are immutable and shared.
 *
 * @since 0.1.0
 */
public final class ReferenceJourneys {
    /** The resource folder. */
    public static final String BASE = "io/github/careerguidance/journeys/reference/";

    /** The ids of the reference journeys, in order; each is also the intake goal it serves. */
    public static final List<String> IDS = List.of(
            "looking-for-work",
            "must-retrain",
            "first-time-study",
            "became-unemployed",
            "switching-careers",
            "returning-to-work");

    /**
     * The ids of the reference follow-up journeys, started from a client's plan ({@code
     * JourneyEngine.startFollowUp}): each journey of {@link #IDS} names one as its {@code followUp}. They are not in
     * {@link #all()}, which holds the journeys a client starts with.
     *
     * @since 0.1.0
     */
    @Beta
    public static final List<String> FOLLOW_UP_IDS = List.of("became-unemployed-follow-up", "plan-follow-up");

    private ReferenceJourneys() {}

    /**
     * The reference follow-up journeys.
     *
     * @return the journeys, in the order of {@link #FOLLOW_UP_IDS}
     * @throws IllegalStateException if a resource is missing or broken (a packaging error)
     * @since 0.1.0
     */
    @Beta
    public static List<Journey> followUps() {
        all();
        return Holder.FOLLOW_UPS;
    }

    /**
     * The follow-up journey of a journey: the reference journey its {@code followUp} names.
     *
     * @param journey a journey
     * @return the follow-up journey, or empty when it names none or none of the reference journeys
     * @since 0.1.0
     */
    @Beta
    public static Optional<Journey> followUpOf(Journey journey) {
        Objects.requireNonNull(journey, "journey");
        return journey.followUp().flatMap(ReferenceJourneys::byId);
    }

    /**
     * All reference journeys.
     *
     * @return the journeys, in the order of {@link #IDS}
     * @throws IllegalStateException if a resource is missing or broken (a packaging error)
     */
    public static List<Journey> all() {
        if (Holder.ALL == null) {
            throw new IllegalStateException(Holder.FAILURE.getMessage(), Holder.FAILURE);
        }
        return Holder.ALL;
    }

    /**
     * The reference journey with an id, a follow-up journey included.
     *
     * @param id the journey id
     * @return the journey, or empty when there is none with that id
     */
    public static Optional<Journey> byId(String id) {
        Objects.requireNonNull(id, "id");
        return java.util.stream.Stream.concat(all().stream(), followUps().stream())
                .filter(j -> j.id().equals(id))
                .findFirst();
    }

    /**
     * The first reference journey that serves an intake goal.
     *
     * @param goal the intake goal code
     * @return the journey, or empty when none serves the goal
     */
    public static Optional<Journey> forGoal(String goal) {
        Objects.requireNonNull(goal, "goal");
        return all().stream().filter(j -> j.goals().contains(goal)).findFirst();
    }

    static Journey load(String id) {
        String resource = BASE + id + ".yaml";
        try (InputStream in = ReferenceJourneys.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("reference journey resource '" + resource + "' is missing");
            }
            ReadResult<Journey> read = JourneyFormat.yaml().read(in);
            if (!read.isSuccessful()) {
                throw new IllegalStateException(
                        "reference journey resource '" + resource + "' is broken: " + read.diagnostics());
            }
            return read.orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference journey resource '" + resource + "'", e);
        }
    }

    private static final class Holder {
        static final List<Journey> ALL;
        static final List<Journey> FOLLOW_UPS;
        static final RuntimeException FAILURE;

        static {
            List<Journey> journeys = new ArrayList<>();
            List<Journey> followUps = new ArrayList<>();
            RuntimeException failure = null;
            try {
                for (String id : IDS) {
                    journeys.add(load(id));
                }
                for (String id : FOLLOW_UP_IDS) {
                    followUps.add(load(id));
                }
            } catch (RuntimeException e) {
                failure = e;
            }
            ALL = failure == null ? List.copyOf(journeys) : null;
            FOLLOW_UPS = failure == null ? List.copyOf(followUps) : null;
            FAILURE = failure;
        }

        private Holder() {}
    }
}
