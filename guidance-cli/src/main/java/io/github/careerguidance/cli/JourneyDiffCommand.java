/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.cli;

import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.journeys.diff.Change;
import io.github.careerguidance.journeys.diff.JourneyDiff;
import io.github.careerguidance.journeys.diff.JourneyDiffer;
import io.github.careerguidance.journeys.diff.SessionResume;
import io.github.careerguidance.journeys.format.JourneyFormat;
import io.github.careerguidance.journeys.model.Journey;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

/** {@code guidance journey diff A B [--format text|json] [--sessions FILE]}: what changed between two versions. */
@Command(
        name = "diff",
        description = {
            "Compare two versions of a journey: steps, transitions, texts and conditions added, removed or changed;",
            "which sessions of A resume on B by the engine's own resume rules (sessions of A's representative clients",
            "at every step, plus stored sessions from --sessions); and the semantic version bump that calls for:",
            "major when a step is removed or changes kind or a session cannot resume, minor for other additions and",
            "changes, patch for texts only.",
            "Exit code 0: B's version is bumped enough; 1: it is not; 2: unusable input."
        })
final class JourneyDiffCommand implements Callable<Integer> {
    @ParentCommand
    JourneyCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "The old version, .json or .yaml.")
    Path fileA;

    @Parameters(index = "1", paramLabel = "B", description = "The new version, .json or .yaml.")
    Path fileB;

    @Option(
            names = "--format",
            paramLabel = "text|json",
            defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(
            names = "--sessions",
            paramLabel = "FILE",
            description = "Stored sessions of A, one JSON document per line (as the engine stores them).")
    Path sessionsFile;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Locale locale = parent.root.locale();
        if (!format.equals("text") && !format.equals("json")) {
            err.println("--format must be text or json, not '" + format + "'");
            return GuidanceCli.UNUSABLE;
        }
        Journey a = read(fileA, err, locale);
        Journey b = read(fileB, err, locale);
        if (a == null || b == null) {
            return GuidanceCli.UNUSABLE;
        }
        List<String> stored = new ArrayList<>();
        if (sessionsFile != null) {
            try {
                for (String line : Files.readAllLines(sessionsFile, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        stored.add(line);
                    }
                }
            } catch (IOException e) {
                err.println(sessionsFile + ": cannot read: " + e.getMessage());
                return GuidanceCli.UNUSABLE;
            }
        }
        JourneyDiff diff = JourneyDiffer.diff(a, b, stored);
        if (format.equals("json")) {
            out.println(GuidanceCodec.json().write(json(diff)));
        } else {
            text(diff, out);
        }
        out.flush();
        return diff.versionSufficient() ? GuidanceCli.OK : GuidanceCli.FAILED;
    }

    private Journey read(Path file, PrintWriter err, Locale locale) {
        ReadResult<Journey> read = JourneyFormat.forFileName(file.toString())
                .withOptions(parent.root.readOptions())
                .read(file);
        if (!read.isSuccessful()) {
            read.diagnostics().forEach(d -> err.println(file + ": " + d.render(locale)));
            return null;
        }
        return read.orElseThrow();
    }

    private static void text(JourneyDiff diff, PrintWriter out) {
        out.println(diff.journey() + " " + diff.fromVersion() + " -> " + diff.toVersion() + ": "
                + diff.changes().size() + " change(s)");
        for (Change c : diff.changes()) {
            out.println("  " + c.bump().code() + "  " + c);
        }
        out.println("Sessions of " + diff.fromVersion() + " on " + diff.toVersion() + ":");
        diff.resumeNote().ifPresent(n -> out.println("  " + n));
        for (SessionResume r : diff.resumes()) {
            out.println("  at " + r.step() + ": " + r.resumable() + " of " + r.sessions() + " resume"
                    + (r.reasons().isEmpty() ? "" : " (" + r.reasons().get(0) + ")"));
        }
        out.println("Suggested bump: " + diff.suggested().code() + " (" + diff.reason() + ")");
        out.println("Version " + diff.toVersion() + " is a " + diff.actual().code() + " bump: "
                + (diff.versionSufficient() ? "enough" : "not enough"));
    }

    private static Map<String, Object> json(JourneyDiff diff) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("journey", diff.journey());
        m.put("from", diff.fromVersion());
        m.put("to", diff.toVersion());
        List<Map<String, Object>> changes = new ArrayList<>();
        for (Change c : diff.changes()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("kind", c.kind().name().toLowerCase(Locale.ROOT));
            x.put("element", c.element());
            c.step().ifPresent(s -> x.put("step", s));
            c.from().ifPresent(s -> x.put("fromPointer", s));
            c.to().ifPresent(s -> x.put("toPointer", s));
            c.before().ifPresent(s -> x.put("before", s));
            c.after().ifPresent(s -> x.put("after", s));
            x.put("bump", c.bump().code());
            changes.add(x);
        }
        m.put("changes", changes);
        List<Map<String, Object>> resumes = new ArrayList<>();
        for (SessionResume r : diff.resumes()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("step", r.step());
            x.put("sessions", r.sessions());
            x.put("resumable", r.resumable());
            x.put("reasons", r.reasons());
            resumes.add(x);
        }
        m.put("sessions", resumes);
        diff.resumeNote().ifPresent(n -> m.put("sessionsNote", n));
        m.put("suggested", diff.suggested().code());
        m.put("reason", diff.reason());
        m.put("actual", diff.actual().code());
        m.put("sufficient", diff.versionSufficient());
        return m;
    }
}
