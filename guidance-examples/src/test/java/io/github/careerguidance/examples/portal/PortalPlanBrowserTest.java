/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.examples.portal.store.JdbcResumeStore;
import io.github.careerguidance.examples.portal.store.JdbcSessionStore;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * #15 plan, end to end in headless Chromium: "Ik ben werkloos geworden" with a stop half-way ("opslaan en later
 * verder", then a fresh browser resumes at the same step with the code), on to the plan page, whose PDF and .ics are
 * fetched with the browser's cookie and read back by PDFBox and ical4j; then a fresh browser comes back with the code
 * to the plan, after the review date to the follow-up offer, and erases everything. axe-core finds no violation at any
 * impact level on the new pages. Skips like {@code PortalBrowserTest} without chromium, chromedriver or axe-core,
 * unless {@code GUIDANCE_E2E=required}. Leaves a screenshot of the plan page in {@code target/portal-plan.png}.
 */
// a system test (real browser or portal processes): CI runs it once, on JDK 17 (see .ci/run)
@Tag("system")
class PortalPlanBrowserTest {

    @TempDir
    static Path dir;

    static Chromium chromium;
    static JdbcSessionStore store;
    static MutableClock clock;
    static Portal portal;

    private final List<WebDriver> drivers = new ArrayList<>();

    @BeforeAll
    static void setUp() throws Exception {
        chromium = Chromium.findOrSkip();
        store = JdbcSessionStore.h2(dir.resolve("data"));
        // Monday 30 November 2026, 10:30 in Amsterdam
        clock = new MutableClock(Instant.parse("2026-11-30T09:30:00Z"));
        portal = Portal.builder()
                .store(store)
                .resumeStore(JdbcResumeStore.open(JdbcResumeStore.dataSource(store.url(), "sa", "")))
                .port(0)
                .clock(clock)
                .start();
    }

    @AfterAll
    static void tearDown() {
        if (portal != null) {
            portal.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @AfterEach
    void quit() {
        drivers.forEach(WebDriver::quit);
    }

    private WebDriver browser() throws Exception {
        ChromeDriver driver = chromium.start(dir, "--window-size=1280,1000", "--hide-scrollbars");
        drivers.add(driver);
        return driver;
    }

    private void leave(WebDriver d) {
        d.quit();
        drivers.remove(d);
    }

    /** axe-core on the current page: no violation at any impact level. */
    private static void axe(WebDriver d) {
        assertThat(chromium.axe(d, Chromium.Impacts.EVERY, Chromium.WCAG21))
                .as("axe on " + d.getCurrentUrl())
                .isEqualTo("[]");
    }

    private static void next(WebDriver d) {
        click(d, d.findElement(By.cssSelector("form.step button[value=next]")));
    }

    private static void choose(WebDriver d, String code) {
        d.findElement(By.cssSelector("input[name=answer][value='" + code + "']"))
                .click();
        next(d);
    }

    private static String h1(WebDriver d) {
        return d.findElement(By.tagName("h1")).getText();
    }

    private static String code(WebDriver d) {
        return d.findElement(By.cssSelector(".resume-code")).getText();
    }

    private static void resumeWith(WebDriver d, String code) {
        d.findElement(By.id("resume-code")).sendKeys(code);
        click(d, d.findElement(By.cssSelector("form.resume-form button[type=submit]")));
    }

    /** Clicks a submit button and waits until the next page replaced this one. */
    private static void click(WebDriver d, WebElement button) {
        JavascriptExecutor js = (JavascriptExecutor) d;
        js.executeScript("window.planTestOldPage = true;");
        button.click();
        // a new document has a new window object without the mark (asking the old node for staleness races in Chrome)
        new WebDriverWait(d, Duration.ofSeconds(20))
                .ignoring(WebDriverException.class)
                .until(w -> Boolean.TRUE.equals(js.executeScript(
                        "return window.planTestOldPage !== true && document.readyState === 'complete';")));
    }

    /** A fresh visitor in the same browser process: no cookie left (quicker than a new browser). */
    private static void forgetEverything(WebDriver d) {
        d.manage().deleteAllCookies();
    }

    @Test
    void werkloosToThePlanWithPdfAndIcsThenBackWithTheCodeInAFreshBrowser() throws Exception {
        WebDriver d = browser();
        d.get(portal.uri().toString());
        axe(d); // the start page with "verder met je code"
        d.findElement(By.cssSelector("label[for=goal-became-unemployed]")).click();
        d.findElement(By.cssSelector("#employment option[value=unemployed-with-benefit]"))
                .click();
        click(d, d.findElement(By.cssSelector("form.intake button[type=submit]")));
        assertThat(h1(d)).isEqualTo("Welkom");
        next(d);
        choose(d, "4"); // the scale question's points are radio buttons with their anchors
        choose(d, "contract");
        choose(d, "aangevraagd");
        next(d);
        next(d);
        assertThat(h1(d)).isEqualTo("Jouw richting");
        axe(d); // a step with "opslaan en later verder"

        // save half-way and leave
        click(d, d.findElement(By.cssSelector("form.save-later button")));
        assertThat(d.getCurrentUrl()).endsWith("/code");
        axe(d);
        String halfway = code(d);
        assertThat(halfway).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{3}");
        leave(d);

        // a fresh browser: no cookie; the code (typed in lower case with spaces) brings it back to the same step
        WebDriver b = browser();
        b.get(portal.uri().toString());
        resumeWith(b, halfway.toLowerCase().replace('-', ' '));
        assertThat(b.getCurrentUrl()).endsWith("/step");
        assertThat(h1(b)).isEqualTo("Jouw richting");
        choose(b, "zelfde");
        List<WebElement> fours = b.findElements(By.cssSelector("input[type=radio][value='4']"));
        assertThat(fours)
                .hasSize(4); // without licensed CAAS texts: the portal's own checklist, one statement a dimension
        fours.forEach(WebElement::click);
        next(b);
        next(b);
        choose(b, "ja");
        next(b);
        choose(b, "solliciteren");
        next(b);
        next(b);
        choose(b, "ja");
        assertThat(b.getCurrentUrl()).endsWith("/outcome");
        axe(b); // the plan page
        String plan = b.findElement(By.cssSelector("section.plan-doc")).getText();
        assertThat(plan)
                .contains(
                        "Je actieplan",
                        "Werk je cv bij",
                        "Uiterlijk: maandag 14 december 2026",
                        "Vertel drie mensen welk werk je zoekt",
                        "Solliciteer op vacatures van je lijstje",
                        "Uiterlijk: maandag 28 december 2026",
                        "Minstens 4 sollicitaties per 4 weken in je Werkmap",
                        "4 keer per 4 weken",
                        "Gesprek met een professional",
                        "maandag 28 december 2026",
                        "loopbaanadviseur",
                        "Neem je Werkmap en je cv mee");
        assertThat(b.findElement(By.cssSelector("a[href='/plan.json']")).getText())
                .contains("Download je plan (JSON)");
        String atTheEnd = code(b);
        assertThat(atTheEnd).isEqualTo(halfway); // the code of the session, shown again
        screenshot(b, Path.of("target", "portal-plan.png"));

        // the downloads, with the browser's own session cookie
        Cookie session = b.manage().getCookieNamed("gsid");
        byte[] pdf = fetch(session, "/plan.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            for (String action : new String[] {
                "Werk je cv bij",
                "Vertel drie mensen welk werk je zoekt",
                "Solliciteer op vacatures van je lijstje",
                "Minstens 4 sollicitaties per 4 weken in je Werkmap"
            }) {
                assertThat(text).as("the PDF names the action").contains(action);
            }
            assertThat(text).contains("maandag 14 december 2026", "Gesprek met een professional");
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
        }
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(fetch(session, "/plan.ics")));
        assertThat(calendar.<VEvent>getComponents("VEVENT")).hasSize(5);

        // leave again and come back with the code, with no cookie left: the plan page
        forgetEverything(b);
        WebDriver c = b;
        c.get(portal.uri().toString());
        resumeWith(c, atTheEnd);
        assertThat(c.getCurrentUrl()).endsWith("/outcome");
        assertThat(c.findElement(By.cssSelector("section.plan-doc")).getText()).contains("Werk je cv bij");

        // four weeks later: the review date; the code now offers the follow-up journey
        forgetEverything(c);
        clock.advance(Duration.ofDays(28));
        WebDriver later = c;
        later.get(portal.uri().resolve("/resume").toString());
        axe(later);
        resumeWith(later, "0000-0000-000");
        assertThat(later.findElement(By.cssSelector(".error")).getText())
                .contains("Met deze code konden we geen route openen");
        axe(later); // the neutral error
        resumeWith(later, atTheEnd);
        assertThat(later.getCurrentUrl()).endsWith("/followup");
        assertThat(h1(later)).isEqualTo("Welkom terug");
        axe(later);

        // and erases everything, after a confirmation
        later.get(portal.uri().resolve("/erase").toString());
        axe(later);
        later.findElement(By.id("erase-code")).sendKeys(atTheEnd);
        click(later, later.findElement(By.cssSelector("form.erase-form button")));
        assertThat(h1(later)).isEqualTo("Weet je het zeker?");
        axe(later);
        click(later, later.findElement(By.cssSelector("form.erase-confirm button")));
        assertThat(h1(later)).isEqualTo("Je gegevens zijn gewist");
        axe(later);
        later.get(portal.uri().resolve("/resume").toString());
        resumeWith(later, atTheEnd);
        assertThat(later.getPageSource()).contains("Met deze code konden we geen route openen");
    }

    private byte[] fetch(Cookie session, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(portal.uri().resolve(path))
                .header("Cookie", "gsid=" + session.getValue())
                .GET()
                .build();
        HttpResponse<byte[]> response =
                HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    /** The whole page as a PNG: the window made as tall as the document first. */
    private static void screenshot(WebDriver d, Path to) throws Exception {
        Object height = ((JavascriptExecutor) d).executeScript("return document.documentElement.scrollHeight;");
        d.manage().window().setSize(new Dimension(1280, Math.min(6000, ((Number) height).intValue() + 40)));
        Files.createDirectories(to.toAbsolutePath().getParent());
        Files.write(to, ((TakesScreenshot) d).getScreenshotAs(OutputType.BYTES));
        d.manage().window().setSize(new Dimension(1280, 1000));
    }
}
