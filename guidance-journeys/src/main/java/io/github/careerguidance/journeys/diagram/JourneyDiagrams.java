/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.diagram;

import io.github.careerguidance.journeys.diagram.DiagramGraph.Edge;
import io.github.careerguidance.journeys.diagram.DiagramGraph.Node;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.StepKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Draws a journey as a Mermaid flowchart or a Graphviz DOT digraph.
 *
 * <p>Each step is a node labelled with its title (in the options' language) and id; each distinct (from, to)
 * pair of a transition is one edge, labelled with its condition(s) in a short form ({@code q-vangnet = nee},
 * {@code q-richting in [een-paar, geen-idee]}, {@code caas-24/concern < 3}, a branching step's default edge
 * {@code anders}/{@code otherwise}). Step kinds have their own shapes:
 * <table>
 *   <caption>Shapes per step kind</caption>
 *   <tr><th>kind</th><th>Mermaid</th><th>DOT</th></tr>
 *   <tr><td>information</td><td>rectangle {@code ["..."]}</td><td>{@code box}</td></tr>
 *   <tr><td>question</td><td>rhombus {@code {"..."}}</td><td>{@code diamond}</td></tr>
 *   <tr><td>assessment</td><td>subroutine {@code [["..."]]}</td><td>{@code component}</td></tr>
 *   <tr><td>reflection</td><td>rounded {@code ("...")}</td><td>{@code ellipse}</td></tr>
 *   <tr><td>action</td><td>parallelogram {@code [/"..."/]}</td><td>{@code parallelogram}</td></tr>
 *   <tr><td>contact</td><td>hexagon {@code {{"..."}}}</td><td>{@code hexagon}</td></tr>
 *   <tr><td>outcome</td><td>stadium {@code (["..."])}</td><td>{@code box}, rounded, double border</td></tr>
 *   <tr><td>(missing target)</td><td>flag {@code >"..."]}</td><td>{@code box}, dashed</td></tr>
 * </table>
 * Every node carries the class of its kind ({@code k_question}, ...) and, where they apply, {@code start},
 * {@code touchpoint} (a contact step or a reflection with a professional), {@code escalation} (a safety-net
 * question: one with a choice marked {@code escalate}), {@code outcome} and {@code missing} (a transition target
 * that names no step; the journey checker reports it). Highlights use the Okabe-Ito colour-blind-safe palette and
 * do not rely on colour alone (thicker, dashed or double borders). With {@linkplain DiagramOptions#traffic()
 * traffic} each edge shows its count ({@code n=137}) and a line width from 1 to 8 proportional to it.
 *
 * <p>Ids and labels are escaped for each format: Mermaid node ids are {@code s_} plus the step id with {@code -}
 * and {@code .} as {@code _} (a step whose mapped id collides with an earlier one's gets {@code d<index>_});
 * labels are quoted with {@code "}, {@code #}, {@code &}, {@code <}, {@code >}, {@code |}, {@code %}, backtick and
 * brackets as Mermaid entity codes ({@code #34;}); DOT ids and labels are quoted with {@code \} and {@code "}
 * escaped. Line breaks and other control characters become spaces. Output is deterministic: nodes in authoring
 * order, edges in authoring order of their first transition, classes sorted by name.
 *
 * <pre>{@code
 * Journey journey = ReferenceJourneys.byId("looking-for-work").orElseThrow();
 * String mermaid = JourneyDiagrams.mermaid(journey);
 * String dot = JourneyDiagrams.dot(journey, DiagramOptions.builder()
 *     .language(Locale.ENGLISH)
 *     .traffic(EdgeTraffic.of(countsFromASimulation))
 *     .build());
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class JourneyDiagrams {
    private static final String INDENT = "    ";
    private static final String FONT = "Helvetica,Arial,sans-serif";

    /** Mermaid node shapes: opening and closing bracket per kind. */
    private static final Map<StepKind, String[]> MERMAID_SHAPES = Map.of(
            StepKind.INFORMATION, new String[] {"[", "]"},
            StepKind.QUESTION, new String[] {"{", "}"},
            StepKind.ASSESSMENT, new String[] {"[[", "]]"},
            StepKind.REFLECTION, new String[] {"(", ")"},
            StepKind.ACTION, new String[] {"[/", "/]"},
            StepKind.CONTACT, new String[] {"{{", "}}"},
            StepKind.OUTCOME, new String[] {"([", "])"});

    private static final Map<StepKind, String> DOT_SHAPES = Map.of(
            StepKind.INFORMATION, "box",
            StepKind.QUESTION, "diamond",
            StepKind.ASSESSMENT, "component",
            StepKind.REFLECTION, "ellipse",
            StepKind.ACTION, "parallelogram",
            StepKind.CONTACT, "hexagon",
            StepKind.OUTCOME, "box");

    /** Mermaid class definitions (Okabe-Ito colours), by class name; sorted when written. */
    private static final Map<String, String> MERMAID_STYLES = Map.of(
            DiagramGraph.START, "stroke:#0072B2,stroke-width:3px",
            DiagramGraph.TOUCHPOINT, "fill:#FDF1D6,stroke:#E69F00,stroke-width:3px",
            DiagramGraph.ESCALATION, "fill:#F9DCCB,stroke:#D55E00,stroke-width:3px,stroke-dasharray:6 3",
            DiagramGraph.OUTCOME, "fill:#D5F0E6,stroke:#009E73,stroke-width:3px",
            DiagramGraph.MISSING, "fill:#FFFFFF,stroke:#999999,stroke-dasharray:3 3");

    private JourneyDiagrams() {}

    /**
     * The journey as a Mermaid flowchart with the default options.
     *
     * @param journey the journey
     * @return the Mermaid text, ending in a line break
     */
    public static String mermaid(Journey journey) {
        return mermaid(journey, DiagramOptions.ofDefaults());
    }

    /**
     * The journey as a Graphviz DOT digraph with the default options.
     *
     * @param journey the journey
     * @return the DOT text, ending in a line break
     */
    public static String dot(Journey journey) {
        return dot(journey, DiagramOptions.ofDefaults());
    }

    /**
     * The journey in a format.
     *
     * @param journey the journey
     * @param format the format
     * @param options how to draw it
     * @return the text, ending in a line break
     */
    public static String render(Journey journey, DiagramFormat format, DiagramOptions options) {
        Objects.requireNonNull(format, "format");
        return format == DiagramFormat.MERMAID ? mermaid(journey, options) : dot(journey, options);
    }

    /**
     * The journey as a Mermaid flowchart.
     *
     * @param journey the journey
     * @param options how to draw it
     * @return the Mermaid text, ending in a line break
     */
    public static String mermaid(Journey journey, DiagramOptions options) {
        Objects.requireNonNull(journey, "journey");
        Objects.requireNonNull(options, "options");
        DiagramGraph graph = DiagramGraph.of(journey, options);
        Map<String, String> ids = mermaidIds(graph.nodes);
        StringBuilder out = new StringBuilder();
        if (options.includeTitle()) {
            out.append("---\ntitle: \"").append(yamlQuoted(graph.title)).append("\"\n---\n");
        }
        out.append("flowchart ").append(options.direction().mermaid()).append('\n');
        out.append(INDENT).append("accTitle: ").append(plain(graph.title)).append('\n');
        out.append(INDENT).append("accDescr: ").append(plain(graph.description)).append('\n');
        for (Node node : graph.nodes) {
            String[] shape = node.kind() == null ? new String[] {">", "]"} : MERMAID_SHAPES.get(node.kind());
            String label = mermaidText(node.title());
            if (options.includeIds() && node.kind() != null) {
                label += "<br/>" + mermaidText("(" + node.id() + ")");
            }
            out.append(INDENT)
                    .append(ids.get(node.id()))
                    .append(shape[0])
                    .append('"')
                    .append(label)
                    .append('"')
                    .append(shape[1])
                    .append('\n');
        }
        for (Edge edge : graph.edges) {
            out.append(INDENT).append(ids.get(edge.from())).append(" -->");
            if (!edge.label().isEmpty()) {
                out.append("|\"").append(mermaidText(edge.label())).append("\"|");
            }
            out.append(' ').append(ids.get(edge.to())).append('\n');
        }
        if (options.traffic().isPresent()) {
            for (int i = 0; i < graph.edges.size(); i++) {
                out.append(INDENT)
                        .append("linkStyle ")
                        .append(i)
                        .append(" stroke-width:")
                        .append(number(graph.edges.get(i).width()))
                        .append("px\n");
            }
        }
        Map<String, List<String>> members = new TreeMap<>();
        for (Node node : graph.nodes) {
            for (String cls : node.classes()) {
                members.computeIfAbsent(cls, k -> new ArrayList<>()).add(ids.get(node.id()));
            }
        }
        for (String cls : members.keySet()) {
            String style = MERMAID_STYLES.get(cls);
            if (style != null) {
                out.append(INDENT)
                        .append("classDef ")
                        .append(cls)
                        .append(' ')
                        .append(style)
                        .append('\n');
            }
        }
        members.forEach((cls, nodes) -> out.append(INDENT)
                .append("class ")
                .append(String.join(",", nodes))
                .append(' ')
                .append(cls)
                .append('\n'));
        return out.toString();
    }

    /**
     * The journey as a Graphviz DOT digraph.
     *
     * @param journey the journey
     * @param options how to draw it
     * @return the DOT text, ending in a line break
     */
    public static String dot(Journey journey, DiagramOptions options) {
        Objects.requireNonNull(journey, "journey");
        Objects.requireNonNull(options, "options");
        DiagramGraph graph = DiagramGraph.of(journey, options);
        StringBuilder out = new StringBuilder();
        out.append("digraph ").append(dotQuoted(journey.id())).append(" {\n");
        out.append(INDENT).append("graph [rankdir=").append(options.direction().dot());
        if (options.includeTitle()) {
            out.append(", label=").append(dotQuoted(graph.title)).append(", labelloc=t, fontsize=16");
        }
        out.append(", fontname=\"").append(FONT).append("\"];\n");
        out.append(INDENT)
                .append("node [fontname=\"")
                .append(FONT)
                .append("\", fontsize=11, style=filled, fillcolor=\"#FFFFFF\", color=\"#333333\"];\n");
        out.append(INDENT).append("edge [fontname=\"").append(FONT).append("\", fontsize=9, color=\"#555555\"];\n");
        for (Node node : graph.nodes) {
            String label = dotText(node.title());
            if (options.includeIds() && node.kind() != null) {
                label += "\\n(" + dotText(node.id()) + ")";
            }
            out.append(INDENT)
                    .append(dotQuoted(node.id()))
                    .append(" [label=\"")
                    .append(label)
                    .append('"');
            out.append(", shape=").append(node.kind() == null ? "box" : DOT_SHAPES.get(node.kind()));
            out.append(", class=\"").append(String.join(" ", node.classes())).append('"');
            out.append(dotStyle(node));
            out.append("];\n");
        }
        for (Edge edge : graph.edges) {
            out.append(INDENT).append(dotQuoted(edge.from())).append(" -> ").append(dotQuoted(edge.to()));
            List<String> attrs = new ArrayList<>();
            if (!edge.label().isEmpty()) {
                attrs.add("label=" + dotQuoted(edge.label()));
            }
            if (edge.count().isPresent()) {
                attrs.add("penwidth=" + number(edge.width()));
            }
            if (!attrs.isEmpty()) {
                out.append(" [").append(String.join(", ", attrs)).append(']');
            }
            out.append(";\n");
        }
        out.append("}\n");
        return out.toString();
    }

    private static String dotStyle(Node node) {
        List<String> style = new ArrayList<>(List.of("filled"));
        String color = null;
        String fill = null;
        String penwidth = null;
        if (node.kind() == StepKind.OUTCOME) {
            style.add("rounded");
        }
        if (node.has(DiagramGraph.START)) {
            color = "#0072B2";
            penwidth = "3";
        }
        if (node.has(DiagramGraph.TOUCHPOINT)) {
            color = "#E69F00";
            fill = "#FDF1D6";
            penwidth = "3";
        }
        if (node.has(DiagramGraph.ESCALATION)) {
            color = "#D55E00";
            fill = "#F9DCCB";
            penwidth = "3";
            style.add("dashed");
        }
        if (node.has(DiagramGraph.OUTCOME)) {
            color = "#009E73";
            fill = "#D5F0E6";
            penwidth = "2";
        }
        if (node.has(DiagramGraph.MISSING)) {
            color = "#999999";
            style.add("dashed");
        }
        StringBuilder out =
                new StringBuilder(", style=\"").append(String.join(",", style)).append('"');
        if (node.kind() == StepKind.OUTCOME) {
            out.append(", peripheries=2");
        }
        if (color != null) {
            out.append(", color=\"").append(color).append('"');
        }
        if (fill != null) {
            out.append(", fillcolor=\"").append(fill).append('"');
        }
        if (penwidth != null) {
            out.append(", penwidth=").append(penwidth);
        }
        return out.toString();
    }

    /**
     * The Mermaid node ids: {@code s_} plus the id with {@code -} and {@code .} as {@code _}; on a collision,
     * {@code d<index>_} plus the mapped id.
     */
    private static Map<String, String> mermaidIds(List<Node> nodes) {
        Map<String, String> ids = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            String id = nodes.get(i).id();
            String mapped = mermaidId(id);
            String chosen = "s_" + mapped;
            if (!used.add(chosen)) {
                chosen = "d" + i + "_" + mapped;
                used.add(chosen);
            }
            ids.put(id, chosen);
        }
        return ids;
    }

    private static String mermaidId(String id) {
        StringBuilder out = new StringBuilder(id.length());
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            out.append((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ? c : '_');
        }
        return out.toString();
    }

    /** Text inside a quoted Mermaid label: specials as Mermaid entity codes, control characters as spaces. */
    static String mermaidText(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '"':
                case '#':
                case '&':
                case '<':
                case '>':
                case '|':
                case '%':
                case '`':
                case '[':
                case ']':
                case '{':
                case '}':
                case '(':
                case ')':
                case ';':
                    out.append('#').append(cp).append(';');
                    break;
                default:
                    out.appendCodePoint(isControl(cp) ? ' ' : cp);
            }
        });
        return out.toString();
    }

    /** Text inside a quoted DOT string: backslash and quote escaped, control characters as spaces. */
    static String dotText(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(cp -> {
            if (cp == '\\' || cp == '"') {
                out.append('\\').append((char) cp);
            } else {
                out.appendCodePoint(isControl(cp) ? ' ' : cp);
            }
        });
        return out.toString();
    }

    private static String dotQuoted(String text) {
        return '"' + dotText(text) + '"';
    }

    /** A YAML double-quoted scalar's content. */
    private static String yamlQuoted(String text) {
        return dotText(text);
    }

    /** A line of plain text (Mermaid accessibility lines): control characters as spaces. */
    private static String plain(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.appendCodePoint(isControl(cp) ? ' ' : cp));
        return out.toString();
    }

    private static boolean isControl(int cp) {
        return Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029 || cp == 0x85;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
