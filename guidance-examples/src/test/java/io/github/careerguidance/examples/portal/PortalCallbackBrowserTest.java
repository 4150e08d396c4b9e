/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.examples.portal.adviser.AdviserAccount;
import io.github.careerguidance.examples.portal.adviser.AdviserAccounts;
import io.github.careerguidance.examples.portal.adviser.PasswordHashing;
import io.github.careerguidance.examples.portal.store.AuditEntry;
import io.github.careerguidance.examples.portal.store.JdbcHandoverSink;
import io.github.careerguidance.examples.portal.store.JdbcSessionStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * End-to-end in headless Chromium: a visitor asks for a callback, an adviser signs in, finds the request in the queue
 * with only the consented fields (the others absent from the HTML), marks it done and sees the audit entry. axe-core
 * finds no violation at any impact level on the callback form, the receipt and every adviser page, at 1280 and at 320
 * CSS px, where neither the main part nor the contact panel overflows its box. Skips like {@code PortalBrowserTest} when the browser is missing.
 */
// a system test (real browser or portal processes): CI runs it once, on JDK 17 (see .ci/run)
@Tag("system")
class PortalCallbackBrowserTest {
    private static final String PASSWORD = "dit-is-anna-haar-wachtwoord";

    @TempDir
    static Path dir;

    static Chromium chromium;
    static JdbcSessionStore store;
    static JdbcHandoverSink sink;
    static Portal portal;
    private int pagesChecked;

    @BeforeAll
    static void setUp() throws Exception {
        chromium = Chromium.findOrSkip();
        store = JdbcSessionStore.h2(dir.resolve("data"));
        MutableClock clock = new MutableClock(Instant.parse("2026-11-30T09:30:00Z"));
        sink = JdbcHandoverSink.open(store.url(), "sa", "", clock);
        portal = Portal.builder()
                .store(store)
                .port(0)
                .clock(clock)
                .callbacks(sink)
                .advisers(AdviserAccounts.of(
                        List.of(new AdviserAccount("anna", Set.of("midden-utrecht"), PasswordHashing.hash(PASSWORD)))))
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

    private static WebDriver browser() throws Exception {
        ChromeDriver driver = chromium.start(dir, "--window-size=1280,1000");
        // a click that submits a form returns before the next page is there; finding its elements waits for it
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
        return driver;
    }

    /** axe at full width and at 320 CSS px (no violation at any impact), and no sideways scrolling at 320 px. */
    private void check(WebDriver d) {
        JavascriptExecutor js = (JavascriptExecutor) d;
        for (int width : new int[] {1280, 320}) {
            js.executeScript("document.documentElement.style.width = arguments[0] === 320 ? '320px' : '';", width);
            if (width == 320) {
                d.manage().window().setSize(new Dimension(320, 900));
            }
            assertThat(chromium.axe(d, Chromium.Impacts.EVERY, Chromium.WCAG21))
                    .as("axe at " + width + " px on " + d.getCurrentUrl())
                    .isEqualTo("[]");
            if (width == 320) {
                Object overflow =
                        js.executeScript("var m = [document.querySelector('main'), document.querySelector('#contact')];"
                                + "return m.some(function (e) { return e && e.scrollWidth > e.clientWidth + 1; });");
                assertThat(overflow)
                        .as("content wider than its box at 320 px on " + d.getCurrentUrl())
                        .isEqualTo(false);
                d.manage().window().setSize(new Dimension(1280, 1000));
            }
        }
        pagesChecked++;
    }

    @Test
    void aVisitorAsksForACallbackAndAnAdviserHandlesIt() throws Exception {
        WebDriver v = browser();
        WebDriver a = null;
        try {
            v.get(portal.uri().resolve("/").toString());
            check(v);
            assertThat(v.findElement(By.id("contact")).getText()).contains("ma", "09:00");
            assertThat(v.findElement(By.cssSelector("#contact a[href^='tel:']")).getAttribute("href"))
                    .isEqualTo("tel:0300000000");
            v.findElement(By.cssSelector("label[for=goal-looking-for-work]")).click();
            v.findElement(By.cssSelector("form.intake button[type=submit]")).click();
            v.findElement(By.cssSelector("form.step button[value=next]")).click();
            v.findElement(By.cssSelector("input[name=answer][value='geen-werk']"))
                    .click();
            v.findElement(By.cssSelector("form.step button[value=next]")).click();
            v.findElement(By.linkText("Laat je terugbellen")).click();
            check(v);
            assertThat(v.findElement(By.id("consent")).isSelected()).isFalse();
            v.findElement(By.cssSelector("label[for=slot-0]")).click();
            v.findElement(By.id("phone")).sendKeys("06 1234 5678");
            v.findElement(By.cssSelector("label[for=consent]")).click();
            v.findElement(By.cssSelector("label[for=share-answers]")).click();
            v.findElement(By.id("postcode")).sendKeys("3511");
            v.findElement(By.cssSelector("form.callback button[type=submit]")).click();
            assertThat(v.findElement(By.tagName("h1")).getText()).isEqualTo("Je verzoek is ontvangen");
            check(v);
            assertThat(v.findElement(By.tagName("main")).getText())
                    .contains("Wat gebeurt er nu?", "06 1234 5678", "Uiterlijk");
            String id = v.findElement(By.cssSelector("p.notice"))
                    .getText()
                    .replace("Kenmerk: ", "")
                    .strip();

            a = browser();
            a.get(portal.uri().resolve("/adviseur").toString());
            check(a);
            a.findElement(By.id("name")).sendKeys("anna");
            a.findElement(By.id("password")).sendKeys(PASSWORD);
            a.findElement(By.cssSelector("form.signin button")).click();
            assertThat(a.findElement(By.tagName("h1")).getText()).isEqualTo("Terugbelverzoeken");
            check(a);
            assertThat(a.manage().getCookieNamed("gadv").isHttpOnly()).isTrue();
            assertThat(a.manage().getCookieNamed("gadv").getSameSite()).isEqualTo("Strict");
            assertThat(a.getPageSource()).contains(id, "Gedeeld: antwoorden");
            a.findElement(By.cssSelector("a[href='/adviseur/verzoek?id=" + id + "']"))
                    .click();
            check(a);
            String html = a.getPageSource();
            assertThat(html).contains("Wat past het best bij jou?", "Ik heb nu geen werk", "06 1234 5678");
            // not consented: the support level is absent, not masked
            assertThat(html).doesNotContain("<dt>Ondersteuning</dt>", "kort contact met een adviseur", "Plan</dt>");
            a.findElement(By.cssSelector("form.actions button[value=done]")).click();
            check(a);
            assertThat(a.findElement(By.cssSelector("ul.audit")).getText()).contains("anna", "gedaan");
            assertThat(sink.audit().entries(id)).extracting(AuditEntry::adviser).containsExactly("anna");
            a.findElement(By.linkText("Terug naar de wachtrij")).click();
            assertThat(a.getPageSource()).doesNotContain(id);
            assertThat(pagesChecked).isEqualTo(7);
        } finally {
            v.quit();
            if (a != null) {
                a.quit();
            }
        }
    }
}
