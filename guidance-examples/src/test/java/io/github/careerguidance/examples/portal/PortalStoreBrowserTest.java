/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.careerguidance.examples.portal.store.JdbcSessionStore;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The privacy page of issue #15 in a real browser: reached by the footer link, states the retention period, and axe-core
 * finds no violation at any impact level, in Dutch and in English. Skips like {@code PortalBrowserTest} when the
 * browser, the driver or axe-core is missing, unless {@code GUIDANCE_E2E=required}.
 */
// a system test (real browser or portal processes): CI runs it once, on JDK 17 (see .ci/run)
@Tag("system")
class PortalStoreBrowserTest {
    private static final String AXE_RUN = "var done = arguments[arguments.length - 1];"
            + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})"
            + ".then(function (r) { done(JSON.stringify(r.violations.map(function (v) { return {id: v.id, impact: v.impact,"
            + " nodes: v.nodes.map(function (n) { return n.target.join(' '); })}; }))); })"
            + ".catch(function (e) { done('axe failed: ' + e); });";

    @TempDir
    Path dir;

    private static String firstExisting(String... paths) {
        for (String p : paths) {
            if (p != null && !p.isBlank() && Files.isRegularFile(Path.of(p))) {
                return Path.of(p).toAbsolutePath().toString();
            }
        }
        return null;
    }

    @Test
    void thePrivacyPageIsLinkedFromTheFooterStatesThePeriodAndIsAxeClean() throws Exception {
        String chromium =
                firstExisting(System.getenv("GUIDANCE_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser");
        String chromedriver = firstExisting(System.getenv("GUIDANCE_CHROMEDRIVER"), "/usr/bin/chromedriver");
        String axePath = firstExisting(
                System.getenv("GUIDANCE_AXE_JS"),
                "e2e/node_modules/axe-core/axe.min.js",
                "guidance-examples/e2e/node_modules/axe-core/axe.min.js");
        if (chromium == null || chromedriver == null || axePath == null) {
            String reason =
                    "browser test skipped: chromium, chromedriver or axe-core (npm ci in guidance-examples/e2e) missing";
            if ("required".equals(System.getenv("GUIDANCE_E2E"))) {
                fail("GUIDANCE_E2E=required but " + reason);
            }
            assumeTrue(false, reason);
        }
        String axe = Files.readString(Path.of(axePath), StandardCharsets.UTF_8);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1280,1000",
                "--user-data-dir=" + Files.createTempDirectory(dir, "profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver))
                .usingAnyFreePort()
                .build();
        try (JdbcSessionStore store = JdbcSessionStore.h2(dir.resolve("data"));
                Portal portal = Portal.builder()
                        .store(store)
                        .port(0)
                        .retention(Duration.ofDays(30))
                        .start()) {
            WebDriver d = new ChromeDriver(service, options);
            try {
                d.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
                d.get(portal.uri().toString());
                d.findElement(By.cssSelector("footer a[href='/privacy']")).click();
                assertThat(d.getCurrentUrl()).endsWith("/privacy");
                assertThat(d.findElement(By.tagName("main")).getText()).contains("30 dagen", "wordt gewist");
                assertAxeClean(d, axe);
                d.get(portal.uri().resolve("/privacy?lang=en").toString());
                assertThat(d.findElement(By.tagName("main")).getText()).contains("not used for 30 days is erased");
                assertAxeClean(d, axe);
            } finally {
                d.quit();
            }
        }
    }

    private static void assertAxeClean(WebDriver d, String axe) {
        JavascriptExecutor js = (JavascriptExecutor) d;
        js.executeScript(axe);
        assertThat(js.executeAsyncScript(AXE_RUN))
                .as("axe on " + d.getCurrentUrl())
                .isEqualTo("[]");
    }
}
