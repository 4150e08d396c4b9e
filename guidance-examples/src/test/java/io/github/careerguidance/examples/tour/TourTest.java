/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.examples.GuidanceExamples;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TourTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return GuidanceExamples.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void englishTourOnAMondayMorningWalksIntakeJourneySafetyNetAndProviders() throws Exception {
        int exit = run("tour", "--lang", "en", "--at", "2026-11-30T09:30:00Z", "--out", dir.toString());
        String text = out();
        assertThat(exit).as(text + err).isZero();
        assertThat(text).contains("1/4", "4/4", "The visitor picks: I am looking for work");
        // the information narrows: 2 of the 5 texts of 'info-opties' fit this visitor
        assertThat(text).contains("2 of 5 texts fit you:", "Make a shortlist").doesNotContain("You know what you are looking for");
        // the safety net raises the level and a person is offered on an open channel
        assertThat(text).contains("=> safety net: support goes up to brief help from an adviser",
                "Talk to a person by Chat: open now");
        assertThat(text).contains("Loopbaanpraktijk De Wending B.V.: passes",
                "fail NOLOC-RL-VALID: The entry in noloc-rl expired on 2025-05-31", "6 registrations checked");
        assertThat(text).contains("bin/guidance serve", dir.resolve("providers-report.csv").toString());
        assertThat(Files.readString(dir.resolve("providers-report.csv"))).startsWith("record,line,reference")
                .contains("NOLOC-RL-VALID");
        assertThat(Files.readString(dir.resolve("session.json"))).contains("\"journey\":\"looking-for-work\"");
        assertThat(Files.readString(dir.resolve(Tour.JOURNEY_FILE))).contains("id: \"looking-for-work\"");
    }

    @Test
    void dutchTourOnASundayOffersTheNextOpening() {
        int exit = run("tour", "--at", "2026-12-06T12:00:00Z", "--out", dir.toString());
        String text = out();
        assertThat(exit).isZero();
        assertThat(text).contains("De bezoeker kiest: Ik zoek werk", "=> vangnet: de ondersteuning gaat omhoog",
                "gesloten, opent maandag 7 december 09:00", "Probeer nu:");
    }

    @Test
    void aStepCanBeAppendedBeforeTheClosingStep() {
        Tour tour = Tour.standard().with(TourStep.of(LocalizedText.of("Simulatie", "Simulation"),
                ctx -> ctx.line(ctx.t("gesimuleerd", "simulated"))));
        assertThat(tour.steps()).hasSize(5);
        int exit = tour.run(new TourContext(LocalizedText.DUTCH, java.time.Instant.parse("2026-11-30T09:30:00Z"),
                new PrintStream(out, true, StandardCharsets.UTF_8), dir));
        String text = out();
        assertThat(exit).isZero();
        assertThat(text.indexOf("4/5  Simulatie")).isPositive().isLessThan(text.indexOf("5/5  Waar staat alles"));
        assertThat(text).contains("gesimuleerd");
    }

    @Test
    void aFailingStepStopsTheTourWithExitOne() {
        Tour tour = Tour.standard().with(TourStep.of(LocalizedText.of("Kapot", "Broken"), ctx -> {
            throw new IllegalStateException("no simulator");
        }));
        int exit = tour.run(new TourContext(LocalizedText.DUTCH, java.time.Instant.parse("2026-11-30T09:30:00Z"),
                new PrintStream(out, true, StandardCharsets.UTF_8), dir));
        assertThat(exit).isEqualTo(1);
        assertThat(out()).contains("De tour stopt: java.lang.IllegalStateException: no simulator").doesNotContain("5/5");
    }

    @Test
    void wrongOptionsExitTwoWithUsage() {
        assertThat(run("tour", "--lang", "fr")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--lang takes nl or en", "usage: guidance tour");
        assertThat(run("nonsense")).isEqualTo(2);
    }
}
