/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shared attempt counts: windows, concurrent counting from two pools (two processes), hashed keys, the purge. */
class JdbcAttemptCountsTest {
    private static final Instant T = Instant.parse("2026-11-30T09:30:00Z");
    private static final Duration W = Duration.ofMinutes(15);

    @TempDir
    Path dir;

    @Test
    void countsInAWindowThatStartsAtTheFirstAttemptAndRestartsAfterIt() {
        try (PortalDatabase db = PortalDatabase.h2(dir)) {
            JdbcAttemptCounts counts = JdbcAttemptCounts.open(db.dataSource());
            assertThat(counts.current("resume-ip:192.0.2.7", T, W)).isEmpty();
            assertThat(counts.add("resume-ip:192.0.2.7", T, W)).isEqualTo(new JdbcAttemptCounts.Window(T, 1));
            assertThat(counts.add("resume-ip:192.0.2.7", T.plusSeconds(60), W).count())
                    .isEqualTo(2);
            assertThat(counts.add("resume-ip:198.51.100.1", T.plusSeconds(60), W)
                            .count())
                    .as("another key has its own window")
                    .isEqualTo(1);
            assertThat(counts.current("resume-ip:192.0.2.7", T.plus(W).minusMillis(1), W))
                    .hasValue(new JdbcAttemptCounts.Window(T, 2));
            assertThat(counts.current("resume-ip:192.0.2.7", T.plus(W), W))
                    .as("the window is over")
                    .isEmpty();
            Instant later = T.plus(W);
            assertThat(counts.add("resume-ip:192.0.2.7", later, W)).isEqualTo(new JdbcAttemptCounts.Window(later, 1));
            counts.clear("resume-ip:192.0.2.7");
            assertThat(counts.current("resume-ip:192.0.2.7", later, W)).isEmpty();
            assertThatThrownBy(() -> counts.add("k", T, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void concurrentAttemptsFromTwoPoolsAreAllCounted() throws Exception {
        try (PortalDatabase one = PortalDatabase.h2(dir);
                PortalDatabase two = PortalDatabase.h2(dir)) {
            countConcurrently(one, two, "signin-account:adviseur-utrecht");
        }
    }

    @Test
    void concurrentAttemptsFromTwoPoolsOnPostgresAreAllCounted() throws Exception {
        String url = System.getenv("GUIDANCE_PG_URL");
        if ("required".equals(System.getenv("GUIDANCE_PG")) && (url == null || url.isBlank())) {
            throw new AssertionError("GUIDANCE_PG=required but GUIDANCE_PG_URL is not set");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(
                url != null && !url.isBlank(),
                "PostgreSQL test skipped: set GUIDANCE_PG_URL (.ci/run starts a server)");
        String user = System.getenv("GUIDANCE_PG_USER");
        String password = System.getenv("GUIDANCE_PG_PASSWORD");
        try (PortalDatabase one = PortalDatabase.open(url, user, password);
                PortalDatabase two = PortalDatabase.open(url, user, password)) {
            String key = "signin-account:" + java.util.UUID.randomUUID(); // a key no earlier run used
            countConcurrently(one, two, key);
            JdbcAttemptCounts counts = JdbcAttemptCounts.open(one.dataSource());
            counts.clear(key);
            assertThat(counts.current(key, T, W)).isEmpty();
        }
    }

    /** 8 threads, half on each pool, 50 attempts each on one key at one moment: all 400 are counted. */
    private static void countConcurrently(PortalDatabase one, PortalDatabase two, String key) throws Exception {
        List<JdbcAttemptCounts> sides =
                List.of(JdbcAttemptCounts.open(one.dataSource()), JdbcAttemptCounts.open(two.dataSource()));
        ExecutorService threads = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> runs = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            JdbcAttemptCounts side = sides.get(t % 2);
            runs.add(threads.submit(() -> {
                go.await();
                for (int i = 0; i < 50; i++) {
                    side.add(key, T, W);
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : runs) {
            f.get();
        }
        threads.shutdown();
        assertThat(sides.get(1).current(key, T, W)).hasValue(new JdbcAttemptCounts.Window(T, 400));
    }

    @Test
    void keysAreStoredOnlyAsHashesAndOldWindowsArePurged() throws Exception {
        try (PortalDatabase db = PortalDatabase.h2(dir)) {
            JdbcAttemptCounts counts = JdbcAttemptCounts.open(db.dataSource());
            counts.add("resume-code:7K3M-9QXD-2HF", T.minus(Duration.ofDays(31)), W);
            counts.add("resume-ip:192.0.2.7", T, W);
            try (Connection c = db.dataSource().getConnection();
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT k FROM " + JdbcAttemptCounts.TABLE)) {
                while (rs.next()) {
                    assertThat(rs.getString(1)).matches("[0-9a-f]{64}");
                }
            }
            assertThat(counts.purgeBefore(T.minus(Duration.ofDays(30)))).isEqualTo(1);
            assertThat(counts.current("resume-ip:192.0.2.7", T, W)).isPresent();
        }
    }
}
