/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link SessionStore} in a relational database over plain JDBC: an embedded H2 file database by default
 * ({@link #h2(Path)}), or PostgreSQL (or H2) by JDBC URL ({@link #open(String, String, String)}). The table
 * {@code guidance_portal_session} is created when missing.
 *
 * <pre>{@code
 * try (JdbcSessionStore store = JdbcSessionStore.h2(JdbcSessionStore.defaultDataDir())) {
 *     store.save(new StoredSession(id, "looking-for-work", snapshotJson, Instant.now()));
 * }
 * }</pre>
 *
 * <p>Thread-safe: one connection, used by one thread at a time, opened again when it breaks. Enough for the
 * reference portal; a busy portal would use a connection pool behind the same interface.
 *
 * @since 0.1.0
 */
public final class JdbcSessionStore implements SessionStore {
    /** The table name. */
    public static final String TABLE = "guidance_portal_session";

    private final String url;
    private final String user;
    private final String password;
    private Connection connection;

    private JdbcSessionStore(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /**
     * Opens a store by JDBC URL ({@code jdbc:postgresql://...} or {@code jdbc:h2:...}) and creates its table when
     * missing.
     *
     * @param url the JDBC URL
     * @param user the user, or null
     * @param password the password, or null
     * @return the store
     * @throws SessionStoreException when the database cannot be reached or the table cannot be created
     */
    public static JdbcSessionStore open(String url, String user, String password) {
        Objects.requireNonNull(url, "url");
        if (!url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:h2:")) {
            throw new IllegalArgumentException("url must be a jdbc:postgresql: or jdbc:h2: URL but was '" + url + "'");
        }
        JdbcSessionStore store = new JdbcSessionStore(url, user, password);
        synchronized (store) {
            store.createTable();
        }
        return store;
    }

    /**
     * Opens (or creates) the embedded H2 database {@code portal} in a folder.
     *
     * @param dataDir the folder; created when missing
     * @return the store
     * @throws SessionStoreException when the database cannot be opened
     */
    public static JdbcSessionStore h2(Path dataDir) {
        try {
            java.nio.file.Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new SessionStoreException("cannot create the data folder " + dataDir + ": " + e.getMessage(), e);
        }
        Path file = dataDir.toAbsolutePath().resolve("portal");
        return open("jdbc:h2:file:" + file.toString().replace('\\', '/'), "sa", "");
    }

    /**
     * The default data folder: {@code $XDG_DATA_HOME/guidance}, else {@code ${user.home}/.local/share/guidance}.
     *
     * @return the folder (it may not exist yet)
     */
    public static Path defaultDataDir() {
        String xdg = System.getenv("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "guidance");
        }
        return Path.of(System.getProperty("user.home"), ".local", "share", "guidance");
    }

    /**
     * The JDBC URL (without credentials).
     *
     * @return the URL
     */
    public String url() {
        return url;
    }

    @Override
    public synchronized Optional<StoredSession> load(String id) {
        Objects.requireNonNull(id, "id");
        return run("load", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT journey, snapshot, updated FROM " + TABLE + " WHERE id = ?")) {
                s.setString(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new StoredSession(id, rs.getString(1), rs.getString(2),
                            rs.getTimestamp(3).toInstant()));
                }
            }
        });
    }

    @Override
    public synchronized void save(StoredSession session) {
        Objects.requireNonNull(session, "session");
        run("save", c -> {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                int updated;
                try (PreparedStatement s = c.prepareStatement(
                        "UPDATE " + TABLE + " SET journey = ?, snapshot = ?, updated = ? WHERE id = ?")) {
                    s.setString(1, session.journey());
                    s.setString(2, session.snapshot());
                    s.setTimestamp(3, Timestamp.from(session.updated()));
                    s.setString(4, session.id());
                    updated = s.executeUpdate();
                }
                if (updated == 0) {
                    try (PreparedStatement s = c.prepareStatement(
                            "INSERT INTO " + TABLE + " (id, journey, snapshot, updated) VALUES (?, ?, ?, ?)")) {
                        s.setString(1, session.id());
                        s.setString(2, session.journey());
                        s.setString(3, session.snapshot());
                        s.setTimestamp(4, Timestamp.from(session.updated()));
                        s.executeUpdate();
                    }
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
            return null;
        });
    }

    @Override
    public synchronized boolean delete(String id) {
        Objects.requireNonNull(id, "id");
        return run("delete", c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM " + TABLE + " WHERE id = ?")) {
                s.setString(1, id);
                return s.executeUpdate() > 0;
            }
        });
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // closing: nothing left to do
            }
            connection = null;
        }
    }

    @Override
    public String toString() {
        return "JdbcSessionStore{" + url + "}";
    }

    private void createTable() {
        run("create table", c -> {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            String text = product.contains("postgres") ? "TEXT" : "CHARACTER LARGE OBJECT";
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (id VARCHAR(64) PRIMARY KEY, "
                        + "journey VARCHAR(200) NOT NULL, snapshot " + text + " NOT NULL, "
                        + "updated TIMESTAMP WITH TIME ZONE NOT NULL)");
            }
            return null;
        });
    }

    /** A JDBC action. */
    private interface Action<T> {
        T apply(Connection c) throws SQLException;
    }

    private <T> T run(String what, Action<T> action) {
        try {
            return action.apply(connection());
        } catch (SQLException first) {
            close(); // the connection may be broken: try once more on a new one
            try {
                return action.apply(connection());
            } catch (SQLException e) {
                e.addSuppressed(first);
                throw new SessionStoreException("session store (" + url + "): " + what + " failed: " + e.getMessage(), e);
            }
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null || connection.isClosed()) {
            connection = DriverManager.getConnection(url, user, password);
        }
        return connection;
    }
}
