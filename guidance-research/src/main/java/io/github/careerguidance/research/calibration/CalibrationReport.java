/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.calibration;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.journeys.diagram.DiagramOptions;
import io.github.careerguidance.journeys.diagram.EdgeTraffic;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.research.report.HtmlReport;
import io.github.careerguidance.research.simulation.EdgeCount;
import io.github.careerguidance.research.simulation.Metric;
import io.github.careerguidance.research.simulation.MetricDifference;
import io.github.careerguidance.research.simulation.SimulationSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The HTML report of a calibration: what was read (with every diagnostic, up to {@value #MAX_DIAGNOSTICS}), the
 * fitted estimates with their 95 % Wilson intervals, and, with a comparison, the calibration section: per metric
 * observed, simulated and observed − simulated with its 95 % interval (Newcombe's hybrid score interval for rates),
 * per step the chi-square test of homogeneity with its degrees of freedom, and the journey diagram with the observed
 * traffic on its edges. Written with {@link HtmlReport}: offline, escaped, nl or en.
 *
 * <pre>{@code
 * CalibrationReport.of(fit, fit.compare(20_000, 1)).language(Locale.ENGLISH).html().write(Path.of("calibration.html"));
 * }</pre>
 *
 * <p>Thread-safety: immutable.
 *
 * @since 0.1.0
 */
@Beta
public final class CalibrationReport {
    /** The most diagnostics listed. */
    public static final int MAX_DIAGNOSTICS = 200;

    private final Calibration calibration;
    private final CalibrationComparison comparison;
    private final Locale language;

    private CalibrationReport(Calibration calibration, CalibrationComparison comparison, Locale language) {
        this.calibration = calibration;
        this.comparison = comparison;
        this.language = language;
    }

    /**
     * A report of a calibration and its comparison.
     *
     * @param calibration the calibration
     * @param comparison the comparison, or null when nothing was simulated
     * @return the report, in Dutch until changed
     */
    public static CalibrationReport of(Calibration calibration, CalibrationComparison comparison) {
        return new CalibrationReport(
                Objects.requireNonNull(calibration, "calibration"), comparison, Locale.forLanguageTag("nl"));
    }

    /**
     * The same report in another language (nl, else English).
     *
     * @param language the language
     * @return the copy
     */
    public CalibrationReport language(Locale language) {
        return new CalibrationReport(calibration, comparison, Objects.requireNonNull(language, "language"));
    }

    /**
     * The HTML report.
     *
     * @return the report
     */
    public HtmlReport html() {
        EventLog log = calibration.log();
        HtmlReport.Builder html = HtmlReport.builder(
                t("Kalibratie uit logs: ", "Calibration from logs: ")
                        + String.join(", ", calibration.observed().journeys()),
                language);
        html.intro(String.format(
                language,
                t(
                        "%,d sessies uit een gebeurtenissenlog (%s) (%,d van %,d rijen overgeslagen, %,d sessies"
                                + " overgeslagen). Het populatiemodel '%s' is uit deze sessies geschat; elke schatting heeft een"
                                + " 95%%-interval (Wilson).",
                        "%,d sessions from an event log (%s) (%,d of %,d rows skipped, %,d sessions"
                                + " skipped). The population model '%s' was fitted to these sessions; every estimate has a 95%%"
                                + " interval (Wilson)."),
                log.sessions().size(),
                log.format().code(),
                log.skippedRows(),
                log.rows(),
                log.skippedSessions(),
                calibration.population().map(p -> p.id()).orElse("-")));
        Map<String, String> read = new LinkedHashMap<>();
        read.put(t("rijen gelezen", "rows read"), Long.toString(log.rows()));
        read.put(t("rijen overgeslagen", "rows skipped"), Long.toString(log.skippedRows()));
        read.put(
                t("sessies gebruikt", "sessions used"),
                Integer.toString(log.sessions().size()));
        read.put(t("sessies overgeslagen", "sessions skipped"), Long.toString(log.skippedSessions()));
        read.put(
                t("fouten", "errors"),
                Long.toString(calibration.diagnostics().stream()
                        .filter(d -> d.severity() == Severity.ERROR)
                        .count()));
        read.put(
                t("waarschuwingen", "warnings"),
                Long.toString(calibration.diagnostics().stream()
                        .filter(d -> d.severity() == Severity.WARNING)
                        .count()));
        html.keyValues(t("Gelezen", "Read"), read);
        if (comparison != null) {
            calibrationSection(html);
        }
        List<List<String>> parameters = new ArrayList<>();
        for (FittedParameter p : calibration.parameters()) {
            parameters.add(List.of(
                    p.parameter(),
                    p.key(),
                    p.condition(),
                    p.value(),
                    pct(p.estimate()),
                    "[" + pct(p.lower()) + ", " + pct(p.upper()) + "]",
                    Long.toString(p.count()),
                    Long.toString(p.n()),
                    p.inModel() ? t("ja", "yes") : t("nee (alleen gerapporteerd)", "no (reported only)")));
        }
        html.table(
                t("Geschatte kansen (95%-interval, Wilson)", "Fitted probabilities (95% interval, Wilson)"),
                List.of(
                        t("Parameter", "Parameter"),
                        t("Sleutel", "Key"),
                        t("Voorwaarde", "Condition"),
                        t("Waarde", "Value"),
                        t("Schatting", "Estimate"),
                        t("95%-interval", "95% interval"),
                        t("Aantal", "Count"),
                        "n",
                        t("In model", "In model")),
                parameters);
        List<List<String>> diagnostics = new ArrayList<>();
        int shown = 0;
        for (Diagnostic d : calibration.diagnostics()) {
            if (shown++ >= MAX_DIAGNOSTICS) {
                break;
            }
            diagnostics.add(List.of(
                    d.severity().name(),
                    d.code(),
                    d.line().isPresent() ? Integer.toString(d.line().getAsInt()) : "",
                    d.message(language)));
        }
        html.table(
                t("Meldingen", "Diagnostics")
                        + (calibration.diagnostics().size() > MAX_DIAGNOSTICS
                                ? " (" + MAX_DIAGNOSTICS + " / "
                                        + calibration.diagnostics().size() + ")"
                                : ""),
                List.of(t("Ernst", "Severity"), t("Code", "Code"), t("Regel", "Line"), t("Melding", "Message")),
                diagnostics);
        for (Journey journey : calibration.journeys()) {
            Map<String, Map<String, Long>> traffic = new LinkedHashMap<>();
            for (EdgeCount e : calibration.observed().edges()) {
                if (e.journey().equals(journey.id())) {
                    traffic.computeIfAbsent(e.from(), k -> new LinkedHashMap<>())
                            .merge(e.to(), e.count(), Long::sum);
                }
            }
            if (!traffic.isEmpty()) {
                html.diagram(
                        t("Route met waargenomen verkeer: ", "Journey with observed traffic: ")
                                + journey.title().resolve(language),
                        journey,
                        DiagramOptions.builder()
                                .language(language)
                                .traffic(EdgeTraffic.of(traffic))
                                .build());
            }
        }
        return html.build();
    }

    private void calibrationSection(HtmlReport.Builder html) {
        html.text(
                t("Kalibratie: waargenomen tegen gesimuleerd", "Calibration: observed against simulated"),
                String.format(
                        language,
                        t(
                                "Het geschatte model is met %,d gesimuleerde cliënten (seed %d) op de echte"
                                        + " engine gesimuleerd; beide kanten zijn op dezelfde manier uit sessies geteld. Per metriek:"
                                        + " waargenomen − gesimuleerd met een 95%%-interval (Newcombe, hybride score, voor"
                                        + " percentages; normaal voor gemiddelden). Per stap: de chi-kwadraattoets van homogeniteit"
                                        + " (vrijheidsgraden = categorieën − 1) van wat er bij de stap gebeurde (exit: volgende stap"
                                        + " of afhaken; answer: de antwoorden). Samen: chi-kwadraat %.1f op %d vrijheidsgraden, %d van"
                                        + " %d toetsen met p < 0,05 (een som, geen toets: de stappen zijn niet onafhankelijk).",
                                "The fitted model was simulated with %,d clients (seed %d) on the real engine; both sides are"
                                        + " counted from sessions in the same way. Per metric: observed − simulated with a 95%%"
                                        + " interval (Newcombe's hybrid score for rates; normal for means). Per step: the chi-square"
                                        + " test of homogeneity (degrees of freedom = categories − 1) of what happened at the step"
                                        + " (exit: the next step or drop-out; answer: the answers). Together: chi-square %.1f on %d"
                                        + " degrees of freedom, %d of %d tests with p < 0.05 (a sum, not a test: the steps are not"
                                        + " independent)."),
                        comparison.simulated().clients(),
                        comparison.seed(),
                        comparison.chiSquare(),
                        comparison.df(),
                        comparison.misfits(),
                        comparison.fit().size()));
        List<List<String>> rows = new ArrayList<>();
        for (MetricDifference d : comparison.comparison().differences()) {
            Optional<Metric> observed = comparison.observed().metric(d.metric(), d.group(), d.key());
            Optional<Metric> simulated = comparison.simulated().metric(d.metric(), d.group(), d.key());
            boolean rate = observed.map(Metric::isRate).orElse(false);
            boolean outside = d.lower().isPresent()
                    && d.upper().isPresent()
                    && (d.lower().get() > 0 || d.upper().get() < 0);
            rows.add(List.of(
                    d.metric(),
                    d.group(),
                    d.key(),
                    value(observed, rate),
                    value(simulated, rate),
                    rate
                            ? String.format(language, "%+.1f pp", 100 * d.difference())
                            : String.format(language, "%+.2f", d.difference()),
                    d.lower().isPresent() && d.upper().isPresent()
                            ? (rate
                                    ? String.format(
                                            language,
                                            "[%+.1f, %+.1f] pp",
                                            100 * d.lower().get(),
                                            100 * d.upper().get())
                                    : String.format(
                                            language,
                                            "[%+.2f, %+.2f]",
                                            d.lower().get(),
                                            d.upper().get()))
                            : "–",
                    d.method(),
                    outside ? t("ja", "yes") : ""));
        }
        html.table(
                t("Waargenomen − gesimuleerd per metriek", "Observed − simulated per metric"),
                List.of(
                        t("Metriek", "Metric"),
                        t("Groep", "Group"),
                        t("Sleutel", "Key"),
                        t("Waargenomen", "Observed"),
                        t("Gesimuleerd", "Simulated"),
                        t("Verschil", "Difference"),
                        t("95%-interval", "95% interval"),
                        t("Methode", "Method"),
                        t("0 buiten interval", "0 outside interval")),
                rows);
        List<List<String>> fit = new ArrayList<>();
        for (GoodnessOfFit g : comparison.fit()) {
            fit.add(List.of(
                    g.journey(),
                    g.step(),
                    g.kind(),
                    String.format(language, "%.2f", g.chiSquare()),
                    Integer.toString(g.df()),
                    g.p() < 0.0001 ? "< 0.0001" : String.format(language, "%.4f", g.p()),
                    Long.toString(g.observed()),
                    Long.toString(g.simulated()),
                    g.sparse() ? t("ja: verwachting < 5, p benaderd", "yes: expected < 5, p approximate") : ""));
        }
        html.table(
                t(
                        "Aansluiting per stap (chi-kwadraat, homogeniteit)",
                        "Goodness of fit per step (chi-square," + " homogeneity)"),
                List.of(
                        t("Route", "Journey"),
                        t("Stap", "Step"),
                        t("Soort", "Kind"),
                        t("Chi-kwadraat", "Chi-square"),
                        "df",
                        "p",
                        t("Waargenomen", "Observed"),
                        t("Gesimuleerd", "Simulated"),
                        t("Dun", "Sparse")),
                fit);
    }

    private String value(Optional<Metric> m, boolean rate) {
        if (m.isEmpty()) {
            return "–";
        }
        Metric x = m.get();
        String estimate = rate ? pct(x.estimate()) : String.format(language, "%.2f", x.estimate());
        if (x.lower().isPresent() && x.upper().isPresent()) {
            estimate += rate
                    ? " [" + pct(x.lower().get()) + ", " + pct(x.upper().get()) + "]"
                    : String.format(
                            language,
                            " [%.2f, %.2f]",
                            x.lower().get(),
                            x.upper().get());
        }
        return estimate;
    }

    private String pct(double p) {
        return String.format(language, "%.1f%%", 100 * p);
    }

    private String t(String nl, String en) {
        return "nl".equals(language.getLanguage()) ? nl : en;
    }

    /**
     * The observed summary the report is about.
     *
     * @return the summary
     */
    public SimulationSummary observed() {
        return calibration.observed();
    }

    @Override
    public String toString() {
        return "CalibrationReport[" + calibration + ", " + language + "]";
    }
}
