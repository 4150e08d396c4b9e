/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.store;

import io.github.careerguidance.core.meta.Beta;

/**
 * What {@link SessionStore#save(StoredSession, long)} did: stored the session, or refused it because the stored
 * version was no longer the one the caller read (another request, perhaps in another portal process, saved first).
 * A refusal is an answer, not a failure: the caller reloads and shows the visitor the current state.
 *
 * @since 0.1.0
 */
@Beta
public enum SaveResult {
    /** The session is stored (and committed) under its new version. */
    SAVED,
    /**
     * Nothing was written: the stored version differs from the expected one (or a session was already stored under
     * an id expected to be new, or the expected session was deleted meanwhile).
     */
    CONFLICT;

    /**
     * Whether the session was stored.
     *
     * @return true for {@link #SAVED}
     */
    public boolean isSaved() {
        return this == SAVED;
    }
}
