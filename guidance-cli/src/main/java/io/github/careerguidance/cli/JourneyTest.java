/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.cli;

import io.github.careerguidance.core.contact.ContactPoint;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.journeys.engine.InvalidJourneyException;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.format.JourneyFormat;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.scenario.ScenarioFormat;
import io.github.careerguidance.journeys.scenario.ScenarioResult;
import io.github.careerguidance.journeys.scenario.ScenarioRunner;
import io.github.careerguidance.journeys.scenario.ScenarioSuite;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code guidance journey test FILE... --scenarios DIR}: scenario tests of journey designs. */
@Command(
        name = "test",
        description = {
            "Run scenario tests (answers in, path and outcome out) against journey files. Scenario files (.yaml, .yml or",
            ".json) are read from --scenarios (a folder or a file; default: the folder 'scenarios' beside each journey) and",
            "matched to the journeys by their 'journey' id. A failure prints the first divergence: step, expected, actual.",
            "Exit code 0: every scenario passed; 1: a scenario failed or a journey has errors; 2: a file could not be read."
        })
final class JourneyTest implements Callable<Integer> {
    @ParentCommand
    JourneyCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Journey files, .json or .yaml.")
    List<Path> files;

    @Option(names = "--scenarios", paramLabel = "DIR|FILE", description = "Scenario files: a folder or one file.")
    List<Path> scenarios;

    @Option(
            names = "--contact-points",
            paramLabel = "FILE",
            description = "Contact points (a YAML or JSON list) for scenario files that bring none.")
    Path contactPointsFile;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Locale locale = parent.root.locale();
        boolean unreadable = false;
        boolean failed = false;
        List<ContactPoint> points = List.of();
        if (contactPointsFile != null) {
            ReadResult<List<ContactPoint>> read = ContactPoints.read(contactPointsFile, parent.root.readOptions());
            if (!read.isSuccessful()) {
                read.diagnostics().forEach(d -> err.println(d.render(locale)));
                return GuidanceCli.UNUSABLE;
            }
            points = read.orElseThrow();
        }
        Map<String, JourneyEngine> engines = new LinkedHashMap<>();
        Map<String, Path> journeyFiles = new LinkedHashMap<>();
        for (Path file : files) {
            ReadResult<Journey> read = JourneyFormat.forFileName(file.toString())
                    .withOptions(parent.root.readOptions())
                    .read(file);
            if (!read.isSuccessful()) {
                print(err, read.diagnostics(), locale);
                unreadable = true;
                continue;
            }
            try {
                Journey journey = read.orElseThrow();
                engines.put(
                        journey.id(),
                        JourneyEngine.compiler().contactPoints(points).compile(journey));
                journeyFiles.put(journey.id(), file);
            } catch (InvalidJourneyException e) {
                err.println(file + ": "
                        + t(
                                locale,
                                "de route heeft fouten; `guidance journey check` toont alles",
                                "the journey has errors; run `guidance journey check` for all findings"));
                print(err, e.diagnostics().atLeast(Severity.ERROR), locale);
                failed = true;
            }
        }
        List<Path> scenarioFiles = new ArrayList<>();
        List<Path> sources = scenarios != null
                ? scenarios
                : journeyFiles.values().stream()
                        .map(f -> f.toAbsolutePath().getParent().resolve("scenarios"))
                        .distinct()
                        .collect(Collectors.toList());
        for (Path source : sources) {
            if (Files.isDirectory(source)) {
                try (Stream<Path> list = Files.list(source)) {
                    list.filter(JourneyTest::isScenarioFile).sorted().forEach(scenarioFiles::add);
                } catch (IOException e) {
                    err.println(source + ": " + e.getClass().getSimpleName());
                    unreadable = true;
                }
            } else if (Files.isRegularFile(source)) {
                scenarioFiles.add(source);
            } else if (scenarios != null) {
                err.println(source + ": " + t(locale, "geen map of bestand", "no such folder or file"));
                unreadable = true;
            }
        }
        int passed = 0;
        int total = 0;
        for (Path file : scenarioFiles) {
            ReadResult<ScenarioSuite> read = ScenarioFormat.forFileName(file.toString())
                    .withOptions(parent.root.readOptions())
                    .read(file);
            if (!read.isSuccessful()) {
                print(err, read.diagnostics(), locale);
                unreadable = true;
                continue;
            }
            ScenarioSuite suite = read.orElseThrow();
            JourneyEngine engine = engines.get(suite.journey());
            if (engine == null) {
                continue; // scenarios of a journey not given, or one that did not compile
            }
            out.println(file + " (" + journeyFiles.get(suite.journey()) + ")");
            for (ScenarioResult r : ScenarioRunner.of(engine).run(suite)) {
                total++;
                if (r.passed()) {
                    passed++;
                    out.println("  ok    " + r.scenario());
                } else {
                    failed = true;
                    out.println("  FAIL  " + r.scenario());
                    out.println("        " + r.divergence().orElseThrow().message(locale));
                }
            }
        }
        if (total == 0 && !unreadable) {
            err.println(
                    t(locale, "geen scenario's gevonden voor deze routes", "no scenarios found for these journeys"));
            return failed ? GuidanceCli.FAILED : GuidanceCli.UNUSABLE;
        }
        out.println(t(
                locale,
                passed + " van " + total + " scenario's geslaagd",
                passed + " of " + total + " scenarios passed"));
        return unreadable ? GuidanceCli.UNUSABLE : failed ? GuidanceCli.FAILED : GuidanceCli.OK;
    }

    private static boolean isScenarioFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(p) && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
    }

    private static void print(PrintWriter w, Diagnostics d, Locale locale) {
        d.forEach(x -> w.println(x.render(locale)));
    }

    private static String t(Locale locale, String nl, String en) {
        return "nl".equals(locale.getLanguage()) ? nl : en;
    }
}
