/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.core.profile.ClientProfile;
import io.github.careerguidance.core.profile.EmploymentSituation;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.engine.Session;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad log input becomes diagnostics with lines, never an exception, and nothing is lost silently. */
class EventLogTest {
    static final String HEADER = EventLog.CSV_COLUMNS + "\n";

    static EventLog csv(String text) throws IOException {
        return EventLog.read(new StringReader(text), LogFormat.CSV, KnownPopulation.design());
    }

    static Optional<Diagnostic> code(EventLog log, String code) {
        return log.diagnostics().stream()
                .filter(d -> d.code().equals("research.calibration." + code))
                .findFirst();
    }

    @Test
    void aCleanSessionIsRead() throws IOException {
        EventLog log = csv(HEADER
                + "s1,0,started,looking-for-work,,,,,looking-for-work,23-29,,employed,NL-UT\n"
                + "s1,1,proceeded,,welkom,,,,,,,,\n"
                + "s1,2,answered,,q-situatie,ander-werk,,,,,,,\n"
                + "s1,3,contact-requested,,q-richting,,,,,,,,\n"
                + "s1,4,escalated,,q-richting,,brief-staff-assisted,contact-requested,,,,,\n"
                + "s1,5,dropped-out,,q-richting,,,,,,,,\n");
        assertThat(log.diagnostics().atLeast(Severity.WARNING)).isEmpty();
        assertThat(log.rows()).isEqualTo(6);
        assertThat(log.skippedRows()).isZero();
        ObservedSession s = log.sessions().get(0);
        assertThat(s.profile())
                .containsEntry("employment", "employed")
                .containsEntry("region", "NL-UT")
                .containsEntry("ageBand", "23-29");
        assertThat(s.goal()).contains("looking-for-work");
        assertThat(s.events())
                .extracting(ObservedEvent::type)
                .containsExactly(
                        LogEvent.STARTED,
                        LogEvent.PROCEEDED,
                        LogEvent.ANSWERED,
                        LogEvent.CONTACT_REQUESTED,
                        LogEvent.ESCALATED,
                        LogEvent.DROPPED_OUT);
        assertThat(s.events().get(2).answer()).containsExactly("ander-werk");
        assertThat(s.events().get(4).level()).contains("brief-staff-assisted");
        assertThat(s.ended()).isTrue();
        assertThat(s.completed()).isFalse();
        assertThat(code(log, "read-summary").orElseThrow().message(Locale.ENGLISH))
                .isEqualTo("6 rows read: 6 used, 0 skipped; 1 sessions used, 0 skipped");
    }

    @Test
    void badRowsAreReportedWithTheirLineAndSkipped() throws IOException {
        String text = HEADER // line 1
                + "a,0,started,looking-for-work,,,,,,,,,\n" // 2
                + "a,1,proceeded,,welkom,,,,,,,,\n" // 3
                + "a,2,answered,,q-situatie,\"bad \"quote,,,,,,,\n" // 4 malformed
                + "a,3,answered,,q-situatie,geheim-antwoord,,,,,,,\n" // 5 not a choice
                + "a,4,answered,,q-bestaat-niet,ja,,,,,,,\n" // 6 unknown step
                + "a,5,teleported,,q-richting,,,,,,,,\n" // 7 unknown event
                + "a,6,answered,,welkom,ja,,,,,,,\n" // 8 wrong kind
                + "a,7,answered,,q-situatie,geen-werk\n" // 9 cell count
                + "a,9,answered,,q-situatie,geen-werk,,,,,,,\n" // 10
                + "a,8,proceeded,,welkom,,,,,,,,\n" // 11 out of order
                + "a,9,proceeded,,welkom,,,,,,,,\n" // 12 duplicate seq
                + "a,10,dropped-out,,q-richting,,,,,,,,\n" // 13
                + "a,11,proceeded,,welkom,,,,,,,,\n" // 14 after the end
                + "b,0,answered,,q-situatie,geen-werk,,,,,,,\n" // 15 no start
                + "c,0,started,ander-traject,,,,,,,,,\n" // 16 unknown journey
                + "d,x,started,looking-for-work,,,,,,,,,\n" // 17 bad seq
                + "e,0,started,looking-for-work,,,,,,leeftijd,,,\n" // 18 bad band, kept
                + "e,1,proceeded,,welkom,,,,,,,,\n"; // 19 not ended
        EventLog log = csv(text);
        assertThat(line(log, "malformed-row")).isEqualTo(4);
        assertThat(line(log, "bad-answer")).isEqualTo(5);
        assertThat(line(log, "unknown-step")).isEqualTo(6);
        assertThat(line(log, "unknown-event")).isEqualTo(7);
        assertThat(line(log, "wrong-kind")).isEqualTo(8);
        assertThat(line(log, "cell-count")).isEqualTo(9);
        assertThat(line(log, "out-of-order")).isEqualTo(11);
        assertThat(line(log, "duplicate-seq")).isIn(10L, 12L);
        assertThat(line(log, "after-end")).isEqualTo(14);
        assertThat(line(log, "no-start")).isEqualTo(15);
        assertThat(line(log, "unknown-journey")).isEqualTo(16);
        assertThat(line(log, "bad-value")).isEqualTo(17);
        assertThat(line(log, "bad-band")).isEqualTo(18);
        assertThat(line(log, "not-ended")).isEqualTo(19);
        // the answer's value is never repeated; the message names the question and what it takes
        Diagnostic badAnswer = code(log, "bad-answer").orElseThrow();
        assertThat(badAnswer.render(Locale.ENGLISH))
                .doesNotContain("geheim")
                .contains("q-situatie")
                .contains("one of geen-werk, ander-werk, terugkeer")
                .contains("line 5");
        assertThat(badAnswer.render(Locale.forLanguageTag("nl")))
                .doesNotContain("geheim")
                .contains("moet");
        // nothing is lost silently: every data row is either used or counted as skipped
        assertThat(log.rows()).isEqualTo(18);
        assertThat(log.sessions()).extracting(ObservedSession::id).containsExactly("a", "e");
        long used = log.sessions().stream().mapToLong(s -> s.events().size()).sum();
        assertThat(log.skippedRows()).isEqualTo(log.rows() - used);
        assertThat(log.skippedSessions()).isEqualTo(2);
        assertThat(code(log, "read-summary").orElseThrow().message(Locale.ENGLISH))
                .isEqualTo("18 rows read: " + used + " used, " + (18 - used) + " skipped; 2 sessions used, 2 skipped");
        assertThat(log.sessions().get(1).profile()).doesNotContainKey("ageBand");
    }

    private static long line(EventLog log, String code) {
        return code(log, code)
                .orElseThrow(() -> new AssertionError("no " + code + " in " + log.diagnostics()))
                .line()
                .orElseThrow();
    }

    @Test
    void aMissingColumnReadsNothingButCountsTheRows() throws IOException {
        EventLog log = csv("session,event\na,started\na,proceeded\n");
        assertThat(code(log, "missing-column").orElseThrow().render(Locale.ENGLISH))
                .contains("'seq'");
        assertThat(log.rows()).isEqualTo(2);
        assertThat(log.skippedRows()).isEqualTo(2);
        assertThat(log.sessions()).isEmpty();
    }

    @Test
    void unknownColumnsAreReportedAndIgnored() throws IOException {
        EventLog log = csv("session,seq,event,journey,step,browser\nz,0,started,looking-for-work,,firefox\n"
                + "z,1,dropped-out,,welkom,firefox\n");
        assertThat(code(log, "unknown-column").orElseThrow().severity()).isEqualTo(Severity.WARNING);
        assertThat(log.sessions()).hasSize(1);
    }

    @Test
    void anUnterminatedQuoteIsReportedNotThrown() throws IOException {
        EventLog log = csv(HEADER + "a,0,started,looking-for-work,,,,,,,,,\na,1,answered,,q-situatie,\"geen-werk\n");
        assertThat(line(log, "malformed-row")).isEqualTo(3);
        assertThat(log.sessions()).hasSize(1);
    }

    @Test
    void engineLinesThatAreNotStoredSessionsAreSkippedWithTheirLine() throws IOException {
        JourneyEngine engine = JourneyEngine.compile(KnownPopulation.JOURNEY);
        Session s = engine.start(
                ClientProfile.builder().employment(EmploymentSituation.EMPLOYED).build());
        s = engine.proceed(s, "welkom").session();
        s = engine.answer(s, "q-situatie", Answer.choice("ander-werk")).session();
        String text = engine.store(s) + "\n\n{not json\n" + "{\"format\": 99}\n" + engine.store(s.anonymize()) + "\n";
        EventLog log = EventLog.read(new StringReader(text), LogFormat.ENGINE, KnownPopulation.design());
        assertThat(log.rows()).isEqualTo(4);
        assertThat(log.skippedRows()).isEqualTo(2);
        assertThat(log.sessions()).hasSize(2);
        assertThat(log.diagnostics()
                        .withCode("research.calibration.bad-session")
                        .asList())
                .extracting(d -> d.line().orElseThrow())
                .containsExactly(3, 4);
        ObservedSession kept = log.sessions().get(0);
        assertThat(kept.profile()).containsEntry("employment", "employed");
        assertThat(kept.events().get(2).answer()).containsExactly("ander-werk");
        assertThat(kept.events().get(kept.events().size() - 1).type()).isEqualTo(LogEvent.DROPPED_OUT);
        assertThat(kept.events().get(kept.events().size() - 1).step()).isEqualTo("q-richting");
        // the anonymised session keeps the shape but not the answer
        ObservedSession anonymous = log.sessions().get(1);
        assertThat(anonymous.profile()).isEmpty();
        assertThat(anonymous.events().get(2).type()).isEqualTo(LogEvent.ANSWERED);
        assertThat(anonymous.events().get(2).answer()).isEmpty();
    }

    @Test
    void anAnonymisedLogFitsDropOutButWarnsThatAnswersAreWithheld() throws IOException {
        JourneyEngine engine = JourneyEngine.compile(KnownPopulation.JOURNEY);
        StringBuilder text = new StringBuilder();
        for (Session s : KnownPopulation.simulate(300, 2).sessions()) {
            text.append(engine.store(s.anonymize())).append('\n');
        }
        EventLog log = EventLog.read(new StringReader(text.toString()), LogFormat.ENGINE, KnownPopulation.design());
        Calibration fit =
                Calibrator.builder().journeys(KnownPopulation.design()).build().fit(log);
        assertThat(fit.diagnostics()
                        .withCode("research.calibration.answers-withheld")
                        .asList())
                .isNotEmpty()
                .allMatch(d -> d.severity() == Severity.WARNING);
        assertThat(fit.population().orElseThrow().questions()).isEmpty();
        assertThat(fit.population().orElseThrow().dropOut()).containsKey("question");
        assertThat(fit.population().orElseThrow().profile().employment()).isEmpty();
    }

    @Test
    void anEmptyLogFitsNothing() throws IOException {
        Calibration fit =
                Calibrator.builder().journeys(KnownPopulation.design()).build().fit(csv(""));
        assertThat(fit.population()).isEmpty();
        assertThat(fit.diagnostics()
                        .withCode("research.calibration.no-sessions")
                        .hasErrors())
                .isTrue();
    }

    @Test
    void anUnreadableFileIsADiagnostic(@TempDir Path dir) throws IOException {
        EventLog missing = EventLog.read(dir.resolve("nope.csv"), LogFormat.CSV, KnownPopulation.design());
        assertThat(code(missing, "unreadable").orElseThrow().source())
                .contains(dir.resolve("nope.csv").toString());
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, new byte[] {'s', 'e', 's', 's', (byte) 0xe9, '\n'});
        assertThat(code(EventLog.read(latin1, LogFormat.CSV, KnownPopulation.design()), "unreadable"))
                .isPresent();
    }

    @Test
    void theDocumentedExampleReadsCleanly() {
        EventLog log = EventLog.read(Path.of("EVENT-LOG-example.csv"), LogFormat.CSV, KnownPopulation.design());
        assertThat(log.diagnostics().atLeast(Severity.WARNING)).isEmpty();
        assertThat(log.sessions()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(log.sessions()).anyMatch(ObservedSession::completed);
    }

    @Test
    void chiSquareGivesTheTextbookValues() {
        assertThat(ChiSquare.survival(3.841458820694124, 1)).isCloseTo(0.05, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(ChiSquare.survival(5.991464547107979, 2)).isCloseTo(0.05, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(ChiSquare.survival(11.070497693516351, 5))
                .isCloseTo(0.05, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(ChiSquare.survival(2.0, 10)).isCloseTo(0.9963401532, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(ChiSquare.survival(0, 3)).isEqualTo(1.0);
        // 2 x 2: 10/20 against 30/20 gives chi-square 5.333 on 1 df
        ChiSquare.Test t =
                ChiSquare.homogeneity(java.util.Map.of("a", 10L, "b", 20L), java.util.Map.of("a", 30L, "b", 20L));
        assertThat(t.df).isEqualTo(1);
        assertThat(t.statistic).isCloseTo(5.3333333, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(ChiSquare.homogeneity(java.util.Map.of("a", 3L), java.util.Map.of("a", 5L)))
                .isNull();
        assertThat(List.of(t.sparse)).containsExactly(false);
    }
}
