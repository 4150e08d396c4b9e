/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine;

import java.util.List;

/**
 * Tells the {@link SessionListener}s about the events of every accepted operation, in the order the listeners were
 * added, on the calling thread. Rejected operations tell nobody.
 */
final class EventPublisher {
    private final List<SessionListener> listeners;

    EventPublisher(List<SessionListener> listeners) {
        this.listeners = listeners;
    }

    Session published(Session started) {
        tell(started, started.events());
        return started;
    }

    SessionResult published(SessionResult result) {
        if (result.isAccepted()) {
            tell(result.session(), result.events());
        }
        return result;
    }

    void tell(Session session, List<SessionEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        for (SessionListener listener : listeners) {
            listener.onEvents(session, events);
        }
    }
}
