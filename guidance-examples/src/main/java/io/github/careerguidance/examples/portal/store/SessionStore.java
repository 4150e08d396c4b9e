/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.store;

import java.util.Optional;

/**
 * Where the portal keeps sessions: the engine's JSON snapshot under the visitor's session id. Implementations must be
 * thread-safe. {@link JdbcSessionStore} keeps them in H2 or PostgreSQL.
 *
 * <pre>{@code
 * try (SessionStore store = JdbcSessionStore.open("jdbc:postgresql://127.0.0.1:5432/guidance", "guidance", pw)) {
 *     store.save(new StoredSession(id, engine.journey().id(), engine.store(session), Instant.now()));
 *     Session again = engine.resume(store.load(id).orElseThrow().snapshot()).orElseThrow();
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public interface SessionStore extends AutoCloseable {
    /**
     * The stored session with an id.
     *
     * @param id the session id
     * @return the session, or empty when none is stored under the id
     * @throws SessionStoreException when the store cannot be read
     */
    Optional<StoredSession> load(String id);

    /**
     * Stores a session, replacing any stored under its id.
     *
     * @param session the session
     * @throws SessionStoreException when the store cannot be written
     */
    void save(StoredSession session);

    /**
     * Removes a session.
     *
     * @param id the session id
     * @return whether one was stored
     * @throws SessionStoreException when the store cannot be written
     */
    boolean delete(String id);

    /** Releases the store's resources. */
    @Override
    void close();
}
