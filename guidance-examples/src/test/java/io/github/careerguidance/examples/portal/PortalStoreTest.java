/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.careerguidance.examples.portal.store.JdbcSessionStore;
import io.github.careerguidance.examples.portal.store.PortalDatabase;
import io.github.careerguidance.examples.portal.store.PortalSecrets;
import io.github.careerguidance.examples.portal.store.Retention;
import io.github.careerguidance.examples.portal.store.SaveResult;
import io.github.careerguidance.examples.portal.store.SessionStore;
import io.github.careerguidance.examples.portal.store.SessionStoreException;
import io.github.careerguidance.examples.portal.store.StoredSession;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store part of issue #15, in one process: compare-and-set saves (also under contention), the purge that removes
 * exactly the expired rows, the retention runner, the persisted secret, the pool's connection timeout, the privacy
 * page and the page a visitor sees after a lost race. On H2, and on PostgreSQL when {@code GUIDANCE_PG_URL} is set.
 */
class PortalStoreTest {
    private static final Instant T = Instant.parse("2001-06-01T12:00:00Z");

    @TempDir
    Path dir;

    private JdbcSessionStore h2() {
        return JdbcSessionStore.h2(dir.resolve("data"));
    }

    private static JdbcSessionStore postgres() {
        return JdbcSessionStore.open(
                PortalProcess.postgresUrl(), System.getenv("GUIDANCE_PG_USER"), System.getenv("GUIDANCE_PG_PASSWORD"));
    }

    @Test
    void h2SavesOnlyAgainstTheVersionRead() throws Exception {
        try (JdbcSessionStore store = h2()) {
            compareAndSet(store);
            noUpdateIsLostUnderContention(store);
        }
    }

    @Test
    void postgresSavesOnlyAgainstTheVersionRead() throws Exception {
        try (JdbcSessionStore store = postgres()) {
            compareAndSet(store);
            noUpdateIsLostUnderContention(store);
        }
    }

    private static StoredSession session(String id, String snapshot, long version) {
        return new StoredSession(id, "looking-for-work", snapshot, T, version);
    }

    private static void compareAndSet(SessionStore store) {
        String id = UUID.randomUUID().toString();
        assertThat(store.save(session(id, "{\"a\":1}", 1), SessionStore.NEW)).isEqualTo(SaveResult.SAVED);
        assertThat(store.save(session(id, "{\"other\":1}", 1), SessionStore.NEW))
                .isEqualTo(SaveResult.CONFLICT);
        assertThat(store.save(session(id, "{\"a\":2}", 2), 1)).isEqualTo(SaveResult.SAVED);
        // a second change read at version 1 lost the race: nothing written
        assertThat(store.save(session(id, "{\"late\":true}", 2), 1)).isEqualTo(SaveResult.CONFLICT);
        assertThat(store.load(id))
                .get()
                .extracting(StoredSession::snapshot, StoredSession::version)
                .containsExactly("{\"a\":2}", 2L);
        assertThatThrownBy(() -> store.save(session(id, "{}", 2), 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("greater");
        assertThat(store.delete(id)).isTrue();
        assertThat(store.save(session(id, "{\"a\":3}", 3), 2)).isEqualTo(SaveResult.CONFLICT);
        assertThat(store.load(id)).isEmpty();
    }

    /** 8 threads each read, change and save one session 50 times: every SAVED is one step of the version. */
    private static void noUpdateIsLostUnderContention(SessionStore store) throws Exception {
        String id = UUID.randomUUID().toString();
        store.save(session(id, "0", 1), SessionStore.NEW);
        AtomicInteger saved = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> all = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            all.add(pool.submit(() -> {
                for (int i = 0; i < 50; i++) {
                    StoredSession read = store.load(id).orElseThrow();
                    long next = Long.parseLong(read.snapshot()) + 1;
                    SaveResult r = store.save(session(id, Long.toString(next), read.version() + 1), read.version());
                    (r.isSaved() ? saved : conflicts).incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> f : all) {
            f.get();
        }
        pool.shutdown();
        StoredSession last = store.load(id).orElseThrow();
        assertThat(saved.get() + conflicts.get()).isEqualTo(400);
        assertThat(Long.parseLong(last.snapshot())).isEqualTo(saved.get());
        assertThat(last.version()).isEqualTo(saved.get() + 1L);
        store.delete(id);
    }

    @Test
    void h2PurgeRemovesExactlyTheExpiredRows() {
        try (JdbcSessionStore store = h2()) {
            purgeExactly(store);
        }
    }

    @Test
    void postgresPurgeRemovesExactlyTheExpiredRows() {
        try (JdbcSessionStore store = postgres()) {
            purgeExactly(store);
        }
    }

    /**
     * Rows idle since before the cutoff go, rows at or after it stay, and a row held until the cutoff or later stays
     * however old its last save (timestamps around 2001: no other test's rows).
     */
    private static void purgeExactly(SessionStore store) {
        String p = UUID.randomUUID().toString().substring(0, 8);
        Instant cutoff = T;
        List<Instant> times = List.of(
                cutoff.minus(Duration.ofDays(400)),
                cutoff.minusMillis(1),
                cutoff,
                cutoff.plusMillis(1),
                cutoff.plus(Duration.ofDays(1)));
        for (int i = 0; i < times.size(); i++) {
            store.save(new StoredSession(p + i, "looking-for-work", "{}", times.get(i), 1), SessionStore.NEW);
        }
        // old sessions whose plan's review is at the cutoff, just before it, and later
        for (Instant held : List.of(cutoff, cutoff.minusMillis(1), cutoff.plus(Duration.ofDays(28)))) {
            String id = p + "h" + held.toEpochMilli();
            store.save(
                    new StoredSession(id, "looking-for-work", "{}", cutoff.minus(Duration.ofDays(400)), 1),
                    SessionStore.NEW);
            assertThat(store.holdUntil(id, held)).isTrue();
        }
        assertThat(store.holdUntil(p + "none", cutoff)).isFalse();
        assertThat(store.purgeBefore(cutoff)).isEqualTo(3);
        assertThat(store.load(p + "h" + cutoff.toEpochMilli())).isPresent();
        assertThat(store.load(p + "h" + cutoff.minusMillis(1).toEpochMilli())).isEmpty();
        assertThat(store.load(p + "h" + cutoff.plus(Duration.ofDays(28)).toEpochMilli()))
                .isPresent();
        store.delete(p + "h" + cutoff.toEpochMilli());
        store.delete(p + "h" + cutoff.plus(Duration.ofDays(28)).toEpochMilli());
        assertThat(store.load(p + 0)).isEmpty();
        assertThat(store.load(p + 1)).isEmpty();
        assertThat(store.load(p + 2)).get().extracting(StoredSession::updated).isEqualTo(cutoff);
        assertThat(store.load(p + 3)).isPresent();
        assertThat(store.load(p + 4)).isPresent();
        assertThat(store.purgeBefore(cutoff)).isZero();
        for (int i = 2; i < times.size(); i++) {
            store.delete(p + i);
        }
    }

    @Test
    void retentionPurgesEveryRegisteredTableAndReportsOneThatFails() {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        List<Instant> cutoffs = new ArrayList<>();
        Clock clock = Clock.fixed(T, ZoneOffset.UTC);
        try (Retention retention =
                new Retention(Duration.ofDays(30), clock, new PrintStream(log, true, StandardCharsets.UTF_8))) {
            retention
                    .register("codes", cutoff -> {
                        cutoffs.add(cutoff);
                        return 3;
                    })
                    .register("broken", cutoff -> {
                        throw new SessionStoreException("database gone", null);
                    })
                    .register("handovers", cutoff -> {
                        cutoffs.add(cutoff);
                        return 4;
                    });
            assertThat(retention.start().period()).isEqualTo(Duration.ofDays(30)); // start purges once, at once
            assertThat(retention.purgeNow()).isEqualTo(7);
            assertThatThrownBy(retention::start).isInstanceOf(IllegalStateException.class);
        }
        assertThat(cutoffs).hasSize(4).containsOnly(T.minus(Duration.ofDays(30)));
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("retention purge of broken failed: database gone");
        assertThatThrownBy(() -> new Retention(Duration.ofSeconds(5), clock, System.err))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePortalPurgesOnStartAndStatesThePeriodOnThePrivacyPage() throws Exception {
        try (JdbcSessionStore store = h2()) {
            Instant now = Instant.parse("2026-11-30T09:30:00Z");
            store.save(
                    new StoredSession("old", "looking-for-work", "{}", now.minus(Duration.ofDays(8)), 1),
                    SessionStore.NEW);
            store.save(
                    new StoredSession("new", "looking-for-work", "{}", now.minus(Duration.ofDays(6)), 1),
                    SessionStore.NEW);
            try (Portal portal = Portal.builder()
                    .store(store)
                    .port(0)
                    .clock(Clock.fixed(now, ZoneOffset.UTC))
                    .retention(Duration.ofDays(7))
                    .start()) {
                assertThat(store.load("old")).isEmpty();
                assertThat(store.load("new")).isPresent();
                PortalClient c = new PortalClient(portal.uri());
                assertThat(c.get("/").body()).contains("<a href=\"/privacy\">Privacy</a>");
                HttpResponse<String> privacy = c.get("/privacy");
                assertThat(privacy.statusCode()).isEqualTo(200);
                assertThat(privacy.body()).contains("7 dagen niet hebt gebruikt, wordt gewist");
                assertThat(c.get("/privacy?lang=en").body()).contains("not used for 7 days is erased");
            }
        }
    }

    @Test
    void theSecretIsMadeOnceAndSharedByEveryProcessOnTheDatabase() {
        byte[] key;
        try (PortalDatabase db = PortalDatabase.h2(dir.resolve("secrets"))) {
            PortalSecrets secrets = PortalSecrets.of(db);
            key = secrets.key("csrf");
            assertThat(key).hasSize(32).isNotEqualTo(secrets.key("resume-codes"));
            assertThat(PortalSecrets.of(db).key("csrf")).isEqualTo(key);
        }
        try (PortalDatabase again = PortalDatabase.h2(dir.resolve("secrets"))) {
            assertThat(PortalSecrets.of(again).key("csrf")).isEqualTo(key); // after a restart
        }
        try (PortalDatabase other = PortalDatabase.h2(dir.resolve("elsewhere"))) {
            assertThat(PortalSecrets.of(other).key("csrf")).isNotEqualTo(key);
        }
    }

    @Test
    void aRequestWaitsForAConnectionAtMostTheConnectionTimeout() throws Exception {
        try (PortalDatabase db = PortalDatabase.open("jdbc:h2:mem:timeout" + UUID.randomUUID(), "sa", "", 1);
                JdbcSessionStore store = JdbcSessionStore.on(db)) {
            try (Connection held = db.dataSource().getConnection()) {
                long t0 = System.nanoTime();
                assertThatThrownBy(() -> store.load("x"))
                        .isInstanceOf(SessionStoreException.class)
                        .hasMessageContaining("load failed");
                long waited = (System.nanoTime() - t0) / 1_000_000;
                assertThat(waited)
                        .isBetween(
                                PortalDatabase.CONNECTION_TIMEOUT_MS - 100,
                                PortalDatabase.CONNECTION_TIMEOUT_MS + 5_000);
                assertThat(held.isValid(1)).isTrue();
            }
            assertThat(store.load("x")).isEmpty(); // free again
        }
    }

    @Test
    void aLostRaceShowsTheCurrentStepAndKeepsNothingOfTheForm() throws Exception {
        try (JdbcSessionStore real = h2()) {
            AtomicBoolean interleave = new AtomicBoolean();
            SessionStore racing = new SessionStore() {
                @Override
                public Optional<StoredSession> load(String id) {
                    return real.load(id);
                }

                @Override
                public SaveResult save(StoredSession session, long expectedVersion) {
                    if (interleave.getAndSet(false)) { // another process saves the session first
                        StoredSession other = real.load(session.id()).orElseThrow();
                        real.save(
                                new StoredSession(
                                        other.id(),
                                        other.journey(),
                                        other.snapshot(),
                                        other.updated(),
                                        expectedVersion + 1),
                                expectedVersion);
                    }
                    return real.save(session, expectedVersion);
                }

                @Override
                public boolean delete(String id) {
                    return real.delete(id);
                }

                @Override
                public int purgeBefore(Instant cutoff) {
                    return real.purgeBefore(cutoff);
                }

                @Override
                public boolean holdUntil(String id, Instant until) {
                    return real.holdUntil(id, until);
                }

                @Override
                public void close() {}
            };
            try (Portal portal = Portal.builder().store(racing).port(0).start()) {
                PortalClient c = new PortalClient(portal.uri());
                c.get("/");
                c.post("/start", "goal", "looking-for-work", "employment", "unemployed-with-benefit");
                c.get("/step");
                c.post("/step", "step", "welkom");
                c.get("/step");
                interleave.set(true);
                HttpResponse<String> lost = c.post("/step", "step", "q-situatie", "answer", "ander-werk");
                assertThat(lost.statusCode()).isEqualTo(409);
                assertThat(lost.body()).contains("Dit formulier is niet verwerkt", "Jouw situatie", "name=\"csrf\"");
                assertThat(real.load(c.cookies.get("gsid")).orElseThrow().snapshot())
                        .doesNotContain("ander-werk");
                // posted again, the answer is taken
                assertThat(c.post("/step", "step", "q-situatie", "answer", "ander-werk")
                                .statusCode())
                        .isEqualTo(303);
                assertThat(real.load(c.cookies.get("gsid")).orElseThrow().snapshot())
                        .contains("ander-werk");
            }
        }
    }
}
