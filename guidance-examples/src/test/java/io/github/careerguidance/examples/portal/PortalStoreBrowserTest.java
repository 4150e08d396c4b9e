/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.examples.portal.store.JdbcSessionStore;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The privacy page of issue #15 in a real browser: reached by the footer link, states the retention period, and axe-core
 * finds no violation at any impact level, in Dutch and in English. Skips like {@code PortalBrowserTest} when the
 * browser, the driver or axe-core is missing, unless {@code GUIDANCE_E2E=required}.
 */
// a system test (real browser or portal processes): CI runs it once, on JDK 17 (see .ci/run)
@Tag("system")
class PortalStoreBrowserTest {
    @TempDir
    Path dir;

    @Test
    void thePrivacyPageIsLinkedFromTheFooterStatesThePeriodAndIsAxeClean() throws Exception {
        Chromium chromium = Chromium.findOrSkip();
        try (JdbcSessionStore store = JdbcSessionStore.h2(dir.resolve("data"));
                Portal portal = Portal.builder()
                        .store(store)
                        .port(0)
                        .retention(Duration.ofDays(30))
                        .start()) {
            WebDriver d = chromium.start(dir, "--window-size=1280,1000");
            try {
                d.get(portal.uri().toString());
                d.findElement(By.cssSelector("footer a[href='/privacy']")).click();
                assertThat(d.getCurrentUrl()).endsWith("/privacy");
                assertThat(d.findElement(By.tagName("main")).getText()).contains("30 dagen", "wordt gewist");
                assertAxeClean(d, chromium);
                d.get(portal.uri().resolve("/privacy?lang=en").toString());
                assertThat(d.findElement(By.tagName("main")).getText()).contains("not used for 30 days is erased");
                assertAxeClean(d, chromium);
            } finally {
                d.quit();
            }
        }
    }

    private static void assertAxeClean(WebDriver d, Chromium chromium) {
        assertThat(chromium.axe(d, Chromium.Impacts.EVERY, Chromium.WCAG21))
                .as("axe on " + d.getCurrentUrl())
                .isEqualTo("[]");
    }
}
