/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.careerguidance.core.meta.Beta;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The portal's database: a HikariCP connection pool on an embedded H2 file ({@link #h2(Path)}, the default) or on
 * PostgreSQL (or H2) by JDBC URL ({@link #open(String, String, String)}). Every table of the portal
 * ({@link JdbcSessionStore}, {@link PortalSecrets}, ...) is written against its {@link #dataSource()}.
 *
 * <p>Settings that make the portal hold up:
 * <ul>
 *   <li><b>Timeouts</b>: a free connection within {@value #CONNECTION_TIMEOUT_MS} ms or a
 *       {@link SessionStoreException}; every statement at most {@value #QUERY_TIMEOUT_SECONDS} s
 *       ({@link java.sql.Statement#setQueryTimeout(int)}); PostgreSQL: connect within 5 s and a socket read
 *       timeout of 30 s, so a vanished server cannot hold a request thread for ever; H2: a row lock waited for at
 *       most 5 s.</li>
 *   <li><b>Durable commits</b>: H2 with {@code WRITE_DELAY=0}, so the MVStore writes a transaction to its file
 *       when it commits, not up to 0.5 s later (what survives: the death of the process, SIGKILL included; an
 *       operating-system crash or power loss can still lose the last commits, as H2 does not sync the file on every
 *       commit), and an embedded H2 file is opened once and shut down cleanly before the pool opens it, because
 *       H2 2.5.252 did not always write a commit on a file recovered after a kill; PostgreSQL with {@code synchronous_commit} on (the server's default; a connection of a server
 *       configured {@code off} turns it on for itself), so a commit is flushed to the write-ahead log before it
 *       returns.</li>
 *   <li><b>Autocommit</b>: every statement commits by itself; a change is durable when its statement returns.</li>
 * </ul>
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
@Beta
public final class PortalDatabase implements AutoCloseable {
    /** How long a request waits for a free connection, in milliseconds. */
    public static final long CONNECTION_TIMEOUT_MS = 5_000;
    /** The longest a statement may run, in seconds. */
    public static final int QUERY_TIMEOUT_SECONDS = 10;
    /** Connections in the pool by default (the portal serves requests on 8 threads). */
    public static final int DEFAULT_POOL_SIZE = 8;

    private final HikariDataSource pool;
    private final String url;
    private final boolean postgres;

    private PortalDatabase(HikariDataSource pool, String url, boolean postgres) {
        this.pool = pool;
        this.url = url;
        this.postgres = postgres;
    }

    /**
     * Opens a pool on a JDBC URL ({@code jdbc:postgresql://...} or {@code jdbc:h2:...}).
     *
     * @param url the JDBC URL
     * @param user the user, or null
     * @param password the password, or null
     * @return the database
     * @throws IllegalArgumentException for another kind of URL
     * @throws SessionStoreException when the database cannot be reached
     */
    public static PortalDatabase open(String url, String user, String password) {
        return open(url, user, password, DEFAULT_POOL_SIZE);
    }

    /**
     * Opens a pool of a given size on a JDBC URL ({@code jdbc:postgresql://...} or {@code jdbc:h2:...}).
     *
     * @param url the JDBC URL
     * @param user the user, or null
     * @param password the password, or null
     * @param poolSize the most connections, at least 1
     * @return the database
     * @throws IllegalArgumentException for another kind of URL or a pool size under 1
     * @throws SessionStoreException when the database cannot be reached
     */
    public static PortalDatabase open(String url, String user, String password, int poolSize) {
        Objects.requireNonNull(url, "url");
        boolean postgres = url.startsWith("jdbc:postgresql:");
        if (!postgres && !url.startsWith("jdbc:h2:")) {
            throw new IllegalArgumentException("url must be a jdbc:postgresql: or jdbc:h2: URL but was '" + url + "'");
        }
        if (poolSize < 1) {
            throw new IllegalArgumentException("poolSize must be at least 1 but was " + poolSize);
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("guidance-portal");
        config.setJdbcUrl(postgres ? url : h2Url(url));
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(Math.min(2, poolSize));
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
        config.setValidationTimeout(2_000);
        config.setAutoCommit(true);
        if (postgres) {
            // seconds, the driver's units
            config.addDataSourceProperty("connectTimeout", "5");
            config.addDataSourceProperty("loginTimeout", "5");
            config.addDataSourceProperty("socketTimeout", "30");
            config.addDataSourceProperty("tcpKeepAlive", "true");
            config.addDataSourceProperty("ApplicationName", "guidance-portal");
            // durable commits even on a server configured otherwise (a stricter setting such as remote_apply stays)
            config.setConnectionInitSql("SELECT set_config('synchronous_commit', 'on', false)"
                    + " WHERE current_setting('synchronous_commit') IN ('off', 'local')");
        }
        if (!postgres && isEmbeddedFile(url)) {
            startClean(config.getJdbcUrl(), user, password);
        }
        try {
            return new PortalDatabase(new HikariDataSource(config), url, postgres);
        } catch (RuntimeException e) {
            throw new SessionStoreException("cannot open the database " + url + ": " + rootMessage(e), e);
        }
    }

    /**
     * Opens (or creates) the embedded H2 database {@code portal} in a folder.
     *
     * @param dataDir the folder; created when missing
     * @return the database
     * @throws SessionStoreException when the folder or the database cannot be opened
     */
    public static PortalDatabase h2(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
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

    /** An H2 URL with the durability and lock settings added where the URL does not set them itself. */
    static String h2Url(String url) {
        String upper = url.toUpperCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(url);
        if (!upper.contains(";WRITE_DELAY=")) {
            b.append(";WRITE_DELAY=0");
        }
        if (!upper.contains(";LOCK_TIMEOUT=")) {
            b.append(";LOCK_TIMEOUT=5000");
        }
        return b.toString();
    }

    /** Whether an H2 URL names an embedded database file (not {@code mem:}, a server, or a read-only zip). */
    static boolean isEmbeddedFile(String url) {
        String rest = url.substring("jdbc:h2:".length()).toLowerCase(Locale.ROOT);
        return !(rest.startsWith("mem:")
                || rest.startsWith("tcp:")
                || rest.startsWith("ssl:")
                || rest.startsWith("zip:"));
    }

    /**
     * Opens an embedded H2 file once and shuts it down cleanly before the pool opens it. H2 2.5.252 recovers a file
     * left by a killed process, but on such a file it does not always write a commit when the commit returns: in the
     * portal's fault test, a file through several SIGKILLs in a row lost an acknowledged answer in about 1 of 20 kills
     * (the commit's chunk was never written), while a cleanly closed file lost none. A clean shutdown after the
     * recovery gives every start a cleanly closed file. A database this process already has open (another session on
     * it) is left as it is: it was started clean when it was opened.
     */
    private static void startClean(String h2Url, String user, String password) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(h2Url);
        h2.setUser(user == null ? "" : user);
        h2.setPassword(password == null ? "" : password);
        try (Connection c = h2.getConnection();
                Statement s = c.createStatement();
                ResultSet others = s.executeQuery(
                        "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID <> SESSION_ID()")) {
            others.next();
            if (others.getLong(1) == 0) {
                s.execute("SHUTDOWN");
            }
        } catch (SQLException e) {
            throw new SessionStoreException("cannot open the database " + h2Url + ": " + e.getMessage(), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    /**
     * The pooled data source; a connection taken from it is returned by closing it.
     *
     * @return the data source
     */
    public DataSource dataSource() {
        return pool;
    }

    /**
     * Whether the database is PostgreSQL (else H2).
     *
     * @return true for PostgreSQL
     */
    public boolean isPostgres() {
        return postgres;
    }

    /**
     * The JDBC URL as given (without credentials).
     *
     * @return the URL
     */
    public String url() {
        return url;
    }

    /** Closes the pool and its connections (an embedded H2 database closes with its last connection). */
    @Override
    public void close() {
        pool.close();
    }

    @Override
    public String toString() {
        return "PortalDatabase{" + url + "}";
    }

    /** Creates tables on a data source; may be run twice. */
    @FunctionalInterface
    interface TableCreation {
        void create(DataSource dataSource) throws SQLException;
    }

    /**
     * Creates tables, once more when the first attempt fails: two processes starting at once may race on {@code
     * CREATE TABLE IF NOT EXISTS} (PostgreSQL then reports a duplicate table, 42P07, or type, 23505), and the second
     * attempt finds the table.
     *
     * @param dataSource the database
     * @param what what the tables hold, for the error ("callback requests")
     * @param creation the statements, idempotent
     * @throws SessionStoreException when the second attempt fails too
     */
    static void createRetryingOnce(DataSource dataSource, String what, TableCreation creation) {
        try {
            creation.create(dataSource);
        } catch (SQLException first) {
            try {
                creation.create(dataSource);
            } catch (SQLException e) {
                e.addSuppressed(first);
                throw new SessionStoreException(what + ": create table failed (SQL state " + e.getSQLState() + ")", e);
            }
        }
    }
}
