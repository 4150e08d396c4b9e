/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.examples.portal.store.JdbcSessionStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * End-to-end: the portal in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}), with
 * axe-core checking every page for serious and critical WCAG 2.1 A/AA violations. Skipped with the reason when the
 * browser, the driver or axe-core is missing, unless {@code GUIDANCE_E2E=required} (set by {@code .ci/run}), which
 * turns the absence into a failure. Nothing is downloaded: the driver and browser paths are given explicitly.
 */
// a system test (real browser or portal processes): CI runs it once, on JDK 17 (see .ci/run)
@Tag("system")
class PortalBrowserTest {

    @TempDir
    static Path dir;

    static Chromium chromium;
    static JdbcSessionStore store;
    static Portal portal;

    private final List<WebDriver> drivers = new ArrayList<>();
    private int pagesChecked;

    @BeforeAll
    static void setUp() throws Exception {
        chromium = Chromium.findOrSkip();
        store = JdbcSessionStore.h2(dir.resolve("data"));
        // Monday 30 November 2026, 10:30 in Amsterdam: chat and phone are open
        portal = Portal.builder()
                .store(store)
                .port(0)
                .clock(Clock.fixed(Instant.parse("2026-11-30T09:30:00Z"), ZoneOffset.UTC))
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
        ChromeDriver driver = chromium.start(dir, "--window-size=1280,1000");
        drivers.add(driver);
        return driver;
    }

    private void open(WebDriver d, String path) {
        d.get(portal.uri().resolve(path).toString());
        axe(d);
    }

    /** Runs axe-core on the current page: no serious or critical violation. */
    private void axe(WebDriver d) {
        Object violations = chromium.axe(d, Chromium.Impacts.SERIOUS_AND_CRITICAL, Chromium.WCAG21);
        assertThat(violations).as("axe on " + d.getCurrentUrl()).isEqualTo("[]");
        pagesChecked++;
    }

    private void submit(WebDriver d) {
        d.findElement(By.cssSelector("form.step button[value=next]")).click();
        axe(d);
    }

    private void choose(WebDriver d, String code) {
        d.findElement(By.cssSelector("input[name=answer][value='" + code + "']"))
                .click();
        submit(d);
    }

    private static String h1(WebDriver d) {
        return d.findElement(By.tagName("h1")).getText();
    }

    private static String lang(WebDriver d) {
        return d.findElement(By.tagName("html")).getAttribute("lang");
    }

    private void selfTest(WebDriver d) {
        List<WebElement> fours = d.findElements(By.cssSelector("input[type=radio][value='4']"));
        assertThat(fours).hasSize(4); // the portal's own checklist, one statement per CAAS dimension
        fours.forEach(WebElement::click);
        submit(d);
    }

    @Test
    void looking_for_work_in_dutch_then_english_safety_net_contact_and_resume() throws Exception {
        WebDriver d = browser();
        open(d, "/");
        assertThat(lang(d)).isEqualTo("nl");
        assertThat(h1(d)).isEqualTo("Waarom kom je?");
        d.findElement(By.cssSelector("label[for=goal-looking-for-work]")).click();
        d.findElement(By.cssSelector("#employment option[value=unemployed-with-benefit]"))
                .click();
        d.findElement(By.cssSelector("form.intake button[type=submit]")).click();
        axe(d);

        // the whole journey in Dutch
        assertThat(h1(d)).isEqualTo("Welkom");
        assertThat(d.getPageSource()).contains("Je hebt een WW-uitkering");
        submit(d);
        choose(d, "geen-werk");
        choose(d, "een-paar");
        assertThat(h1(d)).isEqualTo("Zelftest loopbaanaanpassing");
        selfTest(d);
        assertThat(h1(d)).isEqualTo("Wat past bij jou");
        assertThat(d.getPageSource()).contains("Maak een kort lijstje").doesNotContain("Je weet wat je zoekt");
        submit(d);
        choose(d, "ja");
        assertThat(h1(d)).isEqualTo("Loopbaangesprek");
        d.findElement(By.cssSelector("aside form button")).click(); // "Ik wil een persoon spreken"
        axe(d);
        assertThat(d.findElement(By.id("contact")).getText())
                .contains("Je vraag om contact is genoteerd", "kort contact met een adviseur", "nu open");
        submit(d);
        choose(d, "ja");
        submit(d);
        submit(d);
        choose(d, "ja");
        assertThat(d.getCurrentUrl()).endsWith("/outcome");
        assertThat(h1(d)).isEqualTo("Je plan");
        assertThat(d.findElement(By.cssSelector("a[href='/plan.json']")).getText())
                .contains("Download je plan");

        // switch to English and start again: the safety net
        d.findElement(By.cssSelector("a[hreflang=en]")).click();
        axe(d);
        assertThat(lang(d)).isEqualTo("en");
        assertThat(h1(d)).isEqualTo("Your plan");
        open(d, "/");
        d.findElement(By.cssSelector("label[for=goal-looking-for-work]")).click();
        d.findElement(By.cssSelector("form.intake button[type=submit]")).click();
        axe(d);
        assertThat(h1(d)).isEqualTo("Welcome");
        submit(d);
        choose(d, "ander-werk");
        choose(d, "duidelijk");
        selfTest(d);
        assertThat(d.getPageSource()).contains("You know what you are looking for", "Moving on from a job");
        submit(d);
        choose(d, "nee");
        assertThat(h1(d)).isEqualTo("Talk to an adviser");
        String contact = d.findElement(By.id("contact")).getText();
        assertThat(contact).contains("Talk to a person", "brief help from an adviser", "Chat", "open now");
        assertThat(d.findElement(By.tagName("main")).getText()).contains("Phone (030 000 0000): open now");

        // leave: a new browser with only the cookies comes back to the same step
        Cookie session = d.manage().getCookieNamed("gsid");
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
        d.quit();
        drivers.remove(d);
        WebDriver back = browser();
        back.get(portal.uri().resolve("/providers").toString());
        back.manage().addCookie(new Cookie("gsid", session.getValue(), "/"));
        back.manage().addCookie(new Cookie("glang", "en", "/"));
        open(back, "/providers");
        assertThat(h1(back)).isEqualTo("Providers and their quality marks");
        assertThat(back.getPageSource()).contains("Loopbaanpraktijk De Wending B.V.");
        open(back, "/");
        back.findElement(By.linkText("Continue where you left off")).click();
        axe(back);
        assertThat(h1(back)).isEqualTo("Talk to an adviser");
        // the skip link is the first thing in the focus order and leads to the main content
        assertThat(back.findElement(By.cssSelector("body > a:first-child")).getAttribute("href"))
                .endsWith("#main");
        assertThat(pagesChecked).isGreaterThan(25);
    }

    @Test
    void badInputInTheBrowserGivesAClearPageAndAxeCatchesAMissingAlt() throws Exception {
        WebDriver d = browser();
        open(d, "/step");
        assertThat(h1(d)).isEqualTo("Geen route gevonden");
        open(d, "/bestaat-niet");
        assertThat(h1(d)).isEqualTo("Pagina niet gevonden");
        // the check can fail: an image without a text alternative is a critical violation
        JavascriptExecutor js = (JavascriptExecutor) d;
        js.executeScript("document.querySelector('main').appendChild(document.createElement('img'));");
        assertThat(chromium.axe(d, Chromium.Impacts.SERIOUS_AND_CRITICAL, Chromium.WCAG21))
                .contains("\"id\":\"image-alt\"", "critical");
    }
}
