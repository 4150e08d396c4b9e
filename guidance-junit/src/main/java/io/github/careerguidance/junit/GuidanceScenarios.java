/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.junit;

import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.journeys.engine.InvalidJourneyException;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.format.JourneyFormat;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.scenario.ScenarioFormat;
import io.github.careerguidance.journeys.scenario.ScenarioResult;
import io.github.careerguidance.journeys.scenario.ScenarioRunner;
import io.github.careerguidance.journeys.scenario.ScenarioSuite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Journey scenario files as JUnit 5 dynamic tests: one test per scenario, grouped per scenario file, failing with the
 * first divergence (step, expected, actual). The same files {@code guidance journey test} runs.
 *
 * <pre>{@code
 * class JourneyScenariosTest {
 *     @TestFactory
 *     Stream<DynamicNode> scenarios() {
 *         return GuidanceScenarios.dynamicTests(Path.of("journeys/zoek-werk.yaml"), Path.of("journeys/scenarios"));
 *     }
 * }
 * }</pre>
 *
 * <p>An unreadable journey or scenario file, or a journey with errors, is one failing test that prints the
 * diagnostics; nothing is thrown while the tests are made.
 *
 * @since 0.2.0
 */
@Beta
public final class GuidanceScenarios {
    private GuidanceScenarios() {}

    /**
     * The scenarios of one journey file: every scenario file in a folder (.yaml, .yml, .json) whose {@code journey}
     * is the journey's id, or one scenario file.
     *
     * @param journeyFile the journey, .yaml or .json
     * @param scenarios a folder of scenario files, or one scenario file
     * @return one container per scenario file, one test per scenario
     */
    public static Stream<DynamicNode> dynamicTests(Path journeyFile, Path scenarios) {
        Objects.requireNonNull(journeyFile, "journeyFile");
        Objects.requireNonNull(scenarios, "scenarios");
        ReadResult<Journey> read =
                JourneyFormat.forFileName(journeyFile.toString()).read(journeyFile);
        if (!read.isSuccessful()) {
            return Stream.of(failing(journeyFile.toString(), read.diagnostics()));
        }
        JourneyEngine engine;
        try {
            engine = JourneyEngine.compile(read.orElseThrow());
        } catch (InvalidJourneyException e) {
            return Stream.of(failing(journeyFile.toString(), e.diagnostics()));
        }
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(scenarios)) {
            try (Stream<Path> list = Files.list(scenarios)) {
                files.addAll(
                        list.filter(GuidanceScenarios::isScenarioFile).sorted().collect(Collectors.toList()));
            } catch (IOException e) {
                return Stream.of(DynamicTest.dynamicTest(
                        scenarios.toString(),
                        () -> Assertions.fail(
                                "cannot list " + scenarios + ": " + e.getClass().getSimpleName())));
            }
        } else {
            files.add(scenarios);
        }
        List<DynamicNode> nodes = new ArrayList<>();
        for (Path file : files) {
            ReadResult<ScenarioSuite> suite =
                    ScenarioFormat.forFileName(file.toString()).read(file);
            if (!suite.isSuccessful()) {
                nodes.add(failing(file.toString(), suite.diagnostics()));
            } else if (suite.orElseThrow().journey().equals(engine.journey().id())) {
                nodes.add(dynamicTests(file.getFileName().toString(), engine, suite.orElseThrow()));
            }
        }
        if (nodes.isEmpty()) {
            nodes.add(DynamicTest.dynamicTest(
                    journeyFile.toString(),
                    () -> Assertions.fail(
                            "no scenario file for journey '" + engine.journey().id() + "' in " + scenarios)));
        }
        return nodes.stream();
    }

    /**
     * The scenarios of a suite on an engine, for suites read by the caller (from class-path resources, say).
     *
     * @param name the container's display name
     * @param engine the compiled journey
     * @param suite the scenarios
     * @return one container with one test per scenario
     */
    public static DynamicContainer dynamicTests(String name, JourneyEngine engine, ScenarioSuite suite) {
        ScenarioRunner runner = ScenarioRunner.of(engine);
        List<DynamicTest> tests = new ArrayList<>();
        for (ScenarioResult result : runner.run(suite)) {
            tests.add(DynamicTest.dynamicTest(result.scenario(), () -> {
                if (!result.passed()) {
                    Assertions.fail(result.journey() + " / " + result.scenario() + ": "
                            + result.divergence().orElseThrow().message(Locale.ENGLISH));
                }
            }));
        }
        return DynamicContainer.dynamicContainer(name, tests.stream());
    }

    private static DynamicTest failing(String name, Diagnostics diagnostics) {
        return DynamicTest.dynamicTest(name, () -> Assertions.fail(name + ":\n" + diagnostics.render(Locale.ENGLISH)));
    }

    private static boolean isScenarioFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(p) && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
    }
}
