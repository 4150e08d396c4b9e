/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The H2 settings and the clean start of {@link PortalDatabase} (the kills themselves: PortalStoreFaultTest). */
class PortalDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void onlyEmbeddedFilesGetACleanStart() {
        assertThat(PortalDatabase.isEmbeddedFile("jdbc:h2:file:/var/lib/guidance/portal"))
                .isTrue();
        assertThat(PortalDatabase.isEmbeddedFile("jdbc:h2:./data/portal")).isTrue();
        assertThat(PortalDatabase.isEmbeddedFile("jdbc:h2:~/portal")).isTrue();
        assertThat(PortalDatabase.isEmbeddedFile("jdbc:h2:mem:portal")).isFalse();
        assertThat(PortalDatabase.isEmbeddedFile("jdbc:h2:tcp://db.example.nl/portal"))
                .isFalse();
        assertThat(PortalDatabase.isEmbeddedFile("jdbc:h2:ssl://db.example.nl/portal"))
                .isFalse();
        assertThat(PortalDatabase.isEmbeddedFile("jdbc:h2:zip:/backups/portal.zip!/portal"))
                .isFalse();
    }

    @Test
    void theUrlGetsNoWriteDelayAndALockTimeoutUnlessItSetsThem() {
        assertThat(PortalDatabase.h2Url("jdbc:h2:file:/x/portal"))
                .isEqualTo("jdbc:h2:file:/x/portal;WRITE_DELAY=0;LOCK_TIMEOUT=5000");
        assertThat(PortalDatabase.h2Url("jdbc:h2:file:/x/portal;write_delay=100"))
                .isEqualTo("jdbc:h2:file:/x/portal;write_delay=100;LOCK_TIMEOUT=5000");
    }

    @Test
    void aSecondOpenInTheSameProcessLeavesTheFirstPoolWorking() throws SQLException {
        try (PortalDatabase first = PortalDatabase.h2(dir)) {
            try (Connection c = first.dataSource().getConnection();
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (id INT PRIMARY KEY)");
                s.execute("INSERT INTO t VALUES (1)");
                // a second database on the same file while the first holds a connection: no shutdown under it
                try (PortalDatabase second = PortalDatabase.h2(dir)) {
                    assertThat(count(second)).isEqualTo(1);
                }
                s.execute("INSERT INTO t VALUES (2)");
            }
            assertThat(count(first)).isEqualTo(2);
        }
        // and after a clean start of the closed file, everything is there
        try (PortalDatabase again = PortalDatabase.h2(dir)) {
            assertThat(count(again)).isEqualTo(2);
        }
    }

    private static long count(PortalDatabase db) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM t")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
