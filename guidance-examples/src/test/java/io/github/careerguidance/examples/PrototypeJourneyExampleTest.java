/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.journeys.check.JourneyChecker;
import io.github.careerguidance.research.simulation.DesignComparison;
import io.github.careerguidance.research.simulation.Metric;
import io.github.careerguidance.research.simulation.MetricDifference;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrototypeJourneyExampleTest {
    @TempDir
    Path dir;

    @Test
    void bothDesignsPassTheChecker() {
        assertThat(JourneyChecker.ofDefaults()
                        .check(PrototypeJourneyExample.design(true))
                        .atLeast(Severity.ERROR))
                .isEmpty();
        assertThat(PrototypeJourneyExample.design(false).steps())
                .hasSize(PrototypeJourneyExample.design(true).steps().size() - 1);
    }

    @Test
    void prototypeSimulatesComparesAndWritesTheReport() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DesignComparison comparison =
                PrototypeJourneyExample.prototype(dir, 1_000, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out)
                .contains(
                        "A completed: ",
                        "B completed: ",
                        "completion B - A: ",
                        "report: " + dir.resolve("report.html"));
        // without the introduction (8 % drop-out there) more clients complete: the interval excludes 0
        MetricDifference completion =
                comparison.difference("completion", "", "").orElseThrow();
        assertThat(completion.difference()).isPositive();
        assertThat(completion.lower().orElseThrow()).isPositive();
        // the safety net sends some clients to a person in both designs
        assertThat(comparison.a().metrics("escalation")).anyMatch(m -> m.estimate() > 0);
        String html = Files.readString(dir.resolve("report.html"));
        for (Metric m : comparison.a().metrics()) {
            assertThat(html).as(m.metric()).contains(">" + m.metric() + "<");
        }
        assertThat(html).contains("Differences B − A").doesNotContain("http://", "https://");
        for (String png : List.of("funnel-a.png", "funnel-b.png", "steps-to-outcome-a.png", "escalation-b.png")) {
            assertThat(ImageIO.read(dir.resolve(png).toFile())).as(png).isNotNull();
        }
    }
}
