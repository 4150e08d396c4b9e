/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.cli;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.intake.IntakeCatalogue;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.journeys.check.CheckPolicy;
import io.github.careerguidance.journeys.check.ImmutableCheckPolicy;
import io.github.careerguidance.journeys.check.JourneyChecker;
import io.github.careerguidance.journeys.format.JourneyFormat;
import io.github.careerguidance.journeys.format.JourneySchema;
import io.github.careerguidance.journeys.model.Journey;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code guidance journey check|run|test|schema|...}: journey designs. */
@Command(
        name = "journey",
        description =
                "Check journey designs, walk through them, test them against scenarios, draw them, tabulate their outcomes, diff versions, simulate and compare them, calibrate a population from real logs, print the JSON Schemas.")
final class JourneyCommand {
    @ParentCommand
    GuidanceCli root;

    /** {@code guidance journey check FILE...}. */
    @Command(
            name = "check",
            description = {
                "Check journey files (JSON or YAML) before use: references, reachability, traps, answers covered,",
                "conditions, translations, a person within reach, reflection with a professional, path length;",
                "then lint the logic: conditions that never or always hold, shadowed transitions, content no client sees,",
                "outcomes only behind contradictory answers, information steps that may show nothing.",
                "Exit code 0: no errors (warnings allowed); 1: a journey has errors; 2: a file could not be read."
            })
    static final class Check implements Callable<Integer> {
        @ParentCommand
        JourneyCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", arity = "1..*", description = "Journey files, .json or .yaml.")
        List<Path> files;

        @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
        String format;

        @Option(
                names = "--contact-distance",
                paramLabel = "N",
                description = "Most steps from any step to human contact (default: the policy's, 6).")
        Integer contactDistance;

        @Option(
                names = "--policy",
                paramLabel = "FILE",
                description = "A check policy, .yaml or .json (contact reach, reflection, path length rules).")
        Path policyFile;

        @Option(
                names = "--catalogue",
                paramLabel = "FILE",
                description = "An intake catalogue, .yaml or .json: every goal must be served by one of the journeys.")
        Path catalogueFile;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Locale locale = parent.root.locale();
            PrintWriter err = spec.commandLine().getErr();
            CheckPolicy policy = CheckPolicy.ofDefaults();
            if (policyFile != null) {
                ReadResult<CheckPolicy> read = GuidanceCodec.forFileName(policyFile.toString())
                        .withOptions(parent.root.readOptions())
                        .read(policyFile, CheckPolicy.class);
                if (!read.isSuccessful()) {
                    read.diagnostics().forEach(d -> err.println(d.render(locale)));
                    return GuidanceCli.UNUSABLE;
                }
                policy = read.orElseThrow();
            }
            if (contactDistance != null) {
                if (contactDistance < 1 || contactDistance > 1000) {
                    err.println("--contact-distance: "
                            + ("nl".equals(locale.getLanguage())
                                    ? "een aantal stappen van 1 tot en met 1000"
                                    : "a number of steps from 1 to 1000"));
                    return GuidanceCli.UNUSABLE;
                }
                try {
                    policy = ImmutableCheckPolicy.copyOf(policy).withMaxStepsToContact(contactDistance);
                } catch (IllegalArgumentException | IllegalStateException e) {
                    err.println("--contact-distance: " + e.getMessage());
                    return GuidanceCli.UNUSABLE;
                }
            }
            IntakeCatalogue catalogue = null;
            if (catalogueFile != null) {
                ReadResult<IntakeCatalogue> read = GuidanceCodec.forFileName(catalogueFile.toString())
                        .withOptions(parent.root.readOptions())
                        .read(catalogueFile, IntakeCatalogue.class);
                if (!read.isSuccessful()) {
                    read.diagnostics().forEach(d -> err.println(d.render(locale)));
                    return GuidanceCli.UNUSABLE;
                }
                catalogue = read.orElseThrow();
            }
            JourneyChecker checker = JourneyChecker.of(policy);
            boolean unreadable = false;
            boolean errors = false;
            Map<String, Diagnostics> results = new LinkedHashMap<>();
            List<Journey> journeys = new java.util.ArrayList<>();
            for (Path file : files) {
                ReadResult<Journey> read = JourneyFormat.forFileName(file.toString())
                        .withOptions(parent.root.readOptions())
                        .read(file);
                Diagnostics found;
                if (read.isSuccessful()) {
                    journeys.add(read.orElseThrow());
                    found = read.diagnostics()
                            .plus(checker.check(read.orElseThrow()).withSource(file.toString()));
                } else {
                    found = read.diagnostics();
                    unreadable = true;
                }
                errors |= found.hasErrors();
                results.put(file.toString(), found);
            }
            if (catalogue != null && !unreadable) {
                Diagnostics found = checker.checkCatalogue(journeys, catalogue).withSource(catalogueFile.toString());
                errors |= found.hasErrors();
                results.put(catalogueFile.toString(), found);
            }
            if ("json".equals(format)) {
                out.println(GuidanceCodec.json().write(results));
            } else {
                results.forEach((file, found) -> {
                    out.println(file + ": " + (found.hasErrors() ? "errors" : found.isEmpty() ? "clean" : "warnings"));
                    for (Diagnostic d : found) {
                        out.println("  " + d.render(locale));
                    }
                });
            }
            return unreadable ? GuidanceCli.UNUSABLE : errors ? GuidanceCli.FAILED : GuidanceCli.OK;
        }
    }

    /** {@code guidance journey schema}. */
    @Command(name = "schema", description = "Print the JSON Schema of the journey file format (draft 2020-12).")
    static final class Schema implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().getOut().println(JourneySchema.text());
            return GuidanceCli.OK;
        }
    }
}
