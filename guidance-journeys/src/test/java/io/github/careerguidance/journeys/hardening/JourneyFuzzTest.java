/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.core.profile.ClientProfile;
import io.github.careerguidance.journeys.check.JourneyChecker;
import io.github.careerguidance.journeys.engine.InvalidJourneyException;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.engine.Session;
import io.github.careerguidance.journeys.engine.SessionResult;
import io.github.careerguidance.journeys.format.JourneyFormat;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.Step;
import io.github.careerguidance.journeys.reference.ReferenceJourneys;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fuzz targets for hostile journey files, conditions, answers and stored sessions. The contract under test: bad input
 * gives diagnostics (a failed {@code ReadResult}, a rejected {@code SessionResult}), never an exception, except the
 * documented, typed ones: {@link InvalidJourneyException} from compiling a journey whose check has errors, and
 * {@link IllegalArgumentException} from {@link Answer}'s factories for a value no answer may hold.
 *
 * <p>In a normal build each target runs once per input in {@code src/test/resources/.../JourneyFuzzTestInputs/<method>}
 * (regression mode); {@code fuzz.sh} at the repository root fuzzes them for real.
 */
class JourneyFuzzTest {
    private static final JourneyEngine REFERENCE =
            JourneyEngine.compile(ReferenceJourneys.byId("looking-for-work").orElseThrow());
    private static final JourneyChecker CHECKER = JourneyChecker.ofDefaults();
    private static final Instant MONDAY = Instant.parse("2026-03-30T08:00:00Z");

    private static String text(byte[] data) {
        return new String(data, StandardCharsets.UTF_8);
    }

    /** A read either succeeds or fails with at least one error; it never throws. */
    private static <T> void wellFormed(ReadResult<T> read) {
        Diagnostics d = read.diagnostics();
        if (read.isSuccessful()) {
            assertThat(d.hasErrors()).isFalse();
        } else {
            assertThat(d.stream().anyMatch(x -> x.severity().compareTo(Severity.ERROR) >= 0))
                    .isTrue();
            d.forEach(x -> assertThat(x.message(java.util.Locale.ENGLISH)).isNotBlank());
        }
    }

    /** Reads, checks, compiles and walks a journey; the only exception allowed is InvalidJourneyException. */
    private static void readCheckCompileRun(ReadResult<Journey> read, byte[] answers) {
        wellFormed(read);
        if (!read.isSuccessful()) {
            return;
        }
        Journey journey = read.value().orElseThrow();
        Diagnostics found = CHECKER.check(journey);
        JourneyEngine engine;
        try {
            engine = JourneyEngine.compile(journey);
        } catch (InvalidJourneyException e) {
            assertThat(found.hasErrors())
                    .as("compile refused what the checker passed: %s", e.diagnostics())
                    .isTrue();
            return;
        }
        walk(engine, engine.start(ClientProfile.anonymous()), answers);
    }

    /** Drives a session with answers drawn from the bytes; every result is accepted or a typed error. */
    private static void walk(JourneyEngine engine, Session start, byte[] data) {
        Session s = start;
        int pos = 0;
        for (int i = 0; i < 40 && !s.completed(); i++) {
            engine.view(s, MONDAY);
            Step step = engine.journey().step(s.step()).orElseThrow();
            int op = pos < data.length ? data[pos++] & 0xFF : 0;
            SessionResult r;
            if (op % 7 == 6) {
                r = engine.back(s);
            } else if (op % 7 == 5) {
                r = engine.requestContact(s);
            } else if (op % 7 == 4 || step.question().isEmpty()) {
                r = step.assessment().isPresent()
                        ? engine.assess(s, step.id(), Map.of("concern-1", op % 6))
                        : engine.proceed(s, step.id());
            } else {
                int len = pos < data.length ? data[pos++] & 0x3F : 0;
                String value = new String(
                        data,
                        Math.min(pos, data.length),
                        Math.min(len, Math.max(0, data.length - pos)),
                        StandardCharsets.UTF_8);
                pos += len;
                Answer a = answer(op % 4, value);
                if (a == null) {
                    continue;
                }
                r = engine.answer(s, step.id(), a);
            }
            assertThat(r.isAccepted() || r.error().isPresent()).isTrue();
            r.error().ifPresent(e -> assertThat(e.diagnostics().hasErrors()).isTrue());
            s = r.session();
        }
        Session resumed = engine.resume(engine.store(s)).orElseThrow();
        assertThat(resumed).isEqualTo(s);
    }

    /** An answer from a fuzzed value, or null when Answer's documented validation refuses it. */
    private static Answer answer(int kind, String value) {
        try {
            switch (kind) {
                case 0:
                    return Answer.text(value);
                case 1:
                    return Answer.choice(value);
                case 2:
                    return Answer.choices(List.of(value.split(",", -1)));
                default:
                    return Answer.number(new BigDecimal(value.isBlank() ? "0" : value.trim()));
            }
        } catch (IllegalArgumentException e) {
            return null; // documented: Answer refuses blank, oversized or malformed values (NumberFormatException too)
        }
    }

    @FuzzTest(maxDuration = "30s")
    void journeyJson(byte[] data) {
        readCheckCompileRun(JourneyFormat.json().read(text(data)), data);
    }

    @FuzzTest(maxDuration = "30s")
    void journeyYaml(byte[] data) {
        readCheckCompileRun(JourneyFormat.yaml().read(text(data)), data);
    }

    /**
     * The first line is a condition (JSON) put on the first question's first transition of a small journey; the rest
     * drives a session. Compiling either refuses the condition with diagnostics or evaluates it on every answer.
     */
    @FuzzTest(maxDuration = "30s")
    void conditions(byte[] data) {
        String all = text(data);
        int nl = all.indexOf('\n');
        String condition = nl < 0 ? all : all.substring(0, nl);
        byte[] rest = nl < 0 ? new byte[0] : all.substring(nl + 1).getBytes(StandardCharsets.UTF_8);
        ReadResult<Object> parsed = GuidanceCodec.json().read(condition, Object.class);
        wellFormed(parsed);
        if (!parsed.isSuccessful()) {
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> journey = (Map<String, Object>) GuidanceCodec.json()
                .read(JourneyFormat.json().write(ConcurrentSessionsTest.tiny()), Map.class)
                .orElseThrow();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> steps = (List<Map<String, Object>>) journey.get("steps");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> transitions =
                new ArrayList<>((List<Map<String, Object>>) steps.get(0).get("transitions"));
        Map<String, Object> first = new java.util.LinkedHashMap<>(transitions.get(0));
        first.put("when", parsed.value().orElseThrow());
        transitions.set(0, first);
        steps.get(0).put("transitions", transitions);
        readCheckCompileRun(GuidanceCodec.json().convert(journey, Journey.class), rest);
    }

    @FuzzTest(maxDuration = "30s")
    void sessionResume(byte[] data) {
        ReadResult<Session> resumed = REFERENCE.resume(text(data));
        wellFormed(resumed);
        resumed.value().ifPresent(s -> walk(REFERENCE, s, data));
    }
}
