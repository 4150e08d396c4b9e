/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine;

import java.util.List;

/**
 * Receives the typed events of every accepted engine operation, for example to alert staff when a client is
 * escalated or to feed analytics. Register with {@link JourneyEngine.Compiler#listener(SessionListener)}.
 *
 * <p>Called synchronously on the caller's thread after the new session is built, once per operation that added
 * events ({@code start}, {@code answer}, {@code assess}, {@code proceed}, {@code back}, {@code requestContact}, and
 * {@code resume} onto another version); never for rejected operations and never during
 * {@link JourneyEngine#replay(List)}. An engine is shared by many threads, so a listener must be thread-safe. An
 * exception thrown by a listener propagates to the caller.
 *
 * <pre>{@code
 * SessionListener staffAlert = (session, events) -> events.stream()
 *         .filter(e -> e.type() == EventType.ESCALATED)
 *         .forEach(e -> inbox.notify(session.journey(), e.to().orElseThrow()));
 * }</pre>
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface SessionListener {
    /**
     * Called with the events an operation added.
     *
     * @param session the new session
     * @param events the events the operation added, oldest first; never empty
     */
    void onEvents(Session session, List<SessionEvent> events);
}
