/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.calibration;

import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.journeys.engine.EventType;
import io.github.careerguidance.journeys.engine.Session;
import io.github.careerguidance.journeys.engine.SessionEvent;
import io.github.careerguidance.journeys.engine.SessionListener;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link SessionListener} that keeps the last state of every session an engine ran, for sessions that run one
 * after another (a portal test, or a {@code Simulator} on one thread): an operation that starts a session begins a
 * new entry, and every later operation replaces the entry with the new session. Register it with
 * {@code JourneyEngine.compiler().listener(recorder)}; then {@link #sessions()} is an event log that
 * {@link EventLog#of} reads, and {@code engine.store(session.anonymize())} per line writes an engine log.
 *
 * <pre>{@code
 * SessionRecorder recorder = new SessionRecorder();
 * JourneyEngine engine = JourneyEngine.compiler().listener(recorder).compile(journey);
 * Simulator.builder().population(population).clients(5_000).seed(1).threads(1).build().run("A", engine);
 * EventLog log = EventLog.of(recorder.sessions(), List.of(journey));
 * }</pre>
 *
 * <p>Thread-safety: synchronized, but the sessions of concurrent clients would be mixed up: record one session at
 * a time.
 *
 * @since 0.1.0
 */
@Beta
public final class SessionRecorder implements SessionListener {
    private final List<Session> sessions = new ArrayList<>();

    /** A recorder with no sessions yet. */
    public SessionRecorder() {}

    @Override
    public synchronized void onEvents(Session session, List<SessionEvent> events) {
        if (events.get(0).type() == EventType.STARTED || sessions.isEmpty()) {
            sessions.add(session);
        } else {
            sessions.set(sessions.size() - 1, session);
        }
    }

    /**
     * The sessions so far, each in its last state, in the order they started.
     *
     * @return a copy
     */
    public synchronized List<Session> sessions() {
        return List.copyOf(sessions);
    }

    @Override
    public synchronized String toString() {
        return "SessionRecorder{sessions=" + sessions.size() + "}";
    }
}
