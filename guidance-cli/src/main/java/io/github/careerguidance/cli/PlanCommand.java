/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.cli;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadOptions;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.plan.ActionPlan;
import io.github.careerguidance.core.plan.ActionPlans;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code guidance plan check|show|ics|schema}: a client's action plan ({@link ActionPlan}), read from JSON or YAML.
 *
 * <p>Exit codes as everywhere: {@code 0} fine (warnings allowed), {@code 1} the plan has errors (findings of
 * {@link ActionPlans#check(ActionPlan)}), {@code 2} a file could not be read or used, or the command line was wrong.
 */
@Command(
        name = "plan",
        description = "Check a client's action plan, show it for the client, write its dates to a calendar file.")
final class PlanCommand {
    @ParentCommand
    GuidanceCli root;

    /**
     * Reads one plan within the command line's read limits and checks it.
     *
     * @param file the plan document, .json or .yaml
     * @param options the read limits
     * @return the plan (or none when unreadable) with every finding, all carrying the file as source
     */
    static Loaded load(Path file, ReadOptions options) {
        String source = file.toString();
        ReadResult<ActionPlan> read = GuidanceCodec.forFileName(source)
                .withOptions(options)
                .read(file, ActionPlan.class)
                .withSource(source);
        if (!read.isSuccessful()) {
            return new Loaded(null, read.diagnostics());
        }
        ActionPlan plan = read.orElseThrow();
        return new Loaded(plan, read.diagnostics().plus(ActionPlans.check(plan).withSource(source)));
    }

    /** A plan as read: the plan, or null when the file could not be read; and the findings of reading and checking. */
    record Loaded(ActionPlan plan, Diagnostics findings) {
        boolean readable() {
            return plan != null;
        }

        /**
         * Prints the findings on standard error and says which exit code ends the command, or none to go on: a plan
         * that cannot be read exits with 2, a plan with errors with 1 (show and ics use only sound plans), warnings
         * are printed and the command goes on.
         */
        Integer refusal(PrintWriter err, Locale locale) {
            for (Diagnostic d : findings) {
                err.println(d.render(locale));
            }
            if (!readable()) {
                return GuidanceCli.UNUSABLE;
            }
            if (findings.hasErrors()) {
                err.println(PlanText.t(
                        locale,
                        "het plan heeft fouten; `guidance plan check` zegt welke",
                        "the plan has errors; `guidance plan check` lists them"));
                return GuidanceCli.FAILED;
            }
            return null;
        }
    }

    /** {@code guidance plan check FILE...}. */
    @Command(
            name = "check",
            description = {
                "Check action plans (JSON or YAML); every finding names its JSON Pointer.",
                "Checks ids, goal references, date order against acceptance and horizon, recurrences,",
                "status histories and https links.",
                "Exit code 0: no errors (warnings allowed); 1: a plan has errors; 2: a file could not be read."
            })
    static final class Check implements Callable<Integer> {
        @ParentCommand
        PlanCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", arity = "1..*", description = "Plan files, .json or .yaml.")
        List<Path> files;

        @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
        String format;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Locale locale = parent.root.locale();
            if (!List.of("text", "json").contains(format)) {
                spec.commandLine().getErr().println("unknown --format '" + format + "'; use text or json");
                return GuidanceCli.UNUSABLE;
            }
            boolean unreadable = false;
            boolean errors = false;
            Map<String, Diagnostics> results = new LinkedHashMap<>();
            for (Path file : files) {
                Loaded loaded = load(file, parent.root.readOptions());
                unreadable |= !loaded.readable();
                errors |= loaded.findings().hasErrors();
                results.put(file.toString(), loaded.findings());
            }
            if ("json".equals(format)) {
                out.println(GuidanceCodec.json().write(results));
            } else {
                results.forEach((file, found) -> {
                    out.println(file + ": " + (found.hasErrors() ? "errors" : found.isEmpty() ? "clean" : "warnings"));
                    for (Diagnostic d : found) {
                        out.println("  " + d.render(locale));
                    }
                });
            }
            return unreadable ? GuidanceCli.UNUSABLE : errors ? GuidanceCli.FAILED : GuidanceCli.OK;
        }
    }

    /** {@code guidance plan show FILE}. */
    @Command(
            name = "show",
            description = {
                "Show an action plan as its client reads it, in Dutch or English (--lang).",
                "Goals, actions with due dates and status, links and signposts, recurring obligations with",
                "their evidence and source, reviews with a professional (when, how, what to prepare).",
                "Dates after acceptance are resolved from the day of acceptance; overdue actions are",
                "marked against --today.",
                "Exit code 0: shown; 1: the plan has errors (see `guidance plan check`); 2: unreadable file."
            })
    static final class Show implements Callable<Integer> {
        @ParentCommand
        PlanCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The plan, .json or .yaml.")
        Path file;

        @Option(
                names = "--today",
                paramLabel = "DATE",
                description = "The day to mark overdue actions and past reviews against, yyyy-mm-dd (default: today).")
        LocalDate today;

        @Override
        public Integer call() {
            Locale locale = parent.root.locale();
            Loaded loaded = load(file, parent.root.readOptions());
            Integer refused = loaded.refusal(spec.commandLine().getErr(), locale);
            if (refused != null) {
                return refused;
            }
            LocalDate day = today != null ? today : LocalDate.now(parent.root.clock());
            PlanText.render(loaded.plan(), locale, day, spec.commandLine().getOut());
            return GuidanceCli.OK;
        }
    }

    /** {@code guidance plan schema}. */
    @Command(name = "schema", description = "Print the JSON Schema of the action plan format (draft 2020-12).")
    static final class Schema implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().getOut().println(ActionPlans.schema());
            return GuidanceCli.OK;
        }
    }
}
