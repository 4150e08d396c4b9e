/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.report.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Bar charts with XChart in guidance's style. Internal; touch only after checking XChart is present. */
public final class XChartPlots {
    /** The Okabe-Ito colour-blind-safe palette. */
    public static final Color BLUE = new Color(0x0072B2);
    /** Vermillion. */
    public static final Color VERMILLION = new Color(0xD55E00);
    /** Bluish green. */
    public static final Color GREEN = new Color(0x009E73);
    /** Orange. */
    public static final Color ORANGE = new Color(0xE69F00);
    /** Black, for error bars. */
    public static final Color BLACK = Color.BLACK;

    private XChartPlots() {}

    /** One bar series. */
    public record Series(
            String name,
            List<?> x,
            List<? extends Number> y,
            List<? extends Number> errors,
            Color color,
            boolean intervalOnly) {}

    /** What to draw: titles, series, stacked or overlapped, y range, percent axis. */
    public record Spec(
            int width,
            int height,
            Locale language,
            String title,
            String xTitle,
            String yTitle,
            List<Series> series,
            boolean stacked,
            boolean percent,
            Double yMax,
            int labelRotation,
            boolean legend) {}

    /**
     * A renderer of a spec; every call draws a fresh chart, so concurrent calls share nothing.
     *
     * @param spec the spec
     * @return the renderer
     */
    public static ChartRenderer renderer(Spec spec) {
        Supplier<CategoryChart> chart = () -> chart(spec);
        return new ChartRenderer() {
            @Override
            public byte[] png() {
                try {
                    return BitmapEncoder.getBitmapBytes(chart.get(), BitmapEncoder.BitmapFormat.PNG);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public String svg() {
                ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
                try {
                    VectorGraphicsEncoder.saveVectorGraphic(
                            chart.get(), out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return out.toString(StandardCharsets.UTF_8);
            }
        };
    }

    private static CategoryChart chart(Spec spec) {
        CategoryChart chart = new CategoryChartBuilder()
                .width(spec.width())
                .height(spec.height())
                .title(spec.title())
                .xAxisTitle(spec.xTitle())
                .yAxisTitle(spec.yTitle())
                .build();
        CategoryStyler styler = chart.getStyler();
        styler.setLocale(spec.language());
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderColor(new Color(0x666666));
        styler.setPlotGridVerticalLinesVisible(false);
        styler.setPlotGridLinesColor(new Color(0xDDDDDD));
        styler.setPlotGridLinesStroke(new BasicStroke(1f));
        styler.setChartFontColor(new Color(0x222222));
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        styler.setChartTitleBoxVisible(false);
        styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        styler.setLegendVisible(spec.legend());
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        styler.setLegendBorderColor(Color.WHITE);
        styler.setAntiAlias(true);
        styler.setToolTipsEnabled(false);
        styler.setStacked(spec.stacked());
        styler.setOverlapped(!spec.stacked());
        styler.setErrorBarsColor(BLACK);
        styler.setYAxisMin(0.0);
        if (spec.yMax() != null) {
            styler.setYAxisMax(spec.yMax());
        }
        if (spec.percent()) {
            styler.setYAxisDecimalPattern("#0%");
        } else {
            styler.setYAxisDecimalPattern("#,##0");
        }
        styler.setXAxisLabelRotation(spec.labelRotation());
        styler.setAvailableSpaceFill(0.7);
        Color[] colors = spec.series().stream().map(Series::color).toArray(Color[]::new);
        styler.setSeriesColors(colors);
        for (Series s : spec.series()) {
            CategorySeries series = s.errors() == null
                    ? chart.addSeries(s.name(), s.x(), s.y())
                    : chart.addSeries(s.name(), s.x(), s.y(), s.errors());
            if (s.intervalOnly()) {
                // an asymmetric interval drawn as symmetric error bars around its midpoint, without a marker
                series.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Scatter);
                series.setMarker(SeriesMarkers.NONE);
            }
        }
        return chart;
    }
}
