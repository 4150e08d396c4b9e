/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.resume.ResumeCode;
import io.github.careerguidance.examples.portal.store.JdbcResumeStore;
import io.github.careerguidance.examples.portal.store.JdbcSessionStore;
import io.github.careerguidance.examples.portal.store.Retention;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * #15 plan, over HTTP: the plan on the outcome page, its PDF and .ics read back by independent parsers (PDFBox,
 * ical4j), resume codes (a fresh client resumes at the same step), one neutral answer for every wrong code, the limits
 * per client address and per code, erasure by code with a confirmation step, and the follow-up journey offered from
 * the review date on (the portal's clock moves).
 */
class PortalPlanHttpTest {
    @TempDir
    Path dir;

    MutableClock clock;
    JdbcSessionStore store;
    JdbcResumeStore resumes;
    Portal portal;

    @BeforeEach
    void start() throws Exception {
        // Monday 30 November 2026, 10:30 in Amsterdam
        clock = new MutableClock(Instant.parse("2026-11-30T09:30:00Z"));
        store = JdbcSessionStore.h2(dir.resolve("data"));
        resumes = JdbcResumeStore.open(JdbcResumeStore.dataSource(store.url(), "sa", ""));
        portal = Portal.builder()
                .store(store)
                .resumeStore(resumes)
                .port(0)
                .clock(clock)
                .start();
    }

    @AfterEach
    void stop() {
        portal.close();
        store.close();
    }

    private PortalClient client() {
        return new PortalClient(portal.uri());
    }

    private PortalClient completed() {
        PortalClient c = PlanJourney.startAndAnswerFirstSteps(client());
        PlanJourney.finish(c);
        return c;
    }

    @Test
    void theOutcomeShowsThePlanForAPersonWithAPdfAndACalendarOfItsDates() throws Exception {
        PortalClient c = completed();
        HttpResponse<String> outcome = c.get("/outcome");
        assertThat(outcome.statusCode()).isEqualTo(200);
        assertThat(outcome.body())
                .contains(
                        "Je actieplan",
                        "Gemaakt op maandag 30 november 2026",
                        "Werk je cv bij",
                        "Uiterlijk: <strong>maandag 14 december 2026</strong>",
                        "Solliciteer op vacatures van je lijstje",
                        "Uiterlijk: <strong>maandag 28 december 2026</strong>",
                        "Minstens 4 sollicitaties per 4 weken in je Werkmap",
                        "4 keer per 4 weken",
                        "Periode 1: maandag 30 november 2026 t/m zondag 27 december 2026",
                        "Gesprek met een professional",
                        "loopbaanadviseur, via",
                        "Neem je Werkmap en je cv mee",
                        "href=\"https://www.uwv.nl/en/individuals/unemployment-benefit/when-receiving\"",
                        "href=\"/plan.pdf\"",
                        "href=\"/plan.ics\"",
                        "href=\"/plan.json\"",
                        "Download je plan (JSON)</a> voor ontwikkelaars",
                        "/static/plan.css",
                        "href=\"/erase\"");
        String code = PlanJourney.code(outcome.body());
        // the code is the session's until it is renewed: shown again, not made again
        assertThat(PlanJourney.code(c.get("/outcome").body())).isEqualTo(code);

        HttpResponse<byte[]> pdf = download(c, "/plan.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains(
                            "Werk je cv bij",
                            "Vertel drie mensen welk werk je zoekt",
                            "Solliciteer op vacatures van je lijstje",
                            "Minstens 4 sollicitaties per 4 weken in je Werkmap",
                            "maandag 14 december 2026",
                            "maandag 28 december 2026",
                            "Neem je Werkmap en je cv mee");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Actieplan: Ik ben werkloos geworden");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("nl");
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked())
                    .as("tagged")
                    .isTrue();
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle())
                    .isTrue();
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded())
                            .as(font.getName() + " embedded")
                            .isTrue();
                }
            }
        }

        HttpResponse<byte[]> ics = download(c, "/plan.ics");
        assertThat(ics.headers().firstValue("Content-Type")).hasValue("text/calendar; charset=utf-8");
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics.body()));
        // three due dates (cv, network, applications), the WW duty as one weekly RRULE event, the review
        assertThat(calendar.<VEvent>getComponents("VEVENT")).hasSize(5);
        String summaries = calendar.<VEvent>getComponents("VEVENT").stream()
                .map(e -> e.getSummary().getValue())
                .collect(Collectors.joining("|"));
        assertThat(summaries)
                .contains(
                        "Uiterlijk vandaag: Werk je cv bij",
                        "Einde periode: Minstens 4 sollicitaties",
                        "Gesprek met loopbaanadviseur");

        // the developer JSON carries the same fixed plan
        assertThat(c.get("/plan.json").body()).contains("\"actionPlan\"", "\"accepted\" : \"2026-11-30\"");
        // the plan stays fixed: a week later the dates have not moved
        clock.advance(Duration.ofDays(7));
        assertThat(c.get("/outcome").body()).contains("Uiterlijk: <strong>maandag 14 december 2026</strong>");
    }

    @Test
    void aCodeFromOpslaanEnLaterVerderResumesInAFreshClientAtTheSameStep() {
        PortalClient c = PlanJourney.startAndAnswerFirstSteps(client());
        HttpResponse<String> step = c.get("/step");
        assertThat(step.body()).contains("Zelftest loopbaanaanpassing", "action=\"/save\"", "Opslaan en later verder");
        HttpResponse<String> saved = c.post("/save");
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location")).hasValue("/code");
        String code = PlanJourney.code(c.get("/code").body());
        String oldSid = c.cookies.get("gsid");

        PortalClient fresh = client();
        assertThat(fresh.get("/").body()).contains("Verder met je code", "action=\"/resume\"");
        HttpResponse<String> resumed =
                fresh.post("/resume", "code", code.toLowerCase().replace("-", " "));
        assertThat(resumed.statusCode()).as(resumed.body()).isEqualTo(303);
        assertThat(resumed.headers().firstValue("Location")).hasValue("/step");
        assertThat(fresh.cookies.get("gsid")).isNotEqualTo(oldSid).hasSize(43);
        assertThat(fresh.get("/step").body()).contains("Zelftest loopbaanaanpassing");
        // the journey moved: the old browser's cookie no longer opens it
        assertThat(c.get("/step").statusCode()).isEqualTo(404);
        // and the code still works, and finishing there gives the plan
        PlanJourney.finish(fresh);
        assertThat(fresh.get("/outcome").body()).contains("Je actieplan", code);
    }

    @Test
    void everyWrongCodeGetsTheSameNeutralAnswer() {
        completed();
        String[] wrong = {"", "x", "7KDM-Q2XN-HC5", "0000-0000-000", "ZZZZ-ZZZZ-ZZZZ-ZZZZ", "'; DROP TABLE x; --"};
        String first = null;
        for (String code : wrong) {
            PortalClient c = client();
            c.get("/");
            HttpResponse<String> r = c.post("/resume", "code", code);
            assertThat(r.statusCode()).as(code).isEqualTo(422);
            String message = main(r.body());
            assertThat(message).contains("Met deze code konden we geen route openen");
            if (code.length() > 1) {
                assertThat(message).doesNotContain(code);
            }
            if (first == null) {
                first = message;
            }
            assertThat(message).isEqualTo(first);
        }
    }

    private static String main(String page) {
        return page.substring(
                page.indexOf("<div class=\"error\""), page.indexOf("</div>", page.indexOf("<div class=\"error\"")));
    }

    @Test
    void attemptsAreLimitedPerClientAddressAndPerCode() {
        String code = PlanJourney.code(completed().get("/outcome").body());
        PortalClient c = client();
        c.get("/");
        // per code: five attempts with one well-formed code that is not issued, then that code is refused for a while
        String guess = ResumeCode.generate(new SecureRandom()).display();
        for (int i = 0; i < 5; i++) {
            assertThat(c.post("/resume", "code", guess).statusCode()).isEqualTo(422);
        }
        HttpResponse<String> perCode = c.post("/resume", "code", guess);
        assertThat(perCode.statusCode()).isEqualTo(429);
        assertThat(perCode.headers().firstValue("Retry-After")).isPresent();
        assertThat(perCode.body()).contains("Te veel pogingen");
        // per address: 10 attempts in 15 minutes in all (6 so far); then even the right code is refused
        for (int i = 0; i < 4; i++) {
            assertThat(c.post("/resume", "code", "0000-0000-00" + i).statusCode())
                    .isIn(422);
        }
        HttpResponse<String> perAddress = c.post("/resume", "code", code);
        assertThat(perAddress.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(perAddress.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, 900L);
        // erasing counts under the same limits
        c.get("/erase");
        assertThat(c.post("/erase", "code", code).statusCode()).isEqualTo(429);
        // when the window is over, the right code works again
        clock.advance(Duration.ofMinutes(16));
        HttpResponse<String> later = c.post("/resume", "code", code);
        assertThat(later.statusCode()).isEqualTo(303);
        assertThat(later.headers().firstValue("Location")).hasValue("/outcome");
    }

    @Test
    void wisMijnGegevensErasesTheSessionAndItsCodeAfterAConfirmation() {
        PortalClient owner = completed();
        String code = PlanJourney.code(owner.get("/outcome").body());
        PortalClient c = client();
        assertThat(c.get("/erase").body()).contains("Wis mijn gegevens", "name=\"code\"");
        HttpResponse<String> ask = c.post("/erase", "code", code);
        assertThat(ask.statusCode()).isEqualTo(200);
        assertThat(ask.body()).contains("Weet je het zeker?", "action=\"/erase/confirm\"");
        // nothing is erased before the confirmation
        assertThat(owner.get("/outcome").statusCode()).isEqualTo(200);
        HttpResponse<String> done = c.post("/erase/confirm", "code", code);
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("Je gegevens zijn gewist");
        assertThat(owner.get("/outcome").statusCode()).isEqualTo(404);
        assertThat(owner.get("/plan.pdf").statusCode()).isEqualTo(404);
        PortalClient again = client();
        again.get("/");
        assertThat(again.post("/resume", "code", code).statusCode()).isEqualTo(422);
        // a wrong code erases nothing and says nothing more
        assertThat(c.post("/erase", "code", "0000-0000-000").statusCode()).isEqualTo(422);
    }

    @Test
    void theFollowUpJourneyIsOfferedFromTheReviewDateOn() {
        String code = PlanJourney.code(completed().get("/outcome").body());
        // the review is 4 weeks after the plan was made: Monday 28 December 2026
        clock.advance(Duration.ofDays(27));
        PortalClient early = client();
        early.get("/");
        HttpResponse<String> before = early.post("/resume", "code", code);
        assertThat(before.headers().firstValue("Location")).hasValue("/outcome");
        assertThat(early.get("/outcome").body()).doesNotContain("Start de terugblik");

        clock.advance(Duration.ofDays(1));
        PortalClient back = client();
        back.get("/");
        HttpResponse<String> resumed = back.post("/resume", "code", code);
        assertThat(resumed.headers().firstValue("Location")).hasValue("/followup");
        HttpResponse<String> offer = back.get("/followup");
        assertThat(offer.body())
                .contains(
                        "Welkom terug",
                        "Tijd om terug te kijken",
                        "Start de terugblik",
                        "Terugblik op je plan na werkloosheid");
        HttpResponse<String> started = back.post("/followup");
        assertThat(started.headers().firstValue("Location")).hasValue("/step");
        HttpResponse<String> step = back.get("/step");
        assertThat(step.body()).contains("Terugblik op je plan na werkloosheid");
        // during the look back the plan under review still downloads
        assertThat(download(back, "/plan.pdf").statusCode()).isEqualTo(200);
        // and the code still leads to the session, now in the follow-up journey
        PortalClient third = client();
        third.get("/");
        HttpResponse<String> again = third.post("/resume", "code", code);
        assertThat(again.headers().firstValue("Location")).hasValue("/step");
    }

    @Test
    void aVisitorWhoComesBackWeeksAfterTheReviewStillFindsTheSessionWhileAnIdleOneIsPurged() {
        PortalClient owner = completed();
        String outcome = owner.get("/outcome").body();
        String code = PlanJourney.code(outcome);
        // the review is on Monday 28 December 2026: the code works until 30 days after that day, not after today
        assertThat(outcome).contains("tot woensdag 27 januari 2027");
        PortalClient idle = PlanJourney.startAndAnswerFirstSteps(client()); // not finished: no plan, no review
        idle.get("/step");
        assertThat(idle.post("/save").statusCode()).isEqualTo(303);
        String idleCode = PlanJourney.code(idle.get("/code").body());

        // 53 days later: 25 days after the review, past 30 days idle; the daily purge runs
        clock.advance(Duration.ofDays(53));
        try (Retention purge = new Retention(Duration.ofDays(30), clock, System.err)) {
            purge.register("sessions", store).register("resume codes", resumes);
            assertThat(purge.purgeNow()).isEqualTo(2); // the idle visitor's session and code row
        }
        PortalClient back = client();
        back.get("/");
        HttpResponse<String> resumed = back.post("/resume", "code", code);
        assertThat(resumed.headers().firstValue("Location")).hasValue("/followup");
        assertThat(back.get("/followup").body()).contains("Start de terugblik");
        PortalClient lost = client();
        lost.get("/");
        assertThat(lost.post("/resume", "code", idleCode).statusCode()).isEqualTo(422);

        // 31 days after the review, untouched since: the code no longer works and the purge takes the session
        clock.advance(Duration.ofDays(37));
        PortalClient late = client();
        late.get("/");
        assertThat(late.post("/resume", "code", code).statusCode()).isEqualTo(422);
    }

    private HttpResponse<byte[]> download(PortalClient c, String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create(portal.uri().resolve(path).toString()))
                    .header(
                            "Cookie",
                            c.cookies.entrySet().stream()
                                    .map(e -> e.getKey() + "=" + e.getValue())
                                    .collect(Collectors.joining("; ")))
                    .GET()
                    .build();
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
