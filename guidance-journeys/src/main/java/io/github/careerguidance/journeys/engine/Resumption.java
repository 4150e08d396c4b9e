/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.journeys.engine.internal.StepKeys;
import io.github.careerguidance.journeys.internal.JourneyMessages;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.StepKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Sessions across time: storing a session as compact JSON ({@link SessionStore}), reading it back, resuming it on
 * this engine (also from another version of the journey, when its steps and answers still fit) and replaying an
 * event log through the {@link StateMachine}. See {@link JourneyEngine#store(Session)},
 * {@link JourneyEngine#resume(String)}, {@link JourneyEngine#resume(Session)} and
 * {@link JourneyEngine#replay(List)} for the contracts.
 */
final class Resumption {
    private static final GuidanceCodec JSON = GuidanceCodec.json();

    /** Reads stored sessions, with the compiler's {@link io.github.careerguidance.core.json.ReadOptions}. */
    private final GuidanceCodec reader;

    private final CompiledJourney compiled;
    private final Journey journey;
    private final Map<String, Integer> index;
    private final CompiledStep[] steps;
    private final StepKeys keys;
    private final StateMachine machine;
    private final EventPublisher publisher;

    Resumption(CompiledJourney compiled, StateMachine machine, EventPublisher publisher, GuidanceCodec reader) {
        this.compiled = compiled;
        this.journey = compiled.journey;
        this.index = compiled.index;
        this.steps = compiled.steps;
        this.keys = compiled.keys;
        this.machine = machine;
        this.publisher = publisher;
        this.reader = reader;
    }

    String store(Session session) {
        Objects.requireNonNull(session, "session");
        Map<String, Object> compact = SessionStore.compact(session);
        return JSON.writeLine(compact != null ? compact : session);
    }

    ReadResult<Session> resume(String json) {
        Objects.requireNonNull(json, "json");
        @SuppressWarnings("rawtypes") // the document's top-level object, read as a plain map
        ReadResult<Map> raw = reader.read(json, Map.class);
        ReadResult<Session> read;
        if (raw.isSuccessful() && raw.orElseThrow().containsKey("format")) {
            read = SessionStore.read(raw.orElseThrow(), keys);
        } else {
            read = reader.read(json, Session.class);
        }
        if (!read.isSuccessful()) {
            return read;
        }
        return resume(read.orElseThrow());
    }

    ReadResult<Session> resume(Session session) {
        Objects.requireNonNull(session, "session");
        if (!session.journey().equals(journey.id())) {
            return ReadResult.failure(Diagnostics.of(compiled.mismatchDiagnostic(session)));
        }
        Diagnostics.Builder found = Diagnostics.builder();
        Map<String, Object> where = AnswerCheck.args("journey", journey.id(), "version", journey.version());
        if (!index.containsKey(session.step())) {
            found.add(missing("journeys.resume.missing-step", JsonPointer.of("step"), session.step(), where));
        }
        for (int i = 0; i < session.path().size(); i++) {
            String id = session.path().get(i);
            if (!index.containsKey(id)) {
                found.add(missing(
                        "journeys.resume.missing-step", JsonPointer.of("path").append(i), id, where));
            }
        }
        for (Map.Entry<String, Answer> a : session.answers().entrySet()) {
            Integer i = index.get(a.getKey());
            JsonPointer at = JsonPointer.of("answers", a.getKey());
            if (i == null || steps[i].kind != StepKind.QUESTION) {
                found.add(missing("journeys.resume.missing-question", at, a.getKey(), where));
                continue;
            }
            SessionError misfit = AnswerCheck.check(a.getKey(), steps[i].question, steps[i].choices, a.getValue());
            if (misfit != null) {
                Map<String, Object> args = new LinkedHashMap<>(where);
                args.put("step", a.getKey());
                args.put("reason", misfit.reason().diagnosticCode());
                found.add(JourneyMessages.diagnostic(Severity.ERROR, "journeys.resume.answer-invalid", at, args));
            }
        }
        Diagnostics diagnostics = found.build();
        if (diagnostics.hasErrors()) {
            return ReadResult.failure(diagnostics);
        }
        if (session.version().equals(journey.version())) {
            return ReadResult.success(session, diagnostics);
        }
        Draft d = new Draft(keys, session);
        d.log(SessionEvent.resumed(session.version(), journey.version()));
        d.version = journey.version();
        d.completed = steps[index.get(d.step)].kind == StepKind.OUTCOME;
        Session resumed = d.build();
        publisher.tell(resumed, d.added());
        return ReadResult.success(resumed, diagnostics);
    }

    private static Diagnostic missing(String code, JsonPointer at, String step, Map<String, Object> where) {
        Map<String, Object> args = new LinkedHashMap<>(where);
        args.put("step", step);
        return JourneyMessages.diagnostic(Severity.ERROR, code, at, args);
    }

    ReadResult<Session> replay(List<SessionEvent> events) {
        Objects.requireNonNull(events, "events");
        if (events.isEmpty()
                || events.get(0).type() != EventType.STARTED
                || !events.get(0).journey().orElseThrow().equals(journey.id())) {
            return ReadResult.failure(Diagnostics.of(JourneyMessages.diagnostic(
                    Severity.ERROR,
                    "journeys.engine.replay-not-started",
                    JsonPointer.root().append(0),
                    AnswerCheck.args("journey", journey.id()))));
        }
        SessionEvent first = events.get(0);
        Session s = machine.start(
                first.profile().orElseThrow(),
                first.readiness(),
                first.version().orElseThrow(),
                first.plan().orElse(null),
                first.date().orElse(null));
        for (int i = 1; i < events.size(); i++) {
            SessionEvent e = events.get(i);
            if (!e.type().isInput()) {
                continue;
            }
            SessionResult r;
            switch (e.type()) {
                case ANSWERED:
                    r = machine.answer(s, e.step().orElseThrow(), e.answer().orElseThrow(), false);
                    break;
                case ASSESSED:
                    r = machine.assess(s, e.step().orElseThrow(), e.responses(), false);
                    break;
                case PROCEEDED:
                    r = machine.proceed(s, e.step().orElseThrow(), false);
                    break;
                case MOVED_BACK:
                    r = machine.back(s, false);
                    break;
                case CONTACT_REQUESTED:
                    r = machine.requestContact(s, false);
                    break;
                case RESUMED: {
                    Draft d = new Draft(keys, s);
                    d.log(e);
                    d.version = e.version().orElseThrow();
                    r = SessionResult.accepted(d.build(), d.added());
                    break;
                }
                default:
                    r = SessionResult.rejected(
                            s,
                            AnswerCheck.error(
                                    ErrorReason.JOURNEY_MISMATCH,
                                    JsonPointer.root().append(i),
                                    AnswerCheck.args(
                                            "sessionJourney",
                                            journey.id(),
                                            "sessionVersion",
                                            s.version(),
                                            "journey",
                                            journey.id(),
                                            "version",
                                            journey.version())));
            }
            if (!r.isAccepted()) {
                Diagnostics.Builder found = Diagnostics.builder()
                        .add(JourneyMessages.diagnostic(
                                Severity.ERROR,
                                "journeys.engine.replay-rejected",
                                JsonPointer.root().append(i),
                                AnswerCheck.args(
                                        "index",
                                        i,
                                        "type",
                                        e.type().code(),
                                        "reason",
                                        r.error().orElseThrow().reason().diagnosticCode())));
                for (Diagnostic nested : r.error().orElseThrow().diagnostics()) {
                    found.add(nested.relocate(JsonPointer.root().append(i)));
                }
                return ReadResult.failure(found.build());
            }
            s = r.session();
        }
        return ReadResult.success(s, Diagnostics.empty());
    }
}
