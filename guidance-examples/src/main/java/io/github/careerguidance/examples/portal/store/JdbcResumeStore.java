/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.store;

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
 * What the portal keeps beside a session to let a visitor come back without an account: the hash of the session's
 * resume code (never the code), when the code was issued, and the plan the visitor took away (fixed on the day the
 * outcome was first shown), and until when the row is held from the retention purge (the plan's review date), in the
 * table {@code guidance_portal_resume}, created when missing.
 *
 * <pre>{@code
 * JdbcResumeStore resumes = JdbcResumeStore.open(JdbcResumeStore.dataSource(url, user, password));
 * resumes.issue(sessionId, codeHash, clock.instant());
 * Optional<JdbcResumeStore.Entry> back = resumes.byCodeHash(codeHash);
 * }</pre>
 *
 * <p>Every method takes its own connection from the {@link DataSource} and commits before it returns (autocommit),
 * so a code is durable before the page that shows it is sent. Thread-safe.
 *
 * @since 0.1.0
 */
public final class JdbcResumeStore implements Purgeable {
    /** The table name. */
    public static final String TABLE = "guidance_portal_resume";

    private final DataSource source;
    private final String description;

    private JdbcResumeStore(DataSource source, String description) {
        this.source = source;
        this.description = description;
    }

    /**
     * One row: a session's code hash, its plan, and when the row last changed (for retention).
     *
     * @param sessionId the session id
     * @param codeHash the hash of the resume code, if one was issued
     * @param issued when the code was issued, if one was
     * @param plan the plan as JSON, if it is fixed
     * @param updated when the row last changed
     * @param heldUntil the moment the row is held until ({@link #holdUntil(String, Instant)}), if any
     */
    public record Entry(
            String sessionId,
            Optional<String> codeHash,
            Optional<Instant> issued,
            Optional<String> plan,
            Instant updated,
            Optional<Instant> heldUntil) {
        /**
         * Checks that no part is null.
         *
         * @param sessionId the session id
         * @param codeHash the code hash
         * @param issued when issued
         * @param plan the plan
         * @param updated when changed
         * @param heldUntil held until
         */
        public Entry {
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(codeHash, "codeHash");
            Objects.requireNonNull(issued, "issued");
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(updated, "updated");
            Objects.requireNonNull(heldUntil, "heldUntil");
        }

        @Override
        public String toString() {
            return "Entry{code=" + (codeHash.isPresent() ? "[hash]" : "none") + ", plan=" + plan.isPresent()
                    + ", updated=" + updated + ", heldUntil="
                    + heldUntil.map(Instant::toString).orElse("none") + "}";
        }
    }

    /**
     * Opens the store on a data source and creates its table when missing.
     *
     * @param source the data source (a pool, or {@link #dataSource(String, String, String)})
     * @return the store
     * @throws SessionStoreException when the table cannot be created
     */
    public static JdbcResumeStore open(DataSource source) {
        JdbcResumeStore store = new JdbcResumeStore(
                Objects.requireNonNull(source, "source"), source.getClass().getSimpleName());
        store.createTable();
        return store;
    }

    /**
     * A plain (unpooled) data source for a {@code jdbc:h2:} or {@code jdbc:postgresql:} URL.
     *
     * @param url the JDBC URL
     * @param user the user, or null
     * @param password the password, or null
     * @return the data source
     * @throws IllegalArgumentException for another kind of URL
     */
    public static DataSource dataSource(String url, String user, String password) {
        return DataSources.of(url, user, password);
    }

    /**
     * The row of a session.
     *
     * @param sessionId the session id
     * @return the row, or empty
     * @throws SessionStoreException when the store cannot be read
     */
    public Optional<Entry> bySession(String sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        return find("session_id", sessionId);
    }

    /**
     * The row whose code has a hash.
     *
     * @param codeHash the hash of a presented code
     * @return the row, or empty
     * @throws SessionStoreException when the store cannot be read
     */
    public Optional<Entry> byCodeHash(String codeHash) {
        Objects.requireNonNull(codeHash, "codeHash");
        return find("code_hash", codeHash);
    }

    private Optional<Entry> find(String column, String value) {
        return run("load", c -> {
            try (PreparedStatement s =
                    c.prepareStatement("SELECT session_id, code_hash, issued, plan, updated, held_until FROM " + TABLE
                            + " WHERE " + column + " = ?")) {
                s.setString(1, value);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    Timestamp issued = rs.getTimestamp(3);
                    Timestamp held = rs.getTimestamp(6);
                    return Optional.of(new Entry(
                            rs.getString(1),
                            Optional.ofNullable(rs.getString(2)),
                            Optional.ofNullable(issued).map(Timestamp::toInstant),
                            Optional.ofNullable(rs.getString(4)),
                            rs.getTimestamp(5).toInstant(),
                            Optional.ofNullable(held).map(Timestamp::toInstant)));
                }
            }
        });
    }

    /**
     * Gives a session a (new) code: its hash replaces any earlier one, so an earlier code stops working.
     *
     * @param sessionId the session id
     * @param codeHash the hash of the new code
     * @param now the time of issue
     * @throws SessionStoreException when the store cannot be written
     */
    public void issue(String sessionId, String codeHash, Instant now) {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(codeHash, "codeHash");
        Objects.requireNonNull(now, "now");
        for (int attempt = 0; ; attempt++) {
            boolean updated = run("issue", c -> {
                try (PreparedStatement s = c.prepareStatement(
                        "UPDATE " + TABLE + " SET code_hash = ?, issued = ?, updated = ? WHERE session_id = ?")) {
                    s.setString(1, codeHash);
                    s.setTimestamp(2, Timestamp.from(now));
                    s.setTimestamp(3, Timestamp.from(now));
                    s.setString(4, sessionId);
                    return s.executeUpdate() > 0;
                }
            });
            if (updated) {
                return;
            }
            try {
                insert(sessionId, codeHash, now, null, now);
                return;
            } catch (SessionStoreException e) {
                if (attempt > 0) {
                    throw e; // not a lost race with another insert: a real failure
                }
            }
        }
    }

    /**
     * Fixes a session's plan, unless one is fixed already.
     *
     * @param sessionId the session id
     * @param planJson the plan as JSON
     * @param now the time
     * @return true when this call fixed it, false when a plan was there
     * @throws SessionStoreException when the store cannot be written
     */
    public boolean fixPlan(String sessionId, String planJson, Instant now) {
        Objects.requireNonNull(planJson, "planJson");
        Optional<Entry> row = bySession(sessionId);
        if (row.isPresent() && row.get().plan().isPresent()) {
            return false;
        }
        if (row.isEmpty()) {
            try {
                insert(sessionId, null, null, planJson, now);
                return true;
            } catch (SessionStoreException e) {
                // another request made the row in between: fall through to the update
            }
        }
        return run("fix plan", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE " + TABLE + " SET plan = ?, updated = ? WHERE session_id = ? AND plan IS NULL")) {
                s.setString(1, planJson);
                s.setTimestamp(2, Timestamp.from(now));
                s.setString(3, sessionId);
                return s.executeUpdate() > 0;
            }
        });
    }

    /**
     * Forgets a session's plan (when a follow-up journey that reviews it starts; the next plan is fixed at its outcome).
     *
     * @param sessionId the session id
     * @param now the time
     * @throws SessionStoreException when the store cannot be written
     */
    public void clearPlan(String sessionId, Instant now) {
        update("clear plan", "UPDATE " + TABLE + " SET plan = NULL, updated = ? WHERE session_id = ?", now, sessionId);
    }

    /**
     * Moves a row to a new session id (the session moved to a new browser's cookie).
     *
     * @param from the old session id
     * @param to the new session id
     * @param now the time
     * @throws SessionStoreException when the store cannot be written
     */
    public void move(String from, String to, Instant now) {
        Objects.requireNonNull(to, "to");
        run("move", c -> {
            try (PreparedStatement s =
                    c.prepareStatement("UPDATE " + TABLE + " SET session_id = ?, updated = ? WHERE session_id = ?")) {
                s.setString(1, to);
                s.setTimestamp(2, Timestamp.from(now));
                s.setString(3, Objects.requireNonNull(from, "from"));
                s.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Deletes a session's row: its code stops working and its plan is gone.
     *
     * @param sessionId the session id
     * @return whether there was a row
     * @throws SessionStoreException when the store cannot be written
     */
    public boolean delete(String sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        return run("delete", c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM " + TABLE + " WHERE session_id = ?")) {
                s.setString(1, sessionId);
                return s.executeUpdate() > 0;
            }
        });
    }

    /**
     * Holds a session's row from the retention purge until a moment (the review date of its plan): the purge deletes
     * it only when its last change and this moment are both before the cutoff, and a code stays valid for its
     * lifetime from this moment when that is later than its issue. A later call replaces the moment.
     *
     * @param sessionId the session id
     * @param until the moment
     * @return whether the session has a row
     * @throws SessionStoreException when the store cannot be written
     */
    public boolean holdUntil(String sessionId, Instant until) {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(until, "until");
        return run("hold", c -> {
            try (PreparedStatement s =
                    c.prepareStatement("UPDATE " + TABLE + " SET held_until = ? WHERE session_id = ?")) {
                s.setTimestamp(1, Timestamp.from(until));
                s.setString(2, sessionId);
                return s.executeUpdate() > 0;
            }
        });
    }

    /**
     * Deletes the rows that did not change since a moment, unless held until that moment or later: for the retention
     * purge.
     *
     * @param cutoff rows last changed before this are deleted
     * @return how many rows were deleted
     * @throws SessionStoreException when the store cannot be written
     */
    public int purgeBefore(Instant cutoff) {
        Objects.requireNonNull(cutoff, "cutoff");
        return run("purge", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "DELETE FROM " + TABLE + " WHERE updated < ? AND (held_until IS NULL OR held_until < ?)")) {
                s.setTimestamp(1, Timestamp.from(cutoff));
                s.setTimestamp(2, Timestamp.from(cutoff));
                return s.executeUpdate();
            }
        });
    }

    @Override
    public String toString() {
        return "JdbcResumeStore{" + description + "}";
    }

    private void insert(String sessionId, String codeHash, Instant issued, String plan, Instant now) {
        run("insert", c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO " + TABLE
                    + " (session_id, code_hash, issued, plan, updated) VALUES (?, ?, ?, ?, ?)")) {
                s.setString(1, sessionId);
                s.setString(2, codeHash);
                s.setTimestamp(3, issued == null ? null : Timestamp.from(issued));
                s.setString(4, plan);
                s.setTimestamp(5, Timestamp.from(now));
                s.executeUpdate();
            }
            return null;
        });
    }

    private void update(String what, String sql, Instant now, String sessionId) {
        run(what, c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setTimestamp(1, Timestamp.from(Objects.requireNonNull(now, "now")));
                s.setString(2, Objects.requireNonNull(sessionId, "sessionId"));
                s.executeUpdate();
            }
            return null;
        });
    }

    private void createTable() {
        run("create table", c -> {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            String text = product.contains("postgres") ? "TEXT" : "CHARACTER LARGE OBJECT";
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (session_id VARCHAR(64) PRIMARY KEY, "
                        + "code_hash VARCHAR(64) UNIQUE, issued TIMESTAMP WITH TIME ZONE, plan " + text + ", "
                        + "updated TIMESTAMP WITH TIME ZONE NOT NULL)");
                // a table of an earlier portal: no row is held
                s.execute("ALTER TABLE " + TABLE + " ADD COLUMN IF NOT EXISTS held_until TIMESTAMP WITH TIME ZONE");
            }
            return null;
        });
    }

    private interface Action<T> {
        T apply(Connection c) throws SQLException;
    }

    private <T> T run(String what, Action<T> action) {
        try (Connection c = source.getConnection()) {
            c.setAutoCommit(true);
            return action.apply(c);
        } catch (SQLException e) {
            throw new SessionStoreException("resume store: " + what + " failed: " + e.getMessage(), e);
        }
    }
}
