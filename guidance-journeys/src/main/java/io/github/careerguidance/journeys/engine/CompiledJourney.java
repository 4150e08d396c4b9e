/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine;

import io.github.careerguidance.core.competence.Instrument;
import io.github.careerguidance.core.contact.ContactPoint;
import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.journeys.engine.internal.StepKeys;
import io.github.careerguidance.journeys.internal.JourneyMessages;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A checked journey in the form the engine runs: steps by index with their precompiled rules
 * ({@link CompiledStep}), the step keys that sessions' answer and visit maps share, and the contact offer plans per
 * step and support level ({@link OfferPlan}). Built once by {@link JourneyEngine.Compiler}; immutable and shared by
 * the engine's collaborators ({@link StateMachine}, {@link Views}, {@link Resumption}).
 */
final class CompiledJourney {
    final Journey journey;
    final EscalationPolicy policy;
    final AnswerLimits limits;
    final List<ContactPoint> contactPoints;
    final Map<String, Integer> index;
    final CompiledStep[] steps;
    final int start;
    final StepKeys keys;
    final OfferPlan[][] plans;
    final PlanBuilder planBuilder;
    final java.time.Clock clock;

    CompiledJourney(
            Journey journey,
            EscalationPolicy policy,
            AnswerLimits limits,
            List<ContactPoint> contactPoints,
            Map<String, Instrument> instruments,
            java.time.Clock clock,
            java.util.function.Function<Session, String> planIds) {
        this.clock = clock;
        this.planBuilder = new PlanBuilder(journey, clock.getZone(), planIds);
        this.journey = journey;
        this.policy = policy;
        this.limits = limits;
        this.contactPoints = contactPoints;
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < journey.steps().size(); i++) {
            ids.putIfAbsent(journey.steps().get(i).id(), i);
        }
        this.index = Map.copyOf(ids);
        List<String> stepIds = new ArrayList<>();
        journey.steps().forEach(st -> stepIds.add(st.id()));
        this.keys = StepKeys.of(stepIds);
        this.steps = new CompiledStep[journey.steps().size()];
        for (int i = 0; i < steps.length; i++) {
            Step step = journey.steps().get(i);
            Instrument instrument = step.assessment()
                    .map(a -> a.inline().orElseGet(() -> {
                        Instrument known = instruments.get(a.instrument());
                        if (known == null) {
                            throw new IllegalStateException("instrument '" + a.instrument() + "' of step '" + step.id()
                                    + "' passed the check but is not known to the engine");
                        }
                        return known;
                    }))
                    .orElse(null);
            steps[i] = new CompiledStep(i, step, index, instrument);
        }
        this.start = index.get(journey.start());
        this.plans = OfferPlan.all(policy, steps, contactPoints);
    }

    /**
     * Whether a session runs on this journey: null when it does, else {@link ErrorReason#JOURNEY_MISMATCH}.
     *
     * @param session the session
     * @param strict whether the version must match too (false while replaying a log that crossed versions)
     * @return null, or the error
     */
    SessionError mismatch(Session session, boolean strict) {
        Objects.requireNonNull(session, "session");
        if (session.journey().equals(journey.id())
                && (!strict || session.version().equals(journey.version()))) {
            return null;
        }
        return new SessionError(ErrorReason.JOURNEY_MISMATCH, Diagnostics.of(mismatchDiagnostic(session)));
    }

    Diagnostic mismatchDiagnostic(Session session) {
        return JourneyMessages.diagnostic(
                Severity.ERROR,
                ErrorReason.JOURNEY_MISMATCH.diagnosticCode(),
                JsonPointer.of("journey"),
                AnswerCheck.args(
                        "sessionJourney",
                        session.journey(),
                        "sessionVersion",
                        session.version(),
                        "journey",
                        journey.id(),
                        "version",
                        journey.version()));
    }
}
