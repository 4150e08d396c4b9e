/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.careerguidance.examples.portal.store.JdbcResumeStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * #15: the resume store on H2 and (when {@code GUIDANCE_PG_URL} is set) PostgreSQL: codes are found by hash only, a
 * new code replaces the old, the plan is fixed once, a row moves to a new session id, erasure, and the purge removes
 * exactly the rows idle before the cutoff.
 */
class JdbcResumeStoreTest {
    @TempDir
    Path dir;

    @Test
    void onH2() {
        exercise(JdbcResumeStore.open(JdbcResumeStore.dataSource("jdbc:h2:file:" + dir.resolve("resume"), "sa", "")));
    }

    @Test
    void onPostgres() {
        String url = System.getenv("GUIDANCE_PG_URL");
        if ("required".equals(System.getenv("GUIDANCE_PG"))) {
            assertThat(url)
                    .as("GUIDANCE_PG=required but GUIDANCE_PG_URL is not set")
                    .isNotBlank();
        }
        assumeTrue(
                url != null && !url.isBlank(),
                "PostgreSQL test skipped: set GUIDANCE_PG_URL (.ci/run starts a server)");
        exercise(JdbcResumeStore.open(JdbcResumeStore.dataSource(
                url, System.getenv("GUIDANCE_PG_USER"), System.getenv("GUIDANCE_PG_PASSWORD"))));
    }

    @Test
    void otherUrlsAreRefused() {
        assertThatThrownBy(() -> JdbcResumeStore.dataSource("jdbc:mysql://x/y", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:mysql://x/y");
    }

    private static void exercise(JdbcResumeStore store) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String a = "a-" + run;
        String b = "b-" + run;
        String c = "c-" + run;
        Instant t0 = Instant.parse("2026-11-30T09:30:00Z");
        store.issue(a, "hash-1-" + run, t0);
        assertThat(store.byCodeHash("hash-1-" + run)).hasValueSatisfying(e -> {
            assertThat(e.sessionId()).isEqualTo(a);
            assertThat(e.issued()).hasValue(t0);
            assertThat(e.plan()).isEmpty();
            assertThat(e.toString()).doesNotContain("hash-1");
        });
        // a new code replaces the old one
        store.issue(a, "hash-2-" + run, t0.plusSeconds(60));
        assertThat(store.byCodeHash("hash-1-" + run)).isEmpty();
        assertThat(store.byCodeHash("hash-2-" + run)).isPresent();
        // the plan is fixed once
        assertThat(store.fixPlan(a, "{\"id\":\"p1\"}", t0)).isTrue();
        assertThat(store.fixPlan(a, "{\"id\":\"p2\"}", t0)).isFalse();
        assertThat(store.bySession(a).orElseThrow().plan()).hasValue("{\"id\":\"p1\"}");
        store.clearPlan(a, t0);
        assertThat(store.bySession(a).orElseThrow().plan()).isEmpty();
        assertThat(store.fixPlan(b, "{\"id\":\"p3\"}", t0)).isTrue(); // a row without a code
        // moving to a new session id keeps code and plan
        store.move(a, c, t0.plus(Duration.ofDays(10)));
        assertThat(store.bySession(a)).isEmpty();
        assertThat(store.byCodeHash("hash-2-" + run).orElseThrow().sessionId()).isEqualTo(c);
        // purge: b (idle since t0) goes, c (changed at t0 + 10 days) stays
        int purged = store.purgeBefore(t0.plus(Duration.ofDays(5)));
        assertThat(purged).isGreaterThanOrEqualTo(1);
        assertThat(store.bySession(b)).isEmpty();
        assertThat(store.bySession(c)).isPresent();
        assertThat(store.delete(c)).isTrue();
        assertThat(store.delete(c)).isFalse();
        assertThat(store.byCodeHash("hash-2-" + run)).isEmpty();
    }
}
