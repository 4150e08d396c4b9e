/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.store;

import io.github.careerguidance.core.meta.Beta;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The portal's persisted secret and the keys derived from it: one random master secret (256 bits from
 * {@link SecureRandom}), made the first time any portal process opens the database and kept in the table
 * {@code guidance_portal_secret}; {@link #key(String)} derives a key per purpose from it (HMAC-SHA256 of the
 * purpose). So a key, such as the one behind the CSRF tokens, is the same after a restart and in every portal process
 * on one database, and a form opened before a restart still posts.
 *
 * <p>Whoever can read the table can forge the portal's tokens: give the database the protection of the sessions it
 * holds. Deleting the row rotates the secret (every open form then needs reloading). Thread-safe.
 *
 * @since 0.1.0
 */
@Beta
public final class PortalSecrets {
    /** The table name. */
    public static final String TABLE = "guidance_portal_secret";

    private static final String MASTER = "master";

    private final byte[] master;

    private PortalSecrets(byte[] master) {
        this.master = master;
    }

    /**
     * Reads the master secret, making and storing it when the database has none yet (if two processes race, both
     * end up with the one that was stored first).
     *
     * @param database the database
     * @return the secrets
     * @throws SessionStoreException when the table cannot be read or written
     */
    public static PortalSecrets of(PortalDatabase database) {
        Objects.requireNonNull(database, "database");
        try (Connection c = database.dataSource().getConnection()) {
            try {
                createTable(c);
            } catch (SQLException e) {
                createTable(c); // two processes creating the table at once: the second attempt finds it
            }
            Optional<byte[]> stored = read(c);
            if (stored.isPresent()) {
                return new PortalSecrets(stored.get());
            }
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            try (PreparedStatement s =
                    c.prepareStatement("INSERT INTO " + TABLE + " (name, secret, created) VALUES (?, ?, ?)")) {
                s.setQueryTimeout(PortalDatabase.QUERY_TIMEOUT_SECONDS);
                s.setString(1, MASTER);
                s.setString(2, Base64.getEncoder().encodeToString(fresh));
                s.setTimestamp(3, Timestamp.from(Instant.now()));
                s.executeUpdate();
                return new PortalSecrets(fresh);
            } catch (SQLException e) {
                if (e.getSQLState() != null && e.getSQLState().startsWith("23")) { // another process stored one first
                    return new PortalSecrets(read(c).orElseThrow(() -> e));
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new SessionStoreException("portal secrets (" + database.url() + "): " + e.getMessage(), e);
        }
    }

    private static void createTable(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.setQueryTimeout(PortalDatabase.QUERY_TIMEOUT_SECONDS);
            s.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (name VARCHAR(64) PRIMARY KEY, "
                    + "secret VARCHAR(200) NOT NULL, created TIMESTAMP WITH TIME ZONE NOT NULL)");
        }
    }

    private static Optional<byte[]> read(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT secret FROM " + TABLE + " WHERE name = ?")) {
            s.setQueryTimeout(PortalDatabase.QUERY_TIMEOUT_SECONDS);
            s.setString(1, MASTER);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(Base64.getDecoder().decode(rs.getString(1))) : Optional.empty();
            }
        }
    }

    /**
     * The key for a purpose, derived from the master secret: the same for the same purpose in every process on the
     * database, different for different purposes.
     *
     * @param purpose what the key is for, such as {@code "csrf"}; not blank
     * @return 32 bytes
     * @throws IllegalArgumentException for a blank purpose
     */
    public byte[] key(String purpose) {
        Objects.requireNonNull(purpose, "purpose");
        if (purpose.isBlank()) {
            throw new IllegalArgumentException("purpose must not be blank");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(("guidance-portal key: " + purpose).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "PortalSecrets{" + TABLE + "}";
    }
}
