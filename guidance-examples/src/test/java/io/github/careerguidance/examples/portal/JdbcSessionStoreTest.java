/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.careerguidance.examples.portal.store.JdbcSessionStore;
import io.github.careerguidance.examples.portal.store.SaveResult;
import io.github.careerguidance.examples.portal.store.SessionStore;
import io.github.careerguidance.examples.portal.store.StoredSession;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JDBC store on an embedded H2 file and on a real PostgreSQL server. The PostgreSQL test runs when
 * {@code GUIDANCE_PG_URL} is set ({@code .ci/run} starts a server and sets it) and fails instead of skipping when
 * {@code GUIDANCE_PG=required}.
 */
class JdbcSessionStoreTest {
    @TempDir
    Path dir;

    @Test
    void h2FileStoreSavesReplacesDeletesAndSurvivesReopening() {
        String id = "x".repeat(43);
        try (JdbcSessionStore store = JdbcSessionStore.h2(dir.resolve("data"))) {
            exercise(store, id);
            assertThat(store.save(
                            new StoredSession(
                                    id,
                                    "looking-for-work",
                                    "{\"kept\":true}",
                                    Instant.parse("2026-11-30T09:00:00Z"),
                                    1),
                            SessionStore.NEW))
                    .isEqualTo(SaveResult.SAVED);
        }
        try (JdbcSessionStore again = JdbcSessionStore.h2(dir.resolve("data"))) {
            assertThat(again.load(id)).get().extracting(StoredSession::snapshot).isEqualTo("{\"kept\":true}");
        }
    }

    @Test
    void postgresStoreBehavesTheSame() {
        String url = System.getenv("GUIDANCE_PG_URL");
        if ("required".equals(System.getenv("GUIDANCE_PG"))) {
            assertThat(url)
                    .as("GUIDANCE_PG=required but GUIDANCE_PG_URL is not set")
                    .isNotBlank();
        }
        assumeTrue(
                url != null && !url.isBlank(),
                "PostgreSQL test skipped: set GUIDANCE_PG_URL (.ci/run starts a server)");
        try (JdbcSessionStore store =
                JdbcSessionStore.open(url, System.getenv("GUIDANCE_PG_USER"), System.getenv("GUIDANCE_PG_PASSWORD"))) {
            exercise(store, UUID.randomUUID().toString());
        }
    }

    @Test
    void unsupportedUrlsAreRefused() {
        assertThatThrownBy(() -> JdbcSessionStore.open("jdbc:mysql://localhost/x", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:mysql://localhost/x");
    }

    private static void exercise(SessionStore store, String id) {
        assertThat(store.load(id)).isEmpty();
        String big = "{\"events\":\"" + "é".repeat(200_000) + "\"}";
        assertThat(store.save(
                        new StoredSession(
                                id,
                                "looking-for-work",
                                "{\"step\":\"welkom\"}",
                                Instant.parse("2026-11-30T09:00:00Z"),
                                1),
                        SessionStore.NEW))
                .isEqualTo(SaveResult.SAVED);
        assertThat(store.save(new StoredSession(id, "must-retrain", big, Instant.parse("2026-11-30T09:05:00Z"), 3), 1))
                .isEqualTo(SaveResult.SAVED);
        StoredSession loaded = store.load(id).orElseThrow();
        assertThat(loaded.version()).isEqualTo(3);
        assertThat(loaded.journey()).isEqualTo("must-retrain");
        assertThat(loaded.snapshot()).isEqualTo(big);
        assertThat(loaded.updated()).isEqualTo(Instant.parse("2026-11-30T09:05:00Z"));
        assertThat(store.delete(id)).isTrue();
        assertThat(store.delete(id)).isFalse();
        assertThat(store.load(id)).isEmpty();
    }
}
