/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.research.simulation.Metric;
import io.github.careerguidance.research.simulation.PopulationModel;
import io.github.careerguidance.research.simulation.SimulationSummary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JourneySimulationTest extends CliTestSupport {
    private static Path population(Path dir) throws IOException {
        Path file = dir.resolve("werkzoekenden.yaml");
        try (InputStream in = PopulationModel.class.getResourceAsStream(
                "/io/github/careerguidance/research/simulation/looking-for-work.population.yaml")) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    private static void assertReportNamesEveryMetric(Path report, SimulationSummary... summaries) throws IOException {
        String html = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").doesNotContain("http://", "https://", "<script");
        for (SimulationSummary s : summaries) {
            assertThat(s.metrics()).isNotEmpty();
            for (Metric m : s.metrics()) {
                assertThat(html).as(m.metric()).contains(">" + m.metric() + "<");
            }
        }
    }

    @Test
    void simulateWritesSummaryMetricsAndEvents(@TempDir Path dir) throws IOException {
        Path result = dir.resolve("uit");
        assertThat(run(
                        "--lang",
                        "en",
                        "journey",
                        "simulate",
                        "looking-for-work",
                        "--population",
                        population(dir).toString(),
                        "--clients",
                        "300",
                        "--seed",
                        "7",
                        "--threads",
                        "2",
                        "--out",
                        result.toString(),
                        "--events"))
                .as(out + err)
                .isEqualTo(GuidanceCli.OK);
        assertThat(out).contains("completed: ", "written: ");
        assertThat(err).contains("simulated: 300/300 (100%)");
        SimulationSummary summary = SimulationSummary.fromJson(Files.readString(result.resolve("summary.json")))
                .orElseThrow();
        assertThat(summary.clients()).isEqualTo(300);
        assertThat(summary.seed()).isEqualTo(7);
        List<String> metrics = Files.readAllLines(result.resolve("metrics.csv"), StandardCharsets.UTF_8);
        assertThat(metrics.get(0)).isEqualTo("design,metric,group,key,estimate,lower,upper,n,count,sd");
        assertThat(metrics).hasSize(summary.metrics().size() + 1);
        assertThat(Files.readAllLines(result.resolve("events.csv")).get(0)).startsWith("design,client,journey");
        // the HTML report and its plots, naming every metric of the summary
        assertThat(out).contains("report: " + result.resolve("report.html"));
        assertReportNamesEveryMetric(result.resolve("report.html"), summary);
        assertThat(result.resolve("funnel.png")).isNotEmptyFile();
        assertThat(result.resolve("steps-to-outcome.svg")).isNotEmptyFile();
        assertThat(ImageIO.read(result.resolve("escalation.png").toFile())).isNotNull();
        // the same seed on one thread writes the same summary
        Path again = dir.resolve("nogmaals");
        assertThat(run(
                        "journey",
                        "simulate",
                        "looking-for-work",
                        "--population",
                        population(dir).toString(),
                        "--clients",
                        "300",
                        "--seed",
                        "7",
                        "--threads",
                        "1",
                        "--out",
                        again.toString()))
                .isEqualTo(GuidanceCli.OK);
        assertThat(Files.readString(again.resolve("summary.json")))
                .isEqualTo(Files.readString(result.resolve("summary.json")));
        assertThat(again.resolve("events.csv")).doesNotExist();
    }

    @Test
    void compareWritesDifferences(@TempDir Path dir) throws IOException {
        Path result = dir.resolve("ab");
        String journey = dir.resolve("lfw.yaml").toString();
        try (InputStream in = PopulationModel.class.getResourceAsStream(
                "/io/github/careerguidance/journeys/reference/looking-for-work.yaml")) {
            Files.write(Path.of(journey), in.readAllBytes());
        }
        assertThat(run(
                        "--lang",
                        "en",
                        "journey",
                        "compare",
                        "looking-for-work",
                        journey,
                        "--population",
                        population(dir).toString(),
                        "--clients",
                        "200",
                        "--seed",
                        "3",
                        "--out",
                        result.toString()))
                .as(out + err)
                .isEqualTo(GuidanceCli.OK);
        assertThat(out).contains("completion B - A: +0.0%");
        assertThat(Files.readAllLines(result.resolve("differences.csv")).get(0))
                .isEqualTo("metric,group,key,a,b,difference,lower,upper,method");
        assertThat(Files.readString(result.resolve("summary.json"))).contains("\"differences\"");
        assertThat(out).contains("report: " + result.resolve("report.html"));
        // every metric name of both designs (metrics.csv: design,metric,...) is in the report
        String html = Files.readString(result.resolve("report.html"));
        List<String> rows = Files.readAllLines(result.resolve("metrics.csv"), StandardCharsets.UTF_8);
        assertThat(rows.stream().skip(1).map(r -> r.substring(0, 2)).distinct()).containsExactly("A,", "B,");
        rows.stream()
                .skip(1)
                .map(r -> r.split(",")[1])
                .distinct()
                .forEach(name -> assertThat(html).as(name).contains(">" + name + "<"));
        assertThat(html).contains("Differences B − A", "All metrics of A", "All metrics of B");
        assertThat(ImageIO.read(result.resolve("funnel-a.png").toFile())).isNotNull();
        assertThat(ImageIO.read(result.resolve("funnel-b.png").toFile())).isNotNull();
    }

    @Test
    void unusableInputExitsWithTwo(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("kapot.yaml");
        Files.writeString(bad, "id: proef\ngoals: {looking-for-work: 0.4}\n");
        assertThat(run(
                        "--lang",
                        "en",
                        "journey",
                        "simulate",
                        "looking-for-work",
                        "--population",
                        bad.toString(),
                        "--out",
                        dir.resolve("x").toString()))
                .isEqualTo(GuidanceCli.UNUSABLE);
        assertThat(err).contains("research.simulation.probability-sum", "/goals");
        Path misfit = dir.resolve("past-niet.yaml");
        Files.writeString(
                misfit,
                "id: proef\ngoals: {looking-for-work: 1.0}\nquestions: {looking-for-work/q-weg: [{answers: {links: 1}}]}\n");
        assertThat(run(
                        "journey",
                        "simulate",
                        "looking-for-work",
                        "--population",
                        misfit.toString(),
                        "--out",
                        dir.resolve("y").toString()))
                .isEqualTo(GuidanceCli.UNUSABLE);
        assertThat(err).contains("research.simulation.unknown-question");
        assertThat(run(
                        "journey",
                        "simulate",
                        "bestaat-niet",
                        "--population",
                        population(dir).toString(),
                        "--out",
                        dir.resolve("z").toString()))
                .isEqualTo(GuidanceCli.UNUSABLE);
        assertThat(run("journey", "simulate", "looking-for-work", "--out", dir.toString()))
                .isEqualTo(GuidanceCli.UNUSABLE);
    }

    @Test
    void printsThePopulationSchema() {
        assertThat(run("journey", "population-schema")).isEqualTo(GuidanceCli.OK);
        assertThat(out).contains("\"$schema\"", "guidance population model");
    }
}
