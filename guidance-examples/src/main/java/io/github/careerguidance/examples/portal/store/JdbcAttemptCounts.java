/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.store;

import io.github.careerguidance.core.meta.Beta;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Attempt counts shared by every portal process on one database, in the table {@code guidance_portal_attempt}
 * (created when missing): the limits on resume-code attempts and the adviser lock-out hold for the whole loket, not
 * per process. A key (a client address, a presented code, an account name) is stored only as its SHA-256 hash. A
 * count lives in a fixed window that starts at the key's first attempt; the first attempt after the window starts a
 * new one.
 *
 * <pre>{@code
 * JdbcAttemptCounts counts = JdbcAttemptCounts.open(database.dataSource());
 * JdbcAttemptCounts.Window w = counts.add("resume-ip:192.0.2.7", clock.instant(), Duration.ofMinutes(15));
 * boolean refused = w.count() > 10;
 * }</pre>
 *
 * <p>Every change is one atomic SQL statement in autocommit ({@code UPDATE ... SET count = count + 1 WHERE ...}, or
 * an {@code INSERT} the primary key keeps unique), so concurrent attempts in several processes are all counted.
 * Thread-safe.
 *
 * @since 0.1.0
 */
@Beta
public final class JdbcAttemptCounts implements Purgeable {
    /** The table name. */
    public static final String TABLE = "guidance_portal_attempt";

    private final DataSource source;

    /**
     * A key's current window.
     *
     * @param start when the window started (the first attempt in it)
     * @param count the attempts counted in it, at least 1
     */
    public record Window(Instant start, int count) {
        /**
         * Checks the parts.
         *
         * @param start the start
         * @param count the count
         */
        public Window {
            Objects.requireNonNull(start, "start");
            if (count < 1) {
                throw new IllegalArgumentException("count must be at least 1 but was " + count);
            }
        }
    }

    private JdbcAttemptCounts(DataSource source) {
        this.source = source;
    }

    /**
     * Opens the counts on a data source and creates the table when missing.
     *
     * @param source the data source (the portal's pool)
     * @return the counts
     * @throws SessionStoreException when the table cannot be created
     */
    public static JdbcAttemptCounts open(DataSource source) {
        JdbcAttemptCounts counts = new JdbcAttemptCounts(Objects.requireNonNull(source, "source"));
        try {
            counts.run("create table", counts::createTable);
        } catch (SessionStoreException first) {
            // two processes starting at once may race on CREATE TABLE IF NOT EXISTS: the second attempt finds it
            counts.run("create table", counts::createTable);
        }
        return counts;
    }

    /**
     * Counts one attempt for a key: in its window when the window is still running at {@code now}, else as the first
     * of a new window starting now.
     *
     * @param key the key
     * @param now the time of the attempt
     * @param window the window's length, positive
     * @return the key's window with this attempt counted
     * @throws SessionStoreException when the table cannot be written
     */
    public Window add(String key, Instant now, Duration window) {
        String k = hash(key);
        Objects.requireNonNull(now, "now");
        Instant expired = now.minus(positive(window));
        for (int attempt = 0; attempt < 3; attempt++) {
            boolean counted = update(
                    "UPDATE " + TABLE + " SET attempts = attempts + 1 WHERE k = ? AND started > ?", k, expired, null);
            if (counted) {
                Optional<Window> w = read(k, expired);
                if (w.isPresent()) {
                    return w.get();
                }
                continue; // purged or restarted in between: count again
            }
            if (update(
                    "UPDATE " + TABLE + " SET started = ?, attempts = 1 WHERE k = ? AND started <= ?",
                    k,
                    expired,
                    now)) {
                return new Window(now, 1);
            }
            if (insert(k, now)) {
                return new Window(now, 1);
            }
            // another process inserted the key in between: count in its window
        }
        throw new SessionStoreException("attempt counts: add failed: the key's row kept changing", null);
    }

    /**
     * A key's window, when it is still running at {@code now}.
     *
     * @param key the key
     * @param now the time
     * @param window the window's length, positive
     * @return the window, or empty when the key has none running
     * @throws SessionStoreException when the table cannot be read
     */
    public Optional<Window> current(String key, Instant now, Duration window) {
        return read(hash(key), Objects.requireNonNull(now, "now").minus(positive(window)));
    }

    /**
     * Forgets a key's count (after a successful sign-in).
     *
     * @param key the key
     * @throws SessionStoreException when the table cannot be written
     */
    public void clear(String key) {
        String k = hash(key);
        run("clear", c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM " + TABLE + " WHERE k = ?")) {
                s.setQueryTimeout(PortalDatabase.QUERY_TIMEOUT_SECONDS);
                s.setString(1, k);
                s.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Deletes the windows that started before a moment (the retention purge; windows are minutes long).
     *
     * @param cutoff windows started before this go
     * @return how many were deleted
     * @throws SessionStoreException when the table cannot be written
     */
    @Override
    public int purgeBefore(Instant cutoff) {
        Objects.requireNonNull(cutoff, "cutoff");
        return run("purge", c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM " + TABLE + " WHERE started < ?")) {
                s.setQueryTimeout(PortalDatabase.QUERY_TIMEOUT_SECONDS);
                s.setTimestamp(1, Timestamp.from(cutoff));
                return s.executeUpdate();
            }
        });
    }

    @Override
    public String toString() {
        return "JdbcAttemptCounts{" + TABLE + "}";
    }

    private Optional<Window> read(String k, Instant expired) {
        return run("read", c -> {
            try (PreparedStatement s =
                    c.prepareStatement("SELECT started, attempts FROM " + TABLE + " WHERE k = ? AND started > ?")) {
                s.setQueryTimeout(PortalDatabase.QUERY_TIMEOUT_SECONDS);
                s.setString(1, k);
                s.setTimestamp(2, Timestamp.from(expired));
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new Window(rs.getTimestamp(1).toInstant(), rs.getInt(2)))
                            : Optional.<Window>empty();
                }
            }
        });
    }

    /** Runs an update with the key and a moment (and a first moment, when given); whether it changed a row. */
    private boolean update(String sql, String k, Instant moment, Instant first) {
        return run("add", c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setQueryTimeout(PortalDatabase.QUERY_TIMEOUT_SECONDS);
                int i = 1;
                if (first != null) {
                    s.setTimestamp(i++, Timestamp.from(first));
                }
                s.setString(i++, k);
                s.setTimestamp(i, Timestamp.from(moment));
                return s.executeUpdate() > 0;
            }
        });
    }

    private boolean insert(String k, Instant now) {
        return run("add", c -> {
            try (PreparedStatement s =
                    c.prepareStatement("INSERT INTO " + TABLE + " (k, started, attempts) VALUES (?, ?, 1)")) {
                s.setQueryTimeout(PortalDatabase.QUERY_TIMEOUT_SECONDS);
                s.setString(1, k);
                s.setTimestamp(2, Timestamp.from(now));
                s.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (e.getSQLState() != null && e.getSQLState().startsWith("23")) { // the key is there now
                    return false;
                }
                throw e;
            }
        });
    }

    private Void createTable(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.setQueryTimeout(PortalDatabase.QUERY_TIMEOUT_SECONDS);
            s.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (k VARCHAR(64) PRIMARY KEY, "
                    + "started TIMESTAMP WITH TIME ZONE NOT NULL, attempts INT NOT NULL)");
        }
        return null;
    }

    private static Duration positive(Duration window) {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the window must be positive but was " + window);
        }
        return window;
    }

    private static String hash(String key) {
        Objects.requireNonNull(key, "key");
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private interface Action<T> {
        T apply(Connection c) throws SQLException;
    }

    private <T> T run(String what, Action<T> action) {
        try (Connection c = source.getConnection()) {
            c.setAutoCommit(true);
            return action.apply(c);
        } catch (SQLException e) {
            throw new SessionStoreException("attempt counts: " + what + " failed: " + e.getMessage(), e);
        }
    }
}
