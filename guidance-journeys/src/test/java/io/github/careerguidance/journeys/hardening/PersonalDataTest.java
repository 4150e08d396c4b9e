/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.json.InvalidInputException;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.profile.AgeBand;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.core.profile.ClientProfile;
import io.github.careerguidance.core.profile.EducationLevel;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.engine.Session;
import io.github.careerguidance.journeys.engine.SessionResult;
import io.github.careerguidance.journeys.engine.StepView;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Personal data never leaks into what the SDK shows about itself. A client profile and a session are filled with
 * marker values; no marker may appear in any {@code toString}, exception message, diagnostic (code, message in both
 * languages, arguments), standard output or error, or {@code java.util.logging} record produced along the way, also
 * when the answers or stored sessions are hostile.
 *
 * <p>Outputs that carry the data by design, and are not checked for the marker (they are checked to hold it, so the
 * test cannot pass by never giving the data): the stored session ({@link JourneyEngine#store(Session)}), the values
 * of {@link Session#answers()}, {@link ClientProfile#answers()}, {@code SessionEvent#answer()} and
 * {@link StepView#answer()}. A wrong code where a code (an enum constant, such as an answer's {@code kind}) belongs is
 * named in its diagnostic when it looks like a code, and so is a wrong journey id or step id: codes and ids are not
 * personal data.
 */
class PersonalDataTest {
    private static final String MARKER = "MARKER-7f3a9c51";
    private static final Instant MONDAY = Instant.parse("2026-03-30T08:00:00Z");

    private final List<String> shown = new ArrayList<>();

    private void show(Object o) {
        shown.add(String.valueOf(o));
    }

    private void show(Diagnostics diagnostics) {
        shown.add(diagnostics.toString());
        for (Diagnostic d : diagnostics) {
            shown.add(d.toString());
            shown.add(d.code());
            shown.add(d.message(Locale.ENGLISH));
            shown.add(d.message(Locale.forLanguageTag("nl")));
            shown.add(d.render(Locale.ENGLISH));
            shown.add(d.arguments().toString());
            shown.add(d.location().toString());
            d.source().ifPresent(shown::add);
        }
    }

    private void show(SessionResult r) {
        show((Object) r);
        show(r.session());
        r.events().forEach(this::show);
        r.error().ifPresent(e -> {
            show(e);
            show(e.message(Locale.ENGLISH));
            show(e.message(Locale.forLanguageTag("nl")));
            show(e.diagnostics());
        });
    }

    private void show(ReadResult<?> r) {
        show((Object) r);
        show(r.diagnostics());
        if (!r.isSuccessful()) {
            try {
                r.orElseThrow();
            } catch (InvalidInputException e) {
                show(e.getMessage());
                show(e.toString());
                show(e.diagnostics());
            }
        }
    }

    @Test
    void noMarkerInAnyToStringMessageDiagnosticOrLogLine() {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PrintStream err = System.err;
        List<String> logged = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getMessage() + " " + record.getParameters() + " " + record.getThrown());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger root = Logger.getLogger("");
        root.addHandler(handler);
        java.util.logging.Level level = root.getLevel();
        root.setLevel(java.util.logging.Level.ALL);
        String stored;
        try (PrintStream capture = new PrintStream(console, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            stored = scenario();
        } finally {
            System.setOut(out);
            System.setErr(err);
            root.removeHandler(handler);
            root.setLevel(level);
        }
        // the data was really given: the stored session, meant to carry it, holds it
        assertThat(stored).contains(MARKER);
        assertThat(shown).isNotEmpty().allSatisfy(s -> assertThat(s).doesNotContain(MARKER));
        assertThat(console.toString(StandardCharsets.UTF_8)).doesNotContain(MARKER);
        assertThat(logged).allSatisfy(s -> assertThat(s).doesNotContain(MARKER));
    }

    /** Runs a session with marker answers and hostile input; returns the stored session. */
    private String scenario() {
        ClientProfile profile = ClientProfile.builder()
                .ageBand(AgeBand.AGE_30_44)
                .educationLevel(EducationLevel.MBO_4)
                .putAnswer("naam", Answer.text(MARKER + " Jan de Vries, Oudegracht 12 Utrecht"))
                .putAnswer("keuze", Answer.choice(MARKER))
                .build();
        show(profile);
        profile.answers().values().forEach(this::show);
        JourneyEngine engine = JourneyEngine.compile(ConcurrentSessionsTest.tiny());
        show(engine);
        Session s = engine.start(profile);
        show(s);
        StepView view = engine.view(s, MONDAY);
        show(view);

        // hostile answers carrying the marker, at the current step and at a step that is not current (a choice that
        // is not offered is covered by choiceNotOfferedDoesNotEchoTheAnswer)
        show(engine.answer(s, "q-situatie", Answer.text(MARKER)));
        show(engine.answer(s, "q-toelichting", Answer.text(MARKER)));

        SessionResult r = engine.answer(s, "q-situatie", Answer.choice("geen-werk"));
        show(r);
        s = r.session();
        show(engine.answer(s, "q-uren", Answer.text(MARKER)));
        show(engine.answer(s, "q-uren", Answer.number(new BigDecimal("7f3a".length() * 1000))));
        r = engine.answer(s, "q-uren", Answer.number(24));
        show(r);
        s = r.session();
        // a text that is too long, and a valid one
        show(engine.answer(s, "q-toelichting", Answer.text((MARKER + " ").repeat(10))));
        r = engine.answer(s, "q-toelichting", Answer.text(MARKER + " wil graag in de zorg"));
        show(r);
        s = r.session();
        view = engine.view(s, MONDAY);
        show(view);
        show(engine.back(s));
        show(engine.requestContact(s));
        show(s);
        s.events().forEach(this::show);
        show(s.profile());

        String stored = engine.store(s);
        // stored sessions tampered with: the marker where a number, a choice or a journey id belongs
        show(engine.resume(stored.replace("24", "\"" + MARKER + "\"")));
        show(engine.resume("{\"journey\": \"" + MARKER + "\"}"));
        show(engine.resume("[\"" + MARKER + "\"]"));
        show(engine.resume("{\"journey\": " + MARKER + "}"));
        show(engine.resume("journey: " + MARKER));
        show(engine.resume("{\"journey\": 1, \"" + "x" + "\": \"" + MARKER + "\"}"));
        show(engine.resume(stored.substring(0, stored.indexOf(MARKER) + 4)));
        ReadResult<Session> ok = engine.resume(stored);
        show(ok);
        show(ok.orElseThrow());
        show(profile.erase());
        assertThat(profile.erase().toString())
                .isEqualTo(ClientProfile.anonymous().toString());
        return stored;
    }

    /**
     * {@code journeys.engine.choice-not-offered} names a choice that is not offered by its position, never by its value:
     * an answer's value is personal data ({@link Answer#toString()} hides it), also in a tampered stored session.
     */
    @Test
    void choiceNotOfferedDoesNotEchoTheAnswer() {
        JourneyEngine engine = JourneyEngine.compile(ConcurrentSessionsTest.tiny());
        Session s = engine.start(ClientProfile.anonymous());
        show(engine.answer(s, "q-situatie", Answer.choice(MARKER)));
        show(engine.answer(s, "q-situatie", Answer.choices(MARKER, MARKER + "-2")));
        show(engine.resume(engine.store(engine.answer(s, "q-situatie", Answer.choice("geen-werk"))
                        .session())
                .replace("\"geen-werk\"", "\"" + MARKER + "\"")));
        assertThat(shown).isNotEmpty().allSatisfy(x -> assertThat(x).doesNotContain(MARKER));
    }
}
