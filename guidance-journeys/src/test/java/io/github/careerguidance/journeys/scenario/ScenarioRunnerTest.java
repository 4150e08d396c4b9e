/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.format.JourneyFormat;
import io.github.careerguidance.journeys.reference.ReferenceJourneys;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The scenario runner: visits, repeated questions, the first divergence of each kind, the extension point. */
class ScenarioRunnerTest {
    /** A question the path returns to until it is answered "ja". */
    static final String LOOP =
            "id: lus\nversion: 1.0.0\ntitle: {nl: Lus, en: Loop}\nlocales: [nl, en]\nstart: q-klaar\n"
                    + "steps:\n"
                    + "  - {id: q-klaar, kind: question, phase: communication, title: {nl: Klaar?, en: Ready?},\n"
                    + "     question: {type: single-choice, prompt: {nl: Klaar?, en: Ready?}, choices: [\n"
                    + "       {code: ja, label: {nl: Ja, en: 'Yes'}}, {code: nee, label: {nl: Nee, en: 'No'}}]},\n"
                    + "     transitions: [{target: klaar, when: {equals: {answer: q-klaar, value: ja}}}, {target: uitleg}]}\n"
                    + "  - {id: uitleg, kind: information, phase: communication, title: {nl: Uitleg, en: Explanation},\n"
                    + "     content: [{id: u, text: {nl: Uitleg, en: Explanation}}],\n"
                    + "     transitions: [{target: q-klaar}]}\n"
                    + "  - {id: klaar, kind: outcome, phase: execution, title: {nl: Klaar, en: Done},\n"
                    + "     outcome: {type: plan, text: {nl: Klaar, en: Done}}}\n";

    private static JourneyEngine engine(String id) {
        return JourneyEngine.compile(ReferenceJourneys.byId(id).orElseThrow());
    }

    private static ScenarioSuite suite(String yaml) {
        var read = ScenarioFormat.yaml().read(yaml);
        assertThat(read.isSuccessful()).as(read.diagnostics().toString()).isTrue();
        return read.orElseThrow();
    }

    private static final String LFW = "journey: looking-for-work\nscenarios:\n  - name: s\n    visits:\n"
            + "      - answers: {q-situatie: geen-werk, q-richting: duidelijk, zelftest: 4, q-vangnet: ja, q-keuze: ja,"
            + " q-lukt: ja}\n";

    @Test
    void aQuestionIsAnsweredDifferentlyWhenThePathReturnsToIt() {
        JourneyEngine loop = JourneyEngine.compiler()
                .checkPolicy(io.github.careerguidance.journeys.check.CheckPolicy.builder()
                        .contactReach(io.github.careerguidance.journeys.check.RuleLevel.OFF)
                        .build())
                .compile(JourneyFormat.yaml().read(LOOP).orElseThrow());
        ScenarioSuite s = suite("journey: lus\nscenarios:\n  - name: twice\n    visits:\n"
                + "      - answers: {q-klaar: nee, \"q-klaar#3\": ja}\n"
                + "    expect: {path: [q-klaar, uitleg, q-klaar, uitleg, q-klaar, klaar], outcome: klaar}\n");
        ScenarioResult r = ScenarioRunner.of(loop).run(s).get(0);
        assertThat(r.passed()).as(r.toString()).isTrue();
        // the same answer forever is a loop, reported, not a hang
        ScenarioResult forever = ScenarioRunner.of(loop)
                .run(suite("journey: lus\nscenarios:\n  - name: f\n    visits: [{answers: {q-klaar: nee}}]\n"))
                .get(0);
        assertThat(forever.divergence().orElseThrow().kind()).isEqualTo(DivergenceKind.LOOP);
    }

    @Test
    void visitsAreSeparatedBySaveAndResumeAndEachHasItsClock() {
        ScenarioSuite s = suite("journey: looking-for-work\nscenarios:\n  - name: two\n    visits:\n"
                + "      - {answers: {q-situatie: geen-werk, q-richting: duidelijk}}\n"
                + "      - {at: 2026-12-05T11:00:00Z, answers: {zelftest: 4, q-vangnet: ja, q-keuze: ja, q-lukt: ja}}\n"
                + "    expect: {outcome: plan}\n");
        ScenarioResult r = ScenarioRunner.of(engine("looking-for-work")).run(s).get(0);
        assertThat(r.passed()).as(r.toString()).isTrue();
        List<TraceStep> steps = r.trace().orElseThrow().steps();
        assertThat(steps.get(0).visit()).isEqualTo(1);
        assertThat(steps.get(steps.size() - 1).visit()).isEqualTo(2);
        assertThat(steps.stream().filter(t -> t.step().equals("zelftest")).count())
                .isEqualTo(2); // left, came back
    }

    @Test
    void theFirstDivergenceNamesStepExpectedAndActual() {
        JourneyEngine e = engine("looking-for-work");
        Divergence outcome = ScenarioRunner.of(e)
                .run(suite(LFW + "    expect: {outcome: verwijzing}\n"))
                .get(0)
                .divergence()
                .orElseThrow();
        assertThat(outcome.kind()).isEqualTo(DivergenceKind.OUTCOME);
        assertThat(outcome.step()).hasValue("plan");
        assertThat(outcome.message(Locale.ENGLISH))
                .isEqualTo("outcome at step 'plan': expected outcome verwijzing, but was outcome plan");
        assertThat(outcome.message(Locale.forLanguageTag("nl"))).startsWith("outcome bij stap 'plan': verwacht");

        Divergence path = ScenarioRunner.of(e)
                .run(suite(LFW + "    expect: {path: [welkom, q-richting]}\n"))
                .get(0)
                .divergence()
                .orElseThrow();
        assertThat(path.kind()).isEqualTo(DivergenceKind.PATH);
        assertThat(path.expected()).isEqualTo("step 2 q-richting");
        assertThat(path.actual()).isEqualTo("step 2 q-situatie");

        Divergence content = ScenarioRunner.of(e)
                .run(suite(LFW + "    expect: {shown: [{step: info-opties, content: [kort-lijstje]}]}\n"))
                .get(0)
                .divergence()
                .orElseThrow();
        assertThat(content.kind()).isEqualTo(DivergenceKind.CONTENT);
        assertThat(content.actual()).contains("richting-scherp");

        Divergence level = ScenarioRunner.of(e)
                .run(suite(LFW + "    expect: {supportLevel: individual-case-managed}\n"))
                .get(0)
                .divergence()
                .orElseThrow();
        assertThat(level.expected()).isEqualTo("individual-case-managed");
        assertThat(level.actual()).isEqualTo("self-help");

        Divergence contact = ScenarioRunner.of(e)
                .run(suite(LFW + "    expect: {contact: [{at: 2026-12-01T10:00:00Z, openNow: [loket]}]}\n"))
                .get(0)
                .divergence()
                .orElseThrow();
        assertThat(contact.kind()).isEqualTo(DivergenceKind.CONTACT);
        assertThat(contact.actual()).isEqualTo("open: none"); // no contact points given
    }

    @Test
    void anAnswerThatDoesNotFitIsADivergenceThatDoesNotRepeatIt() {
        Divergence d = ScenarioRunner.of(engine("must-retrain"))
                .run(suite("journey: must-retrain\nscenarios:\n"
                        + "  - name: s\n    visits: [{answers: {q-reden: eigen-wens, q-uren: geheim-woord}}]\n"))
                .get(0)
                .divergence()
                .orElseThrow();
        assertThat(d.kind()).isEqualTo(DivergenceKind.ANSWER);
        assertThat(d.step()).hasValue("q-uren");
        assertThat(d.expected()).isEqualTo("The answer to 'q-uren' must be a number from 0 to 60");
        assertThat(d.message(Locale.ENGLISH)).doesNotContain("geheim-woord");
        Divergence range = ScenarioRunner.of(engine("must-retrain"))
                .run(suite("journey: must-retrain\nscenarios:\n"
                        + "  - name: s\n    visits: [{answers: {q-reden: eigen-wens, q-uren: 987654}}]\n"))
                .get(0)
                .divergence()
                .orElseThrow();
        assertThat(range.message(Locale.ENGLISH)).contains("q-uren", "0", "60").doesNotContain("987654");
        Divergence missing = ScenarioRunner.of(engine("must-retrain"))
                .run(suite("journey: must-retrain\nscenarios:\n"
                        + "  - name: s\n    visits: [{answers: {q-reden: eigen-wens}}]\n"))
                .get(0)
                .divergence()
                .orElseThrow();
        assertThat(missing.step()).hasValue("q-uren");
        assertThat(missing.actual()).isEqualTo("none given");
    }

    @Test
    void extensionsNeedACheckAndACheckDecides() {
        ScenarioSuite s = suite(LFW + "    expect: {extensions: {steps: 12}}\n");
        Divergence unknown = ScenarioRunner.of(engine("looking-for-work"))
                .run(s)
                .get(0)
                .divergence()
                .orElseThrow();
        assertThat(unknown.kind()).isEqualTo(DivergenceKind.EXTENSION);
        assertThat(unknown.expected()).isEqualTo("a check named steps");
        ExpectationCheck steps = new ExpectationCheck() {
            @Override
            public String name() {
                return "steps";
            }

            @Override
            public Optional<Divergence> check(Object expected, ScenarioTrace trace) {
                int actual = trace.steps().size();
                return String.valueOf(expected).equals(String.valueOf(actual))
                        ? Optional.empty()
                        : Optional.of(
                                Divergence.of(DivergenceKind.EXTENSION, null, expected + " steps", actual + " steps"));
            }
        };
        assertThat(ScenarioRunner.of(engine("looking-for-work"))
                        .withCheck(steps)
                        .run(s)
                        .get(0)
                        .passed())
                .isTrue();
        Divergence other = ScenarioRunner.of(engine("looking-for-work"))
                .withCheck(steps)
                .run(suite(LFW + "    expect: {extensions: {steps: 3}}\n"))
                .get(0)
                .divergence()
                .orElseThrow();
        assertThat(other.message(Locale.ENGLISH)).isEqualTo("extension: expected 3 steps, but was 12 steps");
    }

    @Test
    void aSuiteForAnotherJourneyOrVersionFailsEveryScenario() {
        List<ScenarioResult> r = ScenarioRunner.of(engine("must-retrain")).run(suite(LFW));
        assertThat(r.get(0).divergence().orElseThrow().kind()).isEqualTo(DivergenceKind.JOURNEY);
        assertThat(r.get(0).trace()).isEmpty();
        List<ScenarioResult> v = ScenarioRunner.of(engine("looking-for-work"))
                .run(suite(LFW.replace("journey: looking-for-work\n", "journey: looking-for-work\nversion: 9.0.0\n")));
        assertThat(v.get(0).divergence().orElseThrow().expected()).isEqualTo("version 9.0.0");
    }
}
