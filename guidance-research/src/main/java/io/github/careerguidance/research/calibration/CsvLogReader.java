/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.calibration;

import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.profile.AgeBand;
import io.github.careerguidance.core.profile.EducationLevel;
import io.github.careerguidance.core.profile.EmploymentSituation;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.journeys.engine.EscalationReason;
import io.github.careerguidance.journeys.model.Choice;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.Question;
import io.github.careerguidance.journeys.model.QuestionType;
import io.github.careerguidance.journeys.model.Step;
import io.github.careerguidance.journeys.model.StepKind;
import io.github.careerguidance.research.internal.PopulationCodes;
import io.github.careerguidance.research.internal.ResearchMessages;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the CSV event log format (see {@link EventLog}) and checks it against the design. Not thread-safe. */
final class CsvLogReader {
    private static final List<String> COLUMNS = Arrays.asList(EventLog.CSV_COLUMNS.split(","));
    private static final List<String> REQUIRED = List.of("session", "seq", "event");
    private static final Pattern GOAL = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final int MAX_KEY = 200;

    private final Map<String, Journey> design;
    private final Diagnostics.Builder found = Diagnostics.builder();
    private final Map<String, Integer> column = new HashMap<>();
    private long rows;
    private long skipped;
    private long skippedSessions;

    CsvLogReader(Map<String, Journey> design) {
        this.design = design;
    }

    /** A data row: its line, its session and seq, its event type and its cells. */
    private static final class Row {
        final long line;
        final long seq;
        final LogEvent event;
        final List<String> cells;

        Row(long line, long seq, LogEvent event, List<String> cells) {
            this.line = line;
            this.seq = seq;
            this.event = event;
            this.cells = cells;
        }
    }

    EventLog read(Reader in) throws IOException {
        CsvRecords records = new CsvRecords(in);
        CsvRecords.Record header = records.next();
        while (header != null
                && header.error == null
                && header.cells.size() == 1
                && header.cells.get(0).isBlank()) {
            header = records.next();
        }
        if (header == null) {
            return finish(List.of());
        }
        if (header.error != null) {
            error("research.calibration.malformed-row", "", header.line, Map.of("reason", header.error));
            return finish(List.of());
        }
        for (int i = 0; i < header.cells.size(); i++) {
            String name = header.cells.get(i).strip();
            if (i == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1);
            }
            if (COLUMNS.contains(name)) {
                column.putIfAbsent(name, i);
            } else {
                add(Severity.WARNING, "research.calibration.unknown-column", name, header.line, Map.of("column", name));
            }
        }
        for (String required : REQUIRED) {
            if (!column.containsKey(required)) {
                error(
                        "research.calibration.missing-column",
                        required,
                        header.line,
                        Map.of("column", required, "columns", String.join(", ", header.cells)));
                // nothing is read: count the data rows so that none is lost silently
                while (records.next() != null) {
                    rows++;
                    skipped++;
                }
                return finish(List.of());
            }
        }
        int width = header.cells.size();
        Map<String, List<Row>> bySession = new LinkedHashMap<>();
        Map<String, Long> lastSeq = new HashMap<>();
        Set<String> reportedOrder = new HashSet<>();
        CsvRecords.Record r;
        while ((r = records.next()) != null) {
            if (r.error == null && r.cells.size() == 1 && r.cells.get(0).isBlank()) {
                continue;
            }
            rows++;
            if (r.error != null) {
                skip("research.calibration.malformed-row", "", r.line, Map.of("reason", r.error));
                continue;
            }
            if (r.cells.size() != width) {
                skip("research.calibration.cell-count", "", r.line, Map.of("count", r.cells.size(), "expected", width));
                continue;
            }
            String session = cell(r.cells, "session");
            if (session.isEmpty()) {
                skip(
                        "research.calibration.missing-value",
                        "session",
                        r.line,
                        Map.of("column", "session", "event", cell(r.cells, "event")));
                continue;
            }
            if (session.length() > MAX_KEY) {
                skip(
                        "research.calibration.bad-value",
                        "session",
                        r.line,
                        Map.of("column", "session", "reason", "longer than " + MAX_KEY + " characters"));
                continue;
            }
            long seq;
            try {
                seq = Long.parseLong(cell(r.cells, "seq"));
                if (seq < 0) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                skip(
                        "research.calibration.bad-value",
                        "seq",
                        r.line,
                        Map.of("column", "seq", "reason", "not a whole number from 0"));
                continue;
            }
            String code = cell(r.cells, "event");
            Optional<LogEvent> event = LogEvent.fromCode(code);
            if (event.isEmpty()) {
                skip(
                        "research.calibration.unknown-event",
                        "event",
                        r.line,
                        Map.of("event", clip(code), "allowed", LogEvent.codes()));
                continue;
            }
            Long previous = lastSeq.get(session);
            if (previous != null && seq < previous && reportedOrder.add(session)) {
                add(
                        Severity.WARNING,
                        "research.calibration.out-of-order",
                        "seq",
                        r.line,
                        Map.of("session", clip(session), "seq", seq, "previous", previous));
            }
            lastSeq.merge(session, seq, Math::max);
            bySession.computeIfAbsent(session, k -> new ArrayList<>()).add(new Row(r.line, seq, event.get(), r.cells));
        }
        List<ObservedSession> sessions = new ArrayList<>();
        for (Map.Entry<String, List<Row>> s : bySession.entrySet()) {
            ObservedSession o = session(s.getKey(), s.getValue());
            if (o != null) {
                sessions.add(o);
            }
        }
        return finish(sessions);
    }

    private EventLog finish(List<ObservedSession> sessions) {
        found.add(EventLog.summary(rows, rows - skipped, sessions.size(), skippedSessions));
        return new EventLog(LogFormat.CSV, sessions, found.build(), rows, skipped, skippedSessions);
    }

    private ObservedSession session(String id, List<Row> rowsOfSession) {
        List<Row> ordered = new ArrayList<>(rowsOfSession);
        ordered.sort((a, b) -> Long.compare(a.seq, b.seq));
        Row first = ordered.get(0);
        if (first.event != LogEvent.STARTED) {
            skippedSessions++;
            skipped += ordered.size();
            error(
                    "research.calibration.no-start",
                    "event",
                    first.line,
                    Map.of("session", clip(id), "rows", ordered.size()));
            return null;
        }
        String journeyId = cell(first.cells, "journey");
        if (journeyId.isEmpty() || !design.containsKey(journeyId)) {
            skippedSessions++;
            skipped += ordered.size();
            if (journeyId.isEmpty()) {
                error(
                        "research.calibration.missing-value",
                        "journey",
                        first.line,
                        Map.of("column", "journey", "event", "started"));
            } else {
                error(
                        "research.calibration.unknown-journey",
                        "journey",
                        first.line,
                        Map.of("journey", clip(journeyId), "journeys", design.keySet(), "session", clip(id)));
            }
            return null;
        }
        Journey journey = design.get(journeyId);
        ImmutableObservedSession.Builder b = ObservedSession.builder().id(id).journey(journeyId);
        for (String field : ObservedSession.PROFILE_FIELDS) {
            String value = cell(first.cells, field);
            if (!value.isEmpty()) {
                try {
                    Object parsed = PopulationCodes.parser(field).apply(value);
                    b.putProfile(
                            field,
                            parsed instanceof io.github.careerguidance.core.profile.Region
                                    ? ((io.github.careerguidance.core.profile.Region) parsed).code()
                                    : code(parsed, value));
                } catch (IllegalArgumentException e) {
                    add(
                            Severity.WARNING,
                            "research.calibration.bad-band",
                            field,
                            first.line,
                            Map.of("column", field, "reason", "not a known " + field + " code"));
                }
            }
        }
        String goal = cell(first.cells, "goal");
        if (!goal.isEmpty()) {
            if (GOAL.matcher(goal).matches()) {
                b.goal(goal);
            } else {
                add(
                        Severity.WARNING,
                        "research.calibration.bad-band",
                        "goal",
                        first.line,
                        Map.of("column", "goal", "reason", "not a lower-case code such as looking-for-work"));
            }
        }
        List<ObservedEvent> events = new ArrayList<>();
        events.add(
                ObservedEvent.builder().type(LogEvent.STARTED).line(first.line).build());
        long seq = first.seq;
        boolean ended = false;
        long lastLine = first.line;
        for (int i = 1; i < ordered.size(); i++) {
            Row row = ordered.get(i);
            if (row.seq == seq) {
                skip(
                        "research.calibration.duplicate-seq",
                        "seq",
                        row.line,
                        Map.of("session", clip(id), "seq", row.seq));
                continue;
            }
            seq = row.seq;
            if (ended) {
                skip("research.calibration.after-end", "event", row.line, Map.of("session", clip(id)));
                continue;
            }
            if (row.event == LogEvent.STARTED) {
                skip("research.calibration.second-start", "event", row.line, Map.of("session", clip(id)));
                continue;
            }
            ObservedEvent e = event(journey, row);
            if (e != null) {
                events.add(e);
                ended = row.event.isEnd();
                lastLine = row.line;
            }
        }
        if (!ended) {
            add(Severity.WARNING, "research.calibration.not-ended", "event", lastLine, Map.of("session", clip(id)));
        }
        return b.events(events).build();
    }

    private static String code(Object parsed, String value) {
        if (parsed instanceof AgeBand) {
            return ((AgeBand) parsed).code();
        }
        if (parsed instanceof EducationLevel) {
            return ((EducationLevel) parsed).code();
        }
        if (parsed instanceof EmploymentSituation) {
            return ((EmploymentSituation) parsed).code();
        }
        return value;
    }

    /** One checked event, or null after a diagnostic. */
    private ObservedEvent event(Journey journey, Row row) {
        String journeyCell = cell(row.cells, "journey");
        if (!journeyCell.isEmpty() && !journeyCell.equals(journey.id())) {
            skip(
                    "research.calibration.bad-value",
                    "journey",
                    row.line,
                    Map.of("column", "journey", "reason", "not the journey the session started on"));
            return null;
        }
        String stepId = cell(row.cells, "step");
        if (stepId.isEmpty()) {
            skip(
                    "research.calibration.missing-value",
                    "step",
                    row.line,
                    Map.of("column", "step", "event", row.event.code()));
            return null;
        }
        Optional<Step> found = journey.step(stepId);
        if (found.isEmpty()) {
            skip(
                    "research.calibration.unknown-step",
                    "step",
                    row.line,
                    Map.of("journey", journey.id(), "step", clip(stepId)));
            return null;
        }
        Step step = found.get();
        if (!fits(row.event, step.kind())) {
            skip(
                    "research.calibration.wrong-kind",
                    "event",
                    row.line,
                    Map.of(
                            "event",
                            row.event.code(),
                            "step",
                            stepId,
                            "kind",
                            step.kind().code()));
            return null;
        }
        ImmutableObservedEvent.Builder e =
                ObservedEvent.builder().type(row.event).step(stepId).line(row.line);
        String answer = cell(row.cells, "answer");
        switch (row.event) {
            case ANSWERED: {
                Question q = step.question().orElseThrow();
                if (q.type() == QuestionType.SHORT_TEXT || answer.isEmpty()) {
                    break;
                }
                List<String> values = answer(q, answer);
                if (values == null) {
                    skip(
                            "research.calibration.bad-answer",
                            "answer",
                            row.line,
                            Map.of("step", stepId, "allowed", allowed(q)));
                    return null;
                }
                e.answer(values);
                break;
            }
            case ASSESSED:
                if (!answer.isEmpty()) {
                    Map<String, Integer> responses = responses(answer);
                    if (responses == null) {
                        skip(
                                "research.calibration.bad-value",
                                "answer",
                                row.line,
                                Map.of(
                                        "column",
                                        "answer",
                                        "reason",
                                        "item responses must read item=whole-number|item=whole-number"));
                        return null;
                    }
                    e.responses(responses);
                }
                break;
            case ESCALATED: {
                String level = cell(row.cells, "level");
                if (level.isEmpty()) {
                    skip(
                            "research.calibration.missing-value",
                            "level",
                            row.line,
                            Map.of("column", "level", "event", row.event.code()));
                    return null;
                }
                try {
                    e.level(SupportLevel.fromCode(level).code());
                } catch (IllegalArgumentException x) {
                    skip(
                            "research.calibration.bad-value",
                            "level",
                            row.line,
                            Map.of(
                                    "column",
                                    "level",
                                    "reason",
                                    "not a support level code such as brief-staff-assisted"));
                    return null;
                }
                String reason = cell(row.cells, "reason");
                if (!reason.isEmpty()) {
                    try {
                        e.reason(EscalationReason.fromCode(reason).code());
                    } catch (IllegalArgumentException x) {
                        skip(
                                "research.calibration.bad-value",
                                "reason",
                                row.line,
                                Map.of(
                                        "column",
                                        "reason",
                                        "reason",
                                        "not an escalation reason code such as safety-net"));
                        return null;
                    }
                }
                break;
            }
            default:
        }
        return e.build();
    }

    private static boolean fits(LogEvent event, StepKind kind) {
        switch (event) {
            case ANSWERED:
                return kind == StepKind.QUESTION;
            case ASSESSED:
                return kind == StepKind.ASSESSMENT;
            case PROCEEDED:
                return kind != StepKind.QUESTION && kind != StepKind.ASSESSMENT && kind != StepKind.OUTCOME;
            case COMPLETED:
                return kind == StepKind.OUTCOME;
            case DROPPED_OUT:
                return kind != StepKind.OUTCOME;
            default:
                return true;
        }
    }

    /** The answer's values, or null when the question does not take it. */
    static List<String> answer(Question q, String text) {
        if (q.isChoice()) {
            List<String> codes = new ArrayList<>();
            for (String c : text.split("\\|", -1)) {
                String code = c.strip();
                if (q.choice(code).isEmpty() || codes.contains(code)) {
                    return null;
                }
                codes.add(code);
            }
            if (q.type() == QuestionType.SINGLE_CHOICE && codes.size() != 1) {
                return null;
            }
            return codes;
        }
        BigDecimal n = text.length() > 64 ? null : PopulationCodes.number(text);
        if (n == null
                || q.min().map(m -> n.compareTo(m) < 0).orElse(false)
                || q.max().map(m -> n.compareTo(m) > 0).orElse(false)) {
            return null;
        }
        if (q.type() == QuestionType.SCALE && n.stripTrailingZeros().scale() > 0) {
            return null;
        }
        return List.of(n.stripTrailingZeros().toPlainString());
    }

    /** What the question takes, without the visitor's answer. */
    static String allowed(Question q) {
        if (q.isChoice()) {
            List<String> codes = new ArrayList<>();
            for (Choice c : q.choices()) {
                codes.add(c.code());
            }
            return (q.type() == QuestionType.SINGLE_CHOICE ? "one of " : "one or more (joined by |) of ")
                    + String.join(", ", codes);
        }
        String range = (q.min().isPresent() ? " from " + q.min().get().toPlainString() : "")
                + (q.max().isPresent() ? " to " + q.max().get().toPlainString() : "");
        return (q.type() == QuestionType.SCALE ? "a whole number" : "a number") + range;
    }

    private static Map<String, Integer> responses(String text) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String part : text.split("\\|", -1)) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                return null;
            }
            try {
                if (out.put(
                                part.substring(0, eq).strip(),
                                Integer.parseInt(part.substring(eq + 1).strip()))
                        != null) {
                    return null;
                }
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return out;
    }

    private String cell(List<String> cells, String name) {
        Integer i = column.get(name);
        return i == null ? "" : cells.get(i).strip();
    }

    private static String clip(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    private void skip(String code, String col, long line, Map<String, ?> args) {
        skipped++;
        error(code, col, line, args);
    }

    private void error(String code, String col, long line, Map<String, ?> args) {
        add(Severity.ERROR, code, col, line, args);
    }

    private void add(Severity severity, String code, String col, long line, Map<String, ?> args) {
        found.add(EventLog.at(
                ResearchMessages.diagnostic(
                        severity, code, col.isEmpty() ? JsonPointer.root() : JsonPointer.of(col), args),
                line));
    }
}
