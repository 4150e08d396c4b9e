/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.store;

import io.github.careerguidance.core.calendar.CallbackWindow;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.profile.Region;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.journeys.handover.HandoverFormat;
import io.github.careerguidance.journeys.handover.HandoverReason;
import io.github.careerguidance.journeys.handover.HandoverRequest;
import io.github.careerguidance.journeys.handover.spi.HandoverException;
import io.github.careerguidance.journeys.handover.spi.HandoverReceipt;
import io.github.careerguidance.journeys.handover.spi.HandoverSink;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * A {@link HandoverSink} that keeps callback requests in the portal's database (table {@value #TABLE}), where the
 * advisers' queue reads them: the SDK's request as JSON (with only the summary the visitor consented to), and beside
 * it the visitor's {@link CallbackDetails}, the queue region, a priority, the deadline and the status. An adviser's
 * action ({@link #record}) sets the status and writes the {@link JdbcCallbackAudit audit log} in one transaction.
 *
 * <pre>{@code
 * JdbcHandoverSink sink = JdbcHandoverSink.open(dataSource, clock);
 * HandoverRequest request = desk.request(session, ContactChannel.PHONE, query).orElseThrow();
 * HandoverReceipt receipt = sink.with(details).accept(request);   // or sink.accept(request) without details
 * }</pre>
 *
 * <p>Thread-safe: every call takes its own connection from the {@link DataSource} and commits before it returns, so a
 * receipt means the request is stored. Idempotent as the SPI asks: the same request (and details) again gets the first
 * receipt; another request under a known id is refused with {@link HandoverException.Reason#DUPLICATE_ID}; a database
 * failure is {@link HandoverException.Reason#UNAVAILABLE}. Messages never hold visitor data.
 *
 * @since 0.1.0
 */
public final class JdbcHandoverSink implements HandoverSink, Purgeable {
    /** The table name. */
    public static final String TABLE = "guidance_portal_callback";
    /** The queue region of a request the routing gave no region. */
    public static final String NATIONAL = "landelijk";
    /** The deadline of a request without a callback window or time band: this long after it was taken. */
    public static final Duration DEFAULT_DEADLINE = Duration.ofDays(2);

    private static final String COLUMNS =
            "id, created_at, updated_at, region, contact_point, priority, deadline, status,"
                    + " attempts, owner_tag, journey, slot_start, slot_end, phone, email, contact_consent, share_level, request";

    private final DataSource dataSource;
    private final Clock clock;
    private final JdbcCallbackAudit audit;

    private JdbcHandoverSink(DataSource dataSource, Clock clock, JdbcCallbackAudit audit) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Opens the sink on a data source and creates its table (and the audit log's) when missing.
     *
     * @param dataSource the portal's database
     * @param clock dates receipts, updates and audit entries
     * @return the sink
     * @throws SessionStoreException when the tables cannot be created
     */
    public static JdbcHandoverSink open(DataSource dataSource, Clock clock) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(clock, "clock");
        PortalDatabase.createRetryingOnce(dataSource, "callback requests", JdbcHandoverSink::createTable);
        return new JdbcHandoverSink(dataSource, clock, JdbcCallbackAudit.open(dataSource));
    }

    private static void createTable(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            String text = product.contains("postgres") ? "TEXT" : "CHARACTER LARGE OBJECT";
            s.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (id VARCHAR(64) PRIMARY KEY, "
                    + "created_at TIMESTAMP WITH TIME ZONE NOT NULL, updated_at TIMESTAMP WITH TIME ZONE NOT NULL, "
                    + "region VARCHAR(80) NOT NULL, contact_point VARCHAR(64) NOT NULL, priority INT NOT NULL, "
                    + "deadline TIMESTAMP WITH TIME ZONE NOT NULL, status VARCHAR(16) NOT NULL, attempts INT NOT NULL, "
                    + "owner_tag VARCHAR(64), journey VARCHAR(200), slot_start TIMESTAMP WITH TIME ZONE, "
                    + "slot_end TIMESTAMP WITH TIME ZONE, phone VARCHAR(" + CallbackDetails.MAX_PHONE + "), "
                    + "email VARCHAR(" + CallbackDetails.MAX_EMAIL + "), contact_consent BOOLEAN NOT NULL, "
                    + "share_level BOOLEAN NOT NULL, request " + text + " NOT NULL)");
            s.execute("CREATE INDEX IF NOT EXISTS " + TABLE + "_queue ON " + TABLE
                    + " (region, status, priority, deadline)");
        }
    }

    /**
     * Opens the sink by JDBC URL (H2 or PostgreSQL) on a plain data source.
     *
     * @param url {@code jdbc:h2:...} or {@code jdbc:postgresql:...}
     * @param user the user, or null
     * @param password the password, or null
     * @param clock the clock
     * @return the sink
     * @throws IllegalArgumentException for another kind of URL
     * @throws SessionStoreException when the tables cannot be created
     */
    public static JdbcHandoverSink open(String url, String user, String password, Clock clock) {
        return open(DataSources.of(url, user, password), clock);
    }

    /**
     * The audit log the sink writes the advisers' actions to.
     *
     * @return the audit log
     */
    public JdbcCallbackAudit audit() {
        return audit;
    }

    /** Stores a request without visitor details (as a sink the SDK's {@code HandoverDesk} can be given). */
    @Override
    public HandoverReceipt accept(HandoverRequest request) throws HandoverException {
        return store(request, CallbackDetails.none());
    }

    /**
     * A sink that stores each request together with a visitor's details, in one row and one transaction.
     *
     * @param details the visitor's choices
     * @return the sink for this one visitor's request
     */
    public HandoverSink with(CallbackDetails details) {
        Objects.requireNonNull(details, "details");
        return request -> store(request, details);
    }

    private HandoverReceipt store(HandoverRequest request, CallbackDetails details) throws HandoverException {
        Objects.requireNonNull(request, "request");
        Instant now = clock.instant();
        String json = HandoverFormat.json().write(request);
        try (Connection c = dataSource.getConnection()) {
            Optional<QueuedCallback> known = find(c, request.id());
            if (known.isPresent()) {
                return same(known.get(), request, details);
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO " + TABLE + " (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, request.id());
                s.setTimestamp(2, Timestamp.from(now));
                s.setTimestamp(3, Timestamp.from(now));
                s.setString(4, request.region().map(Region::code).orElse(NATIONAL));
                s.setString(5, request.contactPoint());
                s.setInt(6, priority(request));
                s.setTimestamp(7, Timestamp.from(deadline(request, details, now)));
                s.setString(8, CallbackStatus.OPEN.code());
                s.setInt(9, 0);
                s.setString(10, details.owner());
                s.setString(11, details.journey());
                setInstant(s, 12, details.slotStart());
                setInstant(s, 13, details.slotEnd());
                s.setString(14, details.phone());
                s.setString(15, details.email());
                s.setBoolean(16, details.contactConsent());
                s.setBoolean(17, details.shareSupportLevel());
                s.setString(18, json);
                s.executeUpdate();
            } catch (SQLException e) {
                if ("23505".equals(e.getSQLState())) { // taken by a concurrent call in the meantime
                    Optional<QueuedCallback> raced = find(c, request.id());
                    if (raced.isPresent()) {
                        return same(raced.get(), request, details);
                    }
                }
                throw e;
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
            return receipt(request.id(), now);
        } catch (SQLException e) {
            throw new HandoverException(
                    HandoverException.Reason.UNAVAILABLE,
                    request.id(),
                    "callback requests: storing failed (SQL state " + e.getSQLState() + ")",
                    e);
        }
    }

    private static HandoverReceipt same(QueuedCallback known, HandoverRequest request, CallbackDetails details)
            throws HandoverException {
        if (known.request().equals(request) && known.details().equals(details)) {
            return receipt(request.id(), known.acceptedAt());
        }
        throw new HandoverException(
                HandoverException.Reason.DUPLICATE_ID,
                request.id(),
                "another request with id '" + request.id() + "' was taken before",
                null);
    }

    private static HandoverReceipt receipt(String id, Instant at) {
        return HandoverReceipt.builder()
                .requestId(id)
                .acceptedAt(at)
                .reference("callback:" + id)
                .build();
    }

    /**
     * The priority of a request: 1 for a failed safety net, 2 for a stall or a client who needs case management,
     * else 3.
     *
     * @param request the request
     * @return 1 (most urgent) to 3
     */
    public static int priority(HandoverRequest request) {
        if (request.reason() == HandoverReason.SAFETY_NET) {
            return 1;
        }
        if (request.reason() == HandoverReason.STALL
                || request.supportLevel() == SupportLevel.INDIVIDUAL_CASE_MANAGED) {
            return 2;
        }
        return 3;
    }

    private static Instant deadline(HandoverRequest request, CallbackDetails details, Instant now) {
        if (details.slotEnd() != null) {
            return details.slotEnd();
        }
        return request.callbackWindow().map(CallbackWindow::latest).orElse(now.plus(DEFAULT_DEADLINE));
    }

    /**
     * A stored request by id.
     *
     * @param id the handover request id
     * @return the request, or empty
     * @throws SessionStoreException when the database cannot be read
     */
    public Optional<QueuedCallback> find(String id) {
        Objects.requireNonNull(id, "id");
        try (Connection c = dataSource.getConnection()) {
            return find(c, id);
        } catch (SQLException e) {
            throw new SessionStoreException("callback requests: read failed (SQL state " + e.getSQLState() + ")", e);
        }
    }

    private Optional<QueuedCallback> find(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    /**
     * The queue of the given regions: every request not yet done, most urgent first (priority, then deadline).
     *
     * @param regions the region codes (such as {@value #NATIONAL}); {@code "*"} means every region
     * @param limit the most requests to return
     * @return the requests
     * @throws SessionStoreException when the database cannot be read
     */
    public List<QueuedCallback> queue(Set<String> regions, int limit) {
        Objects.requireNonNull(regions, "regions");
        if (regions.isEmpty() || limit <= 0) {
            return List.of();
        }
        boolean all = regions.contains("*");
        List<String> codes = new ArrayList<>(regions);
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE status <> ?");
        if (!all) {
            sql.append(" AND region IN (")
                    .append("?, ".repeat(codes.size() - 1))
                    .append("?)");
        }
        sql.append(" ORDER BY priority, deadline, created_at, id");
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql.toString())) {
            s.setString(1, CallbackStatus.DONE.code());
            if (!all) {
                for (int i = 0; i < codes.size(); i++) {
                    s.setString(i + 2, codes.get(i));
                }
            }
            s.setMaxRows(limit);
            List<QueuedCallback> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new SessionStoreException(
                    "callback requests: queue read failed (SQL state " + e.getSQLState() + ")", e);
        }
    }

    /**
     * Records an adviser's action: sets the status (a rescheduled request gets the new band as its slot and deadline;
     * "no answer" counts an attempt) and appends the audit entry, in one transaction.
     *
     * @param id the request id
     * @param action {@link CallbackStatus#DONE}, {@link CallbackStatus#NO_ANSWER} or {@link CallbackStatus#RESCHEDULED}
     * @param newStart the new band's start (only with RESCHEDULED)
     * @param newEnd the new band's end (only with RESCHEDULED)
     * @param adviser the adviser's account name
     * @return the request after the action, or empty when no queued request has this id
     * @throws IllegalArgumentException for {@link CallbackStatus#OPEN}, or a reschedule without a valid new band
     * @throws SessionStoreException when the database cannot be written
     */
    public Optional<QueuedCallback> record(
            String id, CallbackStatus action, Instant newStart, Instant newEnd, String adviser) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(adviser, "adviser");
        if (action == CallbackStatus.OPEN) {
            throw new IllegalArgumentException("an adviser's action is done, no-answer or rescheduled, not open");
        }
        boolean reschedule = action == CallbackStatus.RESCHEDULED;
        if (reschedule && (newStart == null || newEnd == null || !newEnd.isAfter(newStart))) {
            throw new IllegalArgumentException("a rescheduled request needs a new time band that ends after it starts");
        }
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                String sql = "UPDATE " + TABLE + " SET status = ?, updated_at = ?, attempts = attempts + ?"
                        + (reschedule ? ", slot_start = ?, slot_end = ?, deadline = ?" : "")
                        + " WHERE id = ? AND status <> ?";
                int updated;
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    int i = 1;
                    s.setString(i++, action.code());
                    s.setTimestamp(i++, Timestamp.from(now));
                    s.setInt(i++, action == CallbackStatus.NO_ANSWER ? 1 : 0);
                    if (reschedule) {
                        s.setTimestamp(i++, Timestamp.from(newStart));
                        s.setTimestamp(i++, Timestamp.from(newEnd));
                        s.setTimestamp(i++, Timestamp.from(newEnd));
                    }
                    s.setString(i++, id);
                    s.setString(i, CallbackStatus.DONE.code());
                    updated = s.executeUpdate();
                }
                if (updated == 0) {
                    c.rollback();
                    return Optional.empty();
                }
                JdbcCallbackAudit.append(
                        c, new AuditEntry(now, adviser, id, action, reschedule ? newStart.toString() : ""));
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
            return find(c, id);
        } catch (SQLException e) {
            throw new SessionStoreException(
                    "callback requests: recording an action failed (SQL state " + e.getSQLState() + ")", e);
        }
    }

    /**
     * Deletes the requests last changed before a moment (the retention purge): done ones and ones nobody touched, with
     * their phone numbers and e-mail addresses. The audit log has its own {@link JdbcCallbackAudit#purgeBefore}.
     *
     * @param cutoff requests not changed since before this go
     * @return the number deleted
     * @throws SessionStoreException when the database cannot be written
     */
    public int purgeBefore(Instant cutoff) {
        Objects.requireNonNull(cutoff, "cutoff");
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("DELETE FROM " + TABLE + " WHERE updated_at < ?")) {
            s.setTimestamp(1, Timestamp.from(cutoff));
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new SessionStoreException("callback requests: purge failed (SQL state " + e.getSQLState() + ")", e);
        }
    }

    private static QueuedCallback row(ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        ReadResult<HandoverRequest> read = HandoverFormat.json().readRequest(rs.getString("request"));
        if (!read.isSuccessful()) {
            throw new SQLException("stored callback request " + id + " cannot be read", "22000");
        }
        CallbackDetails details = new CallbackDetails(
                rs.getString("journey"),
                instant(rs, "slot_start"),
                instant(rs, "slot_end"),
                rs.getString("phone"),
                rs.getString("email"),
                rs.getBoolean("contact_consent"),
                rs.getBoolean("share_level"),
                rs.getString("owner_tag"));
        return new QueuedCallback(
                read.orElseThrow(),
                details,
                rs.getString("region"),
                rs.getInt("priority"),
                instant(rs, "deadline"),
                CallbackStatus.fromCode(rs.getString("status")).orElse(CallbackStatus.OPEN),
                rs.getInt("attempts"),
                instant(rs, "created_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static void setInstant(PreparedStatement s, int index, Instant at) throws SQLException {
        if (at == null) {
            s.setNull(index, Types.TIMESTAMP);
        } else {
            s.setTimestamp(index, Timestamp.from(at));
        }
    }

    @Override
    public String toString() {
        return "JdbcHandoverSink{" + TABLE + "}";
    }
}
