/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.cli;

import io.github.careerguidance.core.competence.Item;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.core.profile.ClientProfile;
import io.github.careerguidance.journeys.engine.ContactOffer;
import io.github.careerguidance.journeys.engine.InvalidJourneyException;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.engine.Session;
import io.github.careerguidance.journeys.engine.SessionResult;
import io.github.careerguidance.journeys.engine.StepView;
import io.github.careerguidance.journeys.format.JourneyFormat;
import io.github.careerguidance.journeys.model.Choice;
import io.github.careerguidance.journeys.model.ContentItem;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.Question;
import io.github.careerguidance.journeys.model.StepKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code guidance journey run FILE [--answers FILE]}: walk through a journey on the real engine. */
@Command(name = "run", description = {
    "Walk through a journey in the terminal on the real engine: type a choice code (or its number), a number",
    "or a text; '<' goes back, '?' asks for a person. With --answers FILE (YAML or JSON: step id -> choice code,",
    "list of codes, number, text, or for an assessment a map item -> score) the run is scripted and prints the path.",
    "Exit code 0: an outcome was reached; 1: the journey or an answer was rejected; 2: unusable input."})
final class JourneyRun implements Callable<Integer> {
    /** Guard against a scripted run that never ends (a journey cycle answered the same way forever). */
    static final int MAX_STEPS = 1_000;

    @ParentCommand
    JourneyCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The journey, .json or .yaml.")
    Path file;

    @Option(names = "--answers", paramLabel = "FILE", description = "Scripted answers, .yaml or .json.")
    Path answersFile;

    @Option(names = "--profile", paramLabel = "FILE", description = "The client profile, .yaml or .json (default: anonymous).")
    Path profileFile;

    @Option(names = "--at", paramLabel = "INSTANT", description = "The moment for opening hours, e.g. 2026-12-01T10:15:00Z (default: now).")
    Instant at;

    private boolean endOfInput;
    private PrintWriter out;
    private PrintWriter err;
    private Locale locale;

    @Override
    public Integer call() {
        out = spec.commandLine().getOut();
        err = spec.commandLine().getErr();
        locale = parent.root.locale();
        Instant now = at != null ? at : Instant.now();

        ReadResult<Journey> read = JourneyFormat.forFileName(file.toString())
                .withOptions(parent.root.readOptions()).read(file);
        if (!read.isSuccessful()) {
            print(err, read.diagnostics());
            return GuidanceCli.UNUSABLE;
        }
        ClientProfile profile = ClientProfile.anonymous();
        if (profileFile != null) {
            ReadResult<ClientProfile> p = GuidanceCodec.forFileName(profileFile.toString())
                    .withOptions(parent.root.readOptions()).read(profileFile, ClientProfile.class);
            if (!p.isSuccessful()) {
                print(err, p.diagnostics());
                return GuidanceCli.UNUSABLE;
            }
            profile = p.orElseThrow();
        }
        Map<?, ?> script = null;
        if (answersFile != null) {
            ReadResult<Map> a = GuidanceCodec.forFileName(answersFile.toString())
                    .withOptions(parent.root.readOptions()).read(answersFile, Map.class);
            if (!a.isSuccessful()) {
                print(err, a.diagnostics());
                return GuidanceCli.UNUSABLE;
            }
            script = a.orElseThrow();
        }
        JourneyEngine engine;
        try {
            engine = JourneyEngine.compile(read.orElseThrow());
        } catch (InvalidJourneyException e) {
            err.println(file + ": the journey has errors; run `guidance journey check` for all findings");
            print(err, e.diagnostics().atLeast(io.github.careerguidance.core.diagnostics.Severity.ERROR));
            return GuidanceCli.FAILED;
        }
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Session session = engine.start(profile);
        for (int steps = 0; steps < MAX_STEPS; steps++) {
            StepView view = engine.view(session, now);
            show(view);
            if (view.completed() || view.kind() == StepKind.OUTCOME) {
                out.println();
                out.println(t("Route: ", "Path: ") + String.join(" -> ", session.path()));
                return GuidanceCli.OK;
            }
            SessionResult result;
            if (script != null) {
                Object given = script.get(view.step());
                if (given == null && (view.kind() == StepKind.QUESTION || view.kind() == StepKind.ASSESSMENT)) {
                    err.println(answersFile + ": no answer for step '" + view.step() + "'");
                    return GuidanceCli.UNUSABLE;
                }
                result = apply(engine, session, view, given);
                if (!result.isAccepted()) {
                    err.println(view.step() + ": " + result.error().orElseThrow().message(locale));
                    return GuidanceCli.FAILED;
                }
            } else {
                result = interactive(engine, session, view, stdin);
                if (endOfInput) {
                    out.println();
                    return GuidanceCli.UNUSABLE;
                }
                if (result == null) {
                    continue; // the input could not be read as an answer; ask again
                }
                if (!result.isAccepted()) {
                    out.println("  ! " + result.error().orElseThrow().message(locale));
                }
            }
            session = result.session();
        }
        err.println("stopped after " + MAX_STEPS + " steps: the answers keep the journey in a loop");
        return GuidanceCli.FAILED;
    }

    private SessionResult apply(JourneyEngine engine, Session session, StepView view, Object given) {
        switch (view.kind()) {
            case QUESTION:
                return engine.answer(session, view.step(), toAnswer(view.question().orElseThrow(), given));
            case ASSESSMENT:
                Map<String, Integer> responses = new LinkedHashMap<>();
                if (given instanceof Map) {
                    ((Map<?, ?>) given).forEach((k, v) -> responses.put(String.valueOf(k), toInt(v)));
                } else {
                    int same = toInt(given); // one score for every item
                    view.instrument().orElseThrow().items().forEach(item -> responses.put(item.id(), same));
                }
                return engine.assess(session, view.step(), responses);
            default:
                return engine.proceed(session, view.step());
        }
    }

    private static Integer toInt(Object v) {
        if (v instanceof Number) {
            return ((Number) v).intValue();
        }
        try {
            return Integer.valueOf(String.valueOf(v).trim());
        } catch (NumberFormatException e) {
            return null; // the instrument reports it
        }
    }

    private static Answer toAnswer(Question q, Object given) {
        switch (q.type()) {
            case MULTIPLE_CHOICE:
                List<String> codes = new ArrayList<>();
                if (given instanceof List) {
                    ((List<?>) given).forEach(c -> codes.add(String.valueOf(c)));
                } else {
                    for (String c : String.valueOf(given).split(",")) {
                        codes.add(c.trim());
                    }
                }
                return Answer.choices(codes);
            case SCALE:
            case NUMBER:
                return Answer.number(new BigDecimal(String.valueOf(given).trim()));
            case SHORT_TEXT:
                return Answer.text(String.valueOf(given));
            default:
                return Answer.choice(String.valueOf(given).trim());
        }
    }

    private SessionResult interactive(JourneyEngine engine, Session session, StepView view, BufferedReader stdin) {
        try {
            if (view.kind() == StepKind.ASSESSMENT) {
                Map<String, Integer> responses = new LinkedHashMap<>();
                for (Item item : view.instrument().orElseThrow().items()) {
                    out.print("  " + item.text().map(x -> x.resolve(locale)).orElse(item.id()) + " > ");
                    out.flush();
                    String line = stdin.readLine();
                    if (line == null) {
                        endOfInput = true;
                        return null;
                    }
                    responses.put(item.id(), toInt(line));
                }
                return engine.assess(session, view.step(), responses);
            }
            out.print(view.kind() == StepKind.QUESTION ? "> " : t("[enter] verder, '<' terug, '?' een persoon > ",
                    "[enter] continue, '<' back, '?' a person > "));
            out.flush();
            String line = stdin.readLine();
            if (line == null) {
                endOfInput = true;
                return null;
            }
            line = line.trim();
            if ("<".equals(line)) {
                return engine.back(session);
            }
            if ("?".equals(line)) {
                return engine.requestContact(session);
            }
            if (view.kind() != StepKind.QUESTION) {
                return engine.proceed(session, view.step());
            }
            Question q = view.question().orElseThrow();
            if (q.isChoice() && line.matches("\\d+") && Integer.parseInt(line) >= 1 && Integer.parseInt(line) <= q.choices().size()) {
                line = q.choices().get(Integer.parseInt(line) - 1).code();
            }
            try {
                return engine.answer(session, view.step(), toAnswer(q, line));
            } catch (IllegalArgumentException e) {
                out.println("  ! " + e.getMessage());
                return null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void show(StepView view) {
        out.println();
        out.println("== " + view.title().resolve(locale) + "  [" + view.step() + ", " + view.kind().toString().toLowerCase(Locale.ROOT)
                + ", " + view.phase().code() + ", " + view.supportLevel().code() + "]");
        view.text().ifPresent(x -> out.println(x.resolve(locale)));
        for (ContentItem item : view.content()) {
            out.println("  * " + item.title().map(x -> x.resolve(locale) + ": ").orElse("") + item.text().resolve(locale)
                    + item.url().map(u -> " <" + u + ">").orElse(""));
        }
        view.question().ifPresent(q -> {
            out.println(q.prompt().resolve(locale));
            int i = 1;
            for (Choice c : q.choices()) {
                out.println("  " + i++ + ". " + c.label().resolve(locale) + " (" + c.code() + ")");
            }
            q.min().ifPresent(min -> out.println("  " + min + " .. " + q.max().map(Object::toString).orElse("")));
        });
        view.reflection().ifPresent(r -> r.prompts().forEach(p -> out.println("  - " + p.resolve(locale))));
        view.action().ifPresent(a -> out.println("  " + a.text().resolve(locale) + a.url().map(u -> " <" + u + ">").orElse("")));
        view.outcome().ifPresent(o -> {
            out.println("  " + o.text().resolve(locale));
            o.referTo().ifPresent(r -> out.println("  -> " + r.resolve(locale)));
        });
        ContactOffer offer = view.contactOffer();
        List<String> options = new ArrayList<>();
        offer.options().forEach(o -> options.add(o.channel().label().resolve(locale) + " "
                + (o.open() ? t("nu open", "open now")
                        : o.nextOpeningLocal().map(n -> t("opent ", "opens ") + n.toLocalDate() + " " + n.toLocalTime())
                                .orElse(t("gesloten", "closed")))));
        if (!options.isEmpty()) {
            out.println("  (" + t("een persoon: ", "a person: ") + String.join("; ", options) + ")");
        }
    }

    private void print(PrintWriter w, Diagnostics d) {
        d.forEach(x -> w.println(x.render(locale)));
    }

    private String t(String nl, String en) {
        return "nl".equals(locale.getLanguage()) ? nl : en;
    }
}
