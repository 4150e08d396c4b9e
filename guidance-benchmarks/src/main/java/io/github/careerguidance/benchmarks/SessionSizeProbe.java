/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.benchmarks;

import io.github.careerguidance.benchmarks.journey.DecisionJourney;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.engine.Session;
import java.nio.charset.StandardCharsets;

/**
 * Prints the size of a stored session of the {@link DecisionJourney} after 20 answered questions, as one
 * tab-separated line: answered questions, events, current step, UTF-8 bytes of {@code engine.store(session)},
 * characters.
 */
public final class SessionSizeProbe {
    /** Answered questions in the measured session. */
    public static final int ANSWERS = 20;

    private SessionSizeProbe() {}

    /**
     * The session after {@link #ANSWERS} answers.
     *
     * @param engine the engine of the decision journey
     * @return the session
     */
    public static Session session(JourneyEngine engine) {
        return DecisionJourney.walk(engine, DecisionJourney.ANSWERS, null, ANSWERS);
    }

    /**
     * Prints the line.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        JourneyEngine engine = DecisionJourney.engine();
        Session session = session(engine);
        String json = engine.store(session);
        System.out.println(session.answers().size() + "\t" + session.events().size() + "\t" + session.step() + "\t"
                + json.getBytes(StandardCharsets.UTF_8).length + "\t" + json.length());
    }
}
