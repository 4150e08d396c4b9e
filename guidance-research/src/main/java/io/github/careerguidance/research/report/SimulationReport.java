/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.report;

import io.github.careerguidance.journeys.diagram.DiagramOptions;
import io.github.careerguidance.journeys.diagram.EdgeTraffic;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.research.simulation.DesignComparison;
import io.github.careerguidance.research.simulation.EdgeCount;
import io.github.careerguidance.research.simulation.FunnelStep;
import io.github.careerguidance.research.simulation.HistogramBin;
import io.github.careerguidance.research.simulation.Metric;
import io.github.careerguidance.research.simulation.MetricDifference;
import io.github.careerguidance.research.simulation.SimulationSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns a simulation (a {@link SimulationSummary}) or an A/B comparison (a {@link DesignComparison}) into an offline
 * HTML report with plots: {@code report.html} (key figures with 95 % intervals, a table naming every metric, the
 * drop-out funnel, the steps-to-outcome histogram, escalation by support level and the journey diagram with the
 * simulated traffic on its edges) plus the plots as PNG and SVG files.
 *
 * <p>A routed design with several journeys gets one funnel and one diagram per journey that clients reached (busiest
 * first) in the HTML; the {@code funnel.png}/{@code funnel.svg} files show the journey with the most clients. For a
 * comparison the report puts both designs' key figures side by side, adds the differences table (B − A with the
 * comparison's intervals), then the plots of A and of B; the plot files get the suffix {@code -a} or {@code -b}.
 *
 * <p>Plots need XChart on the class path ({@link Plots#available()}); without it the report is written without
 * plots. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * SimulationSummary summary = simulator.run("A", router);
 * List<Path> files = SimulationReport.of(summary, List.of(journey))
 *         .language(Locale.ENGLISH)
 *         .write(Path.of("sim"));                       // sim/report.html, sim/funnel.png, ...
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SimulationReport {
    /** The file name of the HTML report. */
    public static final String REPORT_FILE = "report.html";

    private final SimulationSummary summary;
    private final DesignComparison comparison;
    private final List<Journey> journeysA;
    private final List<Journey> journeysB;
    private final Locale language;
    private final int width;
    private final int height;

    private SimulationReport(
            SimulationSummary summary,
            DesignComparison comparison,
            List<Journey> journeysA,
            List<Journey> journeysB,
            Locale language,
            int width,
            int height) {
        this.summary = summary;
        this.comparison = comparison;
        this.journeysA = journeysA;
        this.journeysB = journeysB;
        this.language = language;
        this.width = width;
        this.height = height;
    }

    /**
     * A report of one simulated design.
     *
     * @param summary the simulation summary
     * @param journeys the journeys of the design (those the summary does not name are ignored)
     * @return the report, in Dutch with 800×500 plots until changed
     * @throws NullPointerException if an argument is null
     */
    public static SimulationReport of(SimulationSummary summary, Collection<Journey> journeys) {
        Objects.requireNonNull(summary, "summary");
        return new SimulationReport(
                summary, null, List.copyOf(journeys), List.of(), Locale.forLanguageTag("nl"), 800, 500);
    }

    /**
     * A report of an A/B comparison.
     *
     * @param comparison the comparison
     * @param journeysA the journeys of design A
     * @param journeysB the journeys of design B
     * @return the report, in Dutch with 800×500 plots until changed
     * @throws NullPointerException if an argument is null
     */
    public static SimulationReport of(
            DesignComparison comparison, Collection<Journey> journeysA, Collection<Journey> journeysB) {
        Objects.requireNonNull(comparison, "comparison");
        return new SimulationReport(
                comparison.a(),
                comparison,
                List.copyOf(journeysA),
                List.copyOf(journeysB),
                Locale.forLanguageTag("nl"),
                800,
                500);
    }

    /**
     * The same report in another language (nl or en; other languages fall back to English labels).
     *
     * @param language the language
     * @return a copy in that language
     */
    public SimulationReport language(Locale language) {
        return new SimulationReport(
                summary, comparison, journeysA, journeysB, Objects.requireNonNull(language, "language"), width, height);
    }

    /**
     * The same report with another plot size in pixels.
     *
     * @param width the width ({@value PlotOptions#MIN_SIZE}..{@value PlotOptions#MAX_SIZE})
     * @param height the height ({@value PlotOptions#MIN_SIZE}..{@value PlotOptions#MAX_SIZE})
     * @return a copy with that plot size
     * @throws IllegalArgumentException if a size is out of range
     */
    public SimulationReport plotSize(int width, int height) {
        PlotOptions.builder().width(width).height(height).build();
        return new SimulationReport(summary, comparison, journeysA, journeysB, language, width, height);
    }

    /**
     * The drop-out funnel of the journey with the most clients in design A (or the only design).
     *
     * @return the plot, or empty when no client reached a step of a known journey
     * @throws IllegalStateException if XChart is not on the class path
     */
    public Optional<Plot> funnel() {
        return funnels(summary, journeysA).entrySet().stream().findFirst().map(Map.Entry::getValue);
    }

    /**
     * The histogram of steps to an outcome of design A (or the only design).
     *
     * @return the plot, or empty when no client reached an outcome
     * @throws IllegalStateException if XChart is not on the class path
     */
    public Optional<Plot> stepsToOutcome() {
        return stepsPlot(summary);
    }

    /**
     * The share of clients escalated to each support level, with 95 % intervals, of design A (or the only design).
     *
     * @return the plot, or empty when the summary has no escalation rates
     * @throws IllegalStateException if XChart is not on the class path
     */
    public Optional<Plot> escalation() {
        return escalationPlot(summary);
    }

    /**
     * The HTML report.
     *
     * @return the report
     */
    public HtmlReport html() {
        boolean plots = Plots.available();
        String title = comparison == null
                ? t("Simulatie: ", "Simulation: ") + designName(summary, journeysA)
                : t("Vergelijking: ", "Comparison: ") + designName(comparison.a(), journeysA) + " / "
                        + designName(comparison.b(), journeysB);
        HtmlReport.Builder html = HtmlReport.builder(title, language);
        if (comparison == null) {
            html.intro(intro(summary));
            html.keyValues(t("Kerncijfers (95%-interval)", "Key figures (95% interval)"), keyFigures(summary));
            html.table(t("Alle metrieken", "All metrics"), metricColumns(), metricRows(summary));
            sections(html, summary, journeysA, "", plots);
        } else {
            html.intro(intro(comparison.a()) + " " + t("Ontwerp B: ", "Design B: ")
                    + designName(comparison.b(), journeysB) + ". "
                    + t(
                            "Beide ontwerpen kregen dezelfde gesimuleerde cliënten (zelfde seed).",
                            "Both designs got the same simulated clients (same seed)."));
            html.table(
                    t("Kerncijfers naast elkaar (95%-interval)", "Key figures side by side (95% interval)"),
                    List.of(t("Cijfer", "Figure"), "A", "B"),
                    sideBySide());
            html.table(
                    t("Verschillen B − A", "Differences B − A"),
                    List.of(
                            t("Metriek", "Metric"),
                            t("Groep", "Group"),
                            t("Sleutel", "Key"),
                            "A",
                            "B",
                            "B − A",
                            t("95%-interval", "95% interval"),
                            t("Methode", "Method")),
                    differenceRows());
            html.table(t("Alle metrieken van A", "All metrics of A"), metricColumns(), metricRows(comparison.a()));
            html.table(t("Alle metrieken van B", "All metrics of B"), metricColumns(), metricRows(comparison.b()));
            sections(html, comparison.a(), journeysA, " (A)", plots);
            sections(html, comparison.b(), journeysB, " (B)", plots);
        }
        return html.build();
    }

    /**
     * Writes {@code report.html} and, when XChart is available, the plots as PNG and SVG ({@code funnel},
     * {@code steps-to-outcome}, {@code escalation}; with suffix {@code -a}/{@code -b} for a comparison) into a
     * directory, which is created if needed.
     *
     * @param dir the directory
     * @return the files written, the report first
     * @throws IOException if a file cannot be written
     */
    public List<Path> write(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        Path report = dir.resolve(REPORT_FILE);
        html().write(report);
        written.add(report);
        if (Plots.available()) {
            if (comparison == null) {
                writePlots(dir, summary, journeysA, "", written);
            } else {
                writePlots(dir, comparison.a(), journeysA, "-a", written);
                writePlots(dir, comparison.b(), journeysB, "-b", written);
            }
        }
        return List.copyOf(written);
    }

    // --- internals -------------------------------------------------------------------------------------------------

    private void writePlots(Path dir, SimulationSummary s, List<Journey> journeys, String suffix, List<Path> written)
            throws IOException {
        Optional<Plot> funnel = funnels(s, journeys).values().stream().findFirst();
        write(dir, "funnel" + suffix, funnel, written);
        write(dir, "steps-to-outcome" + suffix, stepsPlot(s), written);
        write(dir, "escalation" + suffix, escalationPlot(s), written);
    }

    private static void write(Path dir, String name, Optional<Plot> plot, List<Path> written) throws IOException {
        if (plot.isPresent()) {
            Path png = dir.resolve(name + ".png");
            Path svg = dir.resolve(name + ".svg");
            plot.get().writePng(png);
            plot.get().writeSvg(svg);
            written.add(png);
            written.add(svg);
        }
    }

    private void sections(
            HtmlReport.Builder html, SimulationSummary s, List<Journey> journeys, String suffix, boolean plots) {
        followUp(html, s, suffix);
        Map<Journey, Plot> funnels = plots ? funnels(s, journeys) : Map.of();
        for (Map.Entry<Journey, Plot> f : funnels.entrySet()) {
            html.plot(
                    t("Uitval per stap: ", "Drop-out per step: ")
                            + f.getKey().title().resolve(language)
                            + suffix,
                    f.getValue());
        }
        if (plots) {
            stepsPlot(s).ifPresent(p -> html.plot(t("Stappen tot een uitkomst", "Steps to an outcome") + suffix, p));
            escalationPlot(s)
                    .ifPresent(p -> html.plot(
                            t("Escalatie per ondersteuningsniveau", "Escalation by support level") + suffix, p));
        } else {
            html.text(
                    t("Grafieken", "Plots") + suffix,
                    t(
                            "Geen grafieken: XChart staat niet op het classpath.",
                            "No plots: XChart is not on the class path."));
        }
        for (Journey journey : byClients(s, journeys)) {
            Map<String, Map<String, Long>> traffic = new LinkedHashMap<>();
            for (EdgeCount e : s.edges()) {
                if (e.journey().equals(journey.id())) {
                    traffic.computeIfAbsent(e.from(), k -> new LinkedHashMap<>())
                            .merge(e.to(), e.count(), Long::sum);
                }
            }
            io.github.careerguidance.journeys.diagram.ImmutableDiagramOptions.Builder options =
                    DiagramOptions.builder().language(language);
            if (!traffic.isEmpty()) {
                options.traffic(EdgeTraffic.of(traffic));
            }
            html.diagram(
                    t("Route met gesimuleerd verkeer: ", "Journey with simulated traffic: ")
                            + journey.title().resolve(language)
                            + suffix,
                    journey,
                    options.build());
        }
    }

    /** The section on the weeks after the journey, when the run followed plans ({@code PlanFollowUp}). */
    private void followUp(HtmlReport.Builder html, SimulationSummary s, String suffix) {
        List<List<String>> rows = new ArrayList<>();
        for (Metric m : s.metrics()) {
            if (m.metric().startsWith("plan")
                    || m.metric().startsWith("handover")
                    || m.metric().startsWith("callback")) {
                rows.add(List.of(
                        m.metric(),
                        m.group(),
                        m.key(),
                        estimate(m),
                        interval(m),
                        String.valueOf(m.n()),
                        m.count().map(String::valueOf).orElse("")));
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        String heading = t(
                        "Na de route: plannen, opvolging en overdracht",
                        "After the journey: plans, follow-up and" + " handover")
                + suffix;
        html.text(
                heading,
                t(
                        "Cliënten die een uitkomst bereikten, gevolgd in de weken erna: acties gedaan of gemist,"
                                + " terugkerende verplichtingen per periode, de eerste evaluatie met een professional, de"
                                + " vervolgreflectie na achterstand, overdrachten per regio en kanaal en terugbelverzoeken buiten hun"
                                + " venster. Gedrag (missers, no-shows, deelname) en capaciteit per contactpunt zijn aannames uit het"
                                + " populatiemodel en de instellingen, geen gemeten feiten; kalibreer ze voordat je de cijfers"
                                + " gebruikt.",
                        "Clients who reached an outcome, followed over the weeks after it: actions done or"
                                + " missed, recurring obligations per period, the first review with a professional, the follow-up"
                                + " reflection after falling behind, handovers per region and channel, and callbacks outside their"
                                + " window. Behaviour (misses, no-shows, uptake) and the capacity per contact point are assumptions"
                                + " of the population model and the settings, not measured facts; calibrate them before using the"
                                + " figures."));
        html.table(
                t("Plannen en opvolging (95%-interval)", "Plans and follow-up (95% interval)") + suffix,
                metricColumns(),
                rows);
    }

    /** The journeys of a design that the summary names, busiest (most clients at their first funnel step) first. */
    private static List<Journey> byClients(SimulationSummary s, List<Journey> journeys) {
        Map<String, Long> clients = new LinkedHashMap<>();
        for (FunnelStep step : s.funnel()) {
            clients.merge(step.journey(), step.reached(), Math::max);
        }
        List<Journey> known = new ArrayList<>();
        for (Journey j : journeys) {
            if (clients.getOrDefault(j.id(), 0L) > 0 && known.stream().noneMatch(k -> k.id().equals(j.id()))) {
                known.add(j);
            }
        }
        known.sort(Comparator.comparingLong((Journey j) -> clients.getOrDefault(j.id(), 0L))
                .reversed());
        return known;
    }

    private Map<Journey, Plot> funnels(SimulationSummary s, List<Journey> journeys) {
        Map<Journey, Plot> plots = new LinkedHashMap<>();
        for (Journey journey : byClients(s, journeys)) {
            Map<String, Long> reached = new LinkedHashMap<>();
            Map<String, Long> dropped = new LinkedHashMap<>();
            for (FunnelStep step : s.funnel()) {
                if (step.journey().equals(journey.id())) {
                    reached.merge(step.step(), step.reached(), Long::sum);
                    dropped.merge(step.step(), step.dropped(), Long::sum);
                }
            }
            List<FunnelStage> stages = FunnelStage.forJourney(journey, reached, dropped, language);
            if (!stages.isEmpty()) {
                String title = t("Uitval per stap: ", "Drop-out per step: ")
                        + journey.title().resolve(language);
                plots.put(journey, Plots.funnel(stages, options(title)));
            }
        }
        return plots;
    }

    private Optional<Plot> stepsPlot(SimulationSummary s) {
        Map<Integer, Long> bins = new TreeMap<>();
        for (HistogramBin bin : s.stepsToOutcome()) {
            bins.merge((int) bin.value(), bin.count(), Long::sum);
        }
        if (bins.isEmpty() || bins.values().stream().allMatch(c -> c == 0)) {
            return Optional.empty();
        }
        return Optional.of(Plots.stepsToOutcome(bins, options(null)));
    }

    private Optional<Plot> escalationPlot(SimulationSummary s) {
        List<RateEstimate> rates = new ArrayList<>();
        for (Metric m : s.metrics("escalation")) {
            if ("level".equals(m.group())) {
                rates.add(
                        m.lower().isPresent() && m.upper().isPresent()
                                ? RateEstimate.of(
                                        m.key(),
                                        m.estimate(),
                                        m.lower().get(),
                                        m.upper().get())
                                : RateEstimate.of(m.key(), m.estimate()));
            }
        }
        return rates.isEmpty() ? Optional.empty() : Optional.of(Plots.escalationBySupportLevel(rates, options(null)));
    }

    private PlotOptions options(String title) {
        ImmutablePlotOptions.Builder b =
                PlotOptions.builder().width(width).height(height).language(language);
        if (title != null) {
            b.title(title);
        }
        return b.build();
    }

    private String intro(SimulationSummary s) {
        return String.format(
                language,
                t(
                        "Ontwerp %s (%s): %,d gesimuleerde cliënten van populatie '%s', seed %d, op de"
                                + " echte engine. Elk percentage heeft een 95%%-interval (Wilson); de cijfers gelden voor dit"
                                + " populatiemodel, niet voor echte cliënten.",
                        "Design %s (%s): %,d simulated clients of population"
                                + " '%s', seed %d, on the real engine. Every rate has a 95%% interval (Wilson); the figures hold for"
                                + " this population model, not for real clients."),
                s.design(),
                String.join(", ", s.journeys()),
                s.clients(),
                s.population(),
                s.seed());
    }

    private Map<String, String> keyFigures(SimulationSummary s) {
        Map<String, String> figures = new LinkedHashMap<>();
        for (String[] f : KEY_FIGURES) {
            s.metric(f[0], f[1], f[2]).ifPresent(m -> figures.put(label(f), value(m)));
        }
        for (Metric m : s.metrics("escalation")) {
            if ("level".equals(m.group())) {
                figures.put(
                        t("escalatie naar ", "escalated to ") + m.key() + " (escalation/level/" + m.key() + ")",
                        value(m));
            }
        }
        return figures;
    }

    private List<List<String>> sideBySide() {
        List<List<String>> rows = new ArrayList<>();
        for (String[] f : KEY_FIGURES) {
            Optional<Metric> a = comparison.a().metric(f[0], f[1], f[2]);
            Optional<Metric> b = comparison.b().metric(f[0], f[1], f[2]);
            if (a.isPresent() || b.isPresent()) {
                rows.add(List.of(
                        label(f),
                        a.map(this::value).orElse("–"),
                        b.map(this::value).orElse("–")));
            }
        }
        return rows;
    }

    private List<List<String>> differenceRows() {
        List<List<String>> rows = new ArrayList<>();
        for (MetricDifference d : comparison.differences()) {
            rows.add(List.of(
                    d.metric(),
                    d.group(),
                    d.key(),
                    number(d.a()),
                    number(d.b()),
                    String.format(language, "%+.4f", d.difference()),
                    d.lower().isPresent() && d.upper().isPresent()
                            ? String.format(
                                    language,
                                    "[%+.4f, %+.4f]",
                                    d.lower().get(),
                                    d.upper().get())
                            : "–",
                    d.method()));
        }
        return rows;
    }

    private List<String> metricColumns() {
        return List.of(
                t("Metriek", "Metric"),
                t("Groep", "Group"),
                t("Sleutel", "Key"),
                t("Schatting", "Estimate"),
                t("95%-interval", "95% interval"),
                "n",
                t("Aantal", "Count"));
    }

    private List<List<String>> metricRows(SimulationSummary s) {
        List<List<String>> rows = new ArrayList<>();
        for (Metric m : s.metrics()) {
            rows.add(List.of(
                    m.metric(),
                    m.group(),
                    m.key(),
                    estimate(m),
                    interval(m),
                    String.valueOf(m.n()),
                    m.count().map(String::valueOf).orElse("")));
        }
        return rows;
    }

    private String value(Metric m) {
        String interval = interval(m);
        return interval.isEmpty() ? estimate(m) : estimate(m) + " " + interval;
    }

    private String estimate(Metric m) {
        return m.isRate() ? String.format(language, "%.1f%%", 100 * m.estimate()) : number(m.estimate());
    }

    private String interval(Metric m) {
        if (m.lower().isEmpty() || m.upper().isEmpty()) {
            return "";
        }
        return m.isRate()
                ? String.format(
                        language,
                        "[%.1f%%, %.1f%%]",
                        100 * m.lower().get(),
                        100 * m.upper().get())
                : String.format(
                        language,
                        "[%s, %s]",
                        number(m.lower().get()),
                        number(m.upper().get()));
    }

    private String number(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15
                ? String.format(language, "%d", (long) x)
                : String.format(language, "%.2f", x);
    }

    private String label(String[] figure) {
        String code = figure[0] + (figure[1].isEmpty() ? "" : "/" + figure[1] + "/" + figure[2]);
        return t(figure[3], figure[4]) + " (" + code + ")";
    }

    private static String designName(SimulationSummary s, List<Journey> journeys) {
        return s.design() + " (" + String.join(", ", s.journeys()) + ")";
    }

    private String t(String nl, String en) {
        return "nl".equals(language.getLanguage()) ? nl : en;
    }

    /** metric, group, key, Dutch label, English label. */
    private static final String[][] KEY_FIGURES = {
        {"completion", "", "", "afgerond", "completed"},
        {"drop-out", "", "", "afgehaakt", "dropped out"},
        {"unrouted", "", "", "geen route", "unrouted"},
        {"step-limit", "", "", "stappenlimiet bereikt", "step limit reached"},
        {"rejected", "", "", "invoer geweigerd", "input rejected"},
        {"no-human-touchpoint", "", "", "geen menselijk contactmoment", "no human touchpoint"},
        {"steps-to-outcome", "statistic", "mean", "stappen tot uitkomst, gemiddeld", "steps to outcome, mean"},
        {"steps-to-outcome", "statistic", "p50", "stappen tot uitkomst, mediaan", "steps to outcome, median"},
        {"steps-to-outcome", "statistic", "p90", "stappen tot uitkomst, p90", "steps to outcome, p90"},
        {"minutes-to-outcome", "statistic", "mean", "minuten tot uitkomst, gemiddeld", "minutes to outcome, mean"},
        {"minutes-to-outcome", "statistic", "p50", "minuten tot uitkomst, mediaan", "minutes to outcome, median"},
        {"plan-action-on-time", "", "", "planacties op tijd gedaan", "plan actions done on time"},
        {"plan-obligation-met", "", "", "verplichtingsperioden gehaald", "obligation periods met"},
        {"plan-first-touchpoint", "", "", "evaluatie met een professional gehad", "review with a professional held"},
        {
            "plan-follow-up-reflection",
            "",
            "",
            "vervolgreflectie na achterstand",
            "follow-up reflection after falling" + " behind"
        },
        {"callback-late", "", "", "teruggebeld buiten het venster", "called back outside the window"},
    };

    @Override
    public String toString() {
        return "SimulationReport["
                + (comparison == null
                        ? summary.design()
                        : comparison.a().design() + " vs " + comparison.b().design()) + ", " + language + "]";
    }
}
