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
import io.github.careerguidance.quality.registration.Registration;
import io.github.careerguidance.quality.scheme.Policy;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code guidance providers check}: a provider registration against schemes or a policy. */
@Command(name = "providers", description = "Check provider registrations against quality-mark schemes.",
        subcommands = {ProvidersCommand.Check.class})
final class ProvidersCommand {
    @ParentCommand
    GuidanceCli root;

    /** {@code guidance providers check FILE --scheme ID|--policy FILE}. */
    @Command(name = "check", description = {
        "Check one registration file (JSON or YAML: an organisation and/or its professionals).",
        "Exit code 0: everything passed; 1: something failed or could not be assessed; 2: unusable input."})
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
            @Option(names = "--scheme", paramLabel = "ID", description = "A built-in scheme id (see `guidance schemes list`).")
            String scheme;

            @Option(names = "--policy", paramLabel = "FILE", description = "An integrator policy, .json or .yaml.")
            Path policy;
        }

        @Option(names = "--as-of", paramLabel = "DATE", description = "The date to check for, yyyy-mm-dd (default: today).")
        LocalDate asOf;

        @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
        String format;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Locale locale = parent.root.locale();
            LocalDate date = asOf != null ? asOf : LocalDate.now();

            ReadResult<Registration> read = GuidanceCodec.forFileName(file.toString()).read(file, Registration.class);
            if (!read.isSuccessful()) {
                read.diagnostics().forEach(d -> err.println(d.render(locale)));
                return GuidanceCli.UNUSABLE;
            }
            QualityChecker checker = QualityChecker.builtIn();
            QualityReport report;
            if (target.policy != null) {
                ReadResult<Policy> policy = GuidanceCodec.forFileName(target.policy.toString()).read(target.policy, Policy.class);
                if (!policy.isSuccessful()) {
                    policy.diagnostics().forEach(d -> err.println(d.render(locale)));
                    return GuidanceCli.UNUSABLE;
                }
                report = checker.check(read.orElseThrow(), policy.orElseThrow(), date);
            } else {
                report = checker.check(read.orElseThrow(), target.scheme, date);
            }
            if ("json".equals(format)) {
                out.println(GuidanceCodec.json().write(report));
            } else {
                printText(out, report, locale);
            }
            boolean unknownScheme = report.diagnostics().stream().anyMatch(d -> d.code().contains("unknown-scheme"));
            if (unknownScheme) {
                return GuidanceCli.UNUSABLE;
            }
            return report.verdict() == Verdict.PASS || report.verdict() == Verdict.WARNING
                            || report.verdict() == Verdict.NOT_APPLICABLE
                    ? GuidanceCli.OK
                    : GuidanceCli.FAILED;
        }

        private static void printText(PrintWriter out, QualityReport report, Locale locale) {
            out.println((report.reference().map(r -> r + ": ").orElse("")) + report.verdict()
                    + " (" + report.policy() + " " + report.policyVersion() + ", as of " + report.asOf() + ")");
            for (Diagnostic d : report.diagnostics()) {
                out.println("  " + d.render(locale));
            }
            for (SchemeResult scheme : report.schemes()) {
                out.println();
                out.println("  " + scheme.scheme() + " " + scheme.version()
                        + scheme.subjectRef().map(s -> " for " + s).orElse("") + ": " + scheme.verdict());
                scheme.explanation().ifPresent(e -> out.println("    " + e.resolve(locale)));
                for (RuleResult rule : scheme.rules()) {
                    out.printf("    %-15s %-22s %s%n", rule.verdict(), rule.ruleId(), rule.explanation().resolve(locale));
                    rule.deemedBy().ifPresent(d -> out.println("                    deemed by " + d));
                    for (Citation c : rule.citations()) {
                        out.println("                    source: " + c.url());
                    }
                }
            }
            report.changesOn().ifPresent(d -> {
                out.println();
                out.println("  the result may change on " + d);
            });
        }
    }
}
