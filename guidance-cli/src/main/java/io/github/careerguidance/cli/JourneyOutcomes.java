/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.cli;

import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.journeys.check.CheckPolicy;
import io.github.careerguidance.journeys.check.RuleLevel;
import io.github.careerguidance.journeys.engine.InvalidJourneyException;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.format.JourneyFormat;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.outcome.OutcomeRow;
import io.github.careerguidance.journeys.outcome.OutcomeTable;
import io.github.careerguidance.journeys.outcome.OutcomeTables;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** {@code guidance journey outcomes FILE [--format csv|md] [-o OUT] [--bound N]}: the fact-check table. */
@Command(
        name = "outcomes",
        description = {
            "Derive answer classes from the design's own conditions (each choice, each interval between thresholds,",
            "each response point of an assessment, each profile code compared) and run the engine over them: which",
            "answers lead where and which content each client class sees. Every combination along every route when",
            "that stays within --bound runs; pairwise coverage beyond it (the output says which).",
            "Exit code 0: written; 1: the journey has errors; 2: unusable input."
        })
final class JourneyOutcomes implements Callable<Integer> {
    @ParentCommand
    JourneyCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The journey, .json or .yaml.")
    Path file;

    @Option(
            names = "--format",
            paramLabel = "csv|md",
            defaultValue = "md",
            description = "md (Markdown) or csv (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(
            names = {"-o", "--out"},
            paramLabel = "FILE",
            description = "Write to a file instead of standard output.")
    Path outFile;

    @Option(
            names = "--bound",
            paramLabel = "N",
            defaultValue = "" + OutcomeTables.DEFAULT_BOUND,
            description = "The most runs of a full enumeration (default: ${DEFAULT-VALUE}).")
    int bound;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Locale locale = parent.root.locale();
        boolean dutch = "nl".equals(locale.getLanguage());
        if (!format.equals("md") && !format.equals("csv")) {
            err.println(
                    dutch
                            ? "--format moet md of csv zijn, niet '" + format + "'"
                            : "--format must be md or csv, not '" + format + "'");
            return GuidanceCli.UNUSABLE;
        }
        if (bound < 1) {
            err.println(dutch ? "--bound moet minstens 1 zijn" : "--bound must be at least 1");
            return GuidanceCli.UNUSABLE;
        }
        ReadResult<Journey> read = JourneyFormat.forFileName(file.toString())
                .withOptions(parent.root.readOptions())
                .read(file);
        if (!read.isSuccessful()) {
            read.diagnostics().forEach(d -> err.println(d.render(locale)));
            return GuidanceCli.UNUSABLE;
        }
        JourneyEngine engine;
        try {
            engine = JourneyEngine.compiler()
                    .checkPolicy(
                            CheckPolicy.builder().contactReach(RuleLevel.OFF).build())
                    .compile(read.orElseThrow());
        } catch (InvalidJourneyException e) {
            err.println(file + ": "
                    + (dutch
                            ? "de reis heeft fouten; zie `guidance journey check`"
                            : "the journey has errors; see `guidance journey check`"));
            e.diagnostics().atLeast(Severity.ERROR).forEach(d -> err.println("  " + d.render(locale)));
            return GuidanceCli.FAILED;
        }
        OutcomeTable table = OutcomeTables.derive(engine, bound);
        String text = format.equals("csv") ? csv(table) : table.toMarkdown();
        if (outFile == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
            return GuidanceCli.OK;
        }
        try {
            Files.writeString(outFile, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println(outFile + ": " + (dutch ? "kan niet schrijven: " : "cannot write: ") + e.getMessage());
            return GuidanceCli.UNUSABLE;
        }
        return GuidanceCli.OK;
    }

    /** The rows as CSV (RFC 4180 through Jackson's CSV writer): a comment line states the coverage and bound. */
    static String csv(OutcomeTable table) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        schema.addColumn("client");
        for (String f : table.factors()) {
            schema.addColumn(f);
        }
        schema.addColumn("outcome").addColumn("path").addColumn("content");
        StringWriter text = new StringWriter();
        text.write("# " + table.journey() + " " + table.version() + "; coverage " + table.coverageNote() + "\n");
        try (SequenceWriter rows =
                CsvMapper.builder().build().writer(schema.build()).writeValues(text)) {
            int n = 1;
            for (OutcomeRow r : table.rows()) {
                List<String> row = new ArrayList<>();
                row.add(Integer.toString(n++));
                for (String f : table.factors()) {
                    row.add(r.classes().getOrDefault(f, ""));
                }
                row.add(r.outcome().orElse(""));
                row.add(String.join(" > ", r.path()));
                row.add(OutcomeTable.contentCell(r));
                rows.write(row);
            }
        }
        return text.toString();
    }
}
