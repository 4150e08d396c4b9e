/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.careerguidance.examples.portal.check.JourneyRefusedException;
import io.github.careerguidance.examples.portal.store.JdbcSessionStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * #17's live preview: {@code serve --journey FILE… [--watch]} serves a designer's file in the portal, reloads it on
 * save, keeps the last good version when a save breaks it and shows the checker's findings (with JSON Pointers, in
 * nl/en) on the page and at {@code /preview}; and #15's start-up refusal of a journey that fails the check (errors, or
 * a reachable empty information page), with a clear message and no stack trace.
 */
class PortalAccessPreviewTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    static String journey() throws IOException {
        try (InputStream in = PortalAccessPreviewTest.class.getResourceAsStream("preview-journey.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Saves like an editor that writes a temporary file and renames it over the old one. */
    private static void save(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String await(Supplier<String> page, Predicate<String> until) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        String body = page.get();
        while (!until.test(body) && System.nanoTime() < end) {
            Thread.sleep(50);
            body = page.get();
        }
        return body;
    }

    @Test
    void aSaveIsServedAndABrokenSaveKeepsTheLastGoodVersionAndShowsItsFindings() throws Exception {
        Path file = dir.resolve("proefroute.yaml");
        String v1 = journey();
        Files.writeString(file, v1, StandardCharsets.UTF_8);
        try (JdbcSessionStore store = JdbcSessionStore.h2(dir.resolve("db"));
                Portal portal = Portal.builder()
                        .store(store)
                        .port(0)
                        .clock(CLOCK)
                        .journeyFiles(List.of(file))
                        .watch(Duration.ofMillis(50))
                        .start()) {
            PortalClient c = new PortalClient(portal.uri());
            assertThat(c.get("/").body())
                    .contains("Voorbeeldweergave voor ontwerpers", "1 ontwerpbestand(en)", "href=\"/preview\"");
            // the designer's journey takes the goal must-retrain from the reference journey
            assertThat(c.post("/start", "goal", "must-retrain").statusCode()).isEqualTo(303);
            String step = c.get("/step").body();
            assertThat(step)
                    .contains(
                            "Welkom in de proefroute",
                            "Dit is de eerste versie.",
                            "Voorbeeldweergave voor ontwerpers",
                            "waarschuwing",
                            "<code>/steps/5</code>",
                            "journeys.policy.no-professional-reflection");
            String overview = c.get("/preview").body();
            assertThat(overview)
                    .contains("proefroute.yaml", "Proefroute", "preview-test", "Gecontroleerd om 10:30:00", "/steps/5");

            // save a changed text: the page shows it, the visitor keeps their place
            save(file, v1.replace("Dit is de eerste versie.", "Dit is de tweede versie."));
            assertThat(await(() -> c.get("/step").body(), b -> b.contains("tweede versie")))
                    .contains("Dit is de tweede versie.");

            // a broken save: a transition to a step that does not exist
            save(
                    file,
                    v1.replace("Dit is de eerste versie.", "Derde versie kapot.")
                            .replace("transitions: [{target: q-kanalen}]", "transitions: [{target: q-bestaat-niet}]"));
            String broken = await(() -> c.get("/preview").body(), b -> b.contains("heeft fouten"));
            assertThat(broken)
                    .contains(
                            "De laatste opslag (10:30:00) heeft fouten; de vorige goede versie blijft getoond.",
                            "<strong>fout</strong> <code>/steps/0/transitions/0/target</code>",
                            "q-bestaat-niet",
                            "journeys.transition.unknown-target");
            assertThat(c.get("/step").body())
                    .contains("Dit is de tweede versie.", "heeft fouten")
                    .doesNotContain("kapot");
            assertThat(c.get("/preview?lang=en").body())
                    .contains(
                            "The last save (10:30:00) has errors; the previous good version " + "is still served.",
                            "<strong>error</strong> <code>/steps/0/transitions/0/target</code>");
            c.get("/?lang=nl");
            // the visitor can still go on with the last good version
            HttpResponse<String> next = c.post("/step", "step", "welkom");
            assertThat(next.statusCode()).isEqualTo(303);
            assertThat(c.get("/step").body()).contains("Welke kanalen passen bij je?");

            // not even YAML: the line is named
            save(file, "id: [unclosed\n");
            assertThat(await(() -> c.get("/preview").body(), b -> b.contains("regel")))
                    .contains("heeft fouten", "(regel ");

            // fixed again: served again
            save(file, v1.replace("Dit is de eerste versie.", "Dit is de vierde versie."));
            assertThat(await(() -> c.get("/preview").body(), b -> b.contains("Gecontroleerd")))
                    .doesNotContain("heeft fouten");
            c.post("/step", "action", "back", "step", "q-kanalen");
            assertThat(c.get("/step").body()).contains("Dit is de vierde versie.");
        }
    }

    @Test
    void withoutWatchTheFilesAreCheckedOnceAndServed() throws Exception {
        Path file = dir.resolve("proefroute.json.yaml");
        Files.writeString(file, journey(), StandardCharsets.UTF_8);
        try (JdbcSessionStore store = JdbcSessionStore.h2(dir.resolve("db"));
                Portal portal = Portal.builder()
                        .store(store)
                        .port(0)
                        .clock(CLOCK)
                        .journeyFiles(List.of(file))
                        .start()) {
            PortalClient c = new PortalClient(portal.uri());
            c.get("/");
            c.post("/start", "goal", "must-retrain");
            assertThat(c.get("/step").body()).contains("Dit is de eerste versie.");
            save(file, journey().replace("eerste versie", "gewijzigde versie"));
            Thread.sleep(500);
            assertThat(c.get("/step").body()).contains("Dit is de eerste versie.");
        }
        // without files there is no preview
        try (JdbcSessionStore store = JdbcSessionStore.h2(dir.resolve("db2"));
                Portal portal =
                        Portal.builder().store(store).port(0).clock(CLOCK).start()) {
            PortalClient c = new PortalClient(portal.uri());
            assertThat(c.get("/").body()).doesNotContain("Voorbeeldweergave");
            assertThat(c.get("/preview").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void aJourneyThatFailsTheCheckIsRefusedAtStartUp() throws Exception {
        Path broken = dir.resolve("kapot.yaml");
        Files.writeString(
                broken, journey().replace("transitions: [{target: q-kanalen}]", "transitions: [{target: nergens}]"));
        try (JdbcSessionStore store = JdbcSessionStore.h2(dir.resolve("db"))) {
            assertThatThrownBy(() -> Portal.builder()
                            .store(store)
                            .port(0)
                            .journeyFiles(List.of(broken))
                            .start())
                    .isInstanceOf(JourneyRefusedException.class)
                    .hasMessageContaining("kapot.yaml fails the check")
                    .hasMessageContaining("error /steps/0/transitions/0/target");
            // an information page that a visitor can reach with nothing to show
            Path empty = dir.resolve("leeg.yaml");
            Files.writeString(
                    empty,
                    journey()
                            .replace(
                                    "        text: {nl: Dit is de eerste versie., en: This is the first version.}",
                                    "        text: {nl: Alleen voor jongeren., en: Only for young people.}\n"
                                            + "        when: {equals: {profile: ageBand, value: 12-17}}"));
            JourneyRefusedException e = org.junit.jupiter.api.Assertions.assertThrows(
                    JourneyRefusedException.class,
                    () -> Portal.builder()
                            .store(store)
                            .port(0)
                            .journeyFiles(List.of(empty))
                            .start());
            assertThat(e.findings().withCode("journeys.lint.empty-information").asList())
                    .hasSize(1);
            assertThat(e.getMessage()).contains("warning /steps/0/content", "journeys.lint.empty-information");
        }
    }

    @Test
    void badCommandLinesAndFilesGiveClearMessagesWithoutAStackTrace() throws Exception {
        Path broken = dir.resolve("kapot.yaml");
        Files.writeString(broken, "id: [unclosed\n");
        String[][] cases = {
            {"--journey", broken.toString()},
            {"--journey", dir.resolve("bestaat-niet.yaml").toString()},
            {"--watch"},
            {"--journey"},
            {"--instrument-items", dir.resolve("geen-items.yaml").toString()},
        };
        int[] expected = {1, 1, 2, 2, 1};
        String[] says = {
            "kapot.yaml fails the check",
            "bestaat-niet.yaml does not exist",
            "--watch needs --journey",
            "--journey takes one or more journey files",
            "geen-items.yaml: cannot read the file"
        };
        for (int i = 0; i < cases.length; i++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            String[] args = new String[cases[i].length + 4];
            args[0] = "--port";
            args[1] = "0";
            args[2] = "--data-dir";
            args[3] = dir.resolve("data-" + i).toString();
            System.arraycopy(cases[i], 0, args, 4, cases[i].length);
            int rc = Portal.main(
                    args,
                    new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            String text = err.toString(StandardCharsets.UTF_8);
            assertThat(rc).as(String.join(" ", cases[i]) + ": " + text).isEqualTo(expected[i]);
            assertThat(text)
                    .as(String.join(" ", cases[i]))
                    .contains("guidance serve: ", says[i])
                    .doesNotContain("\tat ", "Exception");
        }
        ByteArrayOutputStream help = new ByteArrayOutputStream();
        assertThat(Portal.main(
                        new String[] {"--help"}, new PrintStream(help, true, StandardCharsets.UTF_8), System.err))
                .isZero();
        assertThat(help.toString(StandardCharsets.UTF_8))
                .contains("--journey FILE...", "--watch", "--instrument-items FILE", "not the CAAS");
    }
}
