/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.cli;

import io.github.careerguidance.core.citation.Citation;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.quality.scheme.Rule;
import io.github.careerguidance.quality.scheme.Scheme;
import io.github.careerguidance.quality.scheme.SchemeCatalogue;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code guidance schemes list|show}: the built-in quality-mark schemes. */
@Command(name = "schemes", description = "List and show the built-in quality-mark schemes.")
final class SchemesCommand {
    @ParentCommand
    GuidanceCli root;

    /** {@code guidance schemes list}. */
    @Command(name = "list", description = "List the built-in schemes: id, version, subject, name.")
    static final class ListSchemes implements Callable<Integer> {
        @ParentCommand
        SchemesCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
        String format;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Locale locale = parent.root.locale();
            if ("json".equals(format)) {
                out.println(GuidanceCodec.json().write(SchemeCatalogue.builtIn().schemes()));
                return GuidanceCli.OK;
            }
            // the committed index: no Jackson, snakeyaml or rule set in a cold JVM (issue #18)
            Optional<List<SchemeIndex.Entry>> index = SchemeIndex.builtIn();
            if (index.isPresent()) {
                for (SchemeIndex.Entry scheme : index.get()) {
                    out.printf(
                            "%-26s %-10s %-13s %s%n",
                            scheme.id(),
                            scheme.version(),
                            scheme.subject(),
                            scheme.name().resolve(locale));
                }
                return GuidanceCli.OK;
            }
            for (Scheme scheme : SchemeCatalogue.builtIn().schemes()) {
                out.printf(
                        "%-26s %-10s %-13s %s%n",
                        scheme.id(),
                        scheme.version(),
                        scheme.subject().toString().toLowerCase(Locale.ROOT),
                        scheme.name().resolve(locale));
            }
            return GuidanceCli.OK;
        }
    }

    /** {@code guidance schemes show ID}. */
    @Command(name = "show", description = "Show one scheme: its rules, their parameters and sources.")
    static final class ShowScheme implements Callable<Integer> {
        @ParentCommand
        SchemesCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "The scheme id, as `guidance schemes list` shows it.")
        String id;

        @Option(
                names = "--format",
                defaultValue = "text",
                description = "text, yaml or json (default: ${DEFAULT-VALUE}).")
        String format;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Locale locale = parent.root.locale();
            Optional<Scheme> found = SchemeCatalogue.builtIn().scheme(id);
            if (found.isEmpty()) {
                err.println("unknown scheme '" + id + "'; run `guidance schemes list` to see the ids");
                return GuidanceCli.UNUSABLE;
            }
            Scheme scheme = found.get();
            switch (format) {
                case "json":
                    out.println(GuidanceCodec.json().write(scheme));
                    return GuidanceCli.OK;
                case "yaml":
                    out.print(GuidanceCodec.yaml().write(scheme));
                    return GuidanceCli.OK;
                default:
                    break;
            }
            out.println(scheme.name().resolve(locale) + " (" + scheme.id() + ", version " + scheme.version() + ")");
            out.println("subject: " + scheme.subject().toString().toLowerCase(Locale.ROOT)
                    + scheme.effectiveFrom().map(d -> ", in force from " + d).orElse("")
                    + scheme.effectiveUntil().map(d -> " until " + d).orElse(""));
            scheme.note().ifPresent(n -> out.println("note: " + n));
            for (Citation c : scheme.citations()) {
                out.println("source: " + c.title() + " <" + c.url() + ">");
            }
            out.println();
            for (Rule rule : scheme.rules()) {
                out.println("  " + rule.id() + "  " + rule.title().resolve(locale));
                rule.note().ifPresent(n -> out.println("      note: " + n));
                for (Citation c : rule.citations()) {
                    out.println("      source: " + c.url());
                }
            }
            return GuidanceCli.OK;
        }
    }
}
