/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.store;

import java.util.Objects;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A plain (unpooled) {@link DataSource} for a JDBC URL of H2 or PostgreSQL, for the portal's own tables until a
 * connection pool is wired in. Each {@code getConnection()} opens a new connection.
 */
final class DataSources {
    private DataSources() {}

    /**
     * A data source for a URL.
     *
     * @param url {@code jdbc:h2:...} or {@code jdbc:postgresql:...}
     * @param user the user, or null
     * @param password the password, or null
     * @return the data source
     * @throws IllegalArgumentException for another kind of URL
     */
    static DataSource of(String url, String user, String password) {
        Objects.requireNonNull(url, "url");
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user == null ? "" : user);
            h2.setPassword(password == null ? "" : password);
            return h2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(url);
            if (user != null) {
                pg.setUser(user);
            }
            if (password != null) {
                pg.setPassword(password);
            }
            return pg;
        }
        throw new IllegalArgumentException("url must be a jdbc:postgresql: or jdbc:h2: URL but was '" + url + "'");
    }
}
