/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The headless Chromium of the portal's browser tests: chromium, chromedriver and axe-core, from
 * {@code GUIDANCE_CHROMIUM}, {@code GUIDANCE_CHROMEDRIVER} and {@code GUIDANCE_AXE_JS} or their usual places (Debian's
 * packages; {@code npm ci} in {@code guidance-examples/e2e}). A missing piece skips the test with the reason, or fails
 * it when {@code GUIDANCE_E2E=required} (set by {@code .ci/run}). Nothing is downloaded: the driver and browser paths
 * are given explicitly.
 */
final class Chromium {
    /** The axe-core rule tags of the browser tests: WCAG 2.0 and 2.1 A and AA, and best practices. */
    static final List<String> WCAG21 = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

    /** Which axe-core violations count. */
    enum Impacts {
        /** Only serious and critical ones. */
        SERIOUS_AND_CRITICAL,
        /** Every impact level. */
        EVERY
    }

    private final String binary;
    private final String driver;
    private final String axe;

    private Chromium(String binary, String driver, String axe) {
        this.binary = binary;
        this.driver = driver;
        this.axe = axe;
    }

    /** Finds the browser, its driver and axe-core, or skips (fails when required) naming what is missing. */
    static Chromium findOrSkip() throws IOException {
        String binary =
                firstExisting(System.getenv("GUIDANCE_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser");
        String driver = firstExisting(System.getenv("GUIDANCE_CHROMEDRIVER"), "/usr/bin/chromedriver");
        String axePath = firstExisting(
                System.getenv("GUIDANCE_AXE_JS"),
                "e2e/node_modules/axe-core/axe.min.js",
                "guidance-examples/e2e/node_modules/axe-core/axe.min.js");
        String missing = (binary == null ? " chromium" : "")
                + (driver == null ? " chromedriver" : "")
                + (axePath == null ? " axe-core (npm ci in guidance-examples/e2e)" : "");
        if (!missing.isEmpty()) {
            String reason = "browser tests skipped, missing:" + missing + " (apt-get install chromium chromium-driver)";
            if ("required".equals(System.getenv("GUIDANCE_E2E"))) {
                fail("GUIDANCE_E2E=required but " + reason);
            }
            assumeTrue(false, reason);
        }
        return new Chromium(binary, driver, Files.readString(Path.of(axePath), StandardCharsets.UTF_8));
    }

    private static String firstExisting(String... paths) {
        for (String p : paths) {
            if (p != null && !p.isBlank() && Files.isRegularFile(Path.of(p))) {
                return Path.of(p).toAbsolutePath().toString();
            }
        }
        return null;
    }

    /**
     * A new headless browser with a fresh profile in a folder, quiet (no background traffic), scripts allowed 30 s;
     * the caller quits it.
     *
     * @param profiles where the profile folder is made
     * @param arguments more arguments, such as {@code --window-size=1280,1000}
     */
    ChromeDriver start(Path profiles, String... arguments) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        List<String> all = new ArrayList<>(List.of(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createTempDirectory(profiles, "profile")));
        all.addAll(List.of(arguments));
        options.addArguments(all);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driver))
                .usingAnyFreePort()
                .build();
        ChromeDriver started = new ChromeDriver(service, options);
        started.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return started;
    }

    /**
     * Runs axe-core on the current page.
     *
     * @param impacts which violations count
     * @param tags the rule tags to run
     * @return the violations as JSON (id, impact, help, nodes), {@code []} when there are none
     */
    String axe(WebDriver d, Impacts impacts, List<String> tags) {
        String filter = impacts == Impacts.EVERY
                ? ""
                : ".filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })";
        String run = "var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ["
                + tags.stream().map(t -> "'" + t + "'").collect(Collectors.joining(", "))
                + "]}})"
                + ".then(function (r) { done(JSON.stringify(r.violations" + filter
                + ".map(function (v) { return {id: v.id, impact: v.impact, help: v.help,"
                + " nodes: v.nodes.map(function (n) { return n.target.join(' '); })}; }))); })"
                + ".catch(function (e) { done('axe failed: ' + e); });";
        JavascriptExecutor js = (JavascriptExecutor) d;
        js.executeScript(axe);
        return String.valueOf(js.executeAsyncScript(run));
    }
}
