/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.examples.internal.ReferenceSetup;
import io.github.careerguidance.examples.internal.SampleContactPoint;
import io.github.careerguidance.examples.portal.store.JdbcSessionStore;
import io.github.careerguidance.examples.portal.store.StoredSession;
import io.github.careerguidance.journeys.engine.EventType;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.engine.Session;
import io.github.careerguidance.journeys.engine.SessionEvent;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * More than one machine (issue #15): two portal processes on one PostgreSQL database, and visitors who submit every
 * answer twice at once, once to each process, with different answers (a double click behind a load balancer).
 * 1,000 double submissions in all: exactly one of each pair is acknowledged, the other gets a 409 with the current
 * step; no acknowledged answer is lost and none is stored twice; every stored session replays on the engine and its
 * version is its number of events.
 */
// a system test (real browser or portal processes): CI runs it once, on JDK 17 (see .ci/run)
@Tag("system")
class PortalStoreTwoProcessTest {
    private static final int VISITORS = 4;
    private static final int DOUBLE_SUBMITS = 1_000;
    private static final int ROUNDS_PER_JOURNEY = 25;

    @Test
    void twoProcessesOnOnePostgresLoseAndDuplicateNothing() throws Exception {
        String url = PortalProcess.postgresUrl();
        long t0 = System.nanoTime();
        CompletableFuture<PortalProcess> startingB = CompletableFuture.supplyAsync(() -> PortalProcess.db(url));
        try (PortalProcess a = PortalProcess.db(url);
                PortalProcess b = startingB.get()) {
            long started = System.nanoTime();
            ExecutorService visitors = Executors.newFixedThreadPool(VISITORS * 2);
            AtomicInteger lostRaces = new AtomicInteger();
            AtomicInteger staleForms = new AtomicInteger();
            List<Future<List<Journey>>> runs = new ArrayList<>();
            for (int v = 0; v < VISITORS; v++) {
                runs.add(
                        visitors.submit(() -> visit(a, b, DOUBLE_SUBMITS / VISITORS, visitors, lostRaces, staleForms)));
            }
            List<Journey> journeys = new ArrayList<>();
            for (Future<List<Journey>> f : runs) {
                journeys.addAll(f.get());
            }
            visitors.shutdown();
            long done = System.nanoTime();

            ReferenceSetup setup = ReferenceSetup.of(List.of(SampleContactPoint.load()));
            int acknowledged = 0;
            try (JdbcSessionStore store = JdbcSessionStore.open(
                    url, System.getenv("GUIDANCE_PG_USER"), System.getenv("GUIDANCE_PG_PASSWORD"))) {
                for (Journey j : journeys) {
                    StoredSession stored = store.load(j.sid).orElseThrow();
                    JourneyEngine engine = setup.engine(stored.journey()).orElseThrow();
                    ReadResult<Session> resumed = engine.resume(stored.snapshot());
                    assertThat(resumed.isSuccessful()).as(resumed.toString()).isTrue();
                    Session session = resumed.orElseThrow();
                    ReadResult<Session> replayed = engine.replay(session.events());
                    assertThat(replayed.isSuccessful()).as(replayed.toString()).isTrue();
                    assertThat(replayed.orElseThrow().answers()).isEqualTo(session.answers());
                    assertThat(stored.version()).isEqualTo(session.events().size());
                    List<Answer> stored2 = session.events().stream()
                            .filter(e -> e.type() == EventType.ANSWERED
                                    && e.step().orElse("").equals("q-situatie"))
                            .map(SessionEvent::answer)
                            .map(java.util.Optional::orElseThrow)
                            .toList();
                    // every acknowledged answer is in the log, in order, once; nothing else is
                    assertThat(stored2)
                            .isEqualTo(
                                    j.acknowledged.stream().map(Answer::choice).toList());
                    acknowledged += j.acknowledged.size();
                }
            }
            assertThat(acknowledged).isEqualTo(DOUBLE_SUBMITS);
            System.out.printf(
                    "PortalStoreTwoProcessTest: %d double submissions by %d visitors in %d journeys on two "
                            + "processes in %.1f s (starting both %.1f s): %d lost races (compare-and-set), %d stale forms; "
                            + "check %.1f s%n",
                    DOUBLE_SUBMITS,
                    VISITORS,
                    journeys.size(),
                    (done - started) / 1e9,
                    (started - t0) / 1e9,
                    lostRaces.get(),
                    staleForms.get(),
                    (System.nanoTime() - done) / 1e9);
            assertThat(lostRaces.get() + staleForms.get()).isEqualTo(DOUBLE_SUBMITS);
        }
    }

    /** A journey of one visitor and the answers acknowledged in it, in order. */
    private record Journey(String sid, List<String> acknowledged) {}

    private static List<Journey> visit(
            PortalProcess a,
            PortalProcess b,
            int rounds,
            ExecutorService pool,
            AtomicInteger lostRaces,
            AtomicInteger staleForms)
            throws Exception {
        List<Journey> journeys = new ArrayList<>();
        PortalClient toA = null;
        PortalClient toB = null;
        Journey journey = null;
        for (int round = 0; round < rounds; round++) {
            if (round % ROUNDS_PER_JOURNEY == 0) {
                toA = new PortalClient(a.uri);
                toA.get("/");
                assertThat(toA.post("/start", "goal", "looking-for-work", "employment", "unemployed-with-benefit")
                                .statusCode())
                        .isEqualTo(303);
                toA.get("/step");
                assertThat(toA.post("/step", "step", "welkom").statusCode()).isEqualTo(303);
                toB = new PortalClient(b.uri);
                toB.cookies.putAll(toA.cookies);
                toB.lastCsrf = toA.lastCsrf;
                journey = new Journey(toA.cookies.get("gsid"), new ArrayList<>());
                journeys.add(journey);
            }
            PortalClient ca = toA;
            PortalClient cb = toB;
            Future<HttpResponse<String>> fa =
                    pool.submit(() -> ca.post("/step", "step", "q-situatie", "answer", "geen-werk"));
            Future<HttpResponse<String>> fb =
                    pool.submit(() -> cb.post("/step", "step", "q-situatie", "answer", "ander-werk"));
            HttpResponse<String> ra = fa.get();
            HttpResponse<String> rb = fb.get();
            int acks = 0;
            for (HttpResponse<String> r : List.of(ra, rb)) {
                if (r.statusCode() == 303) {
                    acks++;
                    journey.acknowledged.add(r == ra ? "geen-werk" : "ander-werk");
                } else {
                    assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
                    if (r.body().contains("Dit formulier is niet verwerkt")) {
                        lostRaces.incrementAndGet();
                        assertThat(r.body()).contains("Jouw richting"); // the current step is shown
                    } else {
                        staleForms.incrementAndGet();
                        assertThat(r.body()).contains("Deze pagina is verouderd");
                    }
                }
            }
            assertThat(acks).as("acknowledgements of one double submission").isEqualTo(1);
            // back to the question for the next round, on either process
            PortalClient back = round % 2 == 0 ? ca : cb;
            assertThat(back.post("/step", "step", "q-richting", "action", "back")
                            .statusCode())
                    .isEqualTo(303);
        }
        return journeys;
    }
}
