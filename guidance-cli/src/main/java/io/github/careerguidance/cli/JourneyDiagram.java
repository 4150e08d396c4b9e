/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.cli;

import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.journeys.check.JourneyChecker;
import io.github.careerguidance.journeys.diagram.DiagramDirection;
import io.github.careerguidance.journeys.diagram.DiagramFormat;
import io.github.careerguidance.journeys.diagram.DiagramOptions;
import io.github.careerguidance.journeys.diagram.JourneyDiagrams;
import io.github.careerguidance.journeys.format.JourneyFormat;
import io.github.careerguidance.journeys.model.Journey;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code guidance journey diagram FILE --format mermaid|dot [--out FILE]}: draw a journey. */
@Command(
        name = "diagram",
        description = {
            "Draw a journey as a Mermaid flowchart or a Graphviz DOT digraph: a shape per step kind, human touchpoints,",
            "safety-net questions and outcomes highlighted, conditions on the edges. Titles follow --lang.",
            "Paste Mermaid into GitHub/GitLab Markdown; draw DOT with `dot -Tsvg`.",
            "Exit code 0: drawn (a design with errors is drawn too, its errors listed on stderr); 2: unusable input."
        })
final class JourneyDiagram implements Callable<Integer> {
    @ParentCommand
    JourneyCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The journey, .json or .yaml.")
    Path file;

    @Option(
            names = "--format",
            paramLabel = "mermaid|dot",
            defaultValue = "mermaid",
            converter = FormatConverter.class,
            description = "mermaid or dot (default: ${DEFAULT-VALUE}).")
    DiagramFormat format;

    @Option(
            names = "--direction",
            paramLabel = "top-down|left-right",
            defaultValue = "top-down",
            converter = DirectionConverter.class,
            description = "top-down, left-right, bottom-up or right-left (default: ${DEFAULT-VALUE}).")
    DiagramDirection direction;

    @Option(names = "--no-conditions", description = "Leave the transition conditions off the edges.")
    boolean noConditions;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to a file instead of standard output.")
    Path outFile;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Locale locale = parent.root.locale();
        ReadResult<Journey> read = JourneyFormat.forFileName(file.toString())
                .withOptions(parent.root.readOptions())
                .read(file);
        if (!read.isSuccessful()) {
            read.diagnostics().forEach(d -> err.println(d.render(locale)));
            return GuidanceCli.UNUSABLE;
        }
        Journey journey = read.orElseThrow();
        Diagnostics errors = JourneyChecker.ofDefaults()
                .check(journey)
                .withSource(file.toString())
                .atLeast(Severity.ERROR);
        if (!errors.isEmpty()) {
            err.println(file + ": "
                    + ("nl".equals(locale.getLanguage())
                            ? "de reis heeft fouten; de tekening toont haar zoals ze is (zie `guidance journey check`)"
                            : "the journey has errors; the diagram shows it as it is (see `guidance journey check`)"));
            errors.forEach(d -> err.println("  " + d.render(locale)));
        }
        DiagramOptions options = DiagramOptions.builder()
                .language(locale)
                .direction(direction)
                .includeConditions(!noConditions)
                .build();
        String text = JourneyDiagrams.render(journey, format, options);
        if (outFile == null) {
            out.print(text);
            out.flush();
            return GuidanceCli.OK;
        }
        try {
            Files.writeString(outFile, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println(outFile + ": " + ("nl".equals(locale.getLanguage()) ? "kan niet schrijven: " : "cannot write: ")
                    + e.getMessage());
            return GuidanceCli.UNUSABLE;
        }
        return GuidanceCli.OK;
    }

    /** Reads {@code mermaid} or {@code dot}. */
    static final class FormatConverter implements ITypeConverter<DiagramFormat> {
        @Override
        public DiagramFormat convert(String value) {
            return DiagramFormat.fromCode(value);
        }
    }

    /** Reads {@code top-down}, {@code left-right}, ... (also {@code td}, {@code lr}, {@code bt}, {@code rl}). */
    static final class DirectionConverter implements ITypeConverter<DiagramDirection> {
        @Override
        public DiagramDirection convert(String value) {
            for (DiagramDirection d : DiagramDirection.values()) {
                if (d.mermaid().equalsIgnoreCase(value)) {
                    return d;
                }
            }
            return DiagramDirection.fromCode(value);
        }
    }
}
