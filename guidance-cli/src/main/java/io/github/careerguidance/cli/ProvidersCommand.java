/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.cli;

import io.github.careerguidance.core.citation.Citation;
import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.quality.QualityChecker;
import io.github.careerguidance.quality.QualityReport;
import io.github.careerguidance.quality.RuleResult;
import io.github.careerguidance.quality.SchemeResult;
import io.github.careerguidance.quality.Verdict;
import io.github.careerguidance.quality.bulk.BulkChecker;
import io.github.careerguidance.quality.bulk.BulkReportWriter;
import io.github.careerguidance.quality.bulk.BulkReports;
import io.github.careerguidance.quality.bulk.BulkResult;
import io.github.careerguidance.quality.bulk.BulkSummary;
import io.github.careerguidance.quality.bulk.VerdictCounts;
import io.github.careerguidance.quality.registration.Registration;
import io.github.careerguidance.quality.scheme.ImmutablePolicy;
import io.github.careerguidance.quality.scheme.Policy;
import io.github.careerguidance.quality.scheme.Purpose;
import io.github.careerguidance.quality.scheme.SchemeCatalogue;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code guidance providers check}: a provider registration against schemes or a policy. */
@Command(name = "providers", description = "Check provider registrations against quality-mark schemes.")
final class ProvidersCommand {
    @ParentCommand
    GuidanceCli root;

    /** {@code guidance providers check FILE --scheme ID|--policy FILE}. */
    @Command(
            name = "check",
            description = {
                "Check provider registrations: one registration (.yaml, or .json holding one object), or many",
                "(.ndjson/.jsonl one per line, .json holding an array, .csv one per row), streamed with constant memory.",
                "Exit code 0: everything passed; 1: something failed or could not be assessed; 2: unusable input."
            })
    static final class Check implements Callable<Integer> {
        @ParentCommand
        ProvidersCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The registration, .json or .yaml.")
        Path file;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Target target;

        static final class Target {
            @Option(
                    names = "--scheme",
                    paramLabel = "ID",
                    description = "A built-in scheme id (see `guidance schemes list`).")
            String scheme;

            @Option(names = "--policy", paramLabel = "FILE", description = "An integrator policy, .json or .yaml.")
            Path policy;
        }

        @Option(
                names = "--as-of",
                paramLabel = "DATE",
                description = "The date to check for, yyyy-mm-dd (default: today).")
        LocalDate asOf;

        @Option(
                names = "--format",
                defaultValue = "text",
                description = {
                    "text, json, csv, or for many registrations also html (the report of --html on standard output)",
                    "and json-full (default: ${DEFAULT-VALUE}). For many registrations json is compact, one line per",
                    "registration with only the rules that did not pass; json-full writes every rule with its evidence."
                })
        String format;

        @Option(
                names = "--csv-separator",
                defaultValue = ",",
                description = "Separator of a .csv input (default: ${DEFAULT-VALUE}).")
        char csvSeparator;

        @Option(names = "--quiet", description = "No progress lines on stderr for large files.")
        boolean quiet;

        // bulk output and the warning window (issue #16)
        @Option(
                names = "--warn-days",
                paramLabel = "N",
                defaultValue = "60",
                description = "Days before an expiry or due date that a warning starts (default: ${DEFAULT-VALUE}).")
        int warnDays;

        @Option(
                names = "--summary",
                description = "Many registrations: write only the totals per scheme, not a line per registration.")
        boolean summaryOnly;

        @Option(
                names = "--html",
                paramLabel = "FILE",
                description = {
                    "Many registrations: also write an HTML report to FILE (summary per scheme, failing rules ranked",
                    "by count, a drill-down for registrations that did not pass, up to --html-details of them)."
                })
        Path html;

        @Option(
                names = "--html-details",
                paramLabel = "N",
                defaultValue = "1000",
                description =
                        "How many registrations that did not pass the HTML report details (default: ${DEFAULT-VALUE}).")
        int htmlDetails;

        @Option(
                names = "--purpose",
                paramLabel = "PURPOSE",
                description = "listing (holds a valid mark now) or admission (meets the entry requirements); "
                        + "default: the policy's, or listing.")
        String purpose;

        @Option(
                names = "--threads",
                paramLabel = "N",
                description = {
                    "Many registrations: how many threads check them (default: one less than the number of",
                    "processors, at least 1: a core is left to the JIT compiler, which a run of a few seconds needs).",
                    "The results are written in input order whatever the number (1 to 256)."
                })
        Integer threads;

        /** The most checking threads: each may hold 4 batches of 128 records, so memory stays bounded. */
        static final int MAX_THREADS = 256;

        /** How often a progress line is printed while checking many registrations. */
        static final int PROGRESS_EVERY = 10_000;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Locale locale = parent.root.locale();
            LocalDate date = asOf != null ? asOf : LocalDate.now();
            if (!List.of("text", "json", "csv", "html", "json-full").contains(format)) {
                err.println("unknown --format '" + format + "'; use text, json, csv, html or json-full");
                return GuidanceCli.UNUSABLE;
            }
            if (threads != null && (threads < 1 || threads > MAX_THREADS)) {
                err.println("--threads must be from 1 to " + MAX_THREADS + " but was " + threads);
                return GuidanceCli.UNUSABLE;
            }
            if (warnDays < 0 || htmlDetails < 0) {
                err.println((warnDays < 0 ? "--warn-days" : "--html-details") + " must be 0 or more but was "
                        + (warnDays < 0 ? warnDays : htmlDetails));
                return GuidanceCli.UNUSABLE;
            }
            // the policy (or the one scheme) is read and its scheme ids checked once, for one registration or many
            Policy policy = null;
            List<String> schemeIds = List.of(target.scheme == null ? "" : target.scheme);
            if (target.policy != null) {
                ReadResult<Policy> read = GuidanceCodec.forFileName(target.policy.toString())
                        .withOptions(parent.root.readOptions())
                        .read(target.policy, Policy.class);
                if (!read.isSuccessful()) {
                    read.diagnostics().forEach(d -> err.println(d.render(locale)));
                    return GuidanceCli.UNUSABLE;
                }
                policy = read.orElseThrow();
                schemeIds = policy.schemes();
            }
            for (String id : schemeIds) {
                if (SchemeCatalogue.builtIn().scheme(id).isEmpty()) {
                    err.println("unknown scheme '" + id + "'; run `guidance schemes list` to see the ids");
                    return GuidanceCli.UNUSABLE;
                }
            }
            if (purpose != null) {
                Purpose p;
                try {
                    p = Purpose.fromCode(purpose);
                } catch (IllegalArgumentException e) {
                    err.println("unknown --purpose '" + purpose + "'; use listing or admission");
                    return GuidanceCli.UNUSABLE;
                }
                policy = policy != null
                        ? ImmutablePolicy.copyOf(policy).withPurpose(p)
                        : Policy.of(
                                SchemeCatalogue.builtIn().scheme(target.scheme).orElseThrow(), p);
            }
            QualityChecker checker =
                    QualityChecker.builder().warningDays(warnDays).build();
            if (isMany(file)) {
                return checkMany(out, locale, date, policy, checker);
            }
            if (html != null || summaryOnly || "html".equals(format)) {
                err.println("--html, --summary and --format html are for many registrations (.ndjson, .jsonl, .csv, "
                        + "or .json holding an array)");
                return GuidanceCli.UNUSABLE;
            }

            ReadResult<Registration> read = GuidanceCodec.forFileName(file.toString())
                    .withOptions(parent.root.readOptions())
                    .read(file, Registration.class);
            if (!read.isSuccessful()) {
                read.diagnostics().forEach(d -> err.println(d.render(locale)));
                return GuidanceCli.UNUSABLE;
            }
            QualityReport report;
            if (policy != null) {
                report = checker.check(read.orElseThrow(), policy, date);
            } else {
                report = checker.check(read.orElseThrow(), target.scheme, date);
            }
            if ("json".equals(format) || "json-full".equals(format)) {
                out.println(GuidanceCodec.json().write(report));
            } else if ("csv".equals(format)) {
                BulkReportWriter csv = BulkReports.csv(out, locale);
                BulkResult one = BulkResult.builder()
                        .index(0)
                        .verdict(report.verdict())
                        .reference(report.reference())
                        .report(report)
                        .build();
                csv.accept(one);
                csv.finish(null);
            } else {
                printText(out, report, locale);
            }
            if (!report.unassessedSchemes().isEmpty()) {
                // nothing was checked for these schemes: never a silent success
                err.println("no subject to assess for " + report.purpose().code() + " in "
                        + String.join(", ", report.unassessedSchemes())
                        + (report.purpose() == Purpose.LISTING ? "; to check applicants use --purpose admission" : ""));
                return GuidanceCli.FAILED;
            }
            return report.verdict() == Verdict.PASS
                            || report.verdict() == Verdict.WARNING
                            || report.verdict() == Verdict.NOT_APPLICABLE
                    ? GuidanceCli.OK
                    : GuidanceCli.FAILED;
        }

        private static boolean isMany(Path file) {
            String name = file.getFileName() == null
                    ? ""
                    : file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".csv") || name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
                return true;
            }
            if (!name.endsWith(".json")) {
                return false;
            }
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                int c;
                do {
                    c = reader.read();
                } while (c == 0xFEFF || (c >= 0 && Character.isWhitespace(c)));
                return c == '[';
            } catch (IOException e) {
                return false; // the single-document path reports the I/O problem with its diagnostics
            }
        }

        private int checkMany(
                PrintWriter console, Locale locale, LocalDate date, Policy policy, QualityChecker checker) {
            PrintWriter err = spec.commandLine().getErr();
            // one record a line: written through a 64 KiB buffer, not flushed per line (the console writer flushes
            // on every println), and flushed once at the end
            PrintWriter out = new PrintWriter(new java.io.BufferedWriter(console, 1 << 16), false);
            BulkChecker.Builder builder = BulkChecker.builder()
                    .checker(checker)
                    .asOf(date)
                    .csvSeparator(csvSeparator)
                    .readOptions(parent.root.readOptions())
                    .parallelism(threads != null ? threads : defaultThreads());
            if (policy != null) {
                builder.policy(policy);
            } else {
                builder.scheme(target.scheme);
            }
            List<BulkReportWriter> writers = new ArrayList<>();
            if (!summaryOnly || "html".equals(format)) {
                writers.add(writer(format, out, locale));
            }
            Writer htmlFile = null;
            if (html != null) {
                try {
                    htmlFile = Files.newBufferedWriter(html, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    err.println("cannot write the HTML report " + html + ": "
                            + e.getClass().getSimpleName() + ": " + e.getMessage());
                    return GuidanceCli.UNUSABLE;
                }
                writers.add(BulkReports.html(htmlFile, locale, htmlDetails));
            }
            BulkReportWriter writer = BulkReports.all(writers);
            long[] seen = {0};
            BulkSummary summary;
            try {
                summary = builder.build().check(file, result -> {
                    writer.accept(result);
                    if (!quiet && ++seen[0] % PROGRESS_EVERY == 0) {
                        err.println("... " + seen[0] + " registrations checked");
                        err.flush();
                    }
                });
                writer.finish(summary);
                if (summaryOnly && !"html".equals(format)) {
                    if (format.startsWith("json")) {
                        out.println(GuidanceCodec.json().write(summary));
                    } else {
                        BulkReports.text(out, locale).finish(summary);
                    }
                }
            } finally {
                out.flush();
                if (htmlFile != null) {
                    try {
                        htmlFile.close();
                    } catch (IOException e) {
                        err.println("cannot write the HTML report " + html + ": " + e.getMessage());
                    }
                }
            }
            out.flush();
            console.flush();
            if (summary.records() == summary.unreadable()
                    && (summary.truncated() || summary.records() <= 1)
                    && summary.unreadable() > 0) {
                return GuidanceCli.UNUSABLE;
            }
            VerdictCounts v = summary.verdicts();
            List<String> unassessed = new java.util.ArrayList<>();
            summary.schemes().forEach(s -> {
                VerdictCounts c = s.verdicts();
                if (c.pass() + c.warning() + c.fail() + c.notAssessable() == 0) {
                    unassessed.add(s.scheme());
                }
            });
            if (!unassessed.isEmpty() && summary.records() > summary.unreadable()) {
                // nothing was checked for these schemes in any record: never a silent success
                err.println("no subject assessed for " + String.join(", ", unassessed) + " in any registration"
                        + (purpose == null || "listing".equalsIgnoreCase(purpose)
                                ? "; to check applicants use --purpose admission"
                                : ""));
                return GuidanceCli.FAILED;
            }
            return v.fail() + v.notAssessable() > 0 ? GuidanceCli.FAILED : GuidanceCli.OK;
        }

        /**
         * One less than the processors, at least 1. Measured on 2 cores (issue #16): 2 checking threads made the
         * 100,000-record check slower end to end than 1 (about 15 s of CPU against 11 s), because the JIT compiler
         * then has no core of its own while the code is still being compiled.
         */
        private static int defaultThreads() {
            return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        }

        private BulkReportWriter writer(String format, PrintWriter out, Locale locale) {
            switch (format) {
                case "json":
                    return BulkReports.compactJson(out, locale);
                case "json-full":
                    return BulkReports.ndjson(out);
                case "csv":
                    return BulkReports.csv(out, locale);
                case "html":
                    return BulkReports.html(out, locale, htmlDetails);
                default:
                    return BulkReports.text(out, locale);
            }
        }

        /** A verdict in the text output: Dutch words in Dutch ({@code VOLDOET NIET}), the constant in English. */
        private static String verdict(Verdict verdict, Locale locale) {
            return "nl".equals(locale.getLanguage())
                    ? verdict.label(locale).toUpperCase(Locale.ROOT)
                    : verdict.toString();
        }

        private static void printText(PrintWriter out, QualityReport report, Locale locale) {
            boolean nl = "nl".equals(locale.getLanguage());
            out.println((report.reference().map(r -> r + ": ").orElse("")) + verdict(report.verdict(), locale) + " ("
                    + report.policy() + " " + report.policyVersion() + (nl ? ", per " : ", as of ") + report.asOf()
                    + ")");
            for (Diagnostic d : report.diagnostics()) {
                out.println("  " + d.render(locale));
            }
            for (SchemeResult scheme : report.schemes()) {
                out.println();
                out.println("  " + scheme.scheme() + " " + scheme.version()
                        + scheme.subjectRef()
                                .map(s -> (nl ? " voor " : " for ") + s)
                                .orElse("") + ": "
                        + verdict(scheme.verdict(), locale));
                scheme.explanation().ifPresent(e -> out.println("    " + e.resolve(locale)));
                for (RuleResult rule : scheme.rules()) {
                    out.printf(
                            nl ? "    %-19s %-22s %s%n" : "    %-15s %-22s %s%n",
                            verdict(rule.verdict(), locale),
                            rule.ruleId(),
                            rule.explanation().resolve(locale));
                    rule.deemedBy()
                            .ifPresent(d -> out.println(
                                    "                    " + (nl ? "gelijkgesteld door " : "deemed by ") + d));
                    for (Citation c : rule.citations()) {
                        out.println("                    " + (nl ? "bron: " : "source: ") + c.url());
                    }
                }
            }
            report.changesOn().ifPresent(d -> {
                out.println();
                out.println(nl ? "  het oordeel kan veranderen op " + d : "  the result may change on " + d);
            });
        }
    }
}
