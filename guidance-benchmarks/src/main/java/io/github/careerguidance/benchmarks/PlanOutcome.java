/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.benchmarks;

import io.github.careerguidance.core.competence.CompetenceModels;
import io.github.careerguidance.core.profile.AgeBand;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.core.profile.ClientProfile;
import io.github.careerguidance.core.profile.EducationLevel;
import io.github.careerguidance.core.profile.EmploymentSituation;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.engine.Session;
import io.github.careerguidance.journeys.engine.SessionResult;
import io.github.careerguidance.journeys.model.ImmutableAction;
import io.github.careerguidance.journeys.model.ImmutableJourney;
import io.github.careerguidance.journeys.model.ImmutableOutcome;
import io.github.careerguidance.journeys.model.ImmutableStep;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.Step;
import io.github.careerguidance.journeys.model.StepKind;
import io.github.careerguidance.journeys.reference.ReferenceJourneys;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The outcome decision of the reference journey "Ik ben werkloos geworden" (issue #14): a client who applied for WW
 * answers the last question ({@code q-lukt}) and the portal renders the outcome {@code plan}, whose view carries the
 * client's {@code ActionPlan} (the WW duty as a recurring obligation, a review with a professional, actions chosen
 * by their conditions, dates resolved from the clock). {@link #withoutPlans()} is the same journey with every plan
 * template removed: the difference is what building the plan costs.
 */
final class PlanOutcome {
    static final String LAST_QUESTION = "q-lukt";
    static final Answer LAST_ANSWER = Answer.choice("ja");
    static final String OUTCOME = "plan";
    /** Monday 7 December 2026, 10:00 in Amsterdam. */
    static final Instant MONDAY_MORNING = Instant.parse("2026-12-07T09:00:00Z");

    static final ClientProfile CLIENT = ClientProfile.builder()
            .goal("became-unemployed")
            .ageBand(AgeBand.AGE_45_54)
            .educationLevel(EducationLevel.MBO_3)
            .employment(EmploymentSituation.UNEMPLOYED_WITH_BENEFIT)
            .build();
    static final Map<String, Answer> SCRIPT = Map.of(
            "q-gevoel",
            Answer.number(4),
            "q-werkvorm",
            Answer.choice("contract"),
            "q-ww",
            Answer.choice("aangevraagd"),
            "q-richting",
            Answer.choice("zelfde"),
            "q-vangnet",
            Answer.choice("ja"),
            "q-keuze",
            Answer.choice("solliciteren"));

    private PlanOutcome() {}

    static Journey journey() {
        return ReferenceJourneys.byId("became-unemployed").orElseThrow();
    }

    /** The same journey with no plan template on any outcome or action step. */
    static Journey withoutPlans() {
        Journey j = journey();
        List<Step> steps = j.steps().stream()
                .map(s -> {
                    ImmutableStep step = ImmutableStep.copyOf(s);
                    if (s.outcome().isPresent()) {
                        step = step.withOutcome(
                                ImmutableOutcome.copyOf(s.outcome().get()).withPlan(Optional.empty()));
                    }
                    if (s.action().isPresent()) {
                        step = step.withAction(
                                ImmutableAction.copyOf(s.action().get()).withPlan(Optional.empty()));
                    }
                    return (Step) step;
                })
                .collect(Collectors.toList());
        return ImmutableJourney.copyOf(j).withSteps(steps);
    }

    static JourneyEngine engine(Journey journey) {
        return JourneyEngine.compiler()
                .clock(Clock.fixed(MONDAY_MORNING, ZoneId.of("Europe/Amsterdam")))
                .compile(journey);
    }

    /** The session at the last question, walked with the script (a self-test of 4 on every item). */
    static Session atLastQuestion(JourneyEngine engine) {
        Session s = engine.start(CLIENT);
        for (int i = 0; i < 60 && !s.step().equals(LAST_QUESTION); i++) {
            Step step = engine.journey().step(s.step()).orElseThrow();
            SessionResult r;
            if (step.kind() == StepKind.QUESTION) {
                r = engine.answer(s, step.id(), SCRIPT.get(step.id()));
            } else if (step.kind() == StepKind.ASSESSMENT) {
                Map<String, Integer> responses = new HashMap<>();
                CompetenceModels.caas24Structure().items().forEach(item -> responses.put(item.id(), 4));
                r = engine.assess(s, step.id(), responses);
            } else {
                r = engine.proceed(s, step.id());
            }
            if (!r.isAccepted()) {
                throw new IllegalStateException(step.id() + ": " + r);
            }
            s = r.session();
        }
        if (!s.step().equals(LAST_QUESTION)) {
            throw new IllegalStateException("the walk ended on " + s.step());
        }
        return s;
    }
}
