/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.outcome;

import io.github.careerguidance.core.meta.GuidanceStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Which answers lead where in a journey: one {@link OutcomeRow} per client class run through the engine, the
 * factors as columns, and how completely the classes were covered ({@link #coverage()}, with the bound that was
 * applied). {@link #toMarkdown()} renders it for fact-checking; the CLI also writes CSV.
 *
 * @since 0.9.0
 */
@Value.Immutable
@GuidanceStyle
public abstract class OutcomeTable {
    /** Extended only by the generated immutable implementation. */
    OutcomeTable() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableOutcomeTable.Builder builder() {
        return ImmutableOutcomeTable.builder();
    }

    /**
     * The journey id.
     *
     * @return the id
     */
    public abstract String journey();

    /**
     * The journey version.
     *
     * @return the version
     */
    public abstract String version();

    /**
     * The factors, in column order: profile fields ({@code profile educationLevel}), questions and assessments by
     * step id.
     *
     * @return the factor names
     */
    public abstract List<String> factors();

    /**
     * The answer classes per factor.
     *
     * @return the class labels by factor
     */
    public abstract Map<String, List<String>> classes();

    /**
     * Full or pairwise coverage.
     *
     * @return the coverage
     */
    public abstract Coverage coverage();

    /**
     * The most runs of a full enumeration; above it the table falls back to pairwise coverage.
     *
     * @return the bound
     */
    public abstract int bound();

    /**
     * The rows.
     *
     * @return one row per client class run
     */
    public abstract List<OutcomeRow> rows();

    /**
     * How many rows reached each outcome.
     *
     * @return counts by outcome step id (unfinished runs under {@code "-"})
     */
    public Map<String, Integer> outcomeCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (OutcomeRow r : rows()) {
            counts.merge(r.outcome().orElse("-"), 1, Integer::sum);
        }
        return counts;
    }

    /**
     * One sentence on the coverage, with the bound.
     *
     * @return the sentence
     */
    public String coverageNote() {
        if (coverage() == Coverage.FULL) {
            return "full: every combination of answer classes along every route (" + rows().size()
                    + " runs, within the bound of " + bound() + ")";
        }
        return "pairwise: the full product exceeds the bound of " + bound() + " runs, so " + rows().size()
                + " scripted clients cover every pair of classes of two factors (a pair shows only where a route"
                + " asks both); combinations of three or more classes may be missing";
    }

    /**
     * The table as Markdown: the coverage, which answers lead where, which content each client class sees, and
     * the outcome counts.
     *
     * @return the Markdown text
     */
    public String toMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Outcomes of ")
                .append(journey())
                .append(' ')
                .append(version())
                .append("\n\n");
        md.append("Coverage: ").append(coverageNote()).append(".\n\n");
        md.append("## Answer classes\n\n| factor | classes |\n|---|---|\n");
        classes()
                .forEach((f, c) -> md.append("| ")
                        .append(cell(f))
                        .append(" | ")
                        .append(cell(String.join(", ", c)))
                        .append(" |\n"));
        md.append("\n## Which answers lead where\n\n| # |");
        for (String f : factors()) {
            md.append(' ').append(cell(f)).append(" |");
        }
        md.append(" outcome | path |\n|---|");
        for (int i = 0; i < factors().size(); i++) {
            md.append("---|");
        }
        md.append("---|---|\n");
        List<OutcomeRow> rows = rows();
        for (int i = 0; i < rows.size(); i++) {
            OutcomeRow r = rows.get(i);
            md.append("| ").append(i + 1).append(" |");
            for (String f : factors()) {
                md.append(' ').append(cell(r.classes().getOrDefault(f, ""))).append(" |");
            }
            md.append(' ')
                    .append(cell(r.outcome().orElse("(unfinished)")))
                    .append(" | ")
                    .append(cell(String.join(" \u2192 ", r.path())))
                    .append(" |\n");
        }
        md.append("\n## Which content each client class sees\n\n| # | step | items shown |\n|---|---|---|\n");
        for (int i = 0; i < rows.size(); i++) {
            for (Map.Entry<String, List<String>> e : rows.get(i).content().entrySet()) {
                md.append("| ")
                        .append(i + 1)
                        .append(" | ")
                        .append(cell(e.getKey()))
                        .append(" | ")
                        .append(e.getValue().isEmpty() ? "(nothing)" : cell(String.join(", ", e.getValue())))
                        .append(" |\n");
            }
        }
        md.append("\n## Outcomes\n\n| outcome | rows |\n|---|---|\n");
        outcomeCounts()
                .forEach((o, n) ->
                        md.append("| ").append(cell(o)).append(" | ").append(n).append(" |\n"));
        return md.toString();
    }

    /**
     * The content column of a row as one cell: {@code step: item item; step: item}.
     *
     * @param row the row
     * @return the text
     */
    public static String contentCell(OutcomeRow row) {
        List<String> parts = new ArrayList<>();
        row.content()
                .forEach((step, items) ->
                        parts.add(step + ": " + (items.isEmpty() ? "(nothing)" : String.join(" ", items))));
        return String.join("; ", parts);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
