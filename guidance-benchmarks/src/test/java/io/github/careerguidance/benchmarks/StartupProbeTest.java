/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up probe measures real processes and prints one header and one row of numbers. */
class StartupProbeTest {
    @Test
    void oneRoundGivesARowOfMediansRatiosAndLoad() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/time")), "the probe measures with /usr/bin/time");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // 'true' stands in for bin/guidance: it ignores 'schemes list' and 'journey check FILE' and exits 0
        StartupProbe.run(1, List.of("true"), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).split("\t")).hasSize(15).startsWith("java -version s");
        String[] row = lines.get(1).split("\t");
        assertThat(row).hasSize(15);
        assertThat(Double.parseDouble(row[0]))
                .as("java -version takes some time")
                .isPositive();
        assertThat(Double.parseDouble(row[1])).isLessThan(Double.parseDouble(row[0]) + 1);
        assertThat(row[8]).isEqualTo("1");
        // no executable CLI jar beside 'true', and the probe runs from classes, not a jar: no floors
        assertThat(List.of(row).subList(11, 15)).containsOnly("-");
    }

    @Test
    void theCliJarIsFoundBesideBinGuidance(@TempDir Path root) throws Exception {
        Path bin = Files.createDirectories(root.resolve("bin")).resolve("guidance");
        Files.writeString(bin, "#!/bin/sh\n");
        assertThat(StartupProbe.cliJar(List.of(bin.toString()))).isEmpty();
        Path target = Files.createDirectories(root.resolve("guidance-cli").resolve("target"));
        Files.writeString(target.resolve("guidance-cli-0.1.0-SNAPSHOT.jar"), "thin");
        Path all = Files.writeString(target.resolve("guidance-cli-0.1.0-SNAPSHOT-all.jar"), "all");
        assertThat(StartupProbe.cliJar(List.of(bin.toString()))).contains(all);
        assertThat(StartupProbe.cliJar(List.of("true"))).isEmpty();
        assertThat(StartupProbe.cliJar(List.of(bin.toString(), "--lang", "en"))).isEmpty();
    }

    @Test
    void theFloorListsALineAndReadsTheJourneyIntoATree(@TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter();
        assertThat(StartupFloor.run(new PrintWriter(out), "--lang", "en", "list"))
                .isZero();
        assertThat(out.toString()).isEqualTo("floor en" + System.lineSeparator());

        Path journey = dir.resolve("j.yaml");
        Files.writeString(journey, "id: x\nversion: 1.0.0\nsteps: [{id: a}, {id: b}]\n");
        out = new StringWriter();
        assertThat(StartupFloor.run(new PrintWriter(out), "read", journey.toString()))
                .isZero();
        assertThat(out.toString().trim()).isEqualTo("3");

        assertThat(StartupFloor.run(new PrintWriter(new StringWriter()), "read"))
                .as("a missing file argument is a usage error")
                .isEqualTo(2);
    }

    @Test
    void aFreshJvmUsesAnArchiveOnlyForJars(@TempDir Path dir) throws Exception {
        Path jar = Files.writeString(dir.resolve("a.jar"), "jar");
        Path archive = dir.resolve("a.jsa");
        FreshJvm withJar = new FreshJvm("java", List.of("-Xmx64m"), List.of(jar), "x.Main", archive);
        assertThat(withJar.creating("arg"))
                .containsSubsequence("java", "-Xmx64m", "-XX:ArchiveClassesAtExit=" + archive, "-cp", jar.toString())
                .endsWith("x.Main", "arg");
        assertThat(withJar.using("arg")).contains("-XX:SharedArchiveFile=" + archive);
        FreshJvm withFolder = new FreshJvm("java", List.of(), List.of(dir), "x.Main", archive);
        assertThat(withFolder.using("arg")).noneMatch(o -> o.startsWith("-XX:") || o.startsWith("-Xlog"));
    }
}
