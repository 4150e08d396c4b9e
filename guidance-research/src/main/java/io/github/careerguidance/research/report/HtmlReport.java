/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.report;

import io.github.careerguidance.journeys.diagram.DiagramOptions;
import io.github.careerguidance.journeys.diagram.JourneyDiagrams;
import io.github.careerguidance.journeys.model.Choice;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.Step;
import io.github.careerguidance.journeys.model.Transition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.owasp.encoder.Encode;

/**
 * One self-contained HTML file with a title, sections of text, key/value and tabular tables, plots and journey
 * diagrams: everything is inline (CSS, SVG, images as {@code data:} URIs), and the file loads nothing: no script,
 * no style sheet, no font, no image from anywhere else, so it opens offline and can be mailed or archived as is.
 *
 * <p><b>Diagrams.</b> A browser draws Mermaid only with mermaid.js, a script of some megabytes that would
 * otherwise come from a CDN. The report therefore carries the diagram as text: the Mermaid source in a
 * {@code <pre class="mermaid">} block (it renders as is wherever mermaid.js is present, and pasted into GitHub or
 * GitLab Markdown or a Mermaid editor), the Graphviz DOT source in a collapsed block, and a table of the steps,
 * their kinds, highlights and where they lead: the same graph in words, which also serves screen readers. A
 * picture of the diagram rendered elsewhere (for example {@code dot -Tsvg}) can be added with
 * {@link Builder#image}; it is embedded as an {@code <img>} with a {@code data:} URI, which cannot run scripts.
 *
 * <p><b>Accessibility and safety.</b> The page has a {@code lang} attribute, one {@code h1}, an {@code h2} per
 * section and a table of contents; tables have captions and header cells with scope; images have alt text; inline
 * SVG charts have {@code role="img"} with {@code <title>} and {@code <desc>}. Every text is escaped with the
 * OWASP Java Encoder. The output is well-formed XML as well as HTML, and deterministic.
 *
 * <pre>{@code
 * HtmlReport report = HtmlReport.builder("Simulatie: Ik zoek werk", LocalizedText.DUTCH)
 *     .intro("10.000 gesimuleerde cliënten, seed 42.")
 *     .keyValues("Samenvatting", Map.of("Sessies", "10.000", "Uitkomst bereikt", "93,1%"))
 *     .plot("Uitval", Plots.funnel(stages, PlotOptions.ofDefaults()))
 *     .diagram("De reis", journey, DiagramOptions.builder().traffic(traffic).build())
 *     .build();
 * report.write(Path.of("rapport.html"));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; builders are not.
 *
 * @since 0.1.0
 */
public final class HtmlReport {
    private static final Set<String> IMAGE_TYPES =
            Set.of("image/png", "image/jpeg", "image/gif", "image/webp", "image/svg+xml");

    private static final String CSS = String.join(
            "\n",
            "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',Arial,sans-serif;",
            "margin:0 auto;max-width:72rem;padding:1rem 1.5rem;line-height:1.5;color:#1a1a1a;background:#fff}",
            "h1{font-size:1.8rem}h2{font-size:1.35rem;margin-top:2.2rem;border-bottom:1px solid #ccc}",
            "table{border-collapse:collapse;margin:0.8rem 0}caption{text-align:left;font-weight:bold;padding:0.3rem 0}",
            "th,td{border:1px solid #bbb;padding:0.25rem 0.6rem;text-align:left;vertical-align:top}",
            "thead th,tbody th{background:#f2f2f2}td.num{text-align:right;font-variant-numeric:tabular-nums}",
            "figure{margin:1rem 0}figcaption{font-size:0.95rem;color:#333;max-width:60rem}",
            "svg,img{max-width:100%;height:auto}pre{background:#f7f7f7;border:1px solid #ddd;padding:0.6rem;",
            "overflow-x:auto;font-size:0.85rem}nav ul{padding-left:1.2rem}footer{margin-top:3rem;font-size:0.85rem;",
            "color:#555}");

    private final String title;
    private final Locale language;
    private final String html;

    private HtmlReport(String title, Locale language, String html) {
        this.title = title;
        this.language = language;
        this.html = html;
    }

    /**
     * A new builder.
     *
     * @param title the title of the page and its {@code h1}
     * @param language the language of the page ({@code lang}) and of the words the report adds (Dutch or English)
     * @return the builder
     * @throws IllegalArgumentException if the title is blank
     */
    public static Builder builder(String title, Locale language) {
        return new Builder(title, language);
    }

    /**
     * The title.
     *
     * @return the title
     */
    public String title() {
        return title;
    }

    /**
     * The language.
     *
     * @return the language
     */
    public Locale language() {
        return language;
    }

    /**
     * The page.
     *
     * @return the HTML document, UTF-8 text
     */
    public String html() {
        return html;
    }

    /**
     * Writes the page to a file, in UTF-8.
     *
     * @param file the file, replaced if it exists
     * @throws IOException if writing fails
     */
    public void write(Path file) throws IOException {
        Files.writeString(Objects.requireNonNull(file, "file"), html, StandardCharsets.UTF_8);
    }

    /**
     * A short rendering: {@code HtmlReport{title, nl, 123456 chars}}.
     *
     * @return the rendering
     */
    @Override
    public String toString() {
        return "HtmlReport{" + title + ", " + language.toLanguageTag() + ", " + html.length() + " chars}";
    }

    /** Builds a report section by section, in order. Not thread-safe. */
    public static final class Builder {
        private final String title;
        private final Locale language;
        private final boolean nl;
        private final List<String> intro = new ArrayList<>();
        private final List<String> headings = new ArrayList<>();
        private final List<String> bodies = new ArrayList<>();
        private int plots;

        private Builder(String title, Locale language) {
            this.title = nonBlank(title, "report title");
            this.language = Objects.requireNonNull(language, "language");
            this.nl = "nl".equals(language.getLanguage());
        }

        /**
         * Adds a paragraph under the title, before the table of contents.
         *
         * @param text the text
         * @return this builder
         */
        public Builder intro(String text) {
            intro.add("<p>" + Encode.forHtml(Objects.requireNonNull(text, "text")) + "</p>");
            return this;
        }

        /**
         * Adds a section of text; blank lines separate paragraphs.
         *
         * @param heading the heading
         * @param text the text
         * @return this builder
         */
        public Builder text(String heading, String text) {
            StringBuilder body = new StringBuilder();
            for (String para : Objects.requireNonNull(text, "text").strip().split("\\R\\s*\\R")) {
                body.append("<p>").append(Encode.forHtml(para.strip())).append("</p>\n");
            }
            return section(heading, body.toString());
        }

        /**
         * Adds a two-column table of names and values, in the map's order.
         *
         * @param heading the heading (also the table caption)
         * @param values the values by name; each written with {@code String.valueOf}
         * @return this builder
         */
        public Builder keyValues(String heading, Map<String, ?> values) {
            Objects.requireNonNull(values, "values");
            StringBuilder body = new StringBuilder("<table class=\"kv\">\n<caption>")
                    .append(Encode.forHtml(heading))
                    .append("</caption>\n<tbody>\n");
            values.forEach((k, v) -> body.append("<tr><th scope=\"row\">")
                    .append(Encode.forHtml(k))
                    .append("</th>")
                    .append(cell(v))
                    .append("</tr>\n"));
            body.append("</tbody>\n</table>\n");
            return section(heading, body.toString());
        }

        /**
         * Adds a table with a header row; numbers are right-aligned.
         *
         * @param heading the heading (also the table caption)
         * @param columns the column headers
         * @param rows the rows, each as long as {@code columns}; cells written with {@code String.valueOf}
         * @return this builder
         * @throws IllegalArgumentException if a row has another length than the header
         */
        public Builder table(String heading, List<String> columns, List<? extends List<?>> rows) {
            Objects.requireNonNull(columns, "columns");
            Objects.requireNonNull(rows, "rows");
            StringBuilder body = new StringBuilder("<table>\n<caption>")
                    .append(Encode.forHtml(heading))
                    .append("</caption>\n<thead>\n<tr>");
            for (String c : columns) {
                body.append("<th scope=\"col\">").append(Encode.forHtml(c)).append("</th>");
            }
            body.append("</tr>\n</thead>\n<tbody>\n");
            for (int r = 0; r < rows.size(); r++) {
                List<?> row = rows.get(r);
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("table '" + heading + "' row " + r + " must have "
                            + columns.size() + " cells but had " + row.size());
                }
                body.append("<tr>");
                row.forEach(v -> body.append(cell(v)));
                body.append("</tr>\n");
            }
            body.append("</tbody>\n</table>\n");
            return section(heading, body.toString());
        }

        /**
         * Adds a plot as inline SVG.
         *
         * @param heading the heading
         * @param plot the plot
         * @return this builder
         */
        public Builder plot(String heading, Plot plot) {
            return plot(heading, plot, PlotEmbedding.SVG);
        }

        /**
         * Adds a plot, as inline SVG or as a PNG {@code data:} URI; its description is the caption.
         *
         * @param heading the heading
         * @param plot the plot
         * @param embedding how to embed it
         * @return this builder
         */
        public Builder plot(String heading, Plot plot, PlotEmbedding embedding) {
            Objects.requireNonNull(plot, "plot");
            Objects.requireNonNull(embedding, "embedding");
            plots++;
            String id = "plot" + plots + "-";
            StringBuilder body = new StringBuilder("<figure>\n");
            if (embedding == PlotEmbedding.SVG) {
                body.append(plot.svgInline(id));
            } else {
                body.append("<img src=\"")
                        .append(plot.pngDataUri())
                        .append("\" width=\"")
                        .append(plot.width())
                        .append("\" height=\"")
                        .append(plot.height())
                        .append("\" alt=\"")
                        .append(Encode.forHtmlAttribute(plot.description()))
                        .append("\"/>\n");
            }
            body.append("<figcaption>")
                    .append(Encode.forHtml(plot.description()))
                    .append("</figcaption>\n</figure>\n");
            return section(heading, body.toString());
        }

        /**
         * Adds an image (for example a diagram drawn by {@code dot -Tsvg}) as a {@code data:} URI.
         *
         * @param heading the heading
         * @param data the image bytes
         * @param mediaType {@code image/png}, {@code image/jpeg}, {@code image/gif}, {@code image/webp} or
         *     {@code image/svg+xml}
         * @param altText what the image shows, for people who cannot see it
         * @return this builder
         * @throws IllegalArgumentException for another media type or a blank alt text
         */
        public Builder image(String heading, byte[] data, String mediaType, String altText) {
            Objects.requireNonNull(data, "data");
            if (!IMAGE_TYPES.contains(Objects.requireNonNull(mediaType, "mediaType"))) {
                throw new IllegalArgumentException("image media type must be one of "
                        + new java.util.TreeSet<>(IMAGE_TYPES) + " but was '" + mediaType + "'");
            }
            String alt = nonBlank(altText, "image alt text");
            String body = "<figure>\n<img src=\"data:" + mediaType + ";base64,"
                    + Base64.getEncoder().encodeToString(data) + "\" alt=\"" + Encode.forHtmlAttribute(alt) + "\"/>\n"
                    + "<figcaption>" + Encode.forHtml(alt) + "</figcaption>\n</figure>\n";
            return section(heading, body);
        }

        /**
         * Adds a journey diagram: the Mermaid source, a table of the steps and where they lead, and the DOT
         * source (see the class comment for why the diagram is text).
         *
         * @param heading the heading
         * @param journey the journey
         * @param options how to draw it (its language should match the report's)
         * @return this builder
         */
        public Builder diagram(String heading, Journey journey, DiagramOptions options) {
            Objects.requireNonNull(journey, "journey");
            Objects.requireNonNull(options, "options");
            int n = headings.size() + 1;
            String note = nl
                    ? "Mermaid-broncode van de reis. Dit rapport laadt geen scripts of bestanden van buiten, dus de"
                            + " tekening staat hier als tekst: plak de code in Markdown op GitHub of GitLab of in een"
                            + " Mermaid-editor om haar te zien, of teken de DOT-code hieronder met Graphviz"
                            + " (dot -Tsvg). De tabel geeft dezelfde stappen en overgangen in woorden."
                    : "Mermaid source of the journey. This report loads no scripts or files from elsewhere, so the"
                            + " diagram is given as text: paste the code into Markdown on GitHub or GitLab or into a"
                            + " Mermaid editor to see it, or draw the DOT code below with Graphviz (dot -Tsvg). The"
                            + " table gives the same steps and transitions in words.";
            StringBuilder body = new StringBuilder(
                            "<figure>\n<pre class=\"mermaid\" aria-describedby=\"d" + n + "-note\">")
                    .append(Encode.forHtml(JourneyDiagrams.mermaid(journey, options)))
                    .append("</pre>\n<figcaption id=\"d")
                    .append(n)
                    .append("-note\">")
                    .append(Encode.forHtml(note))
                    .append("</figcaption>\n</figure>\n");
            List<String> columns = nl
                    ? List.of("Stap", "Soort", "Titel", "Kenmerk", "Gaat naar")
                    : List.of("Step", "Kind", "Title", "Marks", "Leads to");
            body.append("<table>\n<caption>")
                    .append(Encode.forHtml(
                            nl ? "Stappen en overgangen: " + heading : "Steps and transitions: " + heading))
                    .append("</caption>\n<thead>\n<tr>");
            columns.forEach(c ->
                    body.append("<th scope=\"col\">").append(Encode.forHtml(c)).append("</th>"));
            body.append("</tr>\n</thead>\n<tbody>\n");
            for (Step step : journey.steps()) {
                List<String> marks = new ArrayList<>();
                if (step.id().equals(journey.start())) {
                    marks.add("start");
                }
                if (step.isHumanContact()) {
                    marks.add(nl ? "contactmoment" : "human touchpoint");
                }
                if (step.question()
                        .map(q -> q.choices().stream().anyMatch(Choice::escalate))
                        .orElse(false)) {
                    marks.add(nl ? "vangnet" : "safety net");
                }
                if (step.isOutcome()) {
                    marks.add(nl ? "uitkomst" : "outcome");
                }
                Set<String> targets = new LinkedHashSet<>();
                step.transitions().stream().map(Transition::target).forEach(targets::add);
                body.append("<tr><th scope=\"row\">")
                        .append(Encode.forHtml(step.id()))
                        .append("</th><td>")
                        .append(Encode.forHtml(step.kind().code()))
                        .append("</td><td>")
                        .append(Encode.forHtml(step.title().resolve(options.language())))
                        .append("</td><td>")
                        .append(Encode.forHtml(String.join(", ", marks)))
                        .append("</td><td>")
                        .append(Encode.forHtml(String.join(", ", targets)))
                        .append("</td></tr>\n");
            }
            body.append("</tbody>\n</table>\n<details>\n<summary>Graphviz DOT</summary>\n<pre>")
                    .append(Encode.forHtml(JourneyDiagrams.dot(journey, options)))
                    .append("</pre>\n</details>\n");
            return section(heading, body.toString());
        }

        private Builder section(String heading, String body) {
            headings.add(nonBlank(heading, "section heading"));
            bodies.add(body);
            return this;
        }

        private static String cell(Object value) {
            String text = String.valueOf(value);
            boolean number = value instanceof Number || text.matches("[-+]?[0-9][0-9.,\u00a0 ]*%?");
            return (number ? "<td class=\"num\">" : "<td>") + Encode.forHtml(text) + "</td>";
        }

        /**
         * Builds the report.
         *
         * @return the report
         */
        public HtmlReport build() {
            StringBuilder out = new StringBuilder(64 * 1024);
            String lang = language.toLanguageTag();
            out.append("<!DOCTYPE html>\n<html lang=\"")
                    .append(Encode.forHtmlAttribute(lang))
                    .append("\">\n<head>\n")
                    .append("<meta charset=\"utf-8\"/>\n")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                    .append("<meta name=\"generator\" content=\"guidance\"/>\n")
                    .append("<title>")
                    .append(Encode.forHtml(title))
                    .append("</title>\n")
                    .append("<style>\n")
                    .append(CSS)
                    .append("\n</style>\n</head>\n<body>\n<header>\n<h1>")
                    .append(Encode.forHtml(title))
                    .append("</h1>\n");
            intro.forEach(p -> out.append(p).append('\n'));
            out.append("</header>\n");
            if (!headings.isEmpty()) {
                out.append("<nav aria-label=\"")
                        .append(nl ? "Inhoud" : "Contents")
                        .append("\">\n<h2>")
                        .append(nl ? "Inhoud" : "Contents")
                        .append("</h2>\n<ul>\n");
                for (int i = 0; i < headings.size(); i++) {
                    out.append("<li><a href=\"#s")
                            .append(i + 1)
                            .append("\">")
                            .append(Encode.forHtml(headings.get(i)))
                            .append("</a></li>\n");
                }
                out.append("</ul>\n</nav>\n");
            }
            out.append("<main>\n");
            for (int i = 0; i < headings.size(); i++) {
                int n = i + 1;
                out.append("<section id=\"s")
                        .append(n)
                        .append("\" aria-labelledby=\"s")
                        .append(n)
                        .append("-h\">\n")
                        .append("<h2 id=\"s")
                        .append(n)
                        .append("-h\">")
                        .append(Encode.forHtml(headings.get(i)))
                        .append("</h2>\n")
                        .append(bodies.get(i))
                        .append("</section>\n");
            }
            out.append("</main>\n<footer>\n<p>")
                    .append(
                            nl
                                    ? "Gemaakt met guidance. Dit bestand laadt niets van internet."
                                    : "Made with guidance. This file loads nothing from the internet.")
                    .append("</p>\n</footer>\n</body>\n</html>\n");
            return new HtmlReport(title, language, out.toString());
        }

        private static String nonBlank(String text, String what) {
            Objects.requireNonNull(text, what);
            if (text.isBlank()) {
                throw new IllegalArgumentException(what + " must not be blank");
            }
            return text;
        }
    }
}
