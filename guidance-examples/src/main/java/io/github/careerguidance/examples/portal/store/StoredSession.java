/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One stored portal session: the visitor's session id, the journey it runs on and the engine's JSON snapshot
 * ({@code JourneyEngine.store}).
 *
 * @param id the session id (the cookie value; unguessable)
 * @param journey the journey id
 * @param snapshot the engine's JSON snapshot
 * @param updated when it was last saved
 * @since 0.1.0
 */
public record StoredSession(String id, String journey, String snapshot, Instant updated) {
    /**
     * Checks that no part is null or blank.
     *
     * @param id the session id
     * @param journey the journey id
     * @param snapshot the snapshot
     * @param updated the time of saving
     */
    public StoredSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(journey, "journey");
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(updated, "updated");
        if (id.isBlank() || journey.isBlank()) {
            throw new IllegalArgumentException("id and journey must not be blank but were '" + id + "', '" + journey + "'");
        }
    }

    @Override
    public String toString() {
        return "StoredSession{" + journey + ", " + snapshot.length() + " chars, " + updated + "}";
    }
}
