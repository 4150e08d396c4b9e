/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine;

import io.github.careerguidance.core.competence.CompetenceProfile;
import io.github.careerguidance.core.contact.ContactPoint;
import io.github.careerguidance.core.plan.ActionPlan;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.journeys.engine.internal.PlanFacts;
import io.github.careerguidance.journeys.engine.internal.Rule;
import io.github.careerguidance.journeys.engine.internal.Rules;
import io.github.careerguidance.journeys.model.ContentItem;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.Step;
import io.github.careerguidance.journeys.model.StepKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds what to show for a session's current step: the step's content narrowed by its precompiled rules, the
 * answer given, and the {@link ContactOffer} of its {@link OfferPlan}. A view without an answer, with the engine's
 * own contact points and every contact option open depends only on the level, the back and completed flags and
 * which content rules hold, so it is made once per such combination and kept in the step's memo
 * ({@link CompiledStep#views}); any other view is built anew.
 */
final class Views {
    private final CompiledJourney compiled;
    private final Journey journey;
    private final EscalationPolicy policy;
    private final List<ContactPoint> contactPoints;
    private final Map<String, Integer> index;
    private final CompiledStep[] steps;
    private final OfferPlan[][] plans;

    Views(CompiledJourney compiled) {
        this.compiled = compiled;
        this.journey = compiled.journey;
        this.policy = compiled.policy;
        this.contactPoints = compiled.contactPoints;
        this.index = compiled.index;
        this.steps = compiled.steps;
        this.plans = compiled.plans;
    }

    /**
     * The view of the session's current step.
     *
     * @param session the session
     * @param now the instant for opening hours
     * @param points the contact points to offer; the engine's own list (the same instance) uses the plans
     * @return the view
     * @throws IllegalArgumentException if the session belongs to another journey or version
     */
    StepView view(Session session, Instant now, Collection<ContactPoint> points) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(points, "points");
        SessionError error = compiled.mismatch(session, true);
        Integer at = index.get(session.step());
        if (error != null || at == null) {
            throw new IllegalArgumentException("session " + session + " does not run on journey '" + journey.id() + "' "
                    + journey.version() + "; resume it first");
        }
        CompiledStep c = steps[at];
        SupportLevel level = session.supportLevel();
        Map<String, Answer> answers = session.answers();
        Map<String, CompetenceProfile> scores = session.scores();
        String[] profile = profileCodes(session);
        Answer answer = answers.get(c.id());
        boolean back = !session.path().isEmpty();
        boolean completed = session.completed();
        ContactOffer offer = offer(level, c, now, points);
        ContentItem[] content = c.content;
        Rule[] rules = c.contentRules;
        PlanFacts facts = facts(session, answers);
        Optional<ActionPlan> plan = Optional.empty();
        boolean planned = completed && c.kind == StepKind.OUTCOME && compiled.planBuilder.plansOutcomes();
        if (planned) {
            plan = compiled.planBuilder.build(session, c, steps, index, now, answers, scores, profile, level, facts);
        }
        if (answer == null
                && !planned
                && c.views != null
                && points == contactPoints
                && offer == plans[c.index][level.ordinal()].allOpen) {
            int mask = 0;
            for (int i = 0; i < content.length; i++) {
                if (rules[i].test(answers, scores, profile, level, facts)) {
                    mask |= 1 << i;
                }
            }
            int slot = c.viewSlot(level, back, completed, mask);
            StepView cached = c.views.get(slot);
            if (cached == null) {
                List<ContentItem> shown = new ArrayList<>(content.length);
                for (int i = 0; i < content.length; i++) {
                    if ((mask & (1 << i)) != 0) {
                        shown.add(content[i]);
                    }
                }
                cached = buildView(c, null, level, back, completed, offer, shown, Optional.empty());
                c.views.set(slot, cached);
            }
            return cached;
        }
        List<ContentItem> shown = new ArrayList<>(content.length);
        for (int i = 0; i < content.length; i++) {
            if (rules[i].test(answers, scores, profile, level, facts)) {
                shown.add(content[i]);
            }
        }
        return buildView(c, answer, level, back, completed, offer, shown, plan);
    }

    /** Progress on the plan the session reviews, for rules; {@link PlanFacts#NONE} when it reviews none. */
    private PlanFacts facts(Session session, Map<String, Answer> answers) {
        Optional<ActionPlan> reviewed = session.reviewedPlan();
        Optional<LocalDate> day = session.reviewDate();
        return reviewed.isEmpty() || day.isEmpty()
                ? PlanFacts.NONE
                : compiled.planBuilder.facts(reviewed.get(), day.get(), answers);
    }

    /** The session's profile field codes for rules: the engine session's own, or computed for other sessions. */
    private static String[] profileCodes(Session session) {
        return session instanceof EngineSession
                ? ((EngineSession) session).profileCodes()
                : Rules.profileCodes(session.profile());
    }

    private StepView buildView(
            CompiledStep c,
            Answer answer,
            SupportLevel level,
            boolean back,
            boolean completed,
            ContactOffer offer,
            List<ContentItem> content,
            Optional<ActionPlan> plan) {
        Step step = c.step;
        return StepView.builder()
                .journey(journey.id())
                .version(journey.version())
                .step(step.id())
                .kind(step.kind())
                .phase(step.phase())
                .title(step.title())
                .text(step.text())
                .question(step.question())
                .answer(Optional.ofNullable(answer))
                .instrument(Optional.ofNullable(c.instrument))
                .reflection(step.reflection())
                .action(step.action())
                .contact(step.contact())
                .outcome(step.outcome())
                .plan(plan)
                .supportLevel(level)
                .canGoBack(back)
                .completed(completed)
                .contactOffer(offer)
                .addAllContent(content)
                .build();
    }

    private ContactOffer offer(SupportLevel current, CompiledStep c, Instant now, Collection<ContactPoint> points) {
        if (points == contactPoints) {
            return plans[c.index][current.ordinal()].offer(now);
        }
        return OfferPlan.of(policy, current, c, points).offer(now);
    }
}
