/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.examples.portal.internal.PortalHandler;
import io.github.careerguidance.examples.portal.store.JdbcSessionStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portal over real HTTP on loopback, with an H2 store: the journey, the security headers and bad input. */
class PortalHttpTest {
    @TempDir
    static Path dir;

    static JdbcSessionStore store;
    static Portal portal;

    @BeforeAll
    static void start() throws Exception {
        store = JdbcSessionStore.h2(dir);
        // Monday 30 November 2026, 10:30 in Amsterdam: chat and phone are open
        portal = Portal.builder()
                .store(store)
                .port(0)
                .clock(Clock.fixed(Instant.parse("2026-11-30T09:30:00Z"), ZoneOffset.UTC))
                .start();
    }

    @AfterAll
    static void stop() {
        portal.close();
        store.close();
    }

    private static PortalClient startedOnLookingForWork() {
        PortalClient c = new PortalClient(portal.uri());
        c.get("/");
        HttpResponse<String> started =
                c.post("/start", "goal", "looking-for-work", "employment", "unemployed-with-benefit");
        assertThat(started.statusCode()).isEqualTo(303);
        assertThat(started.headers().firstValue("Location")).hasValue("/step");
        return c;
    }

    @Test
    void intakePageIsSafeAccessibleAndListsTheCatalogue() {
        PortalClient c = new PortalClient(portal.uri());
        HttpResponse<String> page = c.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(PortalHandler.CSP);
        assertThat(PortalHandler.CSP).doesNotContain("unsafe-inline");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.body())
                .contains(
                        "<html lang=\"nl\">",
                        "class=\"skip-link\" href=\"#main\"",
                        "<main id=\"main\"",
                        "Ik zoek werk",
                        "Ik ben werkloos geworden",
                        "Praat met een persoon",
                        "Chat",
                        "nu open");
        assertThat(page.body()).doesNotContain("style=", "<script");
        String cookie = PortalClient.setCookies(page).get(0);
        assertThat(cookie).matches("gsid=[A-Za-z0-9_-]{43}; Path=/; Max-Age=\\d+; HttpOnly; SameSite=Lax");
        assertThat(c.get("/?lang=en").body()).contains("<html lang=\"en\">", "I am looking for work", "Nederlands");
        assertThat(c.get("/providers").body())
                .contains(
                        "<html lang=\"en\">",
                        "Loopbaanpraktijk De Wending B.V.",
                        "The entry in noloc-rl expired on 2025-05-31",
                        "Quality marks the provider claims",
                        "register-bka",
                        "Listing on this portal");
    }

    @Test
    void startingRotatesTheSessionIdAndTheJourneyRunsToAPlanAsJson() {
        PortalClient c = new PortalClient(portal.uri());
        c.get("/");
        String before = c.cookies.get("gsid");
        c.post("/start", "goal", "looking-for-work", "employment", "unemployed-with-benefit");
        assertThat(c.cookies.get("gsid")).isNotEqualTo(before).hasSize(43);
        HttpResponse<String> welkom = c.get("/step");
        assertThat(welkom.body()).contains("Welkom", "Je hebt een WW-uitkering", "Je ondersteuning nu", "zelfhulp");
        assertThat(c.post("/step", "step", "welkom").statusCode()).isEqualTo(303);
        c.get("/step");
        c.post("/step", "step", "q-situatie", "answer", "geen-werk");
        c.get("/step");
        c.post("/step", "step", "q-richting", "answer", "een-paar");
        HttpResponse<String> test = c.get("/step");
        assertThat(test.body()).contains("Zelftest loopbaanaanpassing", "dit is niet de");
        StringBuilder items = new StringBuilder("step=zelftest&csrf=" + c.lastCsrf);
        for (String dim : new String[] {"concern", "control", "curiosity", "confidence"}) {
            for (int i = 1; i <= 6; i++) {
                items.append("&item.").append(dim).append('-').append(i).append("=4");
            }
        }
        HttpResponse<String> assessed = c.postRaw("/step", items.toString());
        assertThat(assessed.statusCode()).as(assessed.body()).isEqualTo(303);
        HttpResponse<String> info = c.get("/step");
        assertThat(info.body())
                .contains("Maak een kort lijstje", "Vacatures en trainingen")
                .doesNotContain("Je weet wat je zoekt");
        c.post("/step", "step", "info-opties");
        c.get("/step");
        c.post("/step", "step", "q-vangnet", "answer", "ja");
        c.get("/step");
        c.post("/step", "step", "gesprek");
        c.get("/step");
        c.post("/step", "step", "q-keuze", "answer", "ja");
        c.get("/step");
        c.post("/step", "step", "actie-netwerk");
        c.get("/step");
        c.post("/step", "step", "actie-solliciteren");
        c.get("/step");
        HttpResponse<String> done = c.post("/step", "step", "q-lukt", "answer", "ja");
        assertThat(done.headers().firstValue("Location")).hasValue("/outcome");
        HttpResponse<String> outcome = c.get("/outcome");
        assertThat(outcome.body())
                .contains("Je plan", "Download je plan (JSON)", "Jouw antwoorden", "Ik heb nu geen werk");
        HttpResponse<String> plan = c.get("/plan.json");
        assertThat(plan.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"guidance-plan.json\"");
        assertThat(plan.body().replace(" ", ""))
                .contains("\"journey\":\"looking-for-work\"", "\"type\":\"plan\"", "\"completed\":true");
        assertThat(c.get("/step").headers().firstValue("Location")).hasValue("/outcome");
    }

    @Test
    void safetyNetNoOffersAPersonAndTalkToAPersonRaisesTheLevel() {
        PortalClient c = startedOnLookingForWork();
        c.get("/step");
        HttpResponse<String> asked = c.post("/contact");
        assertThat(asked.statusCode()).isEqualTo(303);
        assertThat(asked.headers().firstValue("Location")).hasValue("/step?contact=1#contact");
        assertThat(c.get("/step?contact=1").body())
                .contains("kort contact met een adviseur", "Je vraag om contact is genoteerd");
    }

    @Test
    void badInputGetsAClearPageAnd4xxAndNeverLosesTheSession() {
        PortalClient c = startedOnLookingForWork();
        c.get("/step");
        c.post("/step", "step", "welkom");
        c.get("/step");
        String stored = store.load(c.cookies.get("gsid")).orElseThrow().snapshot();

        HttpResponse<String> noToken = c.post("/step", "step", "q-situatie", "answer", "geen-werk", "csrf", "forged");
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(noToken.body()).contains("Formulier verlopen", "Je route is bewaard");

        HttpResponse<String> unknown = c.post("/step", "step", "q-bestaat-niet", "answer", "x");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Onbekende stap");

        HttpResponse<String> stale = c.post("/step", "step", "welkom");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Deze pagina is verouderd");

        HttpResponse<String> outOfRange = c.post("/step", "step", "q-situatie", "answer", "miljonair");
        assertThat(outOfRange.statusCode()).isEqualTo(422);
        assertThat(outOfRange.body()).contains("role=\"alert\"", "Jouw situatie");

        HttpResponse<String> missing = c.post("/step", "step", "q-situatie");
        assertThat(missing.statusCode()).isEqualTo(422);

        HttpResponse<String> huge = c.post("/step", "step", "q-situatie", "answer", "x".repeat(20_000));
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(huge.body()).contains("Te veel gegevens");

        HttpResponse<String> json = c.postRaw("/step", "{}");
        assertThat(json.statusCode()).isEqualTo(400 + 3); // 403: the CSRF token is missing

        assertThat(store.load(c.cookies.get("gsid")).orElseThrow().snapshot()).isEqualTo(stored);
        assertThat(c.get("/step").body()).contains("Jouw situatie");

        // out of range on the self-test
        c.post("/step", "step", "q-situatie", "answer", "geen-werk");
        c.get("/step");
        c.post("/step", "step", "q-richting", "answer", "duidelijk");
        c.get("/step");
        HttpResponse<String> nine = c.post("/step", "step", "zelftest", "item.concern-1", "9");
        assertThat(nine.statusCode()).isEqualTo(422);
        HttpResponse<String> letters = c.post("/step", "step", "zelftest", "item.concern-1", "veel");
        assertThat(letters.statusCode()).isEqualTo(422);
        assertThat(c.get("/step").body()).contains("Zelftest");
    }

    @Test
    void forgedAndStaleSessionIdsGet4xx() {
        PortalClient forged = new PortalClient(portal.uri());
        forged.cookies.put("gsid", "../../etc/passwd");
        HttpResponse<String> bad = forged.get("/step");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Ongeldige sessiecode");

        PortalClient stale = new PortalClient(portal.uri());
        stale.cookies.put("gsid", "A".repeat(43));
        HttpResponse<String> none = stale.get("/step");
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(none.body()).contains("Geen route gevonden");
        assertThat(stale.get("/outcome").statusCode()).isEqualTo(404);
        assertThat(stale.get("/plan.json").statusCode()).isEqualTo(404);
    }

    @Test
    void unknownPagesWrongMethodsAndForeignHostsAreRefused() throws Exception {
        PortalClient c = new PortalClient(portal.uri());
        assertThat(c.get("/admin").statusCode()).isEqualTo(404);
        assertThat(c.get("/start").statusCode()).isEqualTo(405);
        assertThat(c.get("/?q=" + "a".repeat(3000)).statusCode()).isEqualTo(414);
        try (Socket socket = new Socket(portal.uri().getHost(), portal.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET / HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            assertThat(status).startsWith("HTTP/1.1 421");
        }
    }

    @Test
    void serveCommandLineIsChecked() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        assertThat(Portal.main(
                        new String[] {"--port", "99999"},
                        new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
                        new java.io.PrintStream(err, true, StandardCharsets.UTF_8)))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--port must be 0 to 65535", "usage: guidance serve");
        assertThat(Portal.main(
                        new String[] {"--help"},
                        new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
                        new java.io.PrintStream(err, true, StandardCharsets.UTF_8)))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("GUIDANCE_DB_URL");
    }

    @Test
    void leavingAndComingBackResumesTheJourney() {
        PortalClient c = startedOnLookingForWork();
        c.get("/step");
        c.post("/step", "step", "welkom");
        PortalClient later = new PortalClient(portal.uri());
        later.cookies.put("gsid", c.cookies.get("gsid"));
        assertThat(later.get("/").body()).contains("Ga verder waar je was");
        assertThat(later.get("/step").body()).contains("Jouw situatie");
    }
}
