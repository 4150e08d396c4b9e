/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.bulk;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.quality.QualityReport;
import io.github.careerguidance.quality.RuleResult;
import io.github.careerguidance.quality.SchemeResult;
import io.github.careerguidance.quality.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Report writers for bulk results: NDJSON, tidy CSV and text.
 *
 * <ul>
 *   <li>{@link #ndjson(Writer)}: one {@link BulkResult} as JSON per line, readable back with
 *   {@code GuidanceCodec.json().records(in, BulkResult.class)}. The summary is not written; write it with
 *   {@code GuidanceCodec.json().write(summary)} where wanted.</li>
 *   <li>{@link #csv(Writer, Locale)}: one row per record &times; scheme subject &times; rule, plus one row per
 *   record diagnostic, with the columns {@link #CSV_COLUMNS}; RFC 4180 quoting, so it loads in pandas
 *   ({@code read_csv}) and R ({@code read.csv}) as it is. A record that could not be read has only diagnostic
 *   rows.</li>
 *   <li>{@link #text(Writer, Locale)}: a line per record with its verdict, the rules that did not pass and the
 *   diagnostics, then the summary per scheme.</li>
 * </ul>
 *
 * <pre>{@code
 * try (BulkReportWriter text = BulkReports.text(new PrintWriter(System.out), Locale.ENGLISH)) {
 *     text.finish(bulk.check(Path.of("adviseurs.csv"), text));
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class BulkReports {
    /** The columns of the CSV report, in order. */
    public static final List<String> CSV_COLUMNS = List.of(
            "record",
            "line",
            "reference",
            "kind",
            "policy",
            "scheme",
            "scheme_version",
            "subject",
            "subject_ref",
            "rule",
            "rule_type",
            "verdict",
            "severity",
            "code",
            "location",
            "changes_on",
            "deemed_by",
            "message");

    private BulkReports() {}

    /**
     * An NDJSON writer: one result per line.
     *
     * @param out the target; not closed
     * @return the writer
     */
    public static BulkReportWriter ndjson(Writer out) {
        Objects.requireNonNull(out, "out");
        return new Base(out) {
            @Override
            public void accept(BulkResult result) {
                write(GuidanceCodec.json().writeLine(result));
                write("\n");
            }
        };
    }

    /**
     * A compact NDJSON writer: one line per record with its position, reference and verdict, per scheme subject the
     * verdict and only the rules that did not pass (with their explanation in the given language), the record's
     * diagnostics and the date the result may change. About a tenth of {@link #ndjson(Writer)}'s size, and written
     * without a JSON library; the summary is not written.
     *
     * <pre>{@code
     * {"index":3,"line":4,"reference":"2026-100417","verdict":"fail","schemes":[{"scheme":"noloc-rl","version":"2025",
     *  "subject":"adviseur-1","verdict":"fail","rules":[{"rule":"registered","verdict":"fail","code":"...","message":"..."}]}]}
     * }</pre>
     *
     * @param out the target; not closed
     * @param locale the language of the messages (nl or en)
     * @return the writer
     * @since 0.2.0
     */
    @Beta
    public static BulkReportWriter compactJson(Writer out, Locale locale) {
        Objects.requireNonNull(out, "out");
        CompactJson json = new CompactJson(Objects.requireNonNull(locale, "locale"));
        return new Base(out) {
            @Override
            public void accept(BulkResult result) {
                write(json.line(result));
            }
        };
    }

    /**
     * An HTML report of the run, written at {@link BulkReportWriter#finish(BulkSummary)}: the summary per scheme, the
     * rules that did not pass ranked by the number of records, and a drill-down for the first {@code maxDetails}
     * records that did not pass. One self-contained, accessible page (a {@code lang} attribute, headings, tables with
     * captions and header scopes, no script or external resource; every text escaped). Memory stays bounded whatever
     * the number of records: counts are aggregated and only the capped drill-down is kept; the page says how many
     * records it leaves out.
     *
     * @param out the target; not closed
     * @param locale the language of the page (nl or en)
     * @param maxDetails how many records that did not pass get a drill-down, {@code >= 0}
     * @return the writer
     * @throws IllegalArgumentException if maxDetails is negative
     * @since 0.2.0
     */
    @Beta
    public static BulkReportWriter html(Writer out, Locale locale, int maxDetails) {
        return new BulkHtmlReport(out, locale, maxDetails);
    }

    /**
     * Writes results to several writers at once (for example compact JSON to standard output and an HTML report to a
     * file); {@code finish} and {@code close} reach each of them.
     *
     * @param writers the writers
     * @return the writer
     * @since 0.2.0
     */
    @Beta
    public static BulkReportWriter all(List<BulkReportWriter> writers) {
        List<BulkReportWriter> copy = List.copyOf(writers);
        return new BulkReportWriter() {
            @Override
            public void accept(BulkResult result) {
                copy.forEach(w -> w.accept(result));
            }

            @Override
            public void finish(BulkSummary summary) {
                copy.forEach(w -> w.finish(summary));
            }

            @Override
            public void close() {
                copy.forEach(BulkReportWriter::close);
            }
        };
    }

    /**
     * A tidy CSV writer: a header, then rows per record, scheme subject and rule, and per diagnostic.
     *
     * @param out the target; not closed
     * @param locale the language of the message column (nl or en)
     * @return the writer
     */
    public static BulkReportWriter csv(Writer out, Locale locale) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(locale, "locale");
        return new Base(out) {
            private boolean header;

            @Override
            public void accept(BulkResult r) {
                if (!header) {
                    header = true;
                    row(CSV_COLUMNS.toArray(new String[0]));
                }
                String record = Long.toString(r.index());
                String line = r.line().isPresent() ? Integer.toString(r.line().getAsInt()) : "";
                String reference = r.reference().orElse("");
                String policy = r.report().map(QualityReport::policy).orElse("");
                for (Diagnostic d : r.diagnostics()) {
                    row(
                            record,
                            d.line().isPresent() ? Integer.toString(d.line().getAsInt()) : line,
                            reference,
                            "diagnostic",
                            policy,
                            "",
                            "",
                            "",
                            "",
                            "",
                            "",
                            d.severity().isAtLeast(io.github.careerguidance.core.diagnostics.Severity.ERROR)
                                    ? Verdict.FAIL.code()
                                    : "",
                            d.severity().code(),
                            d.code(),
                            d.location().toString(),
                            "",
                            "",
                            d.message(locale));
                }
                if (r.report().isEmpty()) {
                    return;
                }
                for (SchemeResult s : r.report().get().schemes()) {
                    if (s.rules().isEmpty()) {
                        row(
                                record,
                                line,
                                reference,
                                "scheme",
                                policy,
                                s.scheme(),
                                s.version(),
                                s.subject().code(),
                                s.subjectRef().orElse(""),
                                "",
                                "",
                                s.verdict().code(),
                                "",
                                "",
                                s.location().toString(),
                                s.changesOn().map(Object::toString).orElse(""),
                                "",
                                s.explanation().map(t -> t.resolve(locale)).orElse(""));
                    }
                    for (RuleResult rule : s.rules()) {
                        row(
                                record,
                                line,
                                reference,
                                "rule",
                                policy,
                                s.scheme(),
                                s.version(),
                                s.subject().code(),
                                s.subjectRef().orElse(""),
                                rule.ruleId(),
                                rule.ruleType(),
                                rule.verdict().code(),
                                "",
                                rule.code(),
                                rule.location().toString(),
                                rule.changesOn().map(Object::toString).orElse(""),
                                rule.deemedBy().orElse(""),
                                rule.explanation().resolve(locale));
                    }
                }
            }

            @Override
            public void finish(BulkSummary summary) {
                if (!header) {
                    header = true;
                    row(CSV_COLUMNS.toArray(new String[0]));
                }
                super.finish(summary);
            }

            private void row(String... cells) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < cells.length; i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    sb.append(quote(cells[i]));
                }
                write(sb.append("\r\n").toString());
            }
        };
    }

    /**
     * A text writer for people: a line per record, the findings that matter indented below it, the summary last.
     *
     * @param out the target; not closed
     * @param locale the language (nl or en)
     * @return the writer
     */
    public static BulkReportWriter text(Writer out, Locale locale) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(locale, "locale");
        boolean nl = "nl".equals(locale.getLanguage());
        return new Base(out) {
            @Override
            public void accept(BulkResult r) {
                StringBuilder sb = new StringBuilder();
                sb.append('#').append(r.index());
                r.line()
                        .ifPresent(l ->
                                sb.append(nl ? " (regel " : " (line ").append(l).append(')'));
                r.reference().ifPresent(ref -> sb.append(' ').append(ref));
                sb.append(": ").append(r.verdict().label(locale)).append('\n');
                for (Diagnostic d : r.diagnostics()) {
                    sb.append("    ").append(d.render(locale)).append('\n');
                }
                r.report().ifPresent(report -> {
                    for (SchemeResult s : report.schemes()) {
                        for (RuleResult rule : s.rules()) {
                            if (rule.verdict() != Verdict.PASS && rule.verdict() != Verdict.NOT_APPLICABLE) {
                                sb.append("    ")
                                        .append(s.scheme())
                                        .append(' ')
                                        .append(s.subjectRef().map(x -> x + " ").orElse(""))
                                        .append(rule.ruleId())
                                        .append(' ')
                                        .append(rule.verdict().label(locale))
                                        .append(": ")
                                        .append(rule.explanation().resolve(locale))
                                        .append('\n');
                            }
                        }
                    }
                });
                write(sb.toString());
            }

            @Override
            public void finish(BulkSummary s) {
                StringBuilder sb = new StringBuilder();
                sb.append(nl ? "Samenvatting: " : "Summary: ")
                        .append(s.records())
                        .append(nl ? " records, " : " records, ")
                        .append(s.unreadable())
                        .append(nl ? " onleesbaar" : " unreadable")
                        .append(s.truncated() ? (nl ? ", invoer afgebroken" : ", input cut short") : "")
                        .append(" (")
                        .append(s.policy())
                        .append(nl ? ", per " : ", as of ")
                        .append(s.asOf())
                        .append(")\n");
                sb.append("  ")
                        .append(nl ? "alle records" : "all records")
                        .append(": ")
                        .append(counts(s.verdicts(), locale))
                        .append('\n');
                for (SchemeSummary scheme : s.schemes()) {
                    sb.append("  ")
                            .append(scheme.scheme())
                            .append(": ")
                            .append(counts(scheme.verdicts(), locale))
                            .append('\n');
                }
                write(sb.toString());
                super.finish(s);
            }
        };
    }

    private static String counts(VerdictCounts c, Locale locale) {
        StringBuilder sb = new StringBuilder();
        for (Verdict v :
                List.of(Verdict.PASS, Verdict.WARNING, Verdict.FAIL, Verdict.NOT_ASSESSABLE, Verdict.NOT_APPLICABLE)) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(v.label(locale)).append(' ').append(c.count(v));
        }
        return sb.toString();
    }

    /** RFC 4180: quote a cell that holds a separator, quote or line break; double the quotes inside. */
    static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    private abstract static class Base implements BulkReportWriter {
        private final Writer out;

        Base(Writer out) {
            this.out = out;
        }

        final void write(String text) {
            try {
                out.write(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void finish(BulkSummary summary) {
            flush();
        }

        private void flush() {
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            flush();
        }
    }
}
