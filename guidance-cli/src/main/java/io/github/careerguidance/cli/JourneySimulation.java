/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.cli;

import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.journeys.engine.InvalidJourneyException;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.engine.JourneyRouter;
import io.github.careerguidance.journeys.format.JourneyFormat;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.reference.ReferenceJourneys;
import io.github.careerguidance.research.report.SimulationReport;
import io.github.careerguidance.research.simulation.DesignComparison;
import io.github.careerguidance.research.simulation.Metric;
import io.github.careerguidance.research.simulation.PopulationModel;
import io.github.careerguidance.research.simulation.SimulationCsv;
import io.github.careerguidance.research.simulation.SimulationSummary;
import io.github.careerguidance.research.simulation.Simulator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code guidance journey simulate} and {@code guidance journey compare}: simulated clients of a population model
 * through journey designs on the real engine, written as summary.json, metrics.csv, report.html with plots (and
 * differences.csv, events.csv).
 */
final class JourneySimulation {
    private JourneySimulation() {}

    /** The options both commands share. */
    abstract static class Base implements Callable<Integer> {
        @ParentCommand
        JourneyCommand parent;

        @Spec
        CommandSpec spec;

        @Option(
                names = "--population",
                required = true,
                paramLabel = "FILE",
                description = "The population model, .yaml or .json (see `guidance journey population-schema`).")
        Path populationFile;

        @Option(
                names = "--clients",
                defaultValue = "10000",
                paramLabel = "N",
                description = "Simulated clients (default: ${DEFAULT-VALUE}).")
        long clients;

        @Option(
                names = "--seed",
                defaultValue = "1",
                paramLabel = "S",
                description = "The seed; the same seed gives the same results (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(
                names = "--threads",
                paramLabel = "T",
                description = "Worker threads (default: all cores); results do not depend on it.")
        Integer threads;

        @Option(
                names = "--out",
                required = true,
                paramLabel = "DIR",
                description = "The directory to write to (created if needed).")
        Path out;

        @Option(names = "--events", description = "Also write events.csv: one row per client-step.")
        boolean events;

        PrintWriter stdout;
        PrintWriter stderr;
        Locale locale;

        void init() {
            stdout = spec.commandLine().getOut();
            stderr = spec.commandLine().getErr();
            locale = parent.root.locale();
        }

        /** The population, or null after printing why it is unusable. */
        PopulationModel population() {
            ReadResult<PopulationModel> read = PopulationModel.read(populationFile, parent.root.readOptions());
            print(read.diagnostics().atLeast(Severity.WARNING));
            return read.isSuccessful() ? read.orElseThrow() : null;
        }

        /** A design from journey files or reference journey ids; empty after printing why it is unusable. */
        Optional<JourneyRouter> design(List<String> sources, int[] exit) {
            List<JourneyEngine> engines = new ArrayList<>();
            for (String source : sources) {
                Path file = Path.of(source);
                Journey journey;
                if (Files.exists(file)) {
                    ReadResult<Journey> read = JourneyFormat.forFileName(source)
                            .withOptions(parent.root.readOptions())
                            .read(file);
                    if (!read.isSuccessful()) {
                        print(read.diagnostics());
                        exit[0] = GuidanceCli.UNUSABLE;
                        return Optional.empty();
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
                        exit[0] = GuidanceCli.UNUSABLE;
                        return Optional.empty();
                    }
                    journey = reference.get();
                }
                try {
                    engines.add(JourneyEngine.compile(journey));
                } catch (InvalidJourneyException e) {
                    stderr.println(source + ": "
                            + t(
                                    "de route heeft fouten; `guidance journey check` toont alles",
                                    "the journey has errors; run `guidance journey check` for all findings"));
                    print(e.diagnostics().atLeast(Severity.ERROR));
                    exit[0] = GuidanceCli.FAILED;
                    return Optional.empty();
                }
            }
            return Optional.of(JourneyRouter.of(engines));
        }

        /** Checks the population against a design; false after printing the errors. */
        boolean fits(Simulator simulator, JourneyRouter design, String name) {
            Diagnostics found = simulator.check(design).withSource(populationFile.toString());
            print(found.atLeast(Severity.WARNING));
            if (found.hasErrors()) {
                stderr.println(populationFile + ": "
                        + t("de populatie past niet bij ontwerp ", "the population does not fit design ") + name);
                return false;
            }
            return true;
        }

        Simulator.Builder simulator(PopulationModel population, long total) {
            int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
            return Simulator.builder()
                    .population(population)
                    .clients(clients)
                    .seed(seed)
                    .threads(Math.max(1, t))
                    .progress(progress(total));
        }

        /** Progress on stderr: a bar on a terminal, otherwise a plain line every 10 %. */
        LongConsumer progress(long total) {
            boolean terminal = System.console() != null;
            long[] last = {-1};
            long[] offset = {0};
            return done -> {
                long all = offset[0] + done;
                int percent = (int) (100 * all / total);
                if (terminal) {
                    int filled = percent / 5;
                    stderr.print("\r[" + "#".repeat(filled) + ".".repeat(20 - filled) + "] " + percent + "% " + all
                            + "/" + total);
                    if (all == total) {
                        stderr.println();
                    }
                    stderr.flush();
                } else if (percent / 10 != last[0] / 10 || all == total) {
                    stderr.println(t("gesimuleerd: ", "simulated: ") + all + "/" + total + " (" + percent + "%)");
                    stderr.flush();
                }
                last[0] = percent;
                if (done == clients) {
                    offset[0] += clients;
                }
            };
        }

        void write(Path file, String text) {
            try {
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void writeMetrics(Path file, List<SimulationSummary> summaries) {
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                SimulationCsv.metrics(summaries, w);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void report(SimulationSummary s) {
            stdout.println(s.design() + " (" + String.join(", ", s.journeys()) + "), " + s.clients() + " "
                    + t("cliënten", "clients") + ", seed " + s.seed());
            line(s, "completion", "", "", t("afgerond", "completed"));
            line(s, "drop-out", "", "", t("afgehaakt", "dropped out"));
            line(s, "no-human-touchpoint", "", "", t("geen mens gesproken", "no human touchpoint"));
            line(
                    s,
                    "escalation",
                    "level",
                    "individual-case-managed",
                    t("naar begeleiding", "escalated to case-managed"));
            s.metric("steps-to-outcome", "statistic", "p50")
                    .ifPresent(p50 -> stdout.println("  "
                            + t("stappen tot uitkomst p50/p90: ", "steps to outcome p50/p90: ") + (long) p50.estimate()
                            + "/"
                            + s.metric("steps-to-outcome", "statistic", "p90")
                                    .map(m -> (long) m.estimate())
                                    .orElse(0L)));
        }

        private void line(SimulationSummary s, String metric, String group, String key, String label) {
            s.metric(metric, group, key).ifPresent(m -> stdout.println("  " + label + ": " + percent(m)));
        }

        static String percent(Metric m) {
            return String.format(
                    Locale.ROOT,
                    "%.1f%% [%.1f%%, %.1f%%]",
                    100 * m.estimate(),
                    100 * m.lower().orElse(m.estimate()),
                    100 * m.upper().orElse(m.estimate()));
        }

        void print(Diagnostics d) {
            d.forEach(x -> stderr.println(x.render(locale)));
        }

        String t(String nl, String en) {
            return "nl".equals(locale.getLanguage()) ? nl : en;
        }

        Integer fail(RuntimeException e) {
            stderr.println(e.getMessage());
            return GuidanceCli.UNUSABLE;
        }
    }

    /**
     * Writes the HTML report ({@code report.html}) and its plots (PNG and SVG) with {@link SimulationReport}: called
     * after the JSON and CSV files, with every summary of the run and, for {@code compare}, the comparison.
     *
     * @param dir the output directory
     * @param summaries the summaries, in design order
     * @param comparison the A/B comparison, or null for {@code simulate}
     * @param designs the designs, in the order of the summaries
     * @param locale the report's language
     * @return the report file
     * @throws IOException if a file cannot be written
     */
    static Path writeReport(
            Path dir,
            List<SimulationSummary> summaries,
            DesignComparison comparison,
            List<JourneyRouter> designs,
            Locale locale)
            throws IOException {
        SimulationReport report = comparison == null
                ? SimulationReport.of(summaries.get(0), journeys(designs.get(0)))
                : SimulationReport.of(comparison, journeys(designs.get(0)), journeys(designs.get(1)));
        return report.language(locale).write(dir).get(0);
    }

    private static List<Journey> journeys(JourneyRouter design) {
        return design.engines().stream().map(JourneyEngine::journey).toList();
    }

    /** {@code guidance journey simulate JOURNEY... --population FILE --clients N --seed S [--threads T] --out DIR}. */
    @Command(
            name = "simulate",
            description = {
                "Simulate clients of a population model through a design (one or more journey files or reference journey",
                "ids, routed by intake goal) on the real engine. Writes summary.json, metrics.csv, report.html with plots",
                "(PNG, SVG) and with --events events.csv to --out. Exit code 0: done; 1: a journey has errors; 2: unusable input."
            })
    static final class Simulate extends Base {
        @Parameters(
                paramLabel = "JOURNEY",
                arity = "1..*",
                description = "Journey files (.json/.yaml) or reference journey ids.")
        List<String> journeys;

        @Override
        public Integer call() {
            init();
            int[] exit = {GuidanceCli.OK};
            PopulationModel population = population();
            if (population == null) {
                return GuidanceCli.UNUSABLE;
            }
            Optional<JourneyRouter> design = design(journeys, exit);
            if (design.isEmpty()) {
                return exit[0];
            }
            try {
                Files.createDirectories(out);
                Simulator simulator = simulator(population, clients).build();
                if (!fits(simulator, design.get(), "A")) {
                    return GuidanceCli.UNUSABLE;
                }
                SimulationSummary summary;
                if (events) {
                    try (Writer w = Files.newBufferedWriter(out.resolve("events.csv"), StandardCharsets.UTF_8);
                            SimulationCsv.EventWriter rows = SimulationCsv.events(w)) {
                        summary = simulator.withListener(rows).run("A", design.get());
                    }
                } else {
                    summary = simulator.run("A", design.get());
                }
                write(out.resolve("summary.json"), summary.toJson());
                writeMetrics(out.resolve("metrics.csv"), List.of(summary));
                Path html = writeReport(out, List.of(summary), null, List.of(design.get()), locale);
                report(summary);
                stdout.println(t("geschreven: ", "written: ") + out.resolve("summary.json") + ", "
                        + out.resolve("metrics.csv") + (events ? ", " + out.resolve("events.csv") : ""));
                stdout.println(t("rapport: ", "report: ") + html);
                return GuidanceCli.OK;
            } catch (IOException | UncheckedIOException e) {
                stderr.println(out + ": " + e.getMessage());
                return GuidanceCli.UNUSABLE;
            } catch (IllegalArgumentException e) {
                return fail(e);
            }
        }
    }

    /** {@code guidance journey compare A B --population FILE --clients N --seed S --out DIR}. */
    @Command(
            name = "compare",
            description = {
                "Compare two designs (journey files or reference journey ids) on the same simulated clients: per metric the",
                "difference B - A with a 95%% interval (Newcombe's hybrid score interval for rates). Writes summary.json",
                "(both designs and the differences), metrics.csv, differences.csv, report.html with plots (and events.csv",
                "with --events).",
                "Exit code 0: done; 1: a journey has errors; 2: unusable input."
            })
    static final class Compare extends Base {
        @Parameters(index = "0", paramLabel = "A", description = "Design A: a journey file or reference journey id.")
        String a;

        @Parameters(index = "1", paramLabel = "B", description = "Design B: a journey file or reference journey id.")
        String b;

        @Override
        public Integer call() {
            init();
            int[] exit = {GuidanceCli.OK};
            PopulationModel population = population();
            if (population == null) {
                return GuidanceCli.UNUSABLE;
            }
            Optional<JourneyRouter> designA = design(List.of(a), exit);
            if (designA.isEmpty()) {
                return exit[0];
            }
            Optional<JourneyRouter> designB = design(List.of(b), exit);
            if (designB.isEmpty()) {
                return exit[0];
            }
            try {
                Files.createDirectories(out);
                Simulator simulator = simulator(population, 2 * clients).build();
                if (!fits(simulator, designA.get(), "A") | !fits(simulator, designB.get(), "B")) {
                    return GuidanceCli.UNUSABLE;
                }
                SimulationSummary sa;
                SimulationSummary sb;
                if (events) {
                    try (Writer w = Files.newBufferedWriter(out.resolve("events.csv"), StandardCharsets.UTF_8);
                            SimulationCsv.EventWriter rows = SimulationCsv.events(w)) {
                        sa = simulator.withListener(rows).run("A", designA.get());
                        sb = simulator.withListener(rows).run("B", designB.get());
                    }
                } else {
                    sa = simulator.run("A", designA.get());
                    sb = simulator.run("B", designB.get());
                }
                DesignComparison comparison = DesignComparison.of(sa, sb);
                write(out.resolve("summary.json"), comparison.toJson());
                writeMetrics(out.resolve("metrics.csv"), List.of(sa, sb));
                try (Writer w = Files.newBufferedWriter(out.resolve("differences.csv"), StandardCharsets.UTF_8)) {
                    SimulationCsv.differences(comparison, w);
                }
                Path html =
                        writeReport(out, List.of(sa, sb), comparison, List.of(designA.get(), designB.get()), locale);
                report(sa);
                report(sb);
                comparison
                        .difference("completion", "", "")
                        .ifPresent(d -> stdout.println(String.format(
                                Locale.ROOT,
                                "%s B - A: %+.1f%% [%+.1f%%, %+.1f%%] (Newcombe)",
                                t("afgerond", "completion"),
                                100 * d.difference(),
                                100 * d.lower().orElse(0.0),
                                100 * d.upper().orElse(0.0))));
                stdout.println(t("geschreven: ", "written: ") + out.resolve("summary.json") + ", "
                        + out.resolve("metrics.csv") + ", " + out.resolve("differences.csv")
                        + (events ? ", " + out.resolve("events.csv") : ""));
                stdout.println(t("rapport: ", "report: ") + html);
                return GuidanceCli.OK;
            } catch (IOException | UncheckedIOException e) {
                stderr.println(out + ": " + e.getMessage());
                return GuidanceCli.UNUSABLE;
            } catch (IllegalArgumentException e) {
                return fail(e);
            }
        }
    }

    /** {@code guidance journey population-schema}. */
    @Command(
            name = "population-schema",
            description = "Print the JSON Schema of the population model format (draft 2020-12).")
    static final class PopulationSchema implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().getOut().println(PopulationModel.jsonSchema());
            return GuidanceCli.OK;
        }
    }
}
