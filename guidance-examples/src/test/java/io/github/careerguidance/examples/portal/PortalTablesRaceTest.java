/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.examples.portal.store.JdbcHandoverSink;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Portal processes started at once on an empty PostgreSQL database all open the callback tables: PostgreSQL lets
 * concurrent {@code CREATE TABLE IF NOT EXISTS} fail (duplicate table, 42P07, or duplicate type, 23505), which stopped the
 * second of two {@code guidance serve} processes started together. Each round uses a fresh schema.
 */
class PortalTablesRaceTest {
    @Test
    void processesOpeningTheCallbackTablesAtOnceAllSucceed() throws Exception {
        String url = PortalProcess.postgresUrl();
        String user = System.getenv("GUIDANCE_PG_USER");
        String password = System.getenv("GUIDANCE_PG_PASSWORD");
        for (int round = 0; round < 10; round++) {
            String schema = "race_" + System.nanoTime();
            try (Connection c = DriverManager.getConnection(url, user, password);
                    Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            }
            try {
                PGSimpleDataSource dataSource = new PGSimpleDataSource();
                dataSource.setUrl(url);
                if (user != null) {
                    dataSource.setUser(user);
                }
                if (password != null) {
                    dataSource.setPassword(password);
                }
                dataSource.setCurrentSchema(schema);
                int openers = 6;
                CountDownLatch start = new CountDownLatch(1);
                ExecutorService pool = Executors.newFixedThreadPool(openers);
                try {
                    List<Future<JdbcHandoverSink>> opened = new ArrayList<>();
                    for (int i = 0; i < openers; i++) {
                        opened.add(pool.submit(() -> {
                            start.await();
                            return JdbcHandoverSink.open(dataSource, Clock.systemUTC());
                        }));
                    }
                    start.countDown();
                    for (Future<JdbcHandoverSink> f : opened) {
                        assertThat(f.get()).as("round %d", round).isNotNull();
                    }
                } finally {
                    pool.shutdownNow();
                }
            } finally {
                try (Connection c = DriverManager.getConnection(url, user, password);
                        Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        }
    }
}
