/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.journeys.reference.ReferenceJourneys;
import io.github.careerguidance.research.simulation.PopulationModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JourneyCalibrationTest extends CliTestSupport {
    static final String HEADER =
            "session,seq,event,journey,step,answer,level,reason,goal,ageBand,educationLevel," + "employment,region\n";

    /** n sessions: every third leaves at q-richting, the others answer q-situatie and leave at the self-test. */
    static String log(int n) {
        StringBuilder b = new StringBuilder(HEADER);
        for (int i = 0; i < n; i++) {
            String s = "s" + i;
            b.append(s)
                    .append(",0,started,looking-for-work,,,,,looking-for-work,,,")
                    .append(i % 2 == 0 ? "employed" : "unemployed-with-benefit")
                    .append(",\n");
            b.append(s).append(",1,proceeded,,welkom,,,,,,,,\n");
            b.append(s)
                    .append(",2,answered,,q-situatie,")
                    .append(i % 4 == 0 ? "ander-werk" : "geen-werk")
                    .append(",,,,,,,\n");
            if (i % 3 == 0) {
                b.append(s).append(",3,dropped-out,,q-richting,,,,,,,,\n");
            } else {
                b.append(s).append(",3,answered,,q-richting,een-paar,,,,,,,\n");
                b.append(s).append(",4,dropped-out,,zelftest,,,,,,,,\n");
            }
        }
        return b.toString();
    }

    @Test
    void calibrateWritesAPopulationModelAndAReport(@TempDir Path dir) throws IOException {
        Path events = dir.resolve("events.csv");
        Files.writeString(events, log(90), StandardCharsets.UTF_8);
        Path population = dir.resolve("population.json");
        Path report = dir.resolve("rapport/calibration.html");
        assertThat(run(
                        "--lang",
                        "en",
                        "journey",
                        "calibrate",
                        "--journey",
                        "looking-for-work",
                        "--log",
                        events.toString(),
                        "-o",
                        population.toString(),
                        "--report",
                        report.toString(),
                        "--clients",
                        "600",
                        "--seed",
                        "3"))
                .as(out + err)
                .isEqualTo(GuidanceCli.OK);
        assertThat(out)
                .contains(
                        "90 sessions read from",
                        "completed: observed 0.0%",
                        "dropped out: observed 100.0%",
                        "fit per step: chi-square",
                        "degrees of freedom",
                        "population: " + population,
                        "report: " + report);
        assertThat(err)
                .contains("420 rows read: 420 used, 0 skipped; 90 sessions used, 0 skipped")
                .doesNotContain("Exception");
        PopulationModel model = PopulationModel.read(population).orElseThrow();
        assertThat(model.id()).isEqualTo("calibrated");
        assertThat(model.check(List.of(
                                ReferenceJourneys.byId("looking-for-work").orElseThrow()))
                        .atLeast(Severity.ERROR))
                .isEmpty();
        assertThat(model.questions()
                        .get("q-situatie")
                        .get(model.questions().get("q-situatie").size() - 1)
                        .answers())
                .containsOnlyKeys("ander-werk", "geen-werk");
        assertThat(Files.readString(report))
                .contains("Calibration: observed against simulated", "Goodness of fit per step");
    }

    @Test
    void badRowsAreReportedWithTheirLineAndExitOne(@TempDir Path dir) throws IOException {
        Path events = dir.resolve("events.csv");
        Files.writeString(
                events,
                log(40) + "x,0,started,looking-for-work,,,,,,,,,\nx,1,answered,,q-situatie," + "\"kapot,,,,,,,\n",
                StandardCharsets.UTF_8);
        Path population = dir.resolve("population.yaml");
        assertThat(run(
                        "--lang",
                        "en",
                        "journey",
                        "calibrate",
                        "--journey",
                        "looking-for-work",
                        "--log",
                        events.toString(),
                        "-o",
                        population.toString(),
                        "--no-compare"))
                .as(out + err)
                .isEqualTo(GuidanceCli.FAILED);
        assertThat(err)
                .contains("research.calibration.malformed-row", "(line 189)", "1 skipped")
                .doesNotContain("Exception", "\tat ");
        assertThat(PopulationModel.read(population).isSuccessful()).isTrue();
    }

    @Test
    void unusableInputIsExitTwoWithoutAStackTrace(@TempDir Path dir) throws IOException {
        Path events = dir.resolve("events.ndjson");
        Files.writeString(events, "{not a session\n", StandardCharsets.UTF_8);
        assertThat(run(
                        "--lang",
                        "en",
                        "journey",
                        "calibrate",
                        "--journey",
                        "looking-for-work",
                        "--log",
                        events.toString(),
                        "-o",
                        dir.resolve("p.json").toString()))
                .isEqualTo(GuidanceCli.UNUSABLE);
        assertThat(err)
                .contains("research.calibration.bad-session", "(line 1)", "research.calibration.no-sessions")
                .doesNotContain("\tat ");
        assertThat(run(
                        "journey",
                        "calibrate",
                        "--journey",
                        "looking-for-work",
                        "--log",
                        events.toString(),
                        "--format",
                        "xml",
                        "-o",
                        dir.resolve("p.json").toString()))
                .isEqualTo(GuidanceCli.UNUSABLE);
        assertThat(err).contains("--format");
        assertThat(run(
                        "journey",
                        "calibrate",
                        "--journey",
                        "geen-route",
                        "--log",
                        events.toString(),
                        "-o",
                        dir.resolve("p.json").toString()))
                .isEqualTo(GuidanceCli.UNUSABLE);
        assertThat(run(
                        "journey",
                        "calibrate",
                        "--journey",
                        "looking-for-work",
                        "--log",
                        dir.resolve("missing.csv").toString(),
                        "-o",
                        dir.resolve("p.json").toString()))
                .isEqualTo(GuidanceCli.UNUSABLE);
        assertThat(err).contains("research.calibration.unreadable");
    }
}
