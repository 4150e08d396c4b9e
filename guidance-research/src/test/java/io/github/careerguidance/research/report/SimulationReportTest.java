/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.engine.JourneyRouter;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.reference.ReferenceJourneys;
import io.github.careerguidance.research.simulation.DesignComparison;
import io.github.careerguidance.research.simulation.Metric;
import io.github.careerguidance.research.simulation.MetricDifference;
import io.github.careerguidance.research.simulation.PopulationModel;
import io.github.careerguidance.research.simulation.SimulationSummary;
import io.github.careerguidance.research.simulation.Simulator;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class SimulationReportTest {
    private static final String BASE = "/io/github/careerguidance/research/simulation/";

    static PopulationModel population(String name) throws IOException {
        try (InputStream in = SimulationReportTest.class.getResourceAsStream(BASE + name)) {
            return PopulationModel.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), true)
                    .orElseThrow();
        }
    }

    /** Asserts that the page is well-formed, loads nothing from the network and names every metric. */
    static void assertReport(String html, SimulationSummary... summaries) throws Exception {
        Document doc = HtmlReportTest.parse(html);
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("html");
        assertThat(html).doesNotContain("http://", "https://", "<script", "<link");
        for (SimulationSummary s : summaries) {
            Set<String> names = s.metrics().stream().map(Metric::metric).collect(Collectors.toSet());
            assertThat(names).contains("completion", "drop-out", "escalation", "steps-to-outcome");
            for (String name : names) {
                assertThat(html).as(name).contains(">" + name + "<");
            }
        }
    }

    static void assertPng(Path file, int width, int height) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image).as(file.toString()).isNotNull();
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
    }

    @Test
    void writesTheReportAndPlotsOfOneJourney(@TempDir Path dir) throws Exception {
        Journey lfw = ReferenceJourneys.byId("looking-for-work").orElseThrow();
        SimulationSummary summary = Simulator.builder()
                .population(population("looking-for-work.population.yaml"))
                .clients(400)
                .seed(11)
                .threads(2)
                .build()
                .run("A", JourneyEngine.compile(lfw));
        List<Path> files = SimulationReport.of(summary, List.of(lfw))
                .language(Locale.ENGLISH)
                .plotSize(640, 400)
                .write(dir);
        assertThat(files.get(0)).isEqualTo(dir.resolve("report.html"));
        assertThat(files)
                .extracting(p -> p.getFileName().toString())
                .containsExactly(
                        "report.html",
                        "funnel.png",
                        "funnel.svg",
                        "steps-to-outcome.png",
                        "steps-to-outcome.svg",
                        "escalation.png",
                        "escalation.svg");
        String html = Files.readString(dir.resolve("report.html"));
        assertReport(html, summary);
        assertThat(html)
                .contains(
                        "lang=\"en\"",
                        "Key figures (95% interval)",
                        "completed (completion)",
                        "Drop-out per step: " + lfw.title().resolve(Locale.ENGLISH),
                        "Steps to an outcome",
                        "Escalation by support level",
                        "Journey with simulated traffic");
        // the diagram carries the simulated traffic of the summary's edges
        long first = summary.edges().stream()
                .filter(e -> e.from().equals(lfw.steps().get(0).id()))
                .mapToLong(e -> e.count())
                .sum();
        assertThat(first).isPositive();
        assertThat(html).contains("n=" + first);
        for (String png : List.of("funnel.png", "steps-to-outcome.png", "escalation.png")) {
            assertPng(dir.resolve(png), 640, 400);
        }
        for (String svg : List.of("funnel.svg", "steps-to-outcome.svg", "escalation.svg")) {
            assertThat(HtmlReportTest.parse(Files.readString(dir.resolve(svg)))
                            .getDocumentElement()
                            .getTagName())
                    .isEqualTo("svg");
        }
        // Dutch by default, and deterministic
        String nl = SimulationReport.of(summary, List.of(lfw)).html().html();
        assertThat(nl)
                .contains("lang=\"nl\"", "Kerncijfers")
                .isEqualTo(SimulationReport.of(summary, List.of(lfw)).html().html());
    }

    @Test
    void routedDesignGetsOneFunnelPerJourneyAndTheBusiestAsFile(@TempDir Path dir) throws Exception {
        List<JourneyEngine> engines = new ArrayList<>();
        ReferenceJourneys.all().forEach(j -> engines.add(JourneyEngine.compile(j)));
        SimulationSummary summary = Simulator.builder()
                .population(population("one-stop-shop.population.yaml"))
                .clients(600)
                .seed(5)
                .threads(2)
                .build()
                .run("loket", JourneyRouter.of(engines));
        SimulationReport report =
                SimulationReport.of(summary, ReferenceJourneys.all()).language(Locale.ENGLISH);
        report.write(dir);
        String html = Files.readString(dir.resolve("report.html"));
        assertReport(html, summary);
        List<String> reachedJourneys = summary.funnel().stream()
                .filter(f -> f.reached() > 0)
                .map(f -> f.journey())
                .distinct()
                .toList();
        assertThat(reachedJourneys).hasSizeGreaterThan(1);
        for (String id : reachedJourneys) {
            String title = ReferenceJourneys.byId(id).orElseThrow().title().resolve(Locale.ENGLISH);
            assertThat(html).contains("Drop-out per step: " + title, "Journey with simulated traffic: " + title);
        }
        // funnel.png shows the journey with the most clients
        String busiest = summary.funnel().stream()
                .max((x, y) -> Long.compare(x.reached(), y.reached()))
                .orElseThrow()
                .journey();
        assertThat(report.funnel().orElseThrow().title())
                .contains(ReferenceJourneys.byId(busiest).orElseThrow().title().resolve(Locale.ENGLISH));
        assertPng(dir.resolve("funnel.png"), 800, 500);
    }

    @Test
    void comparisonReportHasBothDesignsAndTheDifferences(@TempDir Path dir) throws Exception {
        Journey lfw = ReferenceJourneys.byId("looking-for-work").orElseThrow();
        Simulator simulator = Simulator.builder()
                .population(population("looking-for-work.population.yaml"))
                .clients(300)
                .seed(3)
                .threads(2)
                .build();
        SimulationSummary a = simulator.run("A", JourneyEngine.compile(lfw));
        SimulationSummary b = simulator.run("B", JourneyEngine.compile(lfw));
        DesignComparison comparison = DesignComparison.of(a, b);
        List<Path> files = SimulationReport.of(comparison, List.of(lfw), List.of(lfw))
                .language(Locale.ENGLISH)
                .write(dir);
        assertThat(files)
                .extracting(p -> p.getFileName().toString())
                .contains("report.html", "funnel-a.png", "funnel-b.svg", "steps-to-outcome-a.png", "escalation-b.png");
        String html = Files.readString(dir.resolve("report.html"));
        assertReport(html, a, b);
        assertThat(html)
                .contains(
                        "Key figures side by side",
                        "Differences B − A",
                        "All metrics of A",
                        "All metrics of B",
                        "(A)",
                        "(B)");
        for (MetricDifference d : comparison.differences()) {
            assertThat(html).contains(">" + d.metric() + "<");
        }
        assertPng(dir.resolve("funnel-b.png"), 800, 500);
    }
}
