/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A {@link SessionStore} in a relational database over JDBC, on a pooled {@link DataSource}: an embedded H2 file
 * database by default ({@link #h2(Path)}), or PostgreSQL (or H2) by JDBC URL ({@link #open(String, String, String)}),
 * or any {@link PortalDatabase} ({@link #on(PortalDatabase)}). The table {@code guidance_portal_session} is created
 * when missing (and given its {@code version} column when it is an older one).
 *
 * <pre>{@code
 * try (JdbcSessionStore store = JdbcSessionStore.h2(PortalDatabase.defaultDataDir())) {
 *     store.save(new StoredSession(id, "looking-for-work", snapshotJson, Instant.now(), 1), SessionStore.NEW);
 * }
 * }</pre>
 *
 * <p>Every save is one statement in autocommit: {@code INSERT} for a new session (a second insert of the same id is
 * refused by the primary key: {@link SaveResult#CONFLICT}), {@code UPDATE ... WHERE id = ? AND version = ?} for a
 * change (no row updated: {@link SaveResult#CONFLICT}). So several threads and several portal processes can share
 * one database without a lock in the process; no call holds a connection longer than its statement.
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public final class JdbcSessionStore implements SessionStore {
    /** The table name. */
    public static final String TABLE = "guidance_portal_session";

    private final DataSource dataSource;
    private final String name;
    private final PortalDatabase owned;

    private JdbcSessionStore(DataSource dataSource, String name, PortalDatabase owned) {
        this.dataSource = dataSource;
        this.name = name;
        this.owned = owned;
    }

    /**
     * A store on a database the caller keeps (and closes); its table is created when missing.
     *
     * @param database the database
     * @return the store; closing it leaves the database open
     * @throws SessionStoreException when the table cannot be created
     */
    public static JdbcSessionStore on(PortalDatabase database) {
        Objects.requireNonNull(database, "database");
        JdbcSessionStore store = new JdbcSessionStore(database.dataSource(), database.url(), null);
        store.createTable();
        return store;
    }

    /**
     * Opens a store with its own {@link PortalDatabase} by JDBC URL ({@code jdbc:postgresql://...} or
     * {@code jdbc:h2:...}) and creates its table when missing.
     *
     * @param url the JDBC URL
     * @param user the user, or null
     * @param password the password, or null
     * @return the store; closing it closes its database
     * @throws IllegalArgumentException for another kind of URL
     * @throws SessionStoreException when the database cannot be reached or the table cannot be created
     */
    public static JdbcSessionStore open(String url, String user, String password) {
        return owning(PortalDatabase.open(url, user, password));
    }

    /**
     * Opens (or creates) a store with its own embedded H2 database {@code portal} in a folder.
     *
     * @param dataDir the folder; created when missing
     * @return the store; closing it closes its database
     * @throws SessionStoreException when the database cannot be opened
     */
    public static JdbcSessionStore h2(Path dataDir) {
        return owning(PortalDatabase.h2(dataDir));
    }

    private static JdbcSessionStore owning(PortalDatabase database) {
        JdbcSessionStore store = new JdbcSessionStore(database.dataSource(), database.url(), database);
        try {
            store.createTable();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return store;
    }

    /**
     * The default data folder: {@code $XDG_DATA_HOME/guidance}, else {@code ${user.home}/.local/share/guidance}.
     *
     * @return the folder (it may not exist yet)
     * @see PortalDatabase#defaultDataDir()
     */
    public static Path defaultDataDir() {
        return PortalDatabase.defaultDataDir();
    }

    /**
     * The JDBC URL (without credentials).
     *
     * @return the URL
     */
    public String url() {
        return name;
    }

    @Override
    public Optional<StoredSession> load(String id) {
        Objects.requireNonNull(id, "id");
        return run("load", c -> {
            try (PreparedStatement s =
                    prepare(c, "SELECT journey, snapshot, updated, version FROM " + TABLE + " WHERE id = ?")) {
                s.setString(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new StoredSession(
                            id,
                            rs.getString(1),
                            rs.getString(2),
                            rs.getTimestamp(3).toInstant(),
                            rs.getLong(4)));
                }
            }
        });
    }

    @Override
    public SaveResult save(StoredSession session, long expectedVersion) {
        Objects.requireNonNull(session, "session");
        if (expectedVersion < NEW || session.version() <= expectedVersion) {
            throw new IllegalArgumentException("the new version must be greater than the expected one (at least " + NEW
                    + ") but was " + session.version() + " after " + expectedVersion);
        }
        return run("save", c -> expectedVersion == NEW ? insert(c, session) : update(c, session, expectedVersion));
    }

    private static SaveResult insert(Connection c, StoredSession session) throws SQLException {
        try (PreparedStatement s = prepare(
                c, "INSERT INTO " + TABLE + " (id, journey, snapshot, updated, version) VALUES (?, ?, ?, ?, ?)")) {
            s.setString(1, session.id());
            s.setString(2, session.journey());
            s.setString(3, session.snapshot());
            s.setTimestamp(4, Timestamp.from(session.updated()));
            s.setLong(5, session.version());
            s.executeUpdate();
            return SaveResult.SAVED;
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) { // integrity: the id is taken
                return SaveResult.CONFLICT;
            }
            throw e;
        }
    }

    private static SaveResult update(Connection c, StoredSession session, long expected) throws SQLException {
        try (PreparedStatement s = prepare(
                c,
                "UPDATE " + TABLE
                        + " SET journey = ?, snapshot = ?, updated = ?, version = ? WHERE id = ? AND version = ?")) {
            s.setString(1, session.journey());
            s.setString(2, session.snapshot());
            s.setTimestamp(3, Timestamp.from(session.updated()));
            s.setLong(4, session.version());
            s.setString(5, session.id());
            s.setLong(6, expected);
            return s.executeUpdate() == 1 ? SaveResult.SAVED : SaveResult.CONFLICT;
        }
    }

    @Override
    public boolean delete(String id) {
        Objects.requireNonNull(id, "id");
        return run("delete", c -> {
            try (PreparedStatement s = prepare(c, "DELETE FROM " + TABLE + " WHERE id = ?")) {
                s.setString(1, id);
                return s.executeUpdate() > 0;
            }
        });
    }

    @Override
    public int purgeBefore(Instant cutoff) {
        Objects.requireNonNull(cutoff, "cutoff");
        return run("purge", c -> {
            try (PreparedStatement s = prepare(
                    c, "DELETE FROM " + TABLE + " WHERE updated < ? AND (held_until IS NULL OR held_until < ?)")) {
                s.setTimestamp(1, Timestamp.from(cutoff));
                s.setTimestamp(2, Timestamp.from(cutoff));
                return s.executeUpdate();
            }
        });
    }

    @Override
    public boolean holdUntil(String id, Instant until) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(until, "until");
        return run("hold", c -> {
            try (PreparedStatement s = prepare(c, "UPDATE " + TABLE + " SET held_until = ? WHERE id = ?")) {
                s.setTimestamp(1, Timestamp.from(until));
                s.setString(2, id);
                return s.executeUpdate() > 0;
            }
        });
    }

    /** Closes the database when the store opened it ({@link #open}, {@link #h2}); else nothing. */
    @Override
    public void close() {
        if (owned != null) {
            owned.close();
        }
    }

    @Override
    public String toString() {
        return "JdbcSessionStore{" + name + "}";
    }

    private void createTable() {
        // two processes starting at once may race on CREATE TABLE IF NOT EXISTS (PostgreSQL then reports a
        // duplicate type): the second attempt finds the table
        try {
            run("create table", this::createTable);
        } catch (SessionStoreException first) {
            run("create table", this::createTable);
        }
    }

    private Void createTable(Connection c) throws SQLException {
        String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        String text = product.contains("postgres") ? "TEXT" : "CHARACTER LARGE OBJECT";
        try (Statement s = c.createStatement()) {
            s.setQueryTimeout(PortalDatabase.QUERY_TIMEOUT_SECONDS);
            s.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (id VARCHAR(64) PRIMARY KEY, "
                    + "journey VARCHAR(200) NOT NULL, snapshot " + text + " NOT NULL, "
                    + "updated TIMESTAMP WITH TIME ZONE NOT NULL, version BIGINT DEFAULT 1 NOT NULL)");
            // a table of an earlier portal: its sessions get version 1
            s.execute("ALTER TABLE " + TABLE + " ADD COLUMN IF NOT EXISTS version BIGINT DEFAULT 1 NOT NULL");
            // a table of an earlier portal: no session is held
            s.execute("ALTER TABLE " + TABLE + " ADD COLUMN IF NOT EXISTS held_until TIMESTAMP WITH TIME ZONE");
            s.execute("CREATE INDEX IF NOT EXISTS " + TABLE + "_updated ON " + TABLE + " (updated)");
        }
        return null;
    }

    private static PreparedStatement prepare(Connection c, String sql) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        s.setQueryTimeout(PortalDatabase.QUERY_TIMEOUT_SECONDS);
        return s;
    }

    /** A JDBC action on a connection from the pool. */
    private interface Action<T> {
        T apply(Connection c) throws SQLException;
    }

    private <T> T run(String what, Action<T> action) {
        try (Connection c = dataSource.getConnection()) {
            return action.apply(c);
        } catch (SQLException e) {
            throw new SessionStoreException("session store (" + name + "): " + what + " failed: " + e.getMessage(), e);
        }
    }
}
