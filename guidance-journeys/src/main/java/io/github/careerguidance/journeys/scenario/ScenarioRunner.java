/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.scenario;

import io.github.careerguidance.core.contact.ContactPoint;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.journeys.engine.ContactOffer;
import io.github.careerguidance.journeys.engine.ContactOption;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.engine.Session;
import io.github.careerguidance.journeys.engine.SessionResult;
import io.github.careerguidance.journeys.engine.StepView;
import io.github.careerguidance.journeys.model.ContentItem;
import io.github.careerguidance.journeys.model.StepKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Runs scenarios on the real engine and compares what happens with what they expect. Each visit walks the journey
 * from where the previous one left off: the session is stored and resumed between visits ({@link
 * JourneyEngine#store(Session)}, {@link JourneyEngine#resume(String)}), views are made at the visit's instant with the
 * suite's (or the runner's) contact points. The first divergence ends the scenario.
 *
 * <pre>{@code
 * ScenarioSuite suite = ScenarioFormat.forFileName("looking-for-work.scenarios.yaml").read(path).orElseThrow();
 * JourneyEngine engine = JourneyEngine.compile(ReferenceJourneys.byId(suite.journey()).orElseThrow());
 * for (ScenarioResult r : ScenarioRunner.of(engine).run(suite)) {
 *     System.out.println(r.scenario() + ": " + r.divergence().map(d -> d.message(Locale.ENGLISH)).orElse("passed"));
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe; never throws on a scenario (what goes wrong is a divergence).
 *
 * @since 0.2.0
 */
@Beta
public final class ScenarioRunner {
    /** The most steps one scenario may take; more means the answers keep the journey in a loop. */
    public static final int MAX_STEPS = 1_000;

    private final JourneyEngine engine;
    private final List<ContactPoint> contactPoints;
    private final Map<String, ExpectationCheck> checks;

    private ScenarioRunner(
            JourneyEngine engine, List<ContactPoint> contactPoints, Map<String, ExpectationCheck> checks) {
        this.engine = engine;
        this.contactPoints = contactPoints;
        this.checks = checks;
    }

    /**
     * A runner on an engine, with the engine's contact points.
     *
     * @param engine the compiled journey
     * @return the runner
     */
    public static ScenarioRunner of(JourneyEngine engine) {
        return new ScenarioRunner(Objects.requireNonNull(engine, "engine"), engine.contactPoints(), Map.of());
    }

    /**
     * This runner with other contact points (a suite's own contact points still take precedence).
     *
     * @param points the contact points
     * @return a new runner
     */
    public ScenarioRunner withContactPoints(Collection<ContactPoint> points) {
        return new ScenarioRunner(engine, List.copyOf(points), checks);
    }

    /**
     * This runner with a check for {@code expect.extensions.<name>}; a check of the same name is replaced.
     *
     * @param check the check
     * @return a new runner
     */
    public ScenarioRunner withCheck(ExpectationCheck check) {
        Map<String, ExpectationCheck> more = new LinkedHashMap<>(checks);
        more.put(Objects.requireNonNull(check.name(), "name"), check);
        return new ScenarioRunner(engine, contactPoints, Map.copyOf(more));
    }

    /**
     * Runs every scenario of a suite. A suite for another journey, or pinned to another version, fails every
     * scenario with a {@link DivergenceKind#JOURNEY} divergence.
     *
     * @param suite the suite
     * @return one result per scenario, in order
     */
    public List<ScenarioResult> run(ScenarioSuite suite) {
        String id = engine.journey().id();
        String version = engine.journey().version();
        Optional<Divergence> wrong = Optional.empty();
        if (!suite.journey().equals(id)) {
            wrong = Optional.of(
                    Divergence.of(DivergenceKind.JOURNEY, null, "journey " + suite.journey(), "journey " + id));
        } else if (suite.version().isPresent() && !suite.version().get().equals(version)) {
            wrong = Optional.of(Divergence.of(
                    DivergenceKind.JOURNEY, null, "version " + suite.version().get(), "version " + version));
        }
        List<ContactPoint> points = suite.contactPoints().isEmpty() ? contactPoints : suite.contactPoints();
        List<ScenarioResult> results = new ArrayList<>();
        for (Scenario s : suite.scenarios()) {
            results.add(
                    wrong.isPresent()
                            ? new ScenarioResult(suite.journey(), s.name(), wrong, Optional.empty())
                            : run(s, points));
        }
        return List.copyOf(results);
    }

    /**
     * Runs one scenario with the runner's contact points.
     *
     * @param scenario the scenario
     * @return the result
     */
    public ScenarioResult run(Scenario scenario) {
        return run(Objects.requireNonNull(scenario, "scenario"), contactPoints);
    }

    private ScenarioResult run(Scenario scenario, List<ContactPoint> points) {
        Walk walk = new Walk(scenario, points);
        Optional<Divergence> divergence;
        try {
            divergence = walk.walk();
            if (divergence.isEmpty()) {
                divergence = expectations(scenario, walk.trace(), points);
            }
        } catch (RuntimeException e) {
            // Defensive: the engine and the checks promise results, not exceptions; a defect must not end the run.
            divergence = Optional.of(Divergence.of(
                    DivergenceKind.ANSWER,
                    walk.current(),
                    "a result",
                    "an internal error (" + e.getClass().getSimpleName() + ")"));
        }
        return new ScenarioResult(engine.journey().id(), scenario.name(), divergence, Optional.of(walk.trace()));
    }

    /** One scenario's walk through its visits. */
    private final class Walk {
        private final Scenario scenario;
        private final List<ContactPoint> points;
        private final List<TraceStep> steps = new ArrayList<>();
        private Session session;

        Walk(Scenario scenario, List<ContactPoint> points) {
            this.scenario = scenario;
            this.points = points;
        }

        String current() {
            return session == null ? null : session.step();
        }

        ScenarioTrace trace() {
            return new ScenarioTrace(engine, steps, session);
        }

        Optional<Divergence> walk() {
            session = scenario.readiness().isPresent()
                    ? engine.start(scenario.profile(), scenario.readiness().get())
                    : engine.start(scenario.profile());
            int taken = 0;
            List<Visit> visits = scenario.visits();
            for (int v = 0; v < visits.size(); v++) {
                Visit visit = visits.get(v);
                boolean last = v == visits.size() - 1;
                Instant now = visit.at().orElse(scenario.clock());
                if (v > 0) {
                    ReadResult<Session> resumed = engine.resume(engine.store(session));
                    if (!resumed.isSuccessful()) {
                        return Optional.of(Divergence.of(
                                DivergenceKind.RESUME,
                                session.step(),
                                "the stored session resumes for visit " + (v + 1),
                                resumed.diagnostics().render(Locale.ENGLISH)));
                    }
                    session = resumed.orElseThrow();
                }
                Map<String, Integer> occurrences = new HashMap<>();
                boolean arrived = true;
                while (true) {
                    StepView view = engine.view(session, now, points);
                    if (arrived) {
                        steps.add(new TraceStep(v + 1, session, view));
                        if (++taken > MAX_STEPS) {
                            return Optional.of(Divergence.of(
                                    DivergenceKind.LOOP,
                                    view.step(),
                                    "an outcome within " + MAX_STEPS + " steps",
                                    "the answers keep the journey in a loop"));
                        }
                    }
                    arrived = true;
                    String step = view.step();
                    if (view.completed() || view.kind() == StepKind.OUTCOME) {
                        break; // a later visit sees the outcome again
                    }
                    if (visit.until().isPresent() && visit.until().get().equals(step)) {
                        break;
                    }
                    SessionResult result;
                    if (visit.requestContactAt().contains(step) && occurrences.putIfAbsent("?" + step, 1) == null) {
                        result = engine.requestContact(session);
                        arrived = false; // the same step, with a new level
                    } else if (view.kind() == StepKind.QUESTION || view.kind() == StepKind.ASSESSMENT) {
                        int n = occurrences.merge(step, 1, Integer::sum);
                        Optional<Object> given = visit.answerFor(step, n);
                        if (given.isEmpty()) {
                            if (!last) {
                                break; // the visitor leaves here; the next visit goes on
                            }
                            return Optional.of(Divergence.of(
                                    DivergenceKind.ANSWER,
                                    step,
                                    "an answer in visit " + (v + 1) + (n > 1 ? " for time " + n : ""),
                                    "none given"));
                        }
                        if (view.kind() == StepKind.QUESTION) {
                            Optional<Answer> answer =
                                    ScriptedAnswers.answer(view.question().orElseThrow(), given.get());
                            if (answer.isEmpty()) {
                                return Optional.of(Divergence.of(
                                        DivergenceKind.ANSWER,
                                        step,
                                        ScriptedAnswers.mismatch(
                                                        step, view.question().orElseThrow())
                                                .message(Locale.ENGLISH),
                                        "another kind of value"));
                            }
                            result = engine.answer(session, step, answer.get());
                        } else {
                            Optional<Map<String, Integer>> responses =
                                    ScriptedAnswers.responses(view.instrument().orElseThrow(), given.get());
                            if (responses.isEmpty()) {
                                return Optional.of(Divergence.of(
                                        DivergenceKind.ANSWER,
                                        step,
                                        ScriptedAnswers.mismatch(
                                                        step, view.instrument().orElseThrow())
                                                .message(Locale.ENGLISH),
                                        "another kind of value"));
                            }
                            result = engine.assess(session, step, responses.get());
                        }
                    } else {
                        result = engine.proceed(session, step);
                    }
                    if (!result.isAccepted()) {
                        return Optional.of(Divergence.of(
                                DivergenceKind.ANSWER,
                                step,
                                "an accepted answer",
                                result.error()
                                        .map(e -> e.message(Locale.ENGLISH))
                                        .orElse("rejected")));
                    }
                    session = result.session();
                }
            }
            return Optional.empty();
        }
    }

    private Optional<Divergence> expectations(Scenario scenario, ScenarioTrace trace, List<ContactPoint> points) {
        Expectations expect = scenario.expect();
        // the engine's path (the steps before the current one) and the step the scenario ends on
        List<String> path = new ArrayList<>(trace.session().path());
        path.add(trace.session().step());
        if (!expect.path().isEmpty() && !expect.path().equals(path)) {
            List<String> want = expect.path();
            int i = 0;
            while (i < want.size() && i < path.size() && want.get(i).equals(path.get(i))) {
                i++;
            }
            String expected = i < want.size() ? want.get(i) : "the end of the path";
            String actual = i < path.size() ? path.get(i) : "the end of the path";
            String after = i == 0 ? "the start" : path.get(i - 1);
            return Optional.of(Divergence.of(
                    DivergenceKind.PATH, after, "step " + (i + 1) + " " + expected, "step " + (i + 1) + " " + actual));
        }
        Optional<StepView> end = trace.lastView();
        String endStep = end.map(StepView::step).orElse("-");
        if (expect.outcome().isPresent()) {
            boolean outcome = end.isPresent() && end.get().kind() == StepKind.OUTCOME;
            if (!outcome || !endStep.equals(expect.outcome().get())) {
                return Optional.of(Divergence.of(
                        DivergenceKind.OUTCOME,
                        endStep,
                        "outcome " + expect.outcome().get(),
                        outcome ? "outcome " + endStep : "no outcome (the scenario ends on " + endStep + ")"));
            }
        }
        if (expect.supportLevel().isPresent()
                && expect.supportLevel().get() != trace.session().supportLevel()) {
            return Optional.of(Divergence.of(
                    DivergenceKind.SUPPORT_LEVEL,
                    endStep,
                    expect.supportLevel().get().code(),
                    trace.session().supportLevel().code()));
        }
        for (ContentExpectation shown : expect.shown()) {
            Optional<TraceStep> at = trace.last(shown.step());
            if (at.isEmpty()) {
                return Optional.of(
                        Divergence.of(DivergenceKind.CONTENT, shown.step(), "the step on the path", "not on the path"));
            }
            List<String> ids = new ArrayList<>();
            for (ContentItem item : at.get().view().content()) {
                ids.add(item.id());
            }
            for (String id : shown.content()) {
                if (!ids.contains(id)) {
                    return Optional.of(Divergence.of(
                            DivergenceKind.CONTENT,
                            shown.step(),
                            "content " + id + " shown",
                            "not shown (shown: " + (ids.isEmpty() ? "none" : String.join(", ", ids)) + ")"));
                }
            }
            for (String id : shown.hidden()) {
                if (ids.contains(id)) {
                    return Optional.of(
                            Divergence.of(DivergenceKind.CONTENT, shown.step(), "content " + id + " hidden", "shown"));
                }
            }
        }
        for (ContactExpectation contact : expect.contact()) {
            String step = contact.step().orElse(endStep);
            Optional<TraceStep> at = trace.last(step);
            if (at.isEmpty()) {
                return Optional.of(
                        Divergence.of(DivergenceKind.CONTACT, step, "the step on the path", "not on the path"));
            }
            ContactOffer offer =
                    engine.view(at.get().session(), contact.at(), points).contactOffer();
            String when = " at " + contact.at();
            if (contact.active().isPresent() && contact.active().get() != offer.active()) {
                return Optional.of(Divergence.of(
                        DivergenceKind.CONTACT,
                        step,
                        (contact.active().get() ? "an active offer" : "a passive offer") + when,
                        (offer.active() ? "an active offer" : "a passive offer")));
            }
            if (contact.openNow().isPresent()) {
                TreeSet<String> open = new TreeSet<>();
                for (ContactOption o : offer.openNow()) {
                    open.add(o.contactPoint());
                }
                TreeSet<String> want = new TreeSet<>(contact.openNow().get());
                if (!open.equals(want)) {
                    return Optional.of(Divergence.of(
                            DivergenceKind.CONTACT, step, "open" + when + ": " + names(want), "open: " + names(open)));
                }
            }
            if (contact.nextOpening().isPresent() && !contact.nextOpening().equals(offer.nextOpening())) {
                return Optional.of(Divergence.of(
                        DivergenceKind.CONTACT,
                        step,
                        "next opening " + contact.nextOpening().get() + " (viewed" + when + ")",
                        offer.nextOpening().map(i -> "next opening " + i).orElse("no next opening")));
            }
        }
        for (Map.Entry<String, Object> e : expect.extensions().entrySet()) {
            ExpectationCheck check = checks.get(e.getKey());
            if (check == null) {
                return Optional.of(Divergence.of(
                        DivergenceKind.EXTENSION,
                        null,
                        "a check named " + e.getKey(),
                        "no such check added to the runner"
                                + (checks.isEmpty()
                                        ? ""
                                        : " (added: " + String.join(", ", new TreeSet<>(checks.keySet())) + ")")));
            }
            Optional<Divergence> d = check.check(e.getValue(), trace);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static String names(Collection<String> ids) {
        return ids.isEmpty() ? "none" : String.join(", ", ids);
    }
}
