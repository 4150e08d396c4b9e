/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.cli;

import io.github.careerguidance.core.competence.Item;
import io.github.careerguidance.core.contact.ContactPoint;
import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.core.profile.ClientProfile;
import io.github.careerguidance.core.readiness.ReadinessAssessment;
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
import io.github.careerguidance.journeys.scenario.ScriptedAnswers;
import io.github.careerguidance.journeys.scenario.Visit;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code guidance journey run FILE [--answers FILE]}: walk through a journey on the real engine. */
@Command(
        name = "run",
        description = {
            "Walk through a journey in the terminal on the real engine: type a choice code (or its number), a number",
            "or a text; '<' goes back, '?' asks for a person. With --answers FILE (YAML or JSON: step id -> choice code,",
            "list of codes, number, text, or for an assessment a map item -> score; 'step#2' for the second time the path",
            "reaches a step; a list of such maps is one per visit, with a save and resume between them) the run is scripted",
            "and prints the path with its outcome.",
            "Exit code 0: an outcome was reached; 1: the journey or an answer was rejected; 2: unusable input."
        })
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

    @Option(
            names = "--profile",
            paramLabel = "FILE",
            description = "The client profile, .yaml or .json (default: anonymous).")
    Path profileFile;

    @Option(
            names = "--at",
            paramLabel = "INSTANT",
            description = "The moment for opening hours, e.g. 2026-12-01T10:15:00Z (default: now).")
    Instant at;

    @Option(
            names = "--contact-points",
            paramLabel = "FILE",
            description = "Contact points with opening hours (a YAML or JSON list), offered on every step.")
    Path contactPointsFile;

    @Option(
            names = "--readiness",
            paramLabel = "CAP,COMPLEXITY",
            description =
                    "A CIP readiness assessment, two numbers from 0 to 1 (e.g. 0.3,0.8): decides the starting support level.")
    String readiness;

    @Option(
            names = "--save",
            paramLabel = "FILE",
            description = "Store the session (the engine's JSON) in FILE at the end.")
    Path saveFile;

    @Option(
            names = "--resume",
            paramLabel = "FILE",
            description = "Resume a session stored with --save instead of starting.")
    Path resumeFile;

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
                .withOptions(parent.root.readOptions())
                .read(file);
        if (!read.isSuccessful()) {
            print(err, read.diagnostics());
            return GuidanceCli.UNUSABLE;
        }
        ClientProfile profile = ClientProfile.anonymous();
        if (profileFile != null) {
            ReadResult<ClientProfile> p = GuidanceCodec.forFileName(profileFile.toString())
                    .withOptions(parent.root.readOptions())
                    .read(profileFile, ClientProfile.class);
            if (!p.isSuccessful()) {
                print(err, p.diagnostics());
                return GuidanceCli.UNUSABLE;
            }
            profile = p.orElseThrow();
        }
        ReadinessAssessment assessment = null;
        if (readiness != null) {
            assessment = readiness(readiness);
            if (assessment == null) {
                err.println("--readiness: "
                        + t(
                                "twee getallen van 0 tot en met 1, zoals 0.3,0.8",
                                "two numbers from 0 to 1, such as 0.3,0.8"));
                return GuidanceCli.UNUSABLE;
            }
        }
        List<ContactPoint> points = List.of();
        if (contactPointsFile != null) {
            ReadResult<List<ContactPoint>> pointsRead =
                    ContactPoints.read(contactPointsFile, parent.root.readOptions());
            if (!pointsRead.isSuccessful()) {
                print(err, pointsRead.diagnostics());
                return GuidanceCli.UNUSABLE;
            }
            points = pointsRead.orElseThrow();
        }
        List<Visit> visits = null;
        if (answersFile != null) {
            ReadResult<Object> a = GuidanceCodec.forFileName(answersFile.toString())
                    .withOptions(parent.root.readOptions())
                    .read(answersFile, Object.class);
            if (!a.isSuccessful()) {
                print(err, a.diagnostics());
                return GuidanceCli.UNUSABLE;
            }
            visits = visits(a.orElseThrow());
            if (visits == null) {
                err.println(answersFile + ": "
                        + t(
                                "verwacht een lijst van stap-id naar antwoord, of een rij van zulke lijsten"
                                        + " (een per bezoek); een sleutel is een stap-id, eventueel met #n",
                                "expected a map of step id to answer, or a list of such maps (one per visit); a key is a step id,"
                                        + " optionally with #n"));
                return GuidanceCli.UNUSABLE;
            }
        }
        JourneyEngine engine;
        try {
            engine = JourneyEngine.compiler().contactPoints(points).compile(read.orElseThrow());
        } catch (InvalidJourneyException e) {
            err.println(file + ": the journey has errors; run `guidance journey check` for all findings");
            print(err, e.diagnostics().atLeast(io.github.careerguidance.core.diagnostics.Severity.ERROR));
            return GuidanceCli.FAILED;
        }
        Session session;
        if (resumeFile != null) {
            String stored;
            try {
                if (Files.size(resumeFile) > parent.root.readOptions().maxDocumentLength()) {
                    err.println(
                            resumeFile + ": " + t("groter dan --max-document-size", "larger than --max-document-size"));
                    return GuidanceCli.UNUSABLE;
                }
                stored = Files.readString(resumeFile, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                err.println(resumeFile + ": " + e.getClass().getSimpleName());
                return GuidanceCli.UNUSABLE;
            }
            ReadResult<Session> resumed = engine.resume(stored);
            if (!resumed.isSuccessful()) {
                print(err, resumed.diagnostics().withSource(resumeFile.toString()));
                return GuidanceCli.UNUSABLE;
            }
            session = resumed.orElseThrow();
        } else {
            session = assessment != null ? engine.start(profile, assessment) : engine.start(profile);
        }
        int code = walk(engine, session, visits, now);
        if (saveFile != null && last != null) {
            try {
                Files.writeString(saveFile, engine.store(last), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                err.println(saveFile + ": " + e.getClass().getSimpleName());
                return GuidanceCli.UNUSABLE;
            }
        }
        return code;
    }

    /** The session when the walk ended, for --save. */
    private Session last;

    private int walk(JourneyEngine engine, Session start, List<Visit> visits, Instant now) {
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Session session = start;
        int visit = 0;
        Map<String, Integer> occurrences = new HashMap<>();
        for (int steps = 0; steps < MAX_STEPS; steps++) {
            last = session;
            StepView view = engine.view(session, now);
            show(view);
            if (view.completed() || view.kind() == StepKind.OUTCOME) {
                // the client's action plan, as `guidance plan show` prints it (issue #14)
                view.plan().ifPresent(plan -> {
                    out.println();
                    PlanText.render(
                            plan,
                            locale,
                            LocalDate.ofInstant(now, engine.clock().getZone()),
                            out);
                });
                out.println();
                out.println(t("Route: ", "Path: ") + pathLine(session, view));
                return GuidanceCli.OK;
            }
            SessionResult result;
            if (visits != null) {
                Visit current = visits.get(visit);
                boolean asks = view.kind() == StepKind.QUESTION || view.kind() == StepKind.ASSESSMENT;
                int n = asks ? occurrences.merge(view.step(), 1, Integer::sum) : 0;
                Object given = asks ? current.answerFor(view.step(), n).orElse(null) : null;
                if (given == null && asks && visit + 1 < visits.size()) {
                    // the visitor leaves here and comes back: store and resume, as a portal does
                    ReadResult<Session> resumed = engine.resume(engine.store(session));
                    if (!resumed.isSuccessful()) {
                        print(err, resumed.diagnostics());
                        return GuidanceCli.FAILED;
                    }
                    session = resumed.orElseThrow();
                    visit++;
                    occurrences.clear();
                    out.println();
                    out.println("-- " + t("bezoek ", "visit ") + (visit + 1));
                    continue;
                }
                if (given == null && asks) {
                    err.println(answersFile + ": no answer for step '" + view.step() + "'");
                    return GuidanceCli.UNUSABLE;
                }
                Diagnostic mismatch = null;
                if (view.kind() == StepKind.QUESTION) {
                    Optional<Answer> answer =
                            ScriptedAnswers.answer(view.question().orElseThrow(), given);
                    if (answer.isEmpty()) {
                        mismatch = ScriptedAnswers.mismatch(
                                view.step(), view.question().orElseThrow());
                        result = null;
                    } else {
                        result = engine.answer(session, view.step(), answer.get());
                    }
                } else if (view.kind() == StepKind.ASSESSMENT) {
                    Optional<Map<String, Integer>> responses =
                            ScriptedAnswers.responses(view.instrument().orElseThrow(), given);
                    if (responses.isEmpty()) {
                        mismatch = ScriptedAnswers.mismatch(
                                view.step(), view.instrument().orElseThrow());
                        result = null;
                    } else {
                        result = engine.assess(session, view.step(), responses.get());
                    }
                } else {
                    result = engine.proceed(session, view.step());
                }
                if (mismatch != null) {
                    err.println(io.github.careerguidance.core.diagnostics.ImmutableDiagnostic.copyOf(mismatch)
                            .withSource(answersFile.toString())
                            .render(locale));
                    return GuidanceCli.FAILED;
                }
                if (!result.isAccepted()) {
                    err.println(
                            view.step() + ": " + result.error().orElseThrow().message(locale));
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

    /** The path with the step it ends on, and the outcome's type: {@code welkom -> ... -> plan (outcome: plan)}. */
    private String pathLine(Session session, StepView view) {
        List<String> path = new ArrayList<>(session.path());
        path.add(session.step());
        String line = String.join(" -> ", path);
        return view.outcome()
                .map(o -> line + " (" + t("uitkomst: ", "outcome: ") + o.type().code() + ")")
                .orElse(line);
    }

    /** One visit per map of a list, or one visit for a single map; null when the value is neither. */
    private static List<Visit> visits(Object script) {
        List<Object> maps = script instanceof List ? new ArrayList<>((List<?>) script) : List.of(script);
        if (maps.isEmpty()) {
            return null;
        }
        List<Visit> visits = new ArrayList<>();
        for (Object m : maps) {
            if (!(m instanceof Map)) {
                return null;
            }
            Map<String, Object> answers = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) m).entrySet()) {
                if (e.getKey() == null || e.getValue() == null) {
                    return null;
                }
                answers.put(String.valueOf(e.getKey()), e.getValue());
            }
            try {
                visits.add(Visit.builder().answers(answers).build());
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return visits;
    }

    private static ReadinessAssessment readiness(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 2) {
            return null;
        }
        try {
            return ReadinessAssessment.of(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()));
        } catch (IllegalArgumentException e) {
            return null;
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
                    responses.put(
                            item.id(),
                            ScriptedAnswers.responses(view.instrument().orElseThrow(), line.trim())
                                    .filter(r -> !r.isEmpty())
                                    .map(r -> r.values().iterator().next())
                                    .orElse(null));
                }
                return engine.assess(session, view.step(), responses);
            }
            out.print(
                    view.kind() == StepKind.QUESTION
                            ? "> "
                            : t(
                                    "[enter] verder, '<' terug, '?' een persoon > ",
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
            if (q.isChoice()
                    && line.matches("\\d+")
                    && Integer.parseInt(line) >= 1
                    && Integer.parseInt(line) <= q.choices().size()) {
                line = q.choices().get(Integer.parseInt(line) - 1).code();
            }
            Optional<Answer> answer = ScriptedAnswers.answer(q, line);
            if (answer.isEmpty()) {
                out.println("  ! " + ScriptedAnswers.mismatch(view.step(), q).message(locale));
                return null;
            }
            return engine.answer(session, view.step(), answer.get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void show(StepView view) {
        out.println();
        out.println("== " + view.title().resolve(locale) + "  [" + view.step() + ", "
                + view.kind().toString().toLowerCase(Locale.ROOT) + ", "
                + view.phase().code() + ", " + view.supportLevel().code() + "]");
        view.text().ifPresent(x -> out.println(x.resolve(locale)));
        for (ContentItem item : view.content()) {
            out.println("  * " + item.title().map(x -> x.resolve(locale) + ": ").orElse("")
                    + item.text().resolve(locale)
                    + item.url().map(u -> " <" + u + ">").orElse(""));
        }
        view.question().ifPresent(q -> {
            out.println(q.prompt().resolve(locale));
            int i = 1;
            for (Choice c : q.choices()) {
                out.println("  " + i++ + ". " + c.label().resolve(locale) + " (" + c.code() + ")");
            }
            q.min()
                    .ifPresent(min -> out.println(
                            "  " + min + " .. " + q.max().map(Object::toString).orElse("")));
        });
        view.reflection().ifPresent(r -> r.prompts().forEach(p -> out.println("  - " + p.resolve(locale))));
        view.action()
                .ifPresent(a -> out.println("  " + a.text().resolve(locale)
                        + a.url().map(u -> " <" + u + ">").orElse("")));
        view.outcome().ifPresent(o -> {
            out.println("  " + o.text().resolve(locale));
            o.referTo().ifPresent(r -> out.println("  -> " + r.resolve(locale)));
        });
        ContactOffer offer = view.contactOffer();
        List<String> options = new ArrayList<>();
        offer.options()
                .forEach(o -> options.add(o.channel().label().resolve(locale) + " "
                        + (o.open()
                                ? t("nu open", "open now")
                                : o.nextOpeningLocal()
                                        .map(n -> t("opent ", "opens ") + n.toLocalDate() + " " + n.toLocalTime())
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
