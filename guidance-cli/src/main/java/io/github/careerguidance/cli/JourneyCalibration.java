/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.cli;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.journeys.engine.InvalidJourneyException;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.format.JourneyFormat;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.reference.ReferenceJourneys;
import io.github.careerguidance.research.calibration.Calibration;
import io.github.careerguidance.research.calibration.CalibrationComparison;
import io.github.careerguidance.research.calibration.CalibrationReport;
import io.github.careerguidance.research.calibration.Calibrator;
import io.github.careerguidance.research.calibration.EventLog;
import io.github.careerguidance.research.calibration.LogFormat;
import io.github.careerguidance.research.simulation.Metric;
import io.github.careerguidance.research.simulation.PopulationModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code guidance journey calibrate --journey FILE... --log FILE [--format csv|engine] -o population.json
 * [--report report.html]}: fits a population model to a real event log, simulates it and compares.
 */
@Command(
        name = "calibrate",
        description = {
            "Fit a population model to a real session event log (the engine's stored sessions, one per line, or the",
            "documented CSV of events: guidance-research/EVENT-LOG.md), write it in the population model format, simulate",
            "it on the real engine and compare observed with simulated per metric (difference with a 95%% interval) and per",
            "step (chi-square). Bad rows are reported with their line and skipped.",
            "Exit code 0: fitted; 1: fitted, but rows or sessions of the log were skipped; 2: unusable input."
        })
final class JourneyCalibration implements Callable<Integer> {
    @ParentCommand
    JourneyCommand parent;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--journey",
            required = true,
            arity = "1..*",
            paramLabel = "FILE",
            description = "The journeys of the design: files (.json/.yaml) or reference journey ids.")
    List<String> journeys;

    @Option(names = "--log", required = true, paramLabel = "FILE", description = "The event log.")
    Path log;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "csv or engine (default: csv for a .csv file, else engine).")
    String format;

    @Option(
            names = {"-o", "--out"},
            required = true,
            paramLabel = "FILE",
            description = "The fitted population model to write: .json, or .yaml/.yml.")
    Path out;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the HTML calibration report.")
    Path report;

    @Option(
            names = "--id",
            defaultValue = "calibrated",
            paramLabel = "ID",
            description = "The id of the fitted population (default: ${DEFAULT-VALUE}).")
    String id;

    @Option(
            names = "--min-cell",
            defaultValue = "30",
            paramLabel = "N",
            description = "Fewest answers a profile value needs for its own answer rule (default: ${DEFAULT-VALUE}).")
    int minCell;

    @Option(
            names = "--clients",
            paramLabel = "N",
            description =
                    "Simulated clients for the comparison (default: 10 times the sessions, from 1,000 to 100,000).")
    Long clients;

    @Option(
            names = "--seed",
            defaultValue = "1",
            paramLabel = "S",
            description = "The seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--no-compare", description = "Only fit; do not simulate and compare.")
    boolean noCompare;

    private PrintWriter stdout;
    private PrintWriter stderr;
    private Locale locale;

    @Override
    public Integer call() {
        stdout = spec.commandLine().getOut();
        stderr = spec.commandLine().getErr();
        locale = parent.root.locale();
        Optional<LogFormat> logFormat =
                format == null ? Optional.of(LogFormat.forFileName(log.toString())) : LogFormat.fromCode(format);
        if (logFormat.isEmpty()) {
            stderr.println("--format: "
                    + t(
                            "'" + format + "' is geen logformaat; kies csv of engine",
                            "'" + format + "' is not a log format; choose csv or engine"));
            return GuidanceCli.UNUSABLE;
        }
        if (minCell < 1 || (clients != null && clients < 1)) {
            stderr.println(
                    t("--min-cell en --clients moeten minstens 1 zijn", "--min-cell and --clients must be at least 1"));
            return GuidanceCli.UNUSABLE;
        }
        List<Journey> design = design();
        if (design == null) {
            return GuidanceCli.UNUSABLE;
        }
        Calibrator calibrator;
        try {
            calibrator = Calibrator.builder()
                    .journeys(design)
                    .id(id)
                    .minCell(minCell)
                    .build();
        } catch (IllegalArgumentException e) {
            stderr.println("--id: " + e.getMessage());
            return GuidanceCli.UNUSABLE;
        }
        EventLog read = EventLog.read(log, logFormat.get(), design);
        Calibration fit = calibrator.fit(read);
        print(fit.diagnostics());
        if (fit.population().isEmpty()) {
            return GuidanceCli.UNUSABLE;
        }
        PopulationModel population = fit.population().get();
        try {
            String name = out.getFileName() == null
                    ? ""
                    : out.getFileName().toString().toLowerCase(Locale.ROOT);
            String text = name.endsWith(".yaml") || name.endsWith(".yml")
                    ? GuidanceCodec.yaml().write(population)
                    : population.toJson();
            if (out.getParent() != null) {
                Files.createDirectories(out.getParent());
            }
            Files.writeString(out, text, StandardCharsets.UTF_8);
            CalibrationComparison check = null;
            if (!noCompare) {
                long n = clients != null
                        ? clients
                        : Math.max(
                                1_000, Math.min(100_000, 10L * read.sessions().size()));
                check = fit.compare(n, seed);
            }
            stdout.println(String.format(
                    locale,
                    t(
                            "%d sessies gelezen uit %s (%d van %d rijen overgeslagen)",
                            "%d sessions read from %s (%d of %d rows skipped)"),
                    read.sessions().size(),
                    log,
                    read.skippedRows(),
                    read.rows()));
            if (check != null) {
                line(check, "completion", t("afgerond", "completed"));
                line(check, "drop-out", t("afgehaakt", "dropped out"));
                line(check, "contact-request", t("vroeg om een mens", "asked for a person"));
                stdout.println(String.format(
                        locale,
                        t(
                                "  aansluiting per stap: chi-kwadraat %.1f op %d vrijheidsgraden,"
                                        + " %d van %d toetsen met p < 0,05",
                                "  fit per step: chi-square %.1f on %d degrees of"
                                        + " freedom, %d of %d tests with p < 0.05"),
                        check.chiSquare(),
                        check.df(),
                        check.misfits(),
                        check.fit().size()));
            }
            stdout.println(t("populatie: ", "population: ") + out);
            if (report != null) {
                if (report.getParent() != null) {
                    Files.createDirectories(report.getParent());
                }
                CalibrationReport.of(fit, check).language(locale).html().write(report);
                stdout.println(t("rapport: ", "report: ") + report);
            }
        } catch (IOException | UncheckedIOException e) {
            stderr.println(out + ": " + e.getMessage());
            return GuidanceCli.UNUSABLE;
        } catch (IllegalArgumentException e) {
            stderr.println(e.getMessage());
            return GuidanceCli.UNUSABLE;
        }
        return read.skippedRows() > 0 || read.skippedSessions() > 0 ? GuidanceCli.FAILED : GuidanceCli.OK;
    }

    private void line(CalibrationComparison check, String metric, String label) {
        Optional<Metric> observed = check.observed().metric(metric, "", "");
        Optional<Metric> simulated = check.simulated().metric(metric, "", "");
        check.comparison()
                .difference(metric, "", "")
                .ifPresent(d -> stdout.println(String.format(
                        Locale.ROOT,
                        "  %s: %s %.1f%%, %s %.1f%%, %s %+.1f pp [%+.1f, %+.1f] (Newcombe)",
                        label,
                        t("waargenomen", "observed"),
                        100 * observed.map(Metric::estimate).orElse(0.0),
                        t("gesimuleerd", "simulated"),
                        100 * simulated.map(Metric::estimate).orElse(0.0),
                        t("verschil", "difference"),
                        100 * d.difference(),
                        100 * d.lower().orElse(0.0),
                        100 * d.upper().orElse(0.0))));
    }

    /** The journeys, or null after printing why they are unusable. */
    private List<Journey> design() {
        List<Journey> design = new ArrayList<>();
        for (String source : journeys) {
            Path file = Path.of(source);
            Journey journey;
            if (Files.exists(file)) {
                ReadResult<Journey> read = JourneyFormat.forFileName(source)
                        .withOptions(parent.root.readOptions())
                        .read(file);
                if (!read.isSuccessful()) {
                    print(read.diagnostics());
                    return null;
                }
                journey = read.orElseThrow();
            } else {
                Optional<Journey> reference = ReferenceJourneys.byId(source);
                if (reference.isEmpty()) {
                    stderr.println(source + ": "
                            + t(
                                    "geen bestand en geen referentieroute; referentieroutes: ",
                                    "neither a file nor a reference journey; reference journeys: ")
                            + ReferenceJourneys.IDS);
                    return null;
                }
                journey = reference.get();
            }
            try {
                JourneyEngine.compile(journey);
            } catch (InvalidJourneyException e) {
                stderr.println(source + ": "
                        + t(
                                "de route heeft fouten; `guidance journey check` toont alles",
                                "the journey has errors; run `guidance journey check` for all findings"));
                print(e.diagnostics().atLeast(Severity.ERROR));
                return null;
            }
            design.add(journey);
        }
        return design;
    }

    private void print(Diagnostics d) {
        int shown = 0;
        for (Diagnostic x : d) {
            if (shown++ < 50 || x.code().equals("research.calibration.read-summary")) {
                stderr.println(x.render(locale));
            }
        }
        if (shown > 50) {
            stderr.println(t(
                    "... en nog " + (shown - 50) + " meldingen (zie --report)",
                    "... and " + (shown - 50) + " more diagnostics (see --report)"));
        }
    }

    private String t(String nl, String en) {
        return "nl".equals(locale.getLanguage()) ? nl : en;
    }
}
