/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.calibration;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.ImmutableDiagnostic;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.journeys.engine.InvalidJourneyException;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.engine.Session;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.research.internal.ResearchMessages;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A session event log, read and checked against a design: the usable {@link #sessions()} and, for everything that
 * could not be used, {@link #diagnostics()} naming the line and why (malformed CSV, unknown journeys, steps or
 * event types, answers the question does not take, events out of order, sessions that never started). Reading never
 * throws on bad input, and nothing is lost silently: {@link #rows()}, {@link #skippedRows()} and
 * {@link #skippedSessions()} count what was read and left out, and an info diagnostic
 * ({@code research.calibration.read-summary}) repeats the counts.
 *
 * <p><b>CSV</b> ({@link LogFormat#CSV}): RFC 4180, UTF-8, a header row, one row per event, columns (in any order)
 * {@value #CSV_COLUMNS}:
 * <ul>
 *   <li>{@code session} (required): a pseudonymous session key; rows of sessions may interleave;</li>
 *   <li>{@code seq} (required): a whole number ordering the events of a session (rows are taken in seq order; a
 *       seq lower than an earlier row's of the same session is reported, a repeated seq is skipped);</li>
 *   <li>{@code event} (required): {@code started}, {@code answered}, {@code assessed}, {@code proceeded},
 *       {@code moved-back}, {@code contact-requested}, {@code escalated}, {@code completed},
 *       {@code dropped-out};</li>
 *   <li>{@code journey}: the journey id, required on {@code started};</li>
 *   <li>{@code step}: the step id the event happened at, required on every event but {@code started};
 *       {@code dropped-out} names the step the visitor was last shown, {@code completed} the outcome step;</li>
 *   <li>{@code answer}: for {@code answered}, the choice code (several joined by {@code |}) or number; empty when
 *       withheld; free text is never read. For {@code assessed}, item responses as {@code item=value|item=value};</li>
 *   <li>{@code level}, {@code reason}: for {@code escalated}, the new support level and the reason codes;</li>
 *   <li>{@code goal}, {@code ageBand}, {@code educationLevel}, {@code employment}, {@code region}: on
 *       {@code started}, the intake goal and profile bands as the population model writes them (all optional).</li>
 * </ul>
 * A session must start with {@code started} and should end with {@code completed} or {@code dropped-out}; one
 * without an end counts as dropped out at an unknown step (pass closed sessions only).
 *
 * <p><b>Engine</b> ({@link LogFormat#ENGINE}): one stored session per line as {@code JourneyEngine.store} writes
 * it; each is resumed on the design's engines, so the engine checks it. Anonymised sessions
 * ({@code Session.anonymize()}) hold no profile and no answers: their answers count as withheld. A session that is
 * not completed counts as dropped out at its current step.
 *
 * <pre>{@code
 * EventLog log = EventLog.read(Path.of("events.csv"), LogFormat.CSV, List.of(journey));
 * log.diagnostics().forEach(d -> System.err.println(d.render(Locale.ENGLISH)));
 * }</pre>
 *
 * <p>Thread-safety: immutable. Memory: the sessions are held in memory (about a kilobyte each).
 *
 * @since 0.1.0
 */
@Beta
public final class EventLog {
    /** The columns of the CSV format, in the order {@link #writeCsv(Writer)} writes them. */
    public static final String CSV_COLUMNS =
            "session,seq,event,journey,step,answer,level,reason,goal,ageBand," + "educationLevel,employment,region";

    /** The longest line of an engine log, in characters. */
    public static final int MAX_LINE = 4 * 1024 * 1024;

    private final LogFormat format;
    private final List<ObservedSession> sessions;
    private final Diagnostics diagnostics;
    private final long rows;
    private final long skippedRows;
    private final long skippedSessions;

    EventLog(
            LogFormat format,
            List<ObservedSession> sessions,
            Diagnostics diagnostics,
            long rows,
            long skippedRows,
            long skippedSessions) {
        this.format = format;
        this.sessions = List.copyOf(sessions);
        this.diagnostics = diagnostics;
        this.rows = rows;
        this.skippedRows = skippedRows;
        this.skippedSessions = skippedSessions;
    }

    /**
     * Reads a log file (UTF-8).
     *
     * @param file the file
     * @param format the format
     * @param journeys the journeys of the design
     * @return the log; an unreadable file gives an empty log with an error diagnostic naming the file
     */
    public static EventLog read(Path file, LogFormat format, Collection<Journey> journeys) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(journeys, "journeys");
        try (Reader in = new InputStreamReader(
                Files.newInputStream(file),
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT))) {
            EventLog log = read(in, format, journeys);
            return new EventLog(
                    log.format,
                    log.sessions,
                    log.diagnostics.withSource(file.toString()),
                    log.rows,
                    log.skippedRows,
                    log.skippedSessions);
        } catch (CharacterCodingException e) {
            return unreadable(format, "not UTF-8 text", file);
        } catch (IOException | UncheckedIOException e) {
            return unreadable(
                    format, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), file);
        }
    }

    private static EventLog unreadable(LogFormat format, String reason, Path file) {
        return new EventLog(
                format,
                List.of(),
                Diagnostics.of(ResearchMessages.diagnostic(
                                Severity.ERROR,
                                "research.calibration.unreadable",
                                JsonPointer.root(),
                                Map.of("reason", reason)))
                        .withSource(file.toString()),
                0,
                0,
                0);
    }

    /**
     * Reads a log from a reader (not closed).
     *
     * @param in the reader
     * @param format the format
     * @param journeys the journeys of the design
     * @return the log
     * @throws IOException if the reader fails (bad content never throws)
     */
    public static EventLog read(Reader in, LogFormat format, Collection<Journey> journeys) throws IOException {
        Objects.requireNonNull(in, "in");
        Map<String, Journey> design = new LinkedHashMap<>();
        for (Journey j : Objects.requireNonNull(journeys, "journeys")) {
            design.putIfAbsent(j.id(), j);
        }
        return format == LogFormat.CSV ? new CsvLogReader(design).read(in) : readEngine(in, design);
    }

    /**
     * A log of sessions in memory, for example recorded from the engine with a {@link SessionRecorder}. Sessions of
     * journeys the design does not have are skipped with a diagnostic.
     *
     * @param sessions the sessions
     * @param journeys the journeys of the design
     * @return the log
     */
    public static EventLog of(Collection<Session> sessions, Collection<Journey> journeys) {
        Map<String, Journey> design = new LinkedHashMap<>();
        for (Journey j : journeys) {
            design.putIfAbsent(j.id(), j);
        }
        List<ObservedSession> kept = new ArrayList<>();
        Diagnostics.Builder found = Diagnostics.builder();
        long index = 0;
        long skipped = 0;
        for (Session s : sessions) {
            index++;
            Journey j = design.get(s.journey());
            if (j == null) {
                found.add(at(
                        ResearchMessages.diagnostic(
                                Severity.ERROR,
                                "research.calibration.unknown-journey",
                                JsonPointer.of(Long.toString(index - 1)),
                                Map.of(
                                        "journey",
                                        s.journey(),
                                        "journeys",
                                        design.keySet(),
                                        "session",
                                        Long.toString(index))),
                        index));
                skipped++;
                continue;
            }
            kept.add(SessionConversion.observe(Long.toString(index), s, j, index));
        }
        found.add(summary(index, index - skipped, kept.size(), skipped));
        return new EventLog(LogFormat.ENGINE, kept, found.build(), index, skipped, skipped);
    }

    private static EventLog readEngine(Reader in, Map<String, Journey> design) throws IOException {
        List<JourneyEngine> engines = new ArrayList<>();
        Diagnostics.Builder found = Diagnostics.builder();
        for (Journey j : design.values()) {
            try {
                engines.add(JourneyEngine.compile(j));
            } catch (InvalidJourneyException e) {
                found.addAll(e.diagnostics());
            }
        }
        List<ObservedSession> kept = new ArrayList<>();
        long line = 0;
        long rows = 0;
        long skipped = 0;
        StringBuilder text = new StringBuilder();
        while (true) {
            text.setLength(0);
            boolean tooLong = false;
            int c;
            while ((c = in.read()) != -1 && c != '\n') {
                if (text.length() < MAX_LINE) {
                    text.append((char) c);
                } else {
                    tooLong = true;
                }
            }
            if (c == -1 && text.length() == 0 && !tooLong) {
                break;
            }
            line++;
            String record = text.toString().strip();
            if (record.isEmpty() && !tooLong) {
                if (c == -1) {
                    break;
                }
                continue;
            }
            rows++;
            if (tooLong) {
                found.add(at(
                        ResearchMessages.diagnostic(
                                Severity.ERROR,
                                "research.calibration.malformed-row",
                                JsonPointer.root(),
                                Map.of("reason", "longer than " + MAX_LINE + " characters")),
                        line));
                skipped++;
            } else {
                ObservedSession s = resume(record, engines, design, line, found);
                if (s == null) {
                    skipped++;
                } else {
                    kept.add(s);
                }
            }
            if (c == -1) {
                break;
            }
        }
        found.add(summary(rows, rows - skipped, kept.size(), skipped));
        return new EventLog(LogFormat.ENGINE, kept, found.build(), rows, skipped, skipped);
    }

    private static ObservedSession resume(
            String record,
            List<JourneyEngine> engines,
            Map<String, Journey> design,
            long line,
            Diagnostics.Builder found) {
        Diagnostics why = Diagnostics.empty();
        for (JourneyEngine engine : engines) {
            io.github.careerguidance.core.json.ReadResult<Session> read;
            try {
                read = engine.resume(record);
            } catch (RuntimeException e) {
                // the engine reports bad input as diagnostics; this guards the promise never to throw on a log
                why = Diagnostics.of(ResearchMessages.diagnostic(
                        Severity.ERROR,
                        "research.calibration.unreadable",
                        JsonPointer.root(),
                        Map.of("reason", e.getClass().getSimpleName())));
                continue;
            }
            if (read.isSuccessful()) {
                Session s = read.orElseThrow();
                return SessionConversion.observe("line-" + line, s, design.get(s.journey()), line);
            }
            if (why.isEmpty()
                    || !read.diagnostics().stream().allMatch(d -> d.code().contains("journey"))) {
                why = read.diagnostics();
            }
        }
        found.add(at(
                ResearchMessages.diagnostic(
                        Severity.ERROR, "research.calibration.bad-session", JsonPointer.root(), Map.of()),
                line));
        int shown = 0;
        for (Diagnostic d : why) {
            if (shown++ < 3) {
                found.add(at(d, line));
            }
        }
        return null;
    }

    static Diagnostic at(Diagnostic d, long line) {
        return ImmutableDiagnostic.copyOf(d).withLine((int) Math.min(Integer.MAX_VALUE, line));
    }

    static Diagnostic summary(long rows, long used, long sessions, long skippedSessions) {
        return ResearchMessages.diagnostic(
                Severity.INFO,
                "research.calibration.read-summary",
                JsonPointer.root(),
                Map.of(
                        "rows",
                        rows,
                        "used",
                        used,
                        "skipped",
                        rows - used,
                        "sessions",
                        sessions,
                        "skippedSessions",
                        skippedSessions));
    }

    /**
     * The format the log was read in.
     *
     * @return the format
     */
    public LogFormat format() {
        return format;
    }

    /**
     * The usable sessions, in the order of their first row.
     *
     * @return the sessions
     */
    public List<ObservedSession> sessions() {
        return sessions;
    }

    /**
     * What could not be used and why, each with its line; and the read summary (info).
     *
     * @return the diagnostics
     */
    public Diagnostics diagnostics() {
        return diagnostics;
    }

    /**
     * The records read: CSV data rows (the header and blank lines excluded), or non-blank lines of an engine log.
     *
     * @return the count
     */
    public long rows() {
        return rows;
    }

    /**
     * The records left out (malformed, invalid, or of a skipped session).
     *
     * @return the count
     */
    public long skippedRows() {
        return skippedRows;
    }

    /**
     * The sessions left out as a whole (no start, unknown journey, unreadable stored session).
     *
     * @return the count
     */
    public long skippedSessions() {
        return skippedSessions;
    }

    /**
     * Writes the sessions as the documented CSV ({@value #CSV_COLUMNS}), header first; reading it back gives equal
     * sessions (ids kept, lines renumbered).
     *
     * @param out the writer (not closed)
     * @throws UncheckedIOException if writing fails
     */
    public void writeCsv(Writer out) {
        try {
            out.write(CSV_COLUMNS);
            out.write("\r\n");
            for (ObservedSession s : sessions) {
                int seq = 0;
                for (ObservedEvent e : s.events()) {
                    boolean start = e.type() == LogEvent.STARTED;
                    String answer =
                            e.type() == LogEvent.ASSESSED ? responses(e.responses()) : String.join("|", e.answer());
                    List<String> cells = List.of(
                            s.id(),
                            Integer.toString(seq++),
                            e.type().code(),
                            start ? s.journey() : "",
                            e.step(),
                            answer,
                            e.level().orElse(""),
                            e.reason().orElse(""),
                            start ? s.goal().orElse("") : "",
                            band(s, start, "ageBand"),
                            band(s, start, "educationLevel"),
                            band(s, start, "employment"),
                            band(s, start, "region"));
                    for (int i = 0; i < cells.size(); i++) {
                        if (i > 0) {
                            out.write(',');
                        }
                        out.write(quote(cells.get(i)));
                    }
                    out.write("\r\n");
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String band(ObservedSession s, boolean start, String field) {
        return start ? s.profile().getOrDefault(field, "") : "";
    }

    private static String responses(Map<String, Integer> responses) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, Integer> r : responses.entrySet()) {
            if (b.length() > 0) {
                b.append('|');
            }
            b.append(r.getKey()).append('=').append(r.getValue());
        }
        return b.toString();
    }

    private static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    @Override
    public String toString() {
        return "EventLog{" + format.code() + ", sessions=" + sessions.size() + ", rows=" + rows + ", skipped="
                + skippedRows + "}";
    }
}
