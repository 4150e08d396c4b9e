/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.report;

import io.github.careerguidance.research.report.internal.ChartRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.encoder.Encode;

/**
 * A chart made by {@link Plots}: PNG and SVG on demand, with its title and a text alternative that states the
 * data (for alt text, screen readers and the SVG's {@code <title>} and {@code <desc>}).
 *
 * <p>XChart draws text as outlines, so the SVG's visible labels are paths; the data in words is in its
 * {@code <desc>}. The SVG has no DOCTYPE (nothing to fetch) and stable element ids, so equal data gives equal
 * bytes on one machine (glyph shapes come from the machine's fonts).
 *
 * <pre>{@code
 * Plot plot = Plots.stepsToOutcome(histogram, PlotOptions.ofDefaults());
 * plot.writePng(Path.of("stappen.png"));
 * plot.writeSvg(Path.of("stappen.svg"));
 * }</pre>
 *
 * <p>Thread-safe: each image is drawn once, on first use, under a lock.
 *
 * @since 0.1.0
 */
public final class Plot {
    private static final Pattern PROLOG = Pattern.compile("\\A\\s*(<\\?xml[^>]*\\?>\\s*)?(<!DOCTYPE[^>]*>\\s*)?");
    private static final Pattern CLIP = Pattern.compile("\\bclip(\\d+)\\b");
    private static final Pattern SVG_OPEN = Pattern.compile("<svg\\b([^>]*)>");

    private final String title;
    private final String description;
    private final int width;
    private final int height;
    private final ChartRenderer renderer;
    private byte[] png;
    private String rawSvg;

    Plot(String title, String description, int width, int height, ChartRenderer renderer) {
        this.title = title;
        this.description = description;
        this.width = width;
        this.height = height;
        this.renderer = renderer;
    }

    /**
     * The chart title.
     *
     * @return the title
     */
    public String title() {
        return title;
    }

    /**
     * The text alternative: what the chart shows, with its numbers, in the plot's language.
     *
     * @return the description
     */
    public String description() {
        return description;
    }

    /**
     * The width.
     *
     * @return pixels
     */
    public int width() {
        return width;
    }

    /**
     * The height.
     *
     * @return pixels
     */
    public int height() {
        return height;
    }

    /**
     * The chart as a PNG image of {@link #width()} x {@link #height()} pixels.
     *
     * @return a copy of the PNG bytes
     */
    public byte[] png() {
        synchronized (this) {
            if (png == null) {
                png = renderer.png();
            }
            return png.clone();
        }
    }

    /**
     * The chart as a {@code data:} URI, for an {@code <img src>} that loads nothing.
     *
     * @return {@code data:image/png;base64,...}
     */
    public String pngDataUri() {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png());
    }

    /**
     * The chart as a standalone SVG document with {@code <title>} and {@code <desc>}.
     *
     * @return the SVG text, UTF-8, starting with an XML declaration
     */
    public String svg() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svgElement("plot-", true);
    }

    /**
     * The {@code <svg>} element for inlining in an HTML page: ids prefixed (so several charts can share a page),
     * without namespace declarations (HTML puts {@code <svg>} in the SVG namespace itself).
     *
     * @param idPrefix the prefix of every id, such as {@code p2-}
     * @return the element
     */
    String svgInline(String idPrefix) {
        return svgElement(idPrefix, false);
    }

    private String svgElement(String idPrefix, boolean namespaces) {
        String raw;
        synchronized (this) {
            if (rawSvg == null) {
                rawSvg = renderer.svg();
            }
            raw = rawSvg;
        }
        String svg = PROLOG.matcher(raw).replaceFirst("");
        // XChart numbers its clip paths by identity hash code: renumber them in order of appearance
        svg = renumber(svg, idPrefix + "clip");
        Matcher open = SVG_OPEN.matcher(svg);
        if (!open.find()) {
            throw new IllegalStateException("XChart wrote no <svg> element");
        }
        String attributes = open.group(1);
        if (!namespaces) {
            attributes = attributes.replaceAll("\\s+xmlns=\"[^\"]*\"", "");
            if (!svg.contains("xlink:href")) {
                attributes = attributes.replaceAll("\\s+xmlns:xlink=\"[^\"]*\"", "");
            }
        }
        String head = "<svg" + attributes + " role=\"img\" aria-labelledby=\"" + idPrefix + "title " + idPrefix
                + "desc\">\n  <title id=\"" + idPrefix + "title\">" + Encode.forXmlContent(title) + "</title>\n"
                + "  <desc id=\"" + idPrefix + "desc\">" + Encode.forXmlContent(description) + "</desc>";
        return svg.substring(0, open.start()) + head + svg.substring(open.end()).stripTrailing() + "\n";
    }

    private static String renumber(String svg, String prefix) {
        Matcher m = CLIP.matcher(svg);
        java.util.Map<String, String> names = new java.util.HashMap<>();
        StringBuilder out = new StringBuilder(svg.length());
        while (m.find()) {
            String name = names.computeIfAbsent(m.group(1), k -> Integer.toString(names.size() + 1));
            m.appendReplacement(out, Matcher.quoteReplacement(prefix + name));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Writes the PNG to a file.
     *
     * @param file the file, replaced if it exists
     * @throws IOException if writing fails
     */
    public void writePng(Path file) throws IOException {
        Files.write(Objects.requireNonNull(file, "file"), png());
    }

    /**
     * Writes the SVG to a file.
     *
     * @param file the file, replaced if it exists
     * @throws IOException if writing fails
     */
    public void writeSvg(Path file) throws IOException {
        Files.writeString(Objects.requireNonNull(file, "file"), svg(), StandardCharsets.UTF_8);
    }

    /**
     * A short rendering: {@code Plot{Uitval per stap, 800x500}}.
     *
     * @return the rendering
     */
    @Override
    public String toString() {
        return "Plot{" + title + ", " + width + "x" + height + "}";
    }
}
