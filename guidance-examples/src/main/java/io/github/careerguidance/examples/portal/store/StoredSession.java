/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One stored portal session: the visitor's session id, the journey it runs on, the engine's JSON snapshot
 * ({@code JourneyEngine.store}) and its version.
 *
 * <p>The version orders the saves of one session for {@link SessionStore#save(StoredSession, long)}: it is at least 1
 * and grows with every save. The portal uses the number of events in the snapshot's log (every accepted change adds
 * at least one), so a stored version can be checked against its snapshot.
 *
 * @param id the session id (the cookie value; unguessable)
 * @param journey the journey id
 * @param snapshot the engine's JSON snapshot
 * @param updated when it was last saved (retention counts idle time from here)
 * @param version the version of this content, at least 1
 * @since 0.1.0
 */
public record StoredSession(String id, String journey, String snapshot, Instant updated, long version) {
    /**
     * Checks that no part is null or blank and that the version is at least 1.
     *
     * @param id the session id
     * @param journey the journey id
     * @param snapshot the snapshot
     * @param updated the time of saving
     * @param version the version, at least 1
     */
    public StoredSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(journey, "journey");
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(updated, "updated");
        if (id.isBlank() || journey.isBlank()) {
            throw new IllegalArgumentException(
                    "id and journey must not be blank but were '" + id + "', '" + journey + "'");
        }
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1 but was " + version);
        }
    }

    @Override
    public String toString() {
        return "StoredSession{" + journey + ", v" + version + ", " + snapshot.length() + " chars, " + updated + "}";
    }
}
