/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples;

import io.github.careerguidance.quality.Verdict;
import io.github.careerguidance.quality.bulk.BulkChecker;
import io.github.careerguidance.quality.bulk.BulkReportWriter;
import io.github.careerguidance.quality.bulk.BulkReports;
import io.github.careerguidance.quality.bulk.BulkResult;
import io.github.careerguidance.quality.bulk.BulkSummary;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Code example: validate a registrations file in an integrator's pipeline (a CI job, a nightly import). It streams
 * the file (JSON array, NDJSON or CSV) through a {@link BulkChecker}, writes the tidy CSV report for the data team,
 * prints one line per record that needs attention, and fails the pipeline with exit code 1 when any record fails or
 * cannot be read.
 *
 * <pre>
 * java -cp guidance-examples-all.jar io.github.careerguidance.examples.ValidateRegistrationsExample \
 *     adviseurs.ndjson noloc-rl 2026-11-28 report.csv
 * </pre>
 *
 * @since 0.1.0
 */
public final class ValidateRegistrationsExample {
    private ValidateRegistrationsExample() {}

    /**
     * Checks a file and writes the report.
     *
     * @param registrations the registrations file
     * @param scheme the scheme id, such as {@code noloc-rl}
     * @param asOf the date to check as of
     * @param report where to write the CSV report
     * @param out where to print the findings
     * @return 0 when every readable record passed (or passed with a warning) and none was unreadable, else 1
     */
    public static int validate(Path registrations, String scheme, LocalDate asOf, Path report, PrintStream out) {
        BulkChecker checker = BulkChecker.builder().scheme(scheme).asOf(asOf).build();
        BulkSummary summary;
        try (Writer writer = Files.newBufferedWriter(report, StandardCharsets.UTF_8);
                BulkReportWriter csv = BulkReports.csv(writer, Locale.ENGLISH)) {
            summary = checker.check(registrations, result -> {
                csv.accept(result);
                attention(result, out);
            });
            csv.finish(summary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long failed = summary.verdicts().fail() + summary.verdicts().notAssessable() + summary.unreadable();
        out.printf("%d records, %d need attention; report: %s%n", summary.records(), failed, report);
        return failed == 0 && !summary.truncated() ? 0 : 1;
    }

    private static void attention(BulkResult result, PrintStream out) {
        String who = result.reference().orElse("#" + (result.index() + 1));
        if (!result.readable()) {
            result.diagnostics().forEach(d -> out.println(who + ": " + d.render(Locale.ENGLISH)));
            return;
        }
        if (result.verdict() == Verdict.FAIL || result.verdict() == Verdict.NOT_ASSESSABLE) {
            result.report()
                    .orElseThrow()
                    .schemes()
                    .forEach(s -> s.rules().stream()
                            .filter(r -> r.verdict() == Verdict.FAIL || r.verdict() == Verdict.NOT_ASSESSABLE)
                            .forEach(r -> out.println(who + ": " + r.verdict().code() + " " + r.ruleId() + ": "
                                    + r.explanation().resolve(Locale.ENGLISH))));
        }
    }

    /**
     * Runs from a pipeline.
     *
     * @param args file, scheme, as-of date and report path
     */
    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: ValidateRegistrationsExample FILE SCHEME YYYY-MM-DD REPORT.csv");
            System.exit(2);
        }
        System.exit(validate(
                Path.of(args[0]),
                args[1],
                LocalDate.parse(args[2]),
                Path.of(args[3]),
                new PrintStream(System.out, true, StandardCharsets.UTF_8)));
    }
}
