/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine;

import io.github.careerguidance.core.competence.CompetenceProfile;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.core.readiness.SafetyNetOutcome;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.journeys.engine.internal.AppendList;
import io.github.careerguidance.journeys.engine.internal.StepKeys;
import io.github.careerguidance.journeys.engine.internal.StepMap;
import io.github.careerguidance.journeys.internal.JourneyMessages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The stored form of a session, format 2: a header (journey, version, step, level, completion, scores) and the event
 * log in a compact array form; path, visits and answers are left out because they follow from the log. Sessions
 * whose path, visits or answers do not follow from their log (built by hand) are stored in the full form of format
 * 1 instead. Not API; the format is documented on {@link JourneyEngine#store(Session)}.
 */
final class SessionStore {
    /** The format this class writes. */
    static final int FORMAT = 2;

    private static final GuidanceCodec JSON = GuidanceCodec.json();
    /** Wire codes of the events that carry nothing but their step, both ways. */
    private static final StepOnlyCodes STEP_ONLY = new StepOnlyCodes();

    private SessionStore() {}

    /** The session in format 2, or null when its state does not follow from its log. */
    static Map<String, Object> compact(Session s) {
        Derived d = derive(s.events(), s.step());
        if (d == null || !d.path.equals(s.path()) || !d.visits.equals(s.visits()) || !d.answers.equals(s.answers())) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("journey", s.journey());
        m.put("version", s.version());
        m.put("step", s.step());
        m.put("supportLevel", s.supportLevel().code());
        if (s.completed()) {
            m.put("completed", true);
        }
        if (!s.scores().isEmpty()) {
            m.put("scores", s.scores());
        }
        List<Object> log = new ArrayList<>(s.events().size());
        for (SessionEvent e : s.events()) {
            log.add(encode(e));
        }
        m.put("log", log);
        return m;
    }

    private static Object encode(SessionEvent e) {
        String step = e.step().orElse(null);
        switch (e.type()) {
            case STARTED:
                return e;
            case ANSWERED: {
                Answer a = e.answer().orElseThrow();
                switch (a.kind()) {
                    case CHOICE:
                        return List.of("a", step, a.choice().orElseThrow());
                    case CHOICES:
                        return List.of("m", step, a.choices());
                    case NUMBER:
                        return List.of("n", step, a.number().orElseThrow().toString());
                    case TEXT:
                    default:
                        return List.of("t", step, a.text().orElseThrow());
                }
            }
            case ASSESSED:
                return List.of("s", step, e.responses());
            case PROCEEDED:
            case MOVED_BACK:
            case CONTACT_REQUESTED:
            case COMPLETED:
                return List.of(STEP_ONLY.get(e.type()), step);
            case SAFETY_NET_ANSWERED:
                return List.of("v", step, e.outcome().orElseThrow().code());
            case ESCALATED:
                return List.of(
                        "e",
                        step,
                        e.from().orElseThrow().code(),
                        e.to().orElseThrow().code(),
                        e.reason().orElseThrow().code());
            case RESUMED:
            default:
                return List.of(
                        "u", e.previousVersion().orElseThrow(), e.version().orElseThrow());
        }
    }

    /** Path, visits and answers as the engine's operations build them from a log, or null for an invalid log. */
    private static Derived derive(List<SessionEvent> events, String current) {
        int n = events.size();
        String[] entered = new String[n];
        String next = current;
        for (int i = n - 1; i >= 0; i--) {
            entered[i] = next;
            SessionEvent e = events.get(i);
            if (e.type().isInput() && e.step().isPresent()) {
                next = e.step().get();
            }
        }
        Derived d = new Derived();
        for (int i = 0; i < n; i++) {
            SessionEvent e = events.get(i);
            switch (e.type()) {
                case ANSWERED:
                    d.answers.put(e.step().orElseThrow(), e.answer().orElseThrow());
                    d.path.add(e.step().orElseThrow());
                    d.visits.merge(entered[i], 1, Integer::sum);
                    break;
                case ASSESSED:
                case PROCEEDED:
                    d.path.add(e.step().orElseThrow());
                    d.visits.merge(entered[i], 1, Integer::sum);
                    break;
                case MOVED_BACK:
                    if (d.path.isEmpty()) {
                        return null;
                    }
                    d.path.remove(d.path.size() - 1);
                    d.visits.merge(entered[i], 1, Integer::sum);
                    break;
                case STARTED:
                    d.visits.merge(entered[i], 1, Integer::sum);
                    break;
                default:
                    break;
            }
        }
        return d;
    }

    private static final class Derived {
        final List<String> path = new ArrayList<>();
        final Map<String, Integer> visits = new LinkedHashMap<>();
        final Map<String, Answer> answers = new LinkedHashMap<>();
    }

    /** A malformed part of a stored session. */
    private static final class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient JsonPointer at;

        Malformed(JsonPointer at) {
            super(null, null, false, false);
            this.at = at;
        }
    }

    /**
     * Reads format 2.
     *
     * @param m the JSON object, with {@code format} 2
     * @param keys the engine's step keys, for the session's maps
     * @return the session, or diagnostics naming the first malformed part
     */
    static ReadResult<Session> read(Map<?, ?> m, StepKeys keys) {
        try {
            return ReadResult.success(parse(m, keys), Diagnostics.empty());
        } catch (Malformed e) {
            return ReadResult.failure(Diagnostics.of(JourneyMessages.diagnostic(
                    Severity.ERROR, "journeys.resume.malformed", e.at, AnswerCheck.args("format", FORMAT))));
        } catch (RuntimeException e) {
            return ReadResult.failure(Diagnostics.of(JourneyMessages.diagnostic(
                    Severity.ERROR,
                    "journeys.resume.malformed",
                    JsonPointer.root(),
                    AnswerCheck.args("format", FORMAT))));
        }
    }

    private static Session parse(Map<?, ?> m, StepKeys keys) {
        JsonPointer root = JsonPointer.root();
        for (Object key : m.keySet()) {
            if (!List.of("format", "journey", "version", "step", "supportLevel", "completed", "scores", "log")
                    .contains(key)) {
                throw new Malformed(root.append(String.valueOf(key)));
            }
        }
        if (!Integer.valueOf(FORMAT).equals(m.get("format"))) {
            throw new Malformed(root.append("format"));
        }
        String journey = text(m.get("journey"), root.append("journey"));
        String version = text(m.get("version"), root.append("version"));
        String step = text(m.get("step"), root.append("step"));
        SupportLevel level = convert(m.get("supportLevel"), SupportLevel.class, root.append("supportLevel"));
        Object done = m.get("completed");
        if (done != null && !(done instanceof Boolean)) {
            throw new Malformed(root.append("completed"));
        }
        Map<String, CompetenceProfile> scores = new LinkedHashMap<>();
        Object rawScores = m.get("scores");
        if (rawScores != null) {
            if (!(rawScores instanceof Map)) {
                throw new Malformed(root.append("scores"));
            }
            for (Map.Entry<?, ?> e : ((Map<?, ?>) rawScores).entrySet()) {
                String key = String.valueOf(e.getKey());
                scores.put(
                        key,
                        convert(
                                e.getValue(),
                                CompetenceProfile.class,
                                root.append("scores").append(key)));
            }
        }
        if (!(m.get("log") instanceof List) || ((List<?>) m.get("log")).isEmpty()) {
            throw new Malformed(root.append("log"));
        }
        List<?> log = (List<?>) m.get("log");
        List<SessionEvent> events = new ArrayList<>(log.size());
        for (int i = 0; i < log.size(); i++) {
            JsonPointer at = root.append("log").append(i);
            SessionEvent e = i == 0 ? convert(log.get(0), SessionEvent.class, at) : decode(log.get(i), at);
            if ((i == 0) != (e.type() == EventType.STARTED)) {
                throw new Malformed(at);
            }
            events.add(e);
        }
        Derived d = derive(events, step);
        if (d == null) {
            throw new Malformed(root.append("log"));
        }
        Session s = new EngineSession(
                journey,
                version,
                step,
                level,
                Boolean.TRUE.equals(done),
                AppendList.copyOf(d.path),
                StepMap.copyOf(keys, d.visits),
                StepMap.copyOf(keys, d.answers),
                Collections.unmodifiableMap(scores),
                AppendList.copyOf(events),
                events.get(0).profile().orElseThrow());
        // the same checks as a session built from its fields
        Session.builder().from(s).build();
        return s;
    }

    private static SessionEvent decode(Object raw, JsonPointer at) {
        if (!(raw instanceof List) || ((List<?>) raw).size() < 2) {
            throw new Malformed(at);
        }
        List<?> a = (List<?>) raw;
        String code = text(a.get(0), at.append(0));
        int arity;
        SessionEvent e;
        switch (code) {
            case "a":
                arity = 3;
                e = SessionEvent.answered(
                        text(a.get(1), at.append(1)), Answer.choice(text(item(a, 2, at), at.append(2))));
                break;
            case "m": {
                arity = 3;
                Object raw2 = item(a, 2, at);
                if (!(raw2 instanceof List)) {
                    throw new Malformed(at.append(2));
                }
                List<String> choices = new ArrayList<>();
                for (Object c : (List<?>) raw2) {
                    choices.add(text(c, at.append(2)));
                }
                e = SessionEvent.answered(text(a.get(1), at.append(1)), Answer.choices(choices));
                break;
            }
            case "n":
                arity = 3;
                e = SessionEvent.answered(
                        text(a.get(1), at.append(1)),
                        Answer.number(new BigDecimal(text(item(a, 2, at), at.append(2)))));
                break;
            case "t":
                arity = 3;
                e = SessionEvent.answered(
                        text(a.get(1), at.append(1)), Answer.text(text(item(a, 2, at), at.append(2))));
                break;
            case "s": {
                arity = 3;
                Object raw2 = item(a, 2, at);
                if (!(raw2 instanceof Map)) {
                    throw new Malformed(at.append(2));
                }
                Map<String, Integer> responses = new TreeMap<>();
                for (Map.Entry<?, ?> r : ((Map<?, ?>) raw2).entrySet()) {
                    if (!(r.getValue() instanceof Integer)) {
                        throw new Malformed(at.append(2).append(String.valueOf(r.getKey())));
                    }
                    responses.put(String.valueOf(r.getKey()), (Integer) r.getValue());
                }
                e = SessionEvent.assessed(text(a.get(1), at.append(1)), responses);
                break;
            }
            case "v":
                arity = 3;
                e = SessionEvent.safetyNet(
                        text(a.get(1), at.append(1)), convert(item(a, 2, at), SafetyNetOutcome.class, at.append(2)));
                break;
            case "e":
                arity = 5;
                e = SessionEvent.escalated(
                        text(a.get(1), at.append(1)),
                        convert(item(a, 2, at), SupportLevel.class, at.append(2)),
                        convert(item(a, 3, at), SupportLevel.class, at.append(3)),
                        convert(item(a, 4, at), EscalationReason.class, at.append(4)));
                break;
            case "u":
                arity = 3;
                e = SessionEvent.resumed(text(a.get(1), at.append(1)), text(item(a, 2, at), at.append(2)));
                break;
            default:
                EventType stepOnly = STEP_ONLY.inverse(code);
                if (stepOnly == null) {
                    throw new Malformed(at.append(0));
                }
                arity = 2;
                e = SessionEvent.at(stepOnly, text(a.get(1), at.append(1)));
                break;
        }
        if (a.size() != arity) {
            throw new Malformed(at);
        }
        return e;
    }

    private static Object item(List<?> a, int i, JsonPointer at) {
        if (a.size() <= i) {
            throw new Malformed(at);
        }
        return a.get(i);
    }

    private static String text(Object raw, JsonPointer at) {
        if (!(raw instanceof String)) {
            throw new Malformed(at);
        }
        return (String) raw;
    }

    private static <T> T convert(Object raw, Class<T> type, JsonPointer at) {
        if (raw == null) {
            throw new Malformed(at);
        }
        ReadResult<T> r = JSON.convert(raw, type);
        if (!r.isSuccessful()) {
            throw new Malformed(at);
        }
        return r.orElseThrow();
    }

    /** The one table of step-only event codes, used by the writer and the reader. */
    private static final class StepOnlyCodes {
        private final Map<EventType, String> codes = new java.util.EnumMap<>(Map.of(
                EventType.PROCEEDED,
                "p",
                EventType.MOVED_BACK,
                "b",
                EventType.CONTACT_REQUESTED,
                "r",
                EventType.COMPLETED,
                "c"));
        private final Map<String, EventType> types = new LinkedHashMap<>();

        StepOnlyCodes() {
            codes.forEach((type, code) -> types.put(code, type));
        }

        String get(EventType type) {
            return codes.get(type);
        }

        EventType inverse(String code) {
            return types.get(code);
        }
    }
}
