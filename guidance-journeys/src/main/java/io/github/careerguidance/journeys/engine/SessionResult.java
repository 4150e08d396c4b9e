/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine;

import io.github.careerguidance.core.json.InvalidInputException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of an operation on a session: either accepted, with the new session and the events the operation
 * added, or rejected, with the unchanged session and a typed {@link SessionError}.
 *
 * <pre>{@code
 * SessionResult r = engine.answer(session, "q-leeftijd", Answer.number(230));
 * if (!r.isAccepted()) {
 *     show(r.error().get().message(Locale.forLanguageTag("nl")));
 * }
 * session = r.session(); // unchanged when rejected
 * }</pre>
 *
 * <p>Thread-safety: immutable; safe to share between threads.
 *
 * @since 0.1.0
 */
public final class SessionResult {
    private final Session session;
    private final List<SessionEvent> events;
    private final SessionError error;

    private SessionResult(Session session, List<SessionEvent> events, SessionError error) {
        this.session = Objects.requireNonNull(session, "session");
        this.events = List.copyOf(events);
        this.error = error;
    }

    static SessionResult accepted(Session session, List<SessionEvent> events) {
        return new SessionResult(session, events, null);
    }

    static SessionResult rejected(Session unchanged, SessionError error) {
        return new SessionResult(unchanged, List.of(), Objects.requireNonNull(error, "error"));
    }

    /**
     * Whether the operation was accepted.
     *
     * @return true when accepted
     */
    public boolean isAccepted() {
        return error == null;
    }

    /**
     * The session: the new one when accepted, the unchanged input when rejected.
     *
     * @return the session
     */
    public Session session() {
        return session;
    }

    /**
     * The events this operation added to the log (the "publisher" view of a step: escalations, completion).
     *
     * @return the new events; empty when rejected
     */
    public List<SessionEvent> events() {
        return events;
    }

    /**
     * The error.
     *
     * @return the error, or empty when accepted
     */
    public Optional<SessionError> error() {
        return Optional.ofNullable(error);
    }

    /**
     * The new session, or an exception.
     *
     * @return the new session
     * @throws InvalidInputException with the diagnostics when rejected
     */
    public Session orElseThrow() {
        if (error != null) {
            throw new InvalidInputException(error.diagnostics());
        }
        return session;
    }

    @Override
    public String toString() {
        return isAccepted() ? "SessionResult{accepted, " + session + "}" : "SessionResult{" + error + "}";
    }
}
