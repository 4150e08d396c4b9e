/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.reference.ReferenceJourneys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PopulationModelTest {
    private static final Journey LFW =
            ReferenceJourneys.byId("looking-for-work").orElseThrow();
    private static final String BASE = "id: proef\ngoals: {looking-for-work: 1.0}\n";

    /** A random valid population model for a seed. */
    static PopulationModel random(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        ImmutablePopulationModel.Builder b = PopulationModel.builder().id("populatie-" + r.nextInt(1000));
        if (r.nextBoolean()) {
            b.note("Illustratief " + r.nextInt());
        }
        String[] goals = {"looking-for-work", "must-retrain", "first-time-study"};
        double[] shares = shares(r, 1 + r.nextInt(goals.length));
        for (int i = 0; i < shares.length; i++) {
            b.putGoal(goals[i], shares[i]);
        }
        ImmutableProfileMix.Builder mix = ProfileMix.builder();
        String[] bands = {"18-22", "23-29", "30-44", "45-54"};
        double[] bs = shares(r, r.nextInt(bands.length + 1));
        for (int i = 0; i < bs.length; i++) {
            mix.putAgeBand(bands[i], bs[i]);
        }
        if (r.nextBoolean()) {
            mix.putEmployment("employed", 0.5).putEmployment("unemployed-with-benefit", 0.5);
        }
        if (r.nextBoolean()) {
            mix.putRegion("NL-UT", 1.0);
        }
        b.profile(mix.build());
        int rules = r.nextInt(3);
        List<AnswerRule> list = new ArrayList<>();
        for (int i = 0; i < rules; i++) {
            ImmutableAnswerRule.Builder rule = AnswerRule.builder();
            if (i < rules - 1 || r.nextBoolean()) {
                rule.when(Given.builder()
                        .putProfile("employment", List.of("employed"))
                        .putAnswer("q-situatie", List.of("geen-werk", "terugkeer"))
                        .build());
            }
            double[] p = shares(r, 3);
            rule.putAnswer("duidelijk", p[0]).putAnswer("een-paar", p[1]).putAnswer("geen-idee", p[2]);
            list.add(rule.build());
        }
        if (!list.isEmpty()) {
            b.putQuestion("q-richting", list);
        }
        if (r.nextBoolean()) {
            double[] p = shares(r, 5);
            ImmutableResponseRule.Builder rule = ResponseRule.builder();
            for (int v = 0; v < 5; v++) {
                rule.putResponse(Integer.toString(v + 1), p[v]);
            }
            b.putAssessment("looking-for-work/zelftest", List.of(rule.build()));
        }
        for (String kind : new String[] {"information", "question", "assessment", "action"}) {
            if (r.nextBoolean()) {
                b.putDropOut(kind, r.nextDouble() * 0.3);
            }
        }
        b.contactRequest(r.nextDouble() * 0.05).safetyNetFailure(r.nextDouble() * 0.3);
        if (r.nextBoolean()) {
            b.putChannel("chat", 0.25).putChannel("phone", 0.75);
        }
        if (r.nextBoolean()) {
            b.maxSteps(1 + r.nextInt(500));
        }
        return b.build();
    }

    private static double[] shares(SplittableRandom r, int n) {
        double[] p = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            p[i] = 0.05 + r.nextDouble();
            sum += p[i];
        }
        double total = 0;
        for (int i = 0; i < n - 1; i++) {
            p[i] = Math.round(p[i] / sum * 1000) / 1000.0;
            total += p[i];
        }
        if (n > 0) {
            p[n - 1] = Math.round((1 - total) * 1000) / 1000.0;
        }
        return p;
    }

    @Test
    void modelsRoundTripThroughJsonAndYaml() {
        qt().withExamples(100).forAll(longs().all()).checkAssert(seed -> {
            PopulationModel model = random(seed);
            assertThat(model.validate()).as(model.toJson()).isEmpty();
            assertThat(PopulationModel.parse(model.toJson(), false).orElseThrow())
                    .isEqualTo(model);
            String yaml = GuidanceCodec.yaml().write(model);
            assertThat(PopulationModel.parse(yaml, true).orElseThrow()).isEqualTo(model);
            assertThat(model.check(List.of(LFW)).atLeast(Severity.ERROR)).isEmpty();
        });
    }

    private static Diagnostics problems(String yaml) {
        // structure from the codec, then every value check at once against the journey
        return GuidanceCodec.yaml()
                .read(yaml, PopulationModel.class)
                .orElseThrow()
                .check(List.of(LFW));
    }

    private static List<String> at(Diagnostics found) {
        return found.stream().map(d -> d.code() + " " + d.location()).collect(Collectors.toList());
    }

    @Test
    void badProbabilitiesAreReportedWithPointers() {
        assertThat(at(problems(BASE + "dropOut: {question: 1.5, assessment: -0.1}\ncontactRequest: 2\n")))
                .contains(
                        "research.simulation.probability-range /dropOut/question",
                        "research.simulation.probability-range /dropOut/assessment",
                        "research.simulation.probability-range /contactRequest");
        assertThat(at(problems("id: proef\ngoals: {looking-for-work: 0.5, must-retrain: 0.2}\n")))
                .contains("research.simulation.probability-sum /goals");
        assertThat(at(problems(BASE + "questions: {q-richting: [{answers: {duidelijk: 0.5, een-paar: 0.2}}]}\n")))
                .contains("research.simulation.probability-sum /questions/q-richting/0/answers");
        assertThat(at(problems(BASE + "assessments: {zelftest: [{responses: {3: 0.5, 4: 0.6}}]}\n")))
                .contains("research.simulation.probability-sum /assessments/zelftest/0/responses");
    }

    @Test
    void unknownCodesAndIdsAreReportedWithPointers() {
        assertThat(at(problems(BASE + "profile: {ageBand: {99-100: 1.0}, region: {NL-XX: 1.0}}\n")))
                .contains(
                        "research.simulation.unknown-code /profile/ageBand/99-100",
                        "research.simulation.unknown-code /profile/region/NL-XX");
        assertThat(at(problems(BASE + "dropOut: {wizard: 0.1}\nchannels: {pigeon: 1.0}\n")))
                .contains(
                        "research.simulation.unknown-code /dropOut/wizard",
                        "research.simulation.unknown-code /channels/pigeon");
        Diagnostics found = problems(BASE + "questions:\n  q-bestaat-niet: [{answers: {ja: 1.0}}]\n"
                + "  q-richting: [{answers: {misschien: 1.0}}]\n"
                + "  welkom: [{answers: {ja: 1.0}}]\n"
                + "  andere-route/q-richting: [{answers: {ja: 1.0}}]\n"
                + "  q-situatie: [{when: {profile: {shoeSize: ['42']}, answers: {q-nergens: [ja]}}, answers: {geen-werk: 1.0}}]\n"
                + "assessments: {zelftest: [{responses: {7: 1.0}}]}\n");
        assertThat(at(found))
                .contains(
                        "research.simulation.unknown-question /questions/q-bestaat-niet",
                        "research.simulation.unknown-answer /questions/q-richting/0/answers/misschien",
                        "research.simulation.unknown-question /questions/welkom",
                        "research.simulation.unknown-journey /questions/andere-route~1q-richting",
                        "research.simulation.unknown-code /questions/q-situatie/0/when/profile/shoeSize",
                        "research.simulation.unknown-question /questions/q-situatie/0/when/answers/q-nergens",
                        "research.simulation.unknown-answer /assessments/zelftest/0/responses/7");
        Diagnostic first = found.asList().get(0);
        assertThat(first.message(Locale.forLanguageTag("nl"))).isNotBlank();
        assertThat(first.message(Locale.ENGLISH)).isNotEqualTo(first.message(Locale.forLanguageTag("nl")));
        assertThat(at(problems("id: proef\ngoals: {went-to-the-moon: 1.0}\n")))
                .contains("research.simulation.unserved-goal /goals/went-to-the-moon");
        assertThat(at(problems(BASE
                        + "questions: {q-richting: [{answers: {duidelijk: 1.0}}, {answers: {geen-idee: 1.0}}]}\n")))
                .contains("research.simulation.unreachable-rule /questions/q-richting/1");
    }

    @Test
    void unreadableFilesAreDiagnosticsNotExceptions(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("kapot.yaml");
        Files.writeString(file, "id: [unclosed\n");
        ReadResult<PopulationModel> read = PopulationModel.read(file);
        assertThat(read.isSuccessful()).isFalse();
        assertThat(read.diagnostics().asList().get(0).source()).hasValue(file.toString());
        assertThat(PopulationModel.parse(BASE + "colour: blue\n", true)
                        .diagnostics()
                        .hasErrors())
                .isTrue();
        assertThat(PopulationModel.parse(BASE + "contactRequest: veel\n", true)
                        .diagnostics()
                        .hasErrors())
                .isTrue();
        assertThat(PopulationModel.parse("goals: {looking-for-work: 1.0}\n", true)
                        .isSuccessful())
                .isFalse();
        assertThat(PopulationModel.parse("id: Proef Model\ngoals: {looking-for-work: 1.0}\n", true)
                        .diagnostics()
                        .withCode("research.simulation.bad-id"))
                .hasSize(1);
        Path good = dir.resolve("goed.json");
        Files.writeString(good, Populations.lookingForWork().toJson());
        assertThat(PopulationModel.read(good).orElseThrow()).isEqualTo(Populations.lookingForWork());
    }

    /** Found by fuzzing populationYaml: a null rule inside a question's list reached the checks as an NPE. */
    @Test
    void nullsInsideRuleListsAreDiagnosticsAndListsCannotChangeLater() {
        for (String yaml : new String[] {
            BASE + "questions:\n  q-situatie:\n    -\n",
            BASE + "questions:\n  q-situatie:\n    - answers: {geen-werk: 1.0}\n    - # a comment, no rule\n",
            BASE + "assessments:\n  caas:\n    -\n",
            BASE + "questions:\n  q-situatie:\n    - when:\n        answers:\n          q-doel:\n            -\n"
                    + "      answers: {geen-werk: 1.0}\n"
        }) {
            ReadResult<PopulationModel> read = PopulationModel.parse(yaml, true);
            assertThat(read.isSuccessful()).as(yaml).isFalse();
            assertThat(read.diagnostics().withCode("core.json.invalid-value"))
                    .as(yaml + read.diagnostics().asList())
                    .hasSize(1);
            assertThat(read.diagnostics().asList().get(0).message().resolve(Locale.ENGLISH))
                    .as(yaml)
                    .contains("is null");
        }
        List<AnswerRule> rules = new ArrayList<>(
                List.of(AnswerRule.builder().putAnswer("geen-werk", 1.0).build()));
        List<String> codes = new ArrayList<>(List.of("geen-werk"));
        PopulationModel model = PopulationModel.builder()
                .id("proef")
                .putGoal("looking-for-work", 1.0)
                .putQuestion("q-situatie", rules)
                .putQuestion(
                        "q-uren",
                        List.of(AnswerRule.builder()
                                .when(Given.builder()
                                        .putAnswer("q-situatie", codes)
                                        .build())
                                .putAnswer("24", 1.0)
                                .build()))
                .build();
        rules.add(AnswerRule.builder().putAnswer("werk", 1.0).build());
        codes.add("werk");
        assertThat(model.questions().get("q-situatie")).hasSize(1);
        assertThat(model.questions()
                        .get("q-uren")
                        .get(0)
                        .when()
                        .orElseThrow()
                        .answers()
                        .get("q-situatie"))
                .containsExactly("geen-werk");
        assertThat(model).isEqualTo(PopulationModel.parse(model.toJson(), false).orElseThrow());
    }
}
