/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine;

import io.github.careerguidance.core.competence.ScoringResult;
import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.plan.ActionPlan;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.core.profile.ClientProfile;
import io.github.careerguidance.core.readiness.ReadinessAssessment;
import io.github.careerguidance.core.readiness.SafetyNet;
import io.github.careerguidance.core.readiness.SafetyNetOutcome;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.journeys.engine.internal.PlanFacts;
import io.github.careerguidance.journeys.engine.internal.Rule;
import io.github.careerguidance.journeys.engine.internal.StepKeys;
import io.github.careerguidance.journeys.internal.JourneyMessages;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.StepKind;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The engine's state machine: each input (start, answer, assessment, proceed, back, contact request) is checked
 * against the current step ({@link AnswerCheck} for answers), applied to a {@link Draft} of the session, and the
 * session moves on along the first transition whose precompiled guard holds; entering a step counts the visit and
 * applies the {@link EscalationPolicy} (stall, contact step, safety net). A rejected input returns the unchanged
 * session with a typed {@link SessionError}. Listeners are not called here: {@link JourneyEngine} publishes.
 *
 * <p>{@code strict} is true for a caller's input (the session must be on this journey's version) and false while
 * {@link Resumption} replays a log that may have crossed versions.
 */
final class StateMachine {
    private final CompiledJourney compiled;
    private final Journey journey;
    private final EscalationPolicy policy;
    private final AnswerLimits limits;
    private final Map<String, Integer> index;
    private final CompiledStep[] steps;
    private final int start;
    private final StepKeys keys;

    StateMachine(CompiledJourney compiled) {
        this.compiled = compiled;
        this.journey = compiled.journey;
        this.policy = compiled.policy;
        this.limits = compiled.limits;
        this.index = compiled.index;
        this.steps = compiled.steps;
        this.start = compiled.start;
        this.keys = compiled.keys;
    }

    Session start(ClientProfile profile, Optional<ReadinessAssessment> readiness, String version) {
        return start(profile, readiness, version, null, null);
    }

    /** Starts a session; a follow-up session when plan and day are given (both or neither). */
    Session start(
            ClientProfile profile,
            Optional<ReadinessAssessment> readiness,
            String version,
            ActionPlan plan,
            LocalDate day) {
        SupportLevel level =
                readiness.map(r -> policy.readinessModel().route(r)).orElse(policy.defaultLevel());
        Draft d = new Draft(keys, journey.id(), version, profile, level, plan, day);
        d.log(
                plan == null
                        ? SessionEvent.started(journey.id(), version, profile, readiness, level)
                        : SessionEvent.startedFollowUp(journey.id(), version, profile, readiness, level, plan, day));
        enter(d, start);
        return d.build();
    }

    SessionResult answer(Session session, String stepId, Answer answer, boolean strict) {
        Objects.requireNonNull(answer, "answer");
        SessionError error = precheck(session, stepId, "an answer", strict, StepKind.QUESTION);
        if (error != null) {
            return SessionResult.rejected(session, error);
        }
        CompiledStep c = steps[index.get(stepId)];
        error = AnswerCheck.limits(stepId, limits, answer);
        if (error != null) {
            return SessionResult.rejected(session, error);
        }
        error = AnswerCheck.check(stepId, c.question, c.choices, answer);
        if (error != null) {
            return SessionResult.rejected(session, error);
        }
        Draft d = new Draft(keys, session);
        d.answers = d.answers.withAt(c.index, answer);
        d.log(c.answered(answer));
        if (c.isSafetyNet()) {
            SafetyNetOutcome outcome = SafetyNetOutcome.FINDING_WHAT_I_NEED;
            for (String code : answer.selectedOptions()) {
                if (c.escalating.contains(code)) {
                    outcome = SafetyNetOutcome.STRUGGLING;
                }
            }
            d.log(SessionEvent.safetyNet(stepId, outcome));
            raise(d, SafetyNet.apply(d.level, outcome), EscalationReason.SAFETY_NET);
        }
        advance(d, c);
        return SessionResult.accepted(d.build(), d.added());
    }

    SessionResult assess(Session session, String stepId, Map<String, Integer> responses, boolean strict) {
        Objects.requireNonNull(responses, "responses");
        SessionError error = precheck(session, stepId, "item responses", strict, StepKind.ASSESSMENT);
        if (error != null) {
            return SessionResult.rejected(session, error);
        }
        CompiledStep c = steps[index.get(stepId)];
        ScoringResult scored = c.instrument.score(responses);
        boolean nulls = false;
        for (Map.Entry<String, Integer> r : responses.entrySet()) {
            nulls |= r.getKey() == null || r.getValue() == null;
        }
        if (scored.profile().isEmpty() || scored.diagnostics().hasErrors() || nulls) {
            Diagnostic head = JourneyMessages.diagnostic(
                    Severity.ERROR,
                    ErrorReason.INSTRUMENT_RESPONSES_INVALID.diagnosticCode(),
                    JsonPointer.of("responses"),
                    AnswerCheck.args("step", stepId, "instrument", c.instrument.code()));
            return SessionResult.rejected(
                    session,
                    new SessionError(
                            ErrorReason.INSTRUMENT_RESPONSES_INVALID,
                            Diagnostics.of(head).plus(scored.diagnostics())));
        }
        Draft d = new Draft(keys, session);
        d.putScore(c.scoreKey, scored.profile().get());
        d.log(SessionEvent.assessed(stepId, new TreeMap<>(responses)));
        advance(d, c);
        return SessionResult.accepted(d.build(), d.added());
    }

    SessionResult proceed(Session session, String stepId, boolean strict) {
        SessionError error = precheck(
                session,
                stepId,
                "a 'proceed'",
                strict,
                StepKind.INFORMATION,
                StepKind.REFLECTION,
                StepKind.ACTION,
                StepKind.CONTACT);
        if (error != null) {
            return SessionResult.rejected(session, error);
        }
        Draft d = new Draft(keys, session);
        CompiledStep c = steps[index.get(stepId)];
        d.log(c.proceeded);
        advance(d, c);
        return SessionResult.accepted(d.build(), d.added());
    }

    SessionResult back(Session session, boolean strict) {
        SessionError error = compiled.mismatch(session, strict);
        if (error == null && session.path().isEmpty()) {
            error = AnswerCheck.error(
                    ErrorReason.NOTHING_TO_GO_BACK_TO,
                    JsonPointer.of("path"),
                    AnswerCheck.args("step", session.step()));
        }
        if (error != null) {
            return SessionResult.rejected(session, error);
        }
        Draft d = new Draft(keys, session);
        String previous = d.path.last();
        d.path = d.path.dropLast();
        d.log(SessionEvent.at(EventType.MOVED_BACK, session.step()));
        enter(d, index.get(previous));
        return SessionResult.accepted(d.build(), d.added());
    }

    SessionResult requestContact(Session session, boolean strict) {
        SessionError error = compiled.mismatch(session, strict);
        if (error != null) {
            return SessionResult.rejected(session, error);
        }
        Draft d = new Draft(keys, session);
        d.log(SessionEvent.at(EventType.CONTACT_REQUESTED, session.step()));
        raise(d, policy.contactRequestLevel(), EscalationReason.CONTACT_REQUESTED);
        return SessionResult.accepted(d.build(), d.added());
    }

    private SessionError precheck(Session session, String stepId, String input, boolean strict, StepKind... kinds) {
        Objects.requireNonNull(stepId, "stepId");
        SessionError error = compiled.mismatch(session, strict);
        if (error != null) {
            return error;
        }
        Integer at = index.get(stepId);
        if (at == null) {
            return AnswerCheck.error(
                    ErrorReason.UNKNOWN_STEP,
                    JsonPointer.of("step"),
                    AnswerCheck.args("journey", journey.id(), "step", stepId));
        }
        if (!stepId.equals(session.step())) {
            return AnswerCheck.error(
                    ErrorReason.NOT_CURRENT_STEP,
                    JsonPointer.of("step"),
                    AnswerCheck.args("step", stepId, "current", session.step()));
        }
        if (session.completed()) {
            return AnswerCheck.error(
                    ErrorReason.SESSION_COMPLETED, JsonPointer.of("step"), AnswerCheck.args("step", stepId));
        }
        StepKind kind = steps[at].kind;
        for (StepKind k : kinds) {
            if (k == kind) {
                return null;
            }
        }
        return AnswerCheck.error(
                ErrorReason.WRONG_STEP_KIND,
                JsonPointer.of("step"),
                AnswerCheck.args("step", stepId, "kind", kind.code(), "input", input));
    }

    private void advance(Draft d, CompiledStep from) {
        d.path = d.path.append(from.id());
        Rule[] guards = from.guards;
        PlanFacts facts = d.facts(compiled.planBuilder);
        for (int i = 0; i < guards.length; i++) {
            if (guards[i].test(d.answers, d.scores, d.profileCodes, d.level, facts)) {
                enter(d, from.targets[i]);
                return;
            }
        }
        throw new IllegalStateException("step '" + from.id() + "' of journey '" + journey.id()
                + "' has no transition that holds; the checker requires a default");
    }

    private void enter(Draft d, int target) {
        CompiledStep c = steps[target];
        d.step = c.id();
        Integer before = d.visits.at(target);
        int visits = before == null ? 1 : before + 1;
        d.visits = d.visits.withAt(target, visits);
        int stall = policy.stallVisits();
        if (stall > 0 && visits % stall == 0) {
            raise(d, SafetyNet.apply(d.level, SafetyNetOutcome.STALLED), EscalationReason.STALLED);
        }
        if (c.kind == StepKind.CONTACT && policy.raiseOnContactStep()) {
            raise(d, c.step.contact().orElseThrow().supportLevel(), EscalationReason.CONTACT_STEP);
        }
        d.completed = c.kind == StepKind.OUTCOME;
        if (d.completed) {
            d.log(c.completed);
        }
    }

    private static void raise(Draft d, SupportLevel to, EscalationReason reason) {
        if (to.compareTo(d.level) > 0) {
            d.log(SessionEvent.escalated(d.step, d.level, to, reason));
            d.level = to;
        }
    }
}
