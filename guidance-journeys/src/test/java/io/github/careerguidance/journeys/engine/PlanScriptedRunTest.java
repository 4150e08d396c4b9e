/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.contact.ContactChannel;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.plan.ActionKind;
import io.github.careerguidance.core.plan.ActionPlan;
import io.github.careerguidance.core.plan.ActionPlans;
import io.github.careerguidance.core.plan.ActionStatus;
import io.github.careerguidance.core.plan.PlanAction;
import io.github.careerguidance.core.plan.Review;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.Step;
import io.github.careerguidance.journeys.reference.ReferenceJourneys;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The scripted run of issue 14: "Ik ben werkloos geworden" ends with a plan holding the WW duty and a dated review
 * with a professional; the follow-up four weeks later with two of four applications done offers a reflection with a
 * professional, and its outcome is the next plan version with dated status changes.
 */
class PlanScriptedRunTest {
    /** Monday 7 December 2026, 10:00 in Amsterdam. */
    static final Instant OUTCOME_DAY = EngineFixtures.ams("2026-12-07T10:00");

    static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    static final Map<String, Answer> SCRIPT = Map.of(
            "q-gevoel", Answer.number(4),
            "q-werkvorm", Answer.choice("contract"),
            "q-ww", Answer.choice("aangevraagd"),
            "q-richting", Answer.choice("zelfde"),
            "q-vangnet", Answer.choice("ja"),
            "q-keuze", Answer.choice("solliciteren"),
            "q-lukt", Answer.choice("ja"));

    static Session run(JourneyEngine engine, Session s, Map<String, Answer> script) {
        for (int i = 0; i < 60 && !s.completed(); i++) {
            Step step = engine.journey().step(s.step()).orElseThrow();
            SessionResult r;
            switch (step.kind()) {
                case QUESTION:
                    r = engine.answer(s, step.id(), script.get(step.id()));
                    break;
                case ASSESSMENT:
                    r = engine.assess(s, step.id(), EngineFixtures.caas(4));
                    break;
                default:
                    r = engine.proceed(s, step.id());
            }
            assertThat(r.isAccepted()).as("%s: %s", step.id(), r).isTrue();
            s = r.session();
        }
        assertThat(s.completed()).isTrue();
        return s;
    }

    static ActionPlan plan() {
        JourneyEngine engine = JourneyEngine.compile(
                ReferenceJourneys.byId("became-unemployed").orElseThrow());
        Session s = run(engine, engine.start(EngineFixtures.WW_MBO), SCRIPT);
        assertThat(s.step()).isEqualTo("plan");
        return engine.view(s, OUTCOME_DAY).plan().orElseThrow();
    }

    @Test
    void theUnemployedJourneyEndsWithThePlanHoldingTheWwDutyAndADatedReview() {
        ActionPlan plan = plan();
        assertThat(plan.version()).isEqualTo(1);
        assertThat(plan.created()).contains(DAY);
        assertThat(plan.intakeGoal()).isEqualTo("became-unemployed");
        PlanAction duty = plan.action("ww-sollicitaties").orElseThrow();
        assertThat(duty.kind()).isEqualTo(ActionKind.RECURRING_OBLIGATION);
        assertThat(duty.recurrence().orElseThrow().count()).isEqualTo(4);
        assertThat(duty.recurrence().orElseThrow().period().getDays()).isEqualTo(28);
        assertThat(duty.recurrence().orElseThrow().citation().orElseThrow().url())
                .isEqualTo("https://www.uwv.nl/en/individuals/unemployment-benefit/when-receiving");
        assertThat(plan.action("ww-aanvragen")).as("WW already applied for").isEmpty();
        assertThat(plan.action("cv-bijwerken").orElseThrow().due().orElseThrow().date())
                .contains(DAY.plusDays(14));
        Review review = plan.reviews().get(0);
        assertThat(review.when().date()).contains(DAY.plusDays(28));
        assertThat(review.channel()).isEqualTo(ContactChannel.VIDEO);
        assertThat(review.professional()).isPresent();
        assertThat(plan.horizon().date()).contains(DAY.plusDays(84));
        assertThat(ActionPlans.check(plan).atLeast(Severity.WARNING)).isEmpty();
        // stable per session: the same session gives the same plan, also resumed and on another day's view
        assertThat(plan()).isEqualTo(plan);
    }

    @Test
    void theFollowUpFourWeeksLaterWithTwoOfFourApplicationsOffersAReflectionWithAProfessional() {
        ActionPlan accepted = plan().accept(DAY);
        Journey followUp = ReferenceJourneys.followUpOf(
                        ReferenceJourneys.byId("became-unemployed").orElseThrow())
                .orElseThrow();
        assertThat(followUp.id()).isEqualTo("became-unemployed-follow-up");
        LocalDate fourWeeksLater = DAY.plusWeeks(4);
        JourneyEngine engine = JourneyEngine.compiler()
                .clock(Clock.fixed(EngineFixtures.ams("2027-01-04T10:00"), EngineFixtures.AMS))
                .compile(followUp);
        Session s = engine.startFollowUp(EngineFixtures.WW_MBO, accepted);
        assertThat(s.reviewDate()).contains(fourWeeksLater);
        assertThat(s.reviewedPlan()).contains(accepted);
        assertThat(s.events().get(0).plan()).contains(accepted);
        s = engine.proceed(s, "welkom").session();
        s = engine.answer(s, "q-cv", Answer.choice("done")).session();
        s = engine.answer(s, "q-netwerk", Answer.choice("done")).session();
        s = engine.answer(s, "q-sollicitaties", Answer.number(2)).session();
        PlanProgress progress = engine.progress(s).orElseThrow();
        assertThat(progress.obligationShortfall()).isEqualTo(2);
        assertThat(progress.behind()).isTrue();
        assertThat(progress.planId()).isEqualTo(accepted.id());
        s = engine.answer(s, "q-vangnet", Answer.choice("ja")).session();
        assertThat(s.step()).isEqualTo("reflectie-achterstand");
        assertThat(engine.journey().step(s.step()).orElseThrow().isReflectionWithProfessional())
                .isTrue();
        s = engine.proceed(s, s.step()).session();
        assertThat(s.completed()).isTrue();
        ActionPlan next = engine.view(s, Instant.now()).plan().orElseThrow();
        assertThat(next.id()).isEqualTo(accepted.id());
        assertThat(next.version()).isEqualTo(accepted.version() + 1);
        assertThat(next.action("cv-bijwerken").orElseThrow().status()).isEqualTo(ActionStatus.DONE);
        assertThat(next.action("cv-bijwerken").orElseThrow().history().get(0).date())
                .isEqualTo(fourWeeksLater);
        assertThat(next.action("weekplanning")).isPresent();
        assertThat(next.reviews()).extracting(Review::id).contains("evaluatie-1", "evaluatie-2");
        assertThat(ActionPlans.check(next).atLeast(Severity.ERROR)).isEmpty();
        // the session stores, resumes and replays with the plan it reviews
        assertThat(engine.resume(engine.store(s)).orElseThrow()).isEqualTo(s);
        assertThat(engine.replay(s.events()).orElseThrow()).isEqualTo(s);
    }

    @Test
    void aClientOnTrackGoesToTheRegularReview() {
        ActionPlan accepted = plan().accept(DAY);
        JourneyEngine engine = JourneyEngine.compile(
                ReferenceJourneys.byId("became-unemployed-follow-up").orElseThrow());
        Session s = engine.startFollowUp(EngineFixtures.WW_MBO, accepted, DAY.plusWeeks(4));
        s = engine.proceed(s, "welkom").session();
        s = engine.answer(s, "q-cv", Answer.choice("done")).session();
        s = engine.answer(s, "q-netwerk", Answer.choice("in-progress")).session();
        s = engine.answer(s, "q-sollicitaties", Answer.number(4)).session();
        assertThat(engine.progress(s).orElseThrow().overdueActions())
                .as("the network action was due in 2 weeks")
                .isEqualTo(1);
        s = engine.back(s).session();
        s = engine.back(s).session();
        s = engine.answer(s, "q-netwerk", Answer.choice("done")).session();
        s = engine.answer(s, "q-sollicitaties", Answer.number(4)).session();
        assertThat(engine.progress(s).orElseThrow().behind()).isFalse();
        s = engine.answer(s, "q-vangnet", Answer.choice("ja")).session();
        assertThat(s.step()).isEqualTo("evaluatie");
        // two weeks in, two activities are on schedule (4 per 28 days pro rata)
        Session early = engine.startFollowUp(EngineFixtures.WW_MBO, accepted, DAY.plusWeeks(2));
        early = engine.proceed(early, "welkom").session();
        early = engine.answer(early, "q-cv", Answer.choice("in-progress")).session();
        early = engine.answer(early, "q-netwerk", Answer.choice("in-progress")).session();
        early = engine.answer(early, "q-sollicitaties", Answer.number(2)).session();
        assertThat(engine.progress(early).orElseThrow().obligationShortfall()).isZero();
    }
}
