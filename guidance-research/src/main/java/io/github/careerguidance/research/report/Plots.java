/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.report;

import io.github.careerguidance.research.report.internal.XChartPlots;
import io.github.careerguidance.research.report.internal.XChartPlots.Series;
import io.github.careerguidance.research.report.internal.XChartPlots.Spec;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Research plots from plain numbers, drawn with <a href="https://knowm.org/open-source/xchart/">XChart</a> as PNG
 * and SVG: a drop-out funnel, a steps-to-outcome histogram and escalation rates by support level.
 *
 * <p>XChart is an ordinary dependency of guidance-research (portals that embed only guidance-journeys get no
 * charting jars). A build that excludes {@code org.knowm.xchart:xchart} can still write HTML reports without
 * plots; every method here then throws an {@link IllegalStateException} that names it. Charts are drawn
 * off-screen: on a server run with {@code -Djava.awt.headless=true} (the JDK also chooses headless by itself
 * where no display is set).
 *
 * <p>Charts have a fixed size (default 800 x 500), sans-serif fonts of 13 to 18 points, Dutch or English titles
 * and the Okabe-Ito colour-blind-safe palette; equal data gives equal output on one machine.
 *
 * <pre>{@code
 * PlotOptions en = PlotOptions.builder().language(Locale.ENGLISH).build();
 * Plot funnel = Plots.funnel(FunnelStage.forJourney(journey, reached, dropped, Locale.ENGLISH), en);
 * Plot steps = Plots.stepsToOutcome(Map.of(6, 120, 7, 340, 8, 95), en);
 * Plot escalation = Plots.escalationBySupportLevel(List.of(
 *     RateEstimate.of("self-help", 0.12, 0.10, 0.14),
 *     RateEstimate.of("brief-staff-assisted", 0.31, 0.27, 0.35)), en);
 * funnel.writePng(Path.of("funnel.png"));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class Plots {
    /** The Maven coordinates named when XChart is missing. */
    public static final String XCHART = "org.knowm.xchart:xchart";

    private static final String PROBE = "org.knowm.xchart.CategoryChart";
    private static final int MAX_AXIS_LABEL = 28;

    private Plots() {}

    /**
     * Whether XChart is on the classpath, so that plots can be drawn.
     *
     * @return true when XChart can be loaded
     */
    public static boolean available() {
        return available(Plots.class.getClassLoader());
    }

    static boolean available(ClassLoader loader) {
        try {
            Class.forName(PROBE, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    static void requireXChart(ClassLoader loader) {
        if (!available(loader)) {
            throw new IllegalStateException(
                    "plots need XChart on the classpath: add the dependency " + XCHART
                            + " (a dependency of guidance-research that this build excludes; see the guidance BOM for the version)");
        }
    }

    /**
     * A drop-out funnel: one stacked bar per stage, clients that went on and clients that stopped there.
     *
     * @param stages the stages in order, at least one
     * @param options size, language and title
     * @return the plot
     * @throws IllegalArgumentException if there are no stages
     * @throws IllegalStateException if XChart is not on the classpath
     */
    public static Plot funnel(List<FunnelStage> stages, PlotOptions options) {
        Objects.requireNonNull(stages, "stages");
        Objects.requireNonNull(options, "options");
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("funnel stages must not be empty");
        }
        requireXChart(Plots.class.getClassLoader());
        boolean nl = dutch(options);
        List<String> x = axisLabels(stages.stream().map(FunnelStage::label).toList());
        List<Long> continued = stages.stream().map(FunnelStage::continued).toList();
        List<Long> dropped = stages.stream().map(FunnelStage::dropped).toList();
        String title = options.title().orElse(nl ? "Uitval per stap" : "Drop-out per step");
        NumberFormat count = NumberFormat.getIntegerInstance(options.language());
        StringBuilder alt = new StringBuilder(title).append(". ");
        for (FunnelStage s : stages) {
            alt.append(s.label())
                    .append(": ")
                    .append(count.format(s.reached()))
                    .append(nl ? " bereikt, " : " reached, ")
                    .append(count.format(s.dropped()))
                    .append(nl ? " uitgevallen; " : " dropped out; ");
        }
        Spec spec = new Spec(
                options.width(),
                options.height(),
                options.language(),
                title,
                nl ? "Stap" : "Step",
                nl ? "Cli\u00ebnten" : "Clients",
                List.of(
                        new Series(nl ? "Doorgegaan" : "Went on", x, continued, null, XChartPlots.BLUE, false),
                        new Series(
                                nl ? "Uitgevallen" : "Dropped out", x, dropped, null, XChartPlots.VERMILLION, false)),
                true,
                false,
                null,
                stages.size() > 5 ? 40 : 0,
                true);
        return new Plot(title, end(alt), options.width(), options.height(), XChartPlots.renderer(spec));
    }

    /**
     * A histogram of the number of steps sessions took to reach an outcome; bins between the smallest and largest
     * given are drawn with 0 so the axis has no gaps.
     *
     * @param counts sessions per number of steps; keys at least 0, at least one entry, counts at least 0
     * @param options size, language and title
     * @return the plot
     * @throws IllegalArgumentException if there are no bins, a bin is negative, or a count is negative
     * @throws IllegalStateException if XChart is not on the classpath
     */
    public static Plot stepsToOutcome(Map<Integer, ? extends Number> counts, PlotOptions options) {
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(options, "options");
        if (counts.isEmpty()) {
            throw new IllegalArgumentException("steps-to-outcome counts must not be empty");
        }
        TreeMap<Integer, Long> sorted = new TreeMap<>();
        counts.forEach((steps, n) -> {
            Objects.requireNonNull(steps, "steps");
            Objects.requireNonNull(n, "count of " + steps);
            if (steps < 0 || n.longValue() < 0) {
                throw new IllegalArgumentException(
                        "steps-to-outcome bins and counts must be at least 0 but " + steps + " had " + n);
            }
            sorted.put(steps, n.longValue());
        });
        if (sorted.lastKey() - sorted.firstKey() > 1000) {
            throw new IllegalArgumentException("steps-to-outcome bins must span at most 1000 steps but spanned "
                    + sorted.firstKey() + " to " + sorted.lastKey());
        }
        requireXChart(Plots.class.getClassLoader());
        boolean nl = dutch(options);
        List<String> x = new ArrayList<>();
        List<Long> y = new ArrayList<>();
        for (int steps = sorted.firstKey(); steps <= sorted.lastKey(); steps++) {
            x.add(Integer.toString(steps));
            y.add(sorted.getOrDefault(steps, 0L));
        }
        String title = options.title().orElse(nl ? "Aantal stappen tot een uitkomst" : "Steps to an outcome");
        NumberFormat count = NumberFormat.getIntegerInstance(options.language());
        StringBuilder alt = new StringBuilder(title).append(". ");
        sorted.forEach((steps, n) -> alt.append(steps)
                .append(nl ? " stappen: " : " steps: ")
                .append(count.format(n))
                .append(nl ? " sessies; " : " sessions; "));
        Spec spec = new Spec(
                options.width(),
                options.height(),
                options.language(),
                title,
                nl ? "Aantal stappen" : "Number of steps",
                nl ? "Sessies" : "Sessions",
                List.of(new Series(nl ? "Sessies" : "Sessions", x, y, null, XChartPlots.GREEN, false)),
                false,
                false,
                null,
                x.size() > 30 ? 90 : 0,
                false);
        return new Plot(title, end(alt), options.width(), options.height(), XChartPlots.renderer(spec));
    }

    /**
     * Escalation rates by support level: one bar per category with, where given, its 95 % interval as an error
     * bar (asymmetric intervals, such as Wilson intervals, are drawn as they are). The y axis is in percent.
     *
     * @param rates the rates in order, at least one; categories are the labels on the axis
     * @param options size, language and title
     * @return the plot
     * @throws IllegalArgumentException if there are no rates
     * @throws IllegalStateException if XChart is not on the classpath
     */
    public static Plot escalationBySupportLevel(List<RateEstimate> rates, PlotOptions options) {
        Objects.requireNonNull(rates, "rates");
        Objects.requireNonNull(options, "options");
        if (rates.isEmpty()) {
            throw new IllegalArgumentException("escalation rates must not be empty");
        }
        requireXChart(Plots.class.getClassLoader());
        boolean nl = dutch(options);
        List<String> x = axisLabels(rates.stream().map(RateEstimate::category).toList());
        List<Double> y = rates.stream().map(RateEstimate::rate).toList();
        boolean intervals = rates.stream().anyMatch(r -> r.lower().isPresent());
        double top = 0;
        for (RateEstimate r : rates) {
            top = Math.max(top, r.upper().orElse(r.rate()));
        }
        double yMax = Math.min(1.0, Math.max(0.1, Math.ceil(top * 1.15 * 10) / 10));
        String title =
                options.title().orElse(nl ? "Escalatie per ondersteuningsniveau" : "Escalation by support level");
        NumberFormat percent = NumberFormat.getPercentInstance(options.language());
        percent.setMinimumFractionDigits(1);
        percent.setMaximumFractionDigits(1);
        StringBuilder alt = new StringBuilder(title).append(". ");
        for (RateEstimate r : rates) {
            alt.append(r.category()).append(": ").append(percent.format(r.rate()));
            if (r.lower().isPresent()) {
                alt.append(nl ? " (95%-interval " : " (95% interval ")
                        .append(percent.format(r.lower().getAsDouble()))
                        .append(nl ? " tot " : " to ")
                        .append(percent.format(r.upper().getAsDouble()))
                        .append(')');
            }
            alt.append("; ");
        }
        List<Series> series = new ArrayList<>();
        series.add(
                new Series(nl ? "Aandeel ge\u00ebscaleerd" : "Share escalated", x, y, null, XChartPlots.BLUE, false));
        if (intervals) {
            List<Double> mid = new ArrayList<>();
            List<Double> half = new ArrayList<>();
            for (RateEstimate r : rates) {
                double lo = r.lower().orElse(r.rate());
                double hi = r.upper().orElse(r.rate());
                mid.add((lo + hi) / 2);
                half.add((hi - lo) / 2);
            }
            series.add(new Series(nl ? "95%-interval" : "95% interval", x, mid, half, XChartPlots.BLACK, true));
        }
        Spec spec = new Spec(
                options.width(),
                options.height(),
                options.language(),
                title,
                nl ? "Ondersteuningsniveau" : "Support level",
                nl ? "Aandeel ge\u00ebscaleerd" : "Share escalated",
                series,
                false,
                true,
                yMax,
                rates.size() > 5 ? 40 : 0,
                intervals);
        return new Plot(title, end(alt), options.width(), options.height(), XChartPlots.renderer(spec));
    }

    private static boolean dutch(PlotOptions options) {
        return "nl".equals(options.language().getLanguage());
    }

    /** Axis labels cut to a readable length and made unique (XChart merges equal categories). */
    private static List<String> axisLabels(List<String> labels) {
        List<String> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String label : labels) {
            String cut = label.codePointCount(0, label.length()) <= MAX_AXIS_LABEL
                    ? label
                    : label.substring(0, label.offsetByCodePoints(0, MAX_AXIS_LABEL - 1))
                                    .stripTrailing() + "\u2026";
            String unique = cut;
            for (int n = 2; !seen.add(unique); n++) {
                unique = cut + " (" + n + ")";
            }
            out.add(unique);
        }
        return out;
    }

    private static String end(StringBuilder alt) {
        String text = alt.toString().strip();
        return text.endsWith(";") ? text.substring(0, text.length() - 1) + "." : text;
    }
}
