/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.examples.portal.store.JdbcSessionStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * Accessibility beyond the basic axe run (#15), in a real headless Chromium: on every page type (start and intake,
 * each step kind and question type, outcome, providers, problem pages, the error summary, the live preview) at a
 * viewport of 320 CSS px, axe-core finds no violation at any impact level and the page reflows without horizontal
 * scrolling (WCAG 1.4.10); the error summary takes focus and links to its field; the focus ring measured on the
 * rendered page has 3:1 against what is behind it. Skips like {@code PortalBrowserTest} when the browser is missing,
 * unless {@code GUIDANCE_E2E=required}.
 */
// a system test (real browser or portal processes): CI runs it once, on JDK 17 (see .ci/run)
@Tag("system")
class PortalAccessBrowserTest {
    /** Empty when the page has no horizontal scrolling, else the widths and the elements that stick out. */
    private static final String REFLOW = "var e = document.documentElement;"
            + "if (e.scrollWidth <= e.clientWidth) { return ''; }"
            + "return e.scrollWidth + ' > ' + e.clientWidth + ': ' + Array.prototype.slice.call(document.querySelectorAll('body *'))"
            + ".filter(function (n) { return n.getBoundingClientRect().right > e.clientWidth + 0.5; }).slice(0, 6)"
            + ".map(function (n) { return n.tagName + '.' + n.className; }).join(', ');";
    /** The focused element's outline and the background colour just outside its ring. */
    private static final String FOCUS =
            "var el = document.activeElement, cs = getComputedStyle(el), r = el.getBoundingClientRect();"
                    + "var gap = parseFloat(cs.outlineOffset) + parseFloat(cs.outlineWidth) + 1;"
                    + "var x = r.right + gap < window.innerWidth ? r.right + gap : r.left - gap, y = r.top + r.height / 2;"
                    + "if (x < 0) { x = r.left + r.width / 2; y = r.bottom + gap; }"
                    + "var behind = document.elementsFromPoint(x, y).filter(function (n) { return n !== el && !el.contains(n); })[0]"
                    + " || document.body, bg = 'rgb(255, 255, 255)';"
                    + "for (var n = behind; n; n = n.parentElement) { var c = getComputedStyle(n).backgroundColor;"
                    + " if (c && c !== 'transparent' && c !== 'rgba(0, 0, 0, 0)') { bg = c; break; } }"
                    + "return [el.tagName + '#' + el.id + '.' + el.className + ' ' + (el.textContent || '').trim().slice(0, 30),"
                    + " cs.outlineStyle, cs.outlineColor, bg];";
    /** What kind of page this is, from its markup: axe runs once per kind (the reflow check on every page). */
    private static final String KIND = "var q = function (s) { return document.querySelector(s) ? s + ' ' : ''; };"
            + "return location.pathname + ' ' + q('.error-summary') + q('.preview') + q('section.content') + q('.scale')"
            + " + q('fieldset.item') + q('.choice input[type=radio]') + q('input[type=checkbox]') + q('input[type=number]')"
            + " + q('textarea') + q('ul.prompts') + q('p.action') + q('main ul.channels') + q('.not-caas') + q('.notice');";

    private static final Pattern RGB = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)");

    @TempDir
    static Path dir;

    private static final List<String> WCAG22 =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    static Chromium chromium;
    static JdbcSessionStore store;
    static Portal portal;

    private final List<WebDriver> drivers = new ArrayList<>();
    private final Set<String> checked = new LinkedHashSet<>();
    private final Set<String> kinds = new LinkedHashSet<>();

    @BeforeAll
    static void setUp() throws Exception {
        chromium = Chromium.findOrSkip();
        store = JdbcSessionStore.h2(dir.resolve("data"));
        Path journey = dir.resolve("proefroute.yaml");
        Files.writeString(journey, PortalAccessPreviewTest.journey(), StandardCharsets.UTF_8);
        // Monday 30 November 2026, 10:30 in Amsterdam; with a designer's journey (live preview) for must-retrain
        portal = Portal.builder()
                .store(store)
                .port(0)
                .journeyFiles(List.of(journey))
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

    private WebDriver browser(int width) throws Exception {
        ChromeDriver driver = chromium.start(dir, "--window-size=1280,900");
        // a 320 CSS px viewport, as WCAG 1.4.10 asks (a phone held upright, or 1280 px zoomed to 400 %)
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", false));
        drivers.add(driver);
        return driver;
    }

    /** axe at every impact level and the reflow check on the current page. */
    private void check(WebDriver d) {
        JavascriptExecutor js = (JavascriptExecutor) d;
        assertThat(((Number) js.executeScript("return window.innerWidth;")).intValue())
                .isEqualTo(320);
        String where = d.getCurrentUrl() + " (" + h1(d) + ")";
        assertThat(js.executeScript(REFLOW))
                .as("horizontal scrolling at 320 px on " + where)
                .isEqualTo("");
        if (kinds.add(String.valueOf(js.executeScript(KIND)))) {
            // every impact level, and WCAG 2.2 AA rules besides the ones of the other browser tests
            Object violations = chromium.axe(d, Chromium.Impacts.EVERY, WCAG22);
            assertThat(violations)
                    .as("axe at 320 px, every impact, on " + where)
                    .isEqualTo("[]");
        }
        checked.add(h1(d));
    }

    private void open(WebDriver d, String path) {
        d.get(portal.uri().resolve(path).toString());
        check(d);
    }

    private static String h1(WebDriver d) {
        return d.findElement(By.tagName("h1")).getText();
    }

    /** Fills the current step's form the way a visitor could (the first choice of each group) and continues. */
    private void answerAndContinue(WebDriver d) {
        ((JavascriptExecutor) d)
                .executeScript(
                        "var f = document.querySelector('form.step'), seen = {};"
                                + "f.querySelectorAll('input[type=radio], input[type=checkbox]').forEach(function (i) {"
                                + "  if (!seen[i.name]) { seen[i.name] = true; i.checked = true; } });"
                                + "f.querySelectorAll('input[type=number]').forEach(function (i) { i.value = i.min || '1'; });"
                                + "f.querySelectorAll('textarea').forEach(function (t) { t.value = 'Ik wil leren programmeren'; });");
        d.findElement(By.cssSelector("form.step button[value=next]")).click();
        check(d);
    }

    private void startJourney(WebDriver d, String goal) {
        open(d, "/");
        d.findElement(By.cssSelector("label[for=goal-" + goal + "]")).click();
        d.findElement(By.cssSelector("form.intake button[type=submit]")).click();
        check(d);
    }

    @Test
    void everyPageTypeReflowsAt320PxAndHasNoAxeViolationAtAnyImpact() throws Exception {
        WebDriver d = browser(320);
        // the start page with the intake (and the optional questions)
        open(d, "/");
        assertThat(d.findElements(By.cssSelector("select#ageBand option, select#education option")))
                .hasSizeGreaterThan(10);
        // the foreign phrase in the Dutch header, and the language switch, carry their language
        assertThat(d.findElement(By.cssSelector("header .brand span[lang=en]")).getText())
                .isEqualTo("guidance");
        assertThat(d.findElement(By.cssSelector("a[hreflang=en]")).getAttribute("lang"))
                .isEqualTo("en");

        // the intake posted without a goal (a browser without validation): the problem page's error summary takes focus
        ((JavascriptExecutor) d)
                .executeScript("document.querySelectorAll('[required]').forEach(function (e) {"
                        + " e.removeAttribute('required'); });");
        d.findElement(By.cssSelector("form.intake button[type=submit]")).click();
        check(d);
        assertThat(d.switchTo().activeElement().getAttribute("class")).isEqualTo("error-summary");
        assertThat(d.switchTo().activeElement().getText()).contains("Kies waarom je komt.");

        // Ik ben werkloos geworden, feeling bad: scale question with anchors, contact step, information, self-test,
        // reflection, actions, outcome
        startJourney(d, "became-unemployed");
        assertThat(h1(d)).isEqualTo("Welkom");
        answerAndContinue(d);
        assertThat(h1(d)).isEqualTo("Hoe gaat het met je?");
        assertThat(d.findElement(By.cssSelector("label[for=answer-0]")).getText())
                .isEqualTo("1 Heel slecht");
        assertThat(d.findElement(By.cssSelector("label[for=answer-4]")).getText())
                .isEqualTo("5 Goed");

        // the error summary: a visitor's browser without validation posts nothing
        ((JavascriptExecutor) d)
                .executeScript("document.querySelectorAll('[required]').forEach(function (e) {"
                        + " e.removeAttribute('required'); });");
        d.findElement(By.cssSelector("form.step button[value=next]")).click();
        check(d);
        assertThat(d.getTitle()).startsWith("Fout: ");
        assertThat(d.switchTo().activeElement().getAttribute("class")).isEqualTo("error-summary");
        assertThat(d.switchTo().activeElement().getText())
                .contains("Er is een probleem", "Kies of vul een antwoord in.")
                .doesNotContain("q-gevoel", "journeys.");
        d.findElement(By.cssSelector(".error-summary a")).click();
        assertThat(d.switchTo().activeElement().getAttribute("id")).isEqualTo("answer-0");

        for (int i = 0; i < 30 && !d.getCurrentUrl().endsWith("/outcome"); i++) {
            answerAndContinue(d);
            if (h1(d).equals("Je eerste stappen")) { // reached after the contact step, without the question on WW
                assertThat(d.findElements(By.cssSelector("main section.content")))
                        .isNotEmpty();
            }
        }
        assertThat(d.getCurrentUrl()).endsWith("/outcome");
        assertThat(checked).contains("Praat met een adviseur", "Je eerste stappen", "Zelftest loopbaanaanpassing");

        // the designer's journey in the live preview: multiple choice, short text, number; and the overview
        startJourney(d, "must-retrain");
        assertThat(d.findElement(By.cssSelector("section.preview")).getText())
                .contains("Voorbeeldweergave voor ontwerpers");
        for (int i = 0; i < 10 && !d.getCurrentUrl().endsWith("/outcome"); i++) {
            answerAndContinue(d);
        }
        assertThat(checked).contains("Hoe wil je contact", "In je eigen woorden", "Jouw tijd", "Klaar");
        open(d, "/preview");

        // providers, problem pages, English
        open(d, "/providers");
        open(d, "/bestaat-niet");
        assertThat(h1(d)).isEqualTo("Pagina niet gevonden");
        open(d, "/?lang=en");
        assertThat(d.findElement(By.cssSelector("a[hreflang=nl]")).getAttribute("lang"))
                .isEqualTo("nl");
        WebDriver fresh = browser(320);
        fresh.get(portal.uri().resolve("/step").toString());
        check(fresh);
        assertThat(h1(fresh)).isEqualTo("Geen route gevonden");
        assertThat(checked).hasSizeGreaterThan(15);
        assertThat(kinds).hasSizeGreaterThan(12);
    }

    @Test
    void theRenderedFocusRingHas3To1AgainstWhatIsBehindIt() throws Exception {
        WebDriver d = browser(1280);
        d.get(portal.uri().resolve("/").toString());
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            new Actions(d).sendKeys(Keys.TAB).perform();
            @SuppressWarnings("unchecked")
            List<String> focus = (List<String>) ((JavascriptExecutor) d).executeScript(FOCUS);
            if (focus.get(0).startsWith("BODY")) {
                continue; // focus not yet in the page
            }
            assertThat(focus.get(1)).as("outline style of " + focus.get(0)).isNotEqualTo("none");
            double ratio = contrast(focus.get(2), focus.get(3));
            assertThat(ratio)
                    .as("focus ring " + focus.get(2) + " on " + focus.get(3) + " at " + focus.get(0))
                    .isGreaterThanOrEqualTo(3.0);
            seen.add(focus.get(0));
        }
        // the walk met the skip link (over the dark header), the header's links and the intake's controls
        assertThat(String.join("\n", seen)).contains("A#.skip-link", "Loopbaanloket", "INPUT#goal-");
    }

    private static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String rgb) {
        Matcher m = RGB.matcher(rgb);
        assertThat(m.find()).as("a colour: " + rgb).isTrue();
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(m.group(i + 1)) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
