/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.examples.GuidanceExamples;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.reference.ReferenceJourneys;
import io.github.careerguidance.research.simulation.Metric;
import io.github.careerguidance.research.simulation.PopulationModel;
import io.github.careerguidance.research.simulation.SimulationSummary;
import io.github.careerguidance.research.simulation.Simulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TourTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return GuidanceExamples.run(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void englishTourOnAMondayMorningWalksIntakeJourneySafetyNetAndProviders() throws Exception {
        int exit = run("tour", "--lang", "en", "--at", "2026-11-30T09:30:00Z", "--out", dir.toString());
        String text = out();
        assertThat(exit).as(text + err).isZero();
        assertThat(text).contains("1/5", "5/5", "The visitor picks: I am looking for work");
        // the information narrows: 2 of the 5 texts of 'info-opties' fit this visitor
        assertThat(text)
                .contains("2 of 5 texts fit you:", "Make a shortlist")
                .doesNotContain("You know what you are looking for");
        // the safety net raises the level and a person is offered on an open channel
        assertThat(text)
                .contains(
                        "=> safety net: support goes up to brief help from an adviser",
                        "Talk to a person by Chat: open now");
        assertThat(text)
                .contains(
                        "Loopbaanpraktijk De Wending B.V.: passes",
                        "fail NOLOC-RL-VALID: The entry in noloc-rl expired on 2025-05-31",
                        "6 registrations checked");
        assertThat(text)
                .contains(
                        "bin/guidance serve",
                        dir.resolve("providers-report.csv").toString());
        assertThat(Files.readString(dir.resolve("providers-report.csv")))
                .startsWith("record,line,reference")
                .contains("NOLOC-RL-VALID");
        assertThat(Files.readString(dir.resolve("session.json"))).contains("\"journey\":\"looking-for-work\"");
        assertThat(Files.readString(dir.resolve(Tour.JOURNEY_FILE))).contains("id: \"looking-for-work\"");
        // the simulation step: a funnel as text, the completion rate, and the HTML report listed at the end
        assertThat(text)
                .contains(
                        "4/5  Simulating the design: 2,000 simulated visitors",
                        "2000 clients, seed 2026",
                        "step",
                        "reached",
                        "dropped",
                        "completed: ");
        Matcher welcome =
                Pattern.compile("welkom\\s+2000\\s+(\\d+)\\s+(\\d+\\.\\d)%").matcher(text);
        assertThat(welcome.find()).as(text).isTrue();
        assertThat(Double.parseDouble(welcome.group(2)))
                .isCloseTo(Integer.parseInt(welcome.group(1)) / 20.0, org.assertj.core.data.Offset.offset(0.051));
        Path report = dir.resolve(Tour.SIMULATION_DIR).resolve("report.html");
        assertThat(text).contains("simulation report (HTML with plots): " + report);
        assertThat(text.indexOf("simulation report (HTML with plots)")).isGreaterThan(text.indexOf("5/5"));
        String html = Files.readString(report);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("lang=\"en\"").doesNotContain("https://", "http://");
        for (String metric : List.of(
                "unrouted",
                "completion",
                "outcome",
                "drop-out",
                "step-limit",
                "rejected",
                "no-human-touchpoint",
                "escalation",
                "human-contact",
                "journey-share",
                "reflection-reach",
                "exposure",
                "steps-to-outcome",
                "minutes-to-outcome",
                "path")) {
            assertThat(html).as(metric).contains(">" + metric + "<");
        }
        assertThat(ImageIO.read(dir.resolve(Tour.SIMULATION_DIR)
                                .resolve("funnel.png")
                                .toFile())
                        .getWidth())
                .isEqualTo(800);
    }

    @Test
    void theReportNamesEveryMetricOfTheSimulation() throws Exception {
        // the same simulation as the tour's step: every metric name of its summary is in the report
        SimulationSummary summary;
        try (var in = Tour.class.getResourceAsStream(Tour.POPULATION)) {
            summary = Simulator.builder()
                    .population(PopulationModel.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), true)
                            .orElseThrow())
                    .clients(Tour.SIMULATED_CLIENTS)
                    .seed(Tour.SIMULATION_SEED)
                    .threads(1)
                    .build()
                    .run(
                            "A",
                            JourneyEngine.compile(
                                    ReferenceJourneys.byId(Tour.GOAL).orElseThrow()));
        }
        assertThat(run("tour", "--at", "2026-11-30T09:30:00Z", "--out", dir.toString()))
                .isZero();
        String html = Files.readString(dir.resolve(Tour.SIMULATION_DIR).resolve("report.html"));
        assertThat(html).contains("lang=\"nl\"", "Kerncijfers");
        assertThat(summary.metrics()).isNotEmpty();
        for (Metric m : summary.metrics()) {
            assertThat(html).as(m.metric()).contains(">" + m.metric() + "<");
        }
        // the tour printed this summary's completion: the same simulation
        Metric completion = summary.metric("completion", "", "").orElseThrow();
        assertThat(out()).contains(String.format(LocalizedText.DUTCH, "afgerond: %.1f%%", 100 * completion.estimate()));
    }

    @Test
    void dutchTourOnASundayOffersTheNextOpening() {
        int exit = run("tour", "--at", "2026-12-06T12:00:00Z", "--out", dir.toString());
        String text = out();
        assertThat(exit).isZero();
        assertThat(text)
                .contains(
                        "De bezoeker kiest: Ik zoek werk",
                        "=> vangnet: de ondersteuning gaat omhoog",
                        "gesloten, opent maandag 7 december 09:00",
                        "Probeer nu:");
    }

    @Test
    void aStepCanBeAppendedBeforeTheClosingStep() {
        Tour tour = Tour.standard()
                .with(TourStep.of(
                        LocalizedText.of("Simulatie", "Simulation"),
                        ctx -> ctx.line(ctx.t("gesimuleerd", "simulated"))));
        assertThat(tour.steps()).hasSize(6);
        int exit = tour.run(new TourContext(
                LocalizedText.DUTCH,
                java.time.Instant.parse("2026-11-30T09:30:00Z"),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                dir));
        String text = out();
        assertThat(exit).isZero();
        assertThat(text.indexOf("5/6  Simulatie")).isPositive().isLessThan(text.indexOf("6/6  Waar staat alles"));
        assertThat(text).contains("gesimuleerd");
    }

    @Test
    void aFailingStepStopsTheTourWithExitOne() {
        Tour tour = Tour.standard().with(TourStep.of(LocalizedText.of("Kapot", "Broken"), ctx -> {
            throw new IllegalStateException("no simulator");
        }));
        int exit = tour.run(new TourContext(
                LocalizedText.DUTCH,
                java.time.Instant.parse("2026-11-30T09:30:00Z"),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                dir));
        assertThat(exit).isEqualTo(1);
        assertThat(out())
                .contains("De tour stopt: java.lang.IllegalStateException: no simulator")
                .doesNotContain("6/6");
    }

    @Test
    void wrongOptionsExitTwoWithUsage() {
        assertThat(run("tour", "--lang", "fr")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--lang takes nl or en", "usage: guidance tour");
        assertThat(run("nonsense")).isEqualTo(2);
    }
}
