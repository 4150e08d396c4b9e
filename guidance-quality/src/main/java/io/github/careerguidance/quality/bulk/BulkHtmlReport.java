/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.bulk;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.quality.RuleResult;
import io.github.careerguidance.quality.SchemeResult;
import io.github.careerguidance.quality.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.owasp.encoder.Encode;

/**
 * The HTML report of a bulk run: one self-contained page (no script, no external resource) with the summary per
 * scheme, the rules that did not pass ranked by how many records they failed, and a drill-down per registration for
 * the first {@code maxDetails} records that did not pass. Memory is bounded: counts are aggregated as results go by
 * (they grow with the number of schemes and rules, not of records) and only the capped drill-down is kept; the page
 * says how many records it leaves out. Every text is escaped with the OWASP Java Encoder. Created by
 * {@link BulkReports#html(Writer, Locale, int)}.
 */
final class BulkHtmlReport implements BulkReportWriter {
    private static final String CSS = String.join(
            "\n",
            "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',Arial,sans-serif;",
            "margin:0 auto;max-width:72rem;padding:1rem 1.5rem;line-height:1.5;color:#1a1a1a;background:#fff}",
            "h1{font-size:1.8rem}h2{font-size:1.35rem;margin-top:2.2rem;border-bottom:1px solid #ccc}",
            "h3{font-size:1.1rem;margin-top:1.4rem}",
            "table{border-collapse:collapse;margin:0.8rem 0}caption{text-align:left;font-weight:bold;padding:0.3rem 0}",
            "th,td{border:1px solid #bbb;padding:0.25rem 0.6rem;text-align:left;vertical-align:top}",
            "thead th,tbody th{background:#f2f2f2}td.num{text-align:right;font-variant-numeric:tabular-nums}",
            "footer{margin-top:3rem;font-size:0.85rem;color:#555}");

    private final Writer out;
    private final Locale locale;
    private final boolean nl;
    private final int maxDetails;
    /** Failing rule (scheme, rule id, verdict) → count. */
    private final Map<List<String>, long[]> failing = new HashMap<>();

    private final List<String> details = new ArrayList<>();
    private long notPassed;

    BulkHtmlReport(Writer out, Locale locale, int maxDetails) {
        this.out = Objects.requireNonNull(out, "out");
        this.locale = Objects.requireNonNull(locale, "locale");
        if (maxDetails < 0) {
            throw new IllegalArgumentException("maxDetails must be >= 0 but was " + maxDetails);
        }
        this.nl = "nl".equals(locale.getLanguage());
        this.maxDetails = maxDetails;
    }

    private static boolean passed(Verdict v) {
        return v == Verdict.PASS || v == Verdict.NOT_APPLICABLE;
    }

    @Override
    public void accept(BulkResult r) {
        if (passed(r.verdict()) && r.diagnostics().isEmpty()) {
            return;
        }
        StringBuilder rows = new StringBuilder();
        r.report().ifPresent(report -> {
            for (SchemeResult s : report.schemes()) {
                for (RuleResult rule : s.rules()) {
                    if (passed(rule.verdict())) {
                        continue;
                    }
                    failing.computeIfAbsent(
                                    List.of(
                                            s.scheme(),
                                            rule.ruleId(),
                                            rule.verdict().code()),
                                    k -> new long[1])[0]++;
                    if (details.size() < maxDetails) {
                        rows.append("<tr><td>")
                                .append(Encode.forHtml(s.scheme()))
                                .append("</td><td>")
                                .append(Encode.forHtml(s.subjectRef().orElse("")))
                                .append("</td><td>")
                                .append(Encode.forHtml(rule.ruleId()))
                                .append("</td><td>")
                                .append(Encode.forHtml(rule.verdict().label(locale)))
                                .append("</td><td>")
                                .append(Encode.forHtml(rule.explanation().resolve(locale)))
                                .append("</td></tr>\n");
                    }
                }
            }
        });
        if (passed(r.verdict())) {
            return; // diagnostics only (warnings of a readable record): counted nowhere else
        }
        notPassed++;
        if (details.size() >= maxDetails) {
            return;
        }
        StringBuilder d =
                new StringBuilder("<section>\n<h3 id=\"r").append(r.index()).append("\">");
        d.append(nl ? "Record " : "Record ").append(r.index());
        r.line().ifPresent(l -> d.append(nl ? " (regel " : " (line ").append(l).append(')'));
        r.reference().ifPresent(ref -> d.append(": ").append(Encode.forHtml(ref)));
        d.append(" &mdash; ").append(Encode.forHtml(r.verdict().label(locale))).append("</h3>\n");
        if (!r.diagnostics().isEmpty()) {
            d.append("<ul>\n");
            for (Diagnostic diag : r.diagnostics()) {
                d.append("<li>").append(Encode.forHtml(diag.render(locale))).append("</li>\n");
            }
            d.append("</ul>\n");
        }
        if (rows.length() > 0) {
            d.append("<table>\n<caption>")
                    .append(nl ? "Regels die niet slagen" : "Rules that did not pass")
                    .append("</caption>\n<thead><tr>");
            for (String c : nl
                    ? List.of("schema", "persoon", "regel", "oordeel", "uitleg")
                    : List.of("scheme", "subject", "rule", "verdict", "explanation")) {
                d.append("<th scope=\"col\">").append(c).append("</th>");
            }
            d.append("</tr></thead>\n<tbody>\n").append(rows).append("</tbody>\n</table>\n");
        }
        details.add(d.append("</section>\n").toString());
    }

    @Override
    public void finish(BulkSummary s) {
        StringBuilder h = new StringBuilder(
                16_384 + details.stream().mapToInt(String::length).sum());
        String title = (nl ? "Kwaliteitscontrole: " : "Quality check: ")
                + s.policy()
                + (nl ? ", per " : ", as of ")
                + s.asOf();
        h.append("<!DOCTYPE html>\n<html lang=\"")
                .append(Encode.forHtmlAttribute(nl ? "nl" : "en"))
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
                .append("</h1>\n</header>\n<main>\n");
        h.append("<h2 id=\"summary\">")
                .append(nl ? "Samenvatting per schema" : "Summary per scheme")
                .append("</h2>\n");
        h.append("<p>")
                .append(s.records())
                .append(nl ? " records, " : " records, ")
                .append(s.unreadable())
                .append(nl ? " onleesbaar" : " unreadable")
                .append(s.truncated() ? (nl ? "; de invoer is afgebroken" : "; the input was cut short") : "")
                .append(".</p>\n");
        h.append("<table>\n<caption>")
                .append(nl ? "Oordelen per schema (aantal records)" : "Verdicts per scheme (records)")
                .append("</caption>\n<thead><tr><th scope=\"col\">")
                .append(nl ? "schema" : "scheme")
                .append("</th>");
        for (Verdict v : Verdict.values()) {
            h.append("<th scope=\"col\">")
                    .append(Encode.forHtml(v.label(locale)))
                    .append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        row(h, nl ? "alle records" : "all records", s.verdicts());
        for (SchemeSummary scheme : s.schemes()) {
            row(h, scheme.scheme(), scheme.verdicts());
        }
        h.append("</tbody>\n</table>\n");

        h.append("<h2 id=\"rules\">")
                .append(nl ? "Regels die niet slagen, naar aantal" : "Failing rules, ranked by count")
                .append("</h2>\n");
        if (failing.isEmpty()) {
            h.append("<p>")
                    .append(
                            nl
                                    ? "Geen: elke regel slaagt of is niet van toepassing."
                                    : "None: every rule passed or did not apply.")
                    .append("</p>\n");
        } else {
            h.append("<table>\n<caption>")
                    .append(
                            nl
                                    ? "Regels per aantal records waarin ze niet slagen"
                                    : "Rules by the number of records they did not pass")
                    .append("</caption>\n<thead><tr>");
            for (String c : nl
                    ? List.of("schema", "regel", "oordeel", "records")
                    : List.of("scheme", "rule", "verdict", "records")) {
                h.append("<th scope=\"col\">").append(c).append("</th>");
            }
            h.append("</tr></thead>\n<tbody>\n");
            List<Map.Entry<List<String>, long[]>> ranked = new ArrayList<>(failing.entrySet());
            ranked.sort(Comparator.<Map.Entry<List<String>, long[]>>comparingLong(e -> -e.getValue()[0])
                    .thenComparing(e -> String.join("\u0000", e.getKey())));
            for (Map.Entry<List<String>, long[]> e : ranked) {
                h.append("<tr><th scope=\"row\">")
                        .append(Encode.forHtml(e.getKey().get(0)))
                        .append("</th><td>")
                        .append(Encode.forHtml(e.getKey().get(1)))
                        .append("</td><td>")
                        .append(Encode.forHtml(
                                Verdict.fromCode(e.getKey().get(2)).label(locale)))
                        .append("</td><td class=\"num\">")
                        .append(e.getValue()[0])
                        .append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n");
        }

        h.append("<h2 id=\"records\">")
                .append(nl ? "Records die niet slagen" : "Records that did not pass")
                .append("</h2>\n");
        long left = notPassed - details.size();
        h.append("<p>")
                .append(
                        nl
                                ? "Alleen records die niet slagen staan hieronder, met hun regels die niet slagen; "
                                : "Only records that did not pass are listed below, with their rules that did not pass; ")
                .append(nl ? "hoogstens " : "at most ")
                .append(maxDetails)
                .append(nl ? " records." : " records.");
        if (left > 0) {
            h.append(' ')
                    .append(left)
                    .append(
                            nl
                                    ? " records die niet slagen zijn weggelaten (zie de telling hierboven)."
                                    : " further records that did not pass are left out (they are in the counts above).");
        }
        h.append("</p>\n");
        write(h.toString());
        for (String d : details) {
            write(d);
        }
        write("</main>\n<footer><p>" + (nl ? "Gemaakt door guidance." : "Made by guidance.")
                + "</p></footer>\n</body>\n</html>\n");
        close();
    }

    private static void row(StringBuilder h, String label, VerdictCounts c) {
        h.append("<tr><th scope=\"row\">").append(Encode.forHtml(label)).append("</th>");
        for (Verdict v : Verdict.values()) {
            h.append("<td class=\"num\">").append(c.count(v)).append("</td>");
        }
        h.append("</tr>\n");
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
