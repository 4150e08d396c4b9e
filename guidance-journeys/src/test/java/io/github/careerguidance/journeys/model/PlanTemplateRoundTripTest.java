/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.careerguidance.core.citation.Citation;
import io.github.careerguidance.core.contact.ContactChannel;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.plan.ActionKind;
import io.github.careerguidance.core.plan.ImmutableRecurrence;
import io.github.careerguidance.core.plan.ImmutableReview;
import io.github.careerguidance.core.plan.PlanDate;
import io.github.careerguidance.core.plan.PlanGoal;
import io.github.careerguidance.core.plan.Recurrence;
import io.github.careerguidance.core.plan.Review;
import io.github.careerguidance.core.plan.Signpost;
import io.github.careerguidance.core.text.LocalizedText;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Journeys with plan templates on outcome and action steps round-trip through JSON and YAML. */
class PlanTemplateRoundTripTest {

    static PlanTemplate template(Random r) {
        ImmutablePlanTemplate.Builder t = PlanTemplate.builder();
        if (r.nextBoolean()) {
            t.horizon(PlanDate.afterAcceptance(Period.ofDays(1 + r.nextInt(200))));
        }
        int goals = 1 + r.nextInt(2);
        for (int g = 0; g < goals; g++) {
            t.addGoals(PlanGoal.of("doel-" + g, text(r), "looking-for-work"));
        }
        int actions = r.nextInt(4);
        for (int a = 0; a < actions; a++) {
            ActionKind kind = ActionKind.values()[r.nextInt(ActionKind.values().length)];
            ImmutableActionTemplate.Builder b = ActionTemplate.builder()
                    .id("actie-" + a + "." + r.nextInt(9))
                    .goal("doel-" + r.nextInt(goals))
                    .kind(kind)
                    .title(text(r));
            if (r.nextBoolean()) {
                b.description(text(r));
            }
            if (r.nextBoolean()) {
                b.addSignposts(Signpost.builder()
                        .label(text(r))
                        .url("https://www.werk.nl/" + r.nextInt(99))
                        .provider("UWV")
                        .build());
            }
            if (r.nextBoolean()) {
                b.due(PlanDate.parse("P" + (1 + r.nextInt(12)) + (r.nextBoolean() ? "W" : "D")));
            }
            if (kind == ActionKind.RECURRING_OBLIGATION || r.nextInt(5) == 0) {
                ImmutableRecurrence.Builder rec = Recurrence.builder()
                        .count(r.nextInt(6) - 1)
                        .period(Period.of(0, r.nextInt(2), r.nextInt(40) - 2))
                        .evidence(text(r));
                if (r.nextBoolean()) {
                    rec.citation(Citation.builder()
                            .title("UWV")
                            .url("https://www.uwv.nl/")
                            .accessed(LocalDate.of(2026, 11, 28))
                            .build());
                }
                b.recurrence(rec.build());
            }
            if (r.nextBoolean()) {
                b.when(
                        r.nextBoolean()
                                ? Condition.equalTo(Operand.answer("q-" + r.nextInt(5)), "ja")
                                : Condition.any(
                                        Condition.equalTo(Operand.plan(PlanField.PROGRESS), PlanField.BEHIND),
                                        Condition.greaterThan(
                                                Operand.plan(PlanField.OBLIGATION_SHORTFALL), r.nextInt(4))));
            }
            t.addActions(b.build());
        }
        int reviews = r.nextInt(3);
        for (int v = 0; v < reviews; v++) {
            ImmutableReview.Builder review = Review.builder()
                    .id("evaluatie-" + v)
                    .when(
                            r.nextInt(4) == 0
                                    ? PlanDate.of(LocalDate.of(2026, 12, 1 + r.nextInt(28)))
                                    : PlanDate.parse("P" + (1 + r.nextInt(8)) + "W"))
                    .channel(ContactChannel.values()[r.nextInt(ContactChannel.values().length)])
                    .prepare(text(r));
            if (r.nextBoolean()) {
                review.professional(LocalizedText.of("loopbaanadviseur", "career adviser"));
            }
            t.addReviews(review.build());
        }
        return t.build();
    }

    private static LocalizedText text(Random r) {
        return r.nextBoolean()
                ? LocalizedText.of("Tekst " + r.nextInt(1000), "Text \u00e9 " + r.nextInt(1000))
                : LocalizedText.of("Alleen: \"citaat\" #" + r.nextInt(50), "Only: \"quote\" #" + r.nextInt(50));
    }

    /** A generated journey whose outcome and action steps carry plan templates. */
    static Journey withTemplates(long seed) {
        Random r = new Random(seed);
        Journey journey = JourneyGenerator.journey(seed);
        List<Step> steps = new ArrayList<>();
        for (Step s : journey.steps()) {
            if (s.outcome().isPresent() && r.nextInt(4) > 0) {
                s = ImmutableStep.copyOf(s)
                        .withOutcome(ImmutableOutcome.copyOf(s.outcome().get()).withPlan(template(r)));
            } else if (s.action().isPresent() && r.nextBoolean()) {
                s = ImmutableStep.copyOf(s)
                        .withAction(ImmutableAction.copyOf(s.action().get()).withPlan(template(r)));
            } else if (s.question().isPresent() && r.nextInt(3) == 0) {
                s = ImmutableStep.copyOf(s)
                        .withQuestion(
                                ImmutableQuestion.copyOf(s.question().get()).withPlanAction("actie-" + r.nextInt(3)));
            }
            steps.add(s);
        }
        ImmutableJourney out = ImmutableJourney.copyOf(journey).withSteps(steps);
        return r.nextBoolean() ? out.withFollowUp("plan-follow-up") : out;
    }

    @Test
    void journeysWithPlanTemplatesRoundTripThroughJson() {
        qt().withExamples(60).forAll(longs().all()).checkAssert(seed -> {
            Journey journey = withTemplates(seed);
            String json = GuidanceCodec.json().write(journey);
            ReadResult<Journey> read = GuidanceCodec.json().read(json, Journey.class);
            assertThat(read.diagnostics().isEmpty())
                    .as("%s", read.diagnostics())
                    .isTrue();
            assertThat(read.orElseThrow()).isEqualTo(journey);
            assertThat(GuidanceCodec.json().write(read.orElseThrow())).isEqualTo(json);
        });
    }

    @Test
    void journeysWithPlanTemplatesRoundTripThroughYaml() {
        qt().withExamples(60).forAll(longs().all()).checkAssert(seed -> {
            Journey journey = withTemplates(seed);
            String yaml = GuidanceCodec.yaml().write(journey);
            ReadResult<Journey> read = GuidanceCodec.yaml().read(yaml, Journey.class);
            assertThat(read.diagnostics().isEmpty())
                    .as("%s", read.diagnostics())
                    .isTrue();
            assertThat(read.orElseThrow()).isEqualTo(journey);
            Journey viaJson = GuidanceCodec.json()
                    .read(GuidanceCodec.json().write(read.orElseThrow()), Journey.class)
                    .orElseThrow();
            assertThat(viaJson).isEqualTo(journey);
        });
    }

    @Test
    void theTemplatesWereGenerated() {
        int templates = 0;
        for (long seed = 0; seed < 40; seed++) {
            for (Step s : withTemplates(seed).steps()) {
                templates += s.outcome().flatMap(Outcome::plan).isPresent() ? 1 : 0;
                templates += s.action().flatMap(Action::plan).isPresent() ? 1 : 0;
            }
        }
        assertThat(templates).isGreaterThan(20);
    }
}
