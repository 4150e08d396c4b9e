/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.competence.CompetenceProfile;
import io.github.careerguidance.core.competence.DimensionScore;
import io.github.careerguidance.core.profile.AgeBand;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.core.profile.ClientProfile;
import io.github.careerguidance.core.profile.EducationLevel;
import io.github.careerguidance.core.profile.Province;
import io.github.careerguidance.core.profile.Region;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.journeys.format.JourneyFormat;
import io.github.careerguidance.journeys.model.Condition;
import io.github.careerguidance.journeys.model.Literal;
import io.github.careerguidance.journeys.model.Operand;
import io.github.careerguidance.journeys.model.PlanField;
import io.github.careerguidance.journeys.model.ProfileField;
import io.github.careerguidance.journeys.model.ScoreRef;
import io.github.careerguidance.journeys.model.ScoreStatistic;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The condition semantics documented on {@code Condition}, as the engine evaluates them. */
class RulesTest {
    private static final Map<String, Answer> ANSWERS = Map.of(
            "q-sector", Answer.choices("zorg", "techniek"),
            "q-situatie", Answer.choice("geen-werk"),
            "q-uren", Answer.number(24),
            "q-toelichting", Answer.text("mensen helpen"));
    private static final CompetenceProfile CAAS = CompetenceProfile.builder()
            .instrument("caas-24")
            .instrumentVersion("1.0")
            .framework("caas")
            .putDimension("concern", score(12, 2.0))
            .putDimension("control", score(24, 4.0))
            .total(score(80, 3.3333))
            .build();
    private static final Map<String, CompetenceProfile> SCORES = Map.of("caas-24", CAAS);
    private static final ClientProfile PROFILE = ClientProfile.builder()
            .ageBand(AgeBand.AGE_23_29)
            .educationLevel(EducationLevel.MBO_4)
            .region(Region.province(Province.UTRECHT))
            .goal("must-retrain")
            .preferredLanguage(Locale.ENGLISH)
            .build();

    private static DimensionScore score(double sum, double mean) {
        return DimensionScore.builder()
                .sum(sum)
                .mean(mean)
                .answered(6)
                .itemCount(6)
                .build();
    }

    private static boolean holds(Condition c) {
        return holds(c, SupportLevel.BRIEF_STAFF_ASSISTED);
    }

    private static boolean holds(Condition c, SupportLevel level) {
        return Rules.compile(c).test(ANSWERS, SCORES, Rules.profileCodes(PROFILE), level, PlanFacts.NONE);
    }

    @Test
    void choiceAnswers() {
        assertThat(holds(Condition.equalTo(Operand.answer("q-sector"), "zorg"))).isTrue();
        assertThat(holds(Condition.equalTo(Operand.answer("q-sector"), "onderwijs")))
                .isFalse();
        assertThat(holds(Condition.in(Operand.answer("q-sector"), "onderwijs", "techniek")))
                .isTrue();
        assertThat(holds(Condition.equalTo(Operand.answer("q-situatie"), "geen-werk")))
                .isTrue();
        assertThat(holds(Condition.in(Operand.answer("q-situatie"), "werk", "ander-werk")))
                .isFalse();
        assertThat(holds(Condition.lessThan(Operand.answer("q-situatie"), 3))).isFalse();
        assertThat(holds(Condition.equalTo(Operand.answer("q-toelichting"), "mensen helpen")))
                .isTrue();
    }

    @Test
    void numericAnswers() {
        assertThat(holds(Condition.lessThan(Operand.answer("q-uren"), 24))).isFalse();
        assertThat(holds(Condition.atMost(Operand.answer("q-uren"), 24))).isTrue();
        assertThat(holds(Condition.greaterThan(Operand.answer("q-uren"), 23.5))).isTrue();
        assertThat(holds(Condition.atLeast(Operand.answer("q-uren"), 24.01))).isFalse();
        assertThat(holds(Condition.equalTo(
                        Operand.answer("q-uren"), io.github.careerguidance.journeys.model.Literal.of(24.0))))
                .isTrue();
    }

    @Test
    void scoresByDimensionTotalAndStatistic() {
        assertThat(holds(Condition.lessThan(Operand.score("caas-24", "concern"), 2.5)))
                .isTrue();
        assertThat(holds(Condition.greaterThan(Operand.score("caas-24", "control"), 3.5)))
                .isTrue();
        Operand sum = Operand.score(ScoreRef.builder()
                .instrument("caas-24")
                .dimension("control")
                .statistic(ScoreStatistic.SUM)
                .build());
        assertThat(holds(Condition.atLeast(sum, 24))).isTrue();
        assertThat(holds(Condition.greaterThan(sum, 24))).isFalse();
        assertThat(holds(Condition.greaterThan(Operand.score(ScoreRef.total("caas-24")), 3.3)))
                .isTrue();
    }

    @Test
    void profileFieldsAndSupportLevelCompareAsWireCodes() {
        assertThat(holds(Condition.in(Operand.profile(ProfileField.EDUCATION_LEVEL), "mbo-3", "mbo-4")))
                .isTrue();
        assertThat(holds(Condition.equalTo(Operand.profile(ProfileField.AGE_BAND), "23-29")))
                .isTrue();
        assertThat(holds(Condition.equalTo(Operand.profile(ProfileField.GOAL), "must-retrain")))
                .isTrue();
        assertThat(holds(Condition.equalTo(Operand.profile(ProfileField.PREFERRED_LANGUAGE), "en")))
                .isTrue();
        assertThat(holds(Condition.equalTo(
                        Operand.profile(ProfileField.REGION),
                        Region.province(Province.UTRECHT).code())))
                .isTrue();
        assertThat(holds(Condition.equalTo(Operand.supportLevel(), "brief-staff-assisted")))
                .isTrue();
        assertThat(holds(Condition.equalTo(Operand.supportLevel(), "self-help")))
                .isFalse();
        assertThat(holds(Condition.equalTo(Operand.supportLevel(), "self-help"), SupportLevel.SELF_HELP))
                .isTrue();
    }

    @Test
    void aComparisonOverAnAbsentOperandIsFalseAndNotTurnsItTrue() {
        Condition unanswered = Condition.equalTo(Operand.answer("q-onbekend"), "ja");
        assertThat(holds(unanswered)).isFalse();
        assertThat(holds(Condition.not(unanswered))).isTrue();
        assertThat(holds(Condition.lessThan(Operand.score("caas-sf-12", "concern"), 9)))
                .isFalse();
        assertThat(holds(Condition.lessThan(Operand.score("caas-24", "curiosity"), 9)))
                .isFalse();
        assertThat(holds(Condition.equalTo(Operand.profile(ProfileField.EMPLOYMENT), "employed")))
                .isFalse();
        assertThat(Rules.compile(Condition.equalTo(Operand.profile(ProfileField.AGE_BAND), "23-29"))
                        .test(
                                Map.of(),
                                Map.of(),
                                Rules.profileCodes(ClientProfile.anonymous()),
                                SupportLevel.SELF_HELP,
                                PlanFacts.NONE))
                .isFalse();
    }

    @Test
    void allAnyAndNotCombine() {
        Condition zorg = Condition.equalTo(Operand.answer("q-sector"), "zorg");
        Condition weinig = Condition.lessThan(Operand.answer("q-uren"), 8);
        assertThat(holds(Condition.all(zorg, weinig))).isFalse();
        assertThat(holds(Condition.any(zorg, weinig))).isTrue();
        assertThat(holds(Condition.all(zorg, Condition.not(weinig)))).isTrue();
    }

    @Test
    void conditionsReadFromYamlEvaluateTheSame() {
        String yaml = String.join(
                "\n",
                "id: j",
                "version: 1.0.0",
                "title: {nl: J, en: J}",
                "start: a",
                "steps:",
                "  - id: a",
                "    kind: information",
                "    phase: analysis",
                "    title: {nl: A, en: A}",
                "    content:",
                "      - id: c",
                "        text: {nl: C, en: C}",
                "        when: {all: [{in: {answer: q-sector, values: [zorg]}}, {ge: {score: {instrument: caas-24,"
                        + " dimension: control, statistic: sum}, value: 24}}, {not: {equals: {session: supportLevel,"
                        + " value: self-help}}}]}",
                "");
        Condition c = JourneyFormat.yaml()
                .read(yaml)
                .orElseThrow()
                .steps()
                .get(0)
                .content()
                .get(0)
                .when()
                .orElseThrow();
        assertThat(holds(c)).isTrue();
        assertThat(holds(c, SupportLevel.SELF_HELP)).isFalse();
    }

    @Test
    void planOperandsReadTheFactsAndAreFalseWithoutAReviewedPlan() {
        Condition behind = Condition.equalTo(Operand.plan(PlanField.PROGRESS), PlanField.BEHIND);
        Condition onTrack = Condition.equalTo(Operand.plan(PlanField.PROGRESS), PlanField.ON_TRACK);
        Condition short2 = Condition.atLeast(Operand.plan(PlanField.OBLIGATION_SHORTFALL), 2);
        Condition overdue = Condition.greaterThan(Operand.plan(PlanField.OVERDUE_ACTIONS), 0);
        Condition open = Condition.equalTo(Operand.plan(PlanField.OPEN_ACTIONS), Literal.of(3));
        PlanFacts late = PlanFacts.of(0, 2, 3);
        PlanFacts fine = PlanFacts.of(0, 0, 3);
        String[] codes = Rules.profileCodes(PROFILE);
        for (Condition c : new Condition[] {behind, short2, open}) {
            assertThat(Rules.compile(c).test(ANSWERS, SCORES, codes, SupportLevel.SELF_HELP, late))
                    .as("%s", c)
                    .isTrue();
        }
        assertThat(Rules.compile(overdue).test(ANSWERS, SCORES, codes, SupportLevel.SELF_HELP, late))
                .isFalse();
        assertThat(Rules.compile(onTrack).test(ANSWERS, SCORES, codes, SupportLevel.SELF_HELP, fine))
                .isTrue();
        assertThat(Rules.compile(behind).test(ANSWERS, SCORES, codes, SupportLevel.SELF_HELP, fine))
                .isFalse();
        for (Condition c : new Condition[] {behind, onTrack, short2, overdue, open}) {
            assertThat(Rules.compile(c).test(ANSWERS, SCORES, codes, SupportLevel.SELF_HELP, PlanFacts.NONE))
                    .as("%s without a plan", c)
                    .isFalse();
            assertThat(Rules.compile(Condition.not(c))
                            .test(ANSWERS, SCORES, codes, SupportLevel.SELF_HELP, PlanFacts.NONE))
                    .isTrue();
        }
    }
}
