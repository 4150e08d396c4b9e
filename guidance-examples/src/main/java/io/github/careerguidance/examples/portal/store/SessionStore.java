/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.store;

import java.util.Optional;

/**
 * Where the portal keeps sessions: the engine's JSON snapshot under the visitor's session id, with a version.
 * {@link JdbcSessionStore} keeps them in H2 or PostgreSQL.
 *
 * <pre>{@code
 * try (SessionStore store = JdbcSessionStore.open("jdbc:postgresql://127.0.0.1:5432/guidance", "guidance", pw)) {
 *     store.save(new StoredSession(id, journeyId, engine.store(session), Instant.now(), session.events().size()),
 *             SessionStore.NEW);
 *     StoredSession read = store.load(id).orElseThrow();
 *     Session next = ...; // a change to engine.resume(read.snapshot())
 *     SaveResult r = store.save(new StoredSession(id, journeyId, engine.store(next), Instant.now(),
 *             next.events().size()), read.version());
 *     if (r == SaveResult.CONFLICT) {
 *         // another request saved first: load again and show the visitor where the session is now
 *     }
 * }
 * }</pre>
 *
 * <h2>The contract, for embedders who write their own store</h2>
 * <ul>
 *   <li><b>Thread-safe and shareable between processes.</b> Several portal processes may use one database; a store
 *       must not rely on locks inside one process for correctness.</li>
 *   <li><b>Optimistic concurrency.</b> {@link #save(StoredSession, long)} writes only when the stored version is the
 *       one the caller read ({@code expectedVersion}; {@link #NEW} for "nothing stored under this id"), and then
 *       stores the new version; the check and the write are one atomic step (in SQL one
 *       {@code UPDATE ... WHERE id = ? AND version = ?}, or an {@code INSERT} that a primary key refuses). Otherwise
 *       it writes nothing and returns {@link SaveResult#CONFLICT}: a lost race is an answer, never an exception and
 *       never a silent overwrite. The new version must be greater than the expected one.</li>
 *   <li><b>Durable before it returns.</b> When {@code save} or {@code delete} returns, the change is committed and
 *       survives the death of the process (the portal sends the page that confirms an answer only after that).</li>
 *   <li><b>Failures are exceptions.</b> A store that cannot be read or written throws {@link SessionStoreException};
 *       it never blocks without bound (use connection, statement and socket timeouts).</li>
 *   <li><b>Retention.</b> {@link #purgeBefore(java.time.Instant)} deletes the sessions saved last before a moment,
 *       except those held until a later moment ({@link #holdUntil(String, java.time.Instant)}); {@link Retention}
 *       calls it on start-up and daily.</li>
 * </ul>
 *
 * @since 0.1.0
 */
public interface SessionStore extends Purgeable, AutoCloseable {
    /** The expected version of a session that is not stored yet. */
    long NEW = 0L;

    /**
     * The stored session with an id.
     *
     * @param id the session id
     * @return the session with its version, or empty when none is stored under the id
     * @throws SessionStoreException when the store cannot be read
     */
    Optional<StoredSession> load(String id);

    /**
     * Stores a session if, and only if, the stored version under its id is still {@code expectedVersion}
     * (compare-and-set); committed before it returns.
     *
     * @param session the session, with its new version
     * @param expectedVersion the version read before the change, or {@link #NEW} when nothing may be stored yet
     * @return {@link SaveResult#SAVED}, or {@link SaveResult#CONFLICT} when the stored version was another (nothing
     *     is written then)
     * @throws IllegalArgumentException when the new version is not greater than the expected one
     * @throws SessionStoreException when the store cannot be written
     */
    SaveResult save(StoredSession session, long expectedVersion);

    /**
     * Removes a session, whatever its version.
     *
     * @param id the session id
     * @return whether one was stored
     * @throws SessionStoreException when the store cannot be written
     */
    boolean delete(String id);

    /**
     * Keeps a session from the retention purge until a moment: {@link #purgeBefore(java.time.Instant)} deletes it only
     * when its last save and this moment are both before the cutoff. The portal holds a session until the review date
     * of its plan, so a visitor who comes back for the follow-up finds it even when the review is further away than
     * the retention period. A later call replaces the moment; saving the session keeps it.
     *
     * @param id the session id
     * @param until the moment the retention period starts from, when it is later than the last save
     * @return whether a session is stored under the id
     * @throws SessionStoreException when the store cannot be written
     */
    boolean holdUntil(String id, java.time.Instant until);

    /** Releases the store's resources. */
    @Override
    void close();
}
