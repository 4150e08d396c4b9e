/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.examples.portal.internal.InstrumentItems;
import io.github.careerguidance.examples.portal.store.JdbcSessionStore;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The self-test and intake that can narrow (#15), over HTTP: the optional intake questions (age band, education
 * level, "zeg ik liever niet") reach the content conditions; scale questions show their anchors; without licensed
 * item texts the self-test is the portal's own checklist, labelled as not the CAAS, and with them
 * ({@code --instrument-items}) the licensed statements and anchors; refused answers get an error summary that speaks
 * to the visitor.
 */
class PortalAccessHttpTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path dir;

    static JdbcSessionStore store;
    static Portal portal;

    @BeforeAll
    static void start() throws Exception {
        store = JdbcSessionStore.h2(dir.resolve("db"));
        portal = Portal.builder().store(store).port(0).clock(CLOCK).start();
    }

    @AfterAll
    static void stop() {
        portal.close();
        store.close();
    }

    private static PortalClient started(Portal on, String... intake) {
        PortalClient c = new PortalClient(on.uri());
        c.get("/");
        HttpResponse<String> started = c.post("/start", intake);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(303);
        return c;
    }

    /** Posts a step form with the token of the current step's page, as a browser would. */
    private static HttpResponse<String> step(PortalClient c, String... fields) {
        c.get("/step");
        return c.post("/step", fields);
    }

    @Test
    void theOptionalIntakeQuestionsNarrowTheContent() {
        String start = new PortalClient(portal.uri()).get("/").body();
        assertThat(start)
                .contains(
                        "<select id=\"ageBand\" name=\"ageBand\"><option value=\"\">Zeg ik liever niet</option>",
                        "<select id=\"education\" name=\"education\"><option value=\"\">Zeg ik liever niet</option>",
                        "Je leeftijd (niet verplicht)",
                        "Je hoogst afgeronde opleiding (niet verplicht)",
                        "value=\"12-17\"",
                        "value=\"havo\"");
        // content tied to the age band: only for a young visitor who said so
        PortalClient young = started(portal, "goal", "first-time-study", "ageBand", "12-17", "education", "vmbo-gl-tl");
        assertThat(young.get("/step").body()).contains("Kies niet alleen");
        assertThat(store.load(young.cookies.get("gsid")).orElseThrow().snapshot())
                .contains("12-17", "vmbo-gl-tl");
        PortalClient unsaid = started(portal, "goal", "first-time-study", "ageBand", "", "education", "");
        assertThat(unsaid.get("/step").body()).contains("Welkom").doesNotContain("Kies niet alleen");
        // an unknown value is a 422 with the error summary, not a stack trace
        PortalClient odd = new PortalClient(portal.uri());
        odd.get("/");
        HttpResponse<String> refused = odd.post("/start", "goal", "first-time-study", "ageBand", "oud");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains("class=\"error-summary\"", "autofocus", "Deze leeftijdsgroep kennen we niet.");
    }

    @Test
    void scaleQuestionsShowTheirAnchorsAndRefusedAnswersSpeakToTheVisitor() {
        PortalClient c = started(portal, "goal", "became-unemployed");
        step(c, "step", "welkom");
        String scale = c.get("/step").body();
        assertThat(scale)
                .contains(
                        "<legend>Hoe gaat het op dit moment met je?</legend>",
                        "type=\"radio\" name=\"answer\" required",
                        ">1 Heel slecht</label>",
                        ">5 Goed</label>",
                        ">3</label>");
        HttpResponse<String> outOfRange = step(c, "step", "q-gevoel", "answer", "9");
        assertThat(outOfRange.statusCode()).isEqualTo(422);
        assertThat(outOfRange.body())
                .contains(
                        "<title>Fout: Hoe gaat het met je?",
                        "<div class=\"error-summary\" role=\"alert\" aria-labelledby=\"error-summary-title\" tabindex=\"-1\" autofocus>",
                        "<a href=\"#answer-0\">Kies een getal van 1 tot en met 5.</a>")
                .doesNotContain("q-gevoel'", "journeys.engine", ">9<");
        assertThat(c.get("/step?lang=en").body()).contains(">1 Very bad</label>");
        c.get("/?lang=nl");
    }

    @Test
    void withoutLicensedTextsTheSelfTestIsThePortalsOwnChecklistClearlyNotTheCaas() {
        PortalClient c = started(portal, "goal", "looking-for-work");
        step(c, "step", "welkom");
        step(c, "step", "q-situatie", "answer", "geen-werk");
        step(c, "step", "q-richting", "answer", "een-paar");
        String test = c.get("/step").body();
        assertThat(test)
                .contains(
                        "Eigen reflectielijst van deze voorbeeldportal: dit is niet de ",
                        "gelicenseerd",
                        "Ik heb het gevoel dat ik zelf aan het stuur zit van mijn loopbaan.",
                        "1 klopt helemaal niet",
                        "5 klopt helemaal")
                .doesNotContain("Stelling 1 ");
        assertThat(test.split("<fieldset class=\"item\">", -1)).hasSize(5);
        HttpResponse<String> none = step(c, "step", "zelftest");
        assertThat(none.statusCode()).isEqualTo(422);
        assertThat(none.body())
                .contains(
                        "error-summary",
                        "href=\"#dim-concern-1\"",
                        "Kies bij elke uitspraak een score van 1 tot en met 5.");
        HttpResponse<String> answered = step(
                c,
                "step",
                "zelftest",
                "dim.concern",
                "4",
                "dim.control",
                "4",
                "dim.curiosity",
                "2",
                "dim.confidence",
                "5");
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(303);
    }

    @Test
    void licensedItemTextsAreShownWithTheirAnchors() throws Exception {
        Path file = dir.resolve("caas-items.yaml");
        Files.writeString(
                file,
                io.github.careerguidance.examples.portal.internal.PortalAccessInstrumentItemsFixture.yaml(),
                StandardCharsets.UTF_8);
        try (JdbcSessionStore licensedStore = JdbcSessionStore.h2(dir.resolve("db-licensed"));
                Portal licensed = Portal.builder()
                        .store(licensedStore)
                        .port(0)
                        .clock(CLOCK)
                        .instruments(List.of(InstrumentItems.read(file)))
                        .start()) {
            PortalClient c = started(licensed, "goal", "looking-for-work");
            step(c, "step", "welkom");
            step(c, "step", "q-situatie", "answer", "geen-werk");
            step(c, "step", "q-richting", "answer", "een-paar");
            String test = c.get("/step").body();
            assertThat(test)
                    .contains(
                            "<legend>Testtekst concern-1</legend>",
                            "<legend>Testtekst confidence-6</legend>",
                            ">1 helemaal niet</label>",
                            ">5 heel sterk</label>")
                    .doesNotContain("dit is niet de");
            c.get("/step");
            StringBuilder items = new StringBuilder("step=zelftest&csrf=" + c.lastCsrf);
            for (String dim : new String[] {"concern", "control", "curiosity", "confidence"}) {
                for (int i = 1; i <= 6; i++) {
                    items.append("&item.").append(dim).append('-').append(i).append("=4");
                }
            }
            assertThat(c.postRaw("/step", items.toString()).statusCode()).isEqualTo(303);
        }
    }
}
