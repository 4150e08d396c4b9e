/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine;

import io.github.careerguidance.core.competence.Instrument;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.journeys.engine.internal.Rule;
import io.github.careerguidance.journeys.engine.internal.Rules;
import io.github.careerguidance.journeys.model.Choice;
import io.github.careerguidance.journeys.model.ContentItem;
import io.github.careerguidance.journeys.model.PlanTemplate;
import io.github.careerguidance.journeys.model.Question;
import io.github.careerguidance.journeys.model.Step;
import io.github.careerguidance.journeys.model.StepKind;
import io.github.careerguidance.journeys.model.Transition;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A step with its transitions, content conditions and question resolved once. Not API.
 *
 * <p>Thread-safety: immutable but for {@link #views}, a memo of finished views that any thread may fill (a slot is
 * only ever set to an equal value, and {@code AtomicReferenceArray} publishes it safely).
 */
final class CompiledStep {
    final int index;
    final Step step;
    final StepKind kind;
    final int[] targets;
    final Rule[] guards;
    final ContentItem[] content;
    final Rule[] contentRules;
    final Question question;
    final Set<String> choices;
    final Set<String> escalating;
    final Instrument instrument;
    final String scoreKey;

    /** The plan template of an outcome or action step, or null. */
    final PlanTemplate plan;

    /** The compiled conditions of {@link #plan}'s actions, by position; empty without a plan. */
    final Rule[] planRules;

    /**
     * Views without an earlier answer and with every contact option open, by {@link #viewSlot}: such a view depends
     * only on the step, the level, whether the client can go back, completion and which content items hold, so equal
     * views are made once. Null when the step has more than {@link #MAX_MEMO_CONTENT} content items.
     */
    final AtomicReferenceArray<StepView> views;

    /** Steps with more content items than this do not memoize views (2^n content combinations). */
    static final int MAX_MEMO_CONTENT = 6;

    private static final int LEVELS = SupportLevel.values().length;

    /** The {@code proceeded} event of this step, made once (events are values). */
    final SessionEvent proceeded;

    /** The {@code completed} event of this step, made once. */
    final SessionEvent completed;

    /** An {@code answered} event of this step to copy with the actual answer (no builder per answer); or null. */
    private final ImmutableSessionEvent answeredTemplate;

    CompiledStep(int index, Step step, Map<String, Integer> indexById, Instrument instrument) {
        this.index = index;
        this.step = step;
        this.kind = step.kind();
        List<Transition> transitions = step.transitions();
        this.targets = new int[transitions.size()];
        this.guards = new Rule[transitions.size()];
        for (int i = 0; i < targets.length; i++) {
            Transition t = transitions.get(i);
            targets[i] = indexById.get(t.target());
            guards[i] = t.when().map(Rules::compile).orElse(Rule.ALWAYS);
        }
        this.content = step.content().toArray(new ContentItem[0]);
        this.contentRules = new Rule[content.length];
        for (int i = 0; i < content.length; i++) {
            contentRules[i] = content[i].when().map(Rules::compile).orElse(Rule.ALWAYS);
        }
        this.question = step.question().orElse(null);
        Set<String> codes = new HashSet<>();
        Set<String> up = new HashSet<>();
        if (question != null) {
            for (Choice c : question.choices()) {
                codes.add(c.code());
                if (c.escalate()) {
                    up.add(c.code());
                }
            }
        }
        this.choices = Set.copyOf(codes);
        this.escalating = Set.copyOf(up);
        this.instrument = instrument;
        this.scoreKey = step.assessment().map(a -> a.scoreKey()).orElse(null);
        this.plan = PlanBuilder.template(step).orElse(null);
        this.planRules = new Rule[plan == null ? 0 : plan.actions().size()];
        for (int i = 0; i < planRules.length; i++) {
            planRules[i] = plan.actions().get(i).when().map(Rules::compile).orElse(Rule.ALWAYS);
        }
        this.proceeded = SessionEvent.at(EventType.PROCEEDED, step.id());
        this.completed = SessionEvent.at(EventType.COMPLETED, step.id());
        this.answeredTemplate = kind == StepKind.QUESTION
                ? ImmutableSessionEvent.builder()
                        .type(EventType.ANSWERED)
                        .step(step.id())
                        .answer(Answer.text("template"))
                        .build()
                : null;
        this.views =
                content.length > MAX_MEMO_CONTENT ? null : new AtomicReferenceArray<>(LEVELS * 4 << content.length);
    }

    /**
     * The {@code answered} event of this (question) step: equal to {@code SessionEvent.answered(id(), answer)}.
     *
     * @param answer the answer
     * @return the event
     */
    SessionEvent answered(Answer answer) {
        return answeredTemplate.withAnswer(answer);
    }

    /** The memo slot of a view: level, can-go-back, completed and the bit set of the content items that hold. */
    int viewSlot(SupportLevel level, boolean back, boolean completed, int contentMask) {
        return (level.ordinal() * 4 + (back ? 2 : 0) + (completed ? 1 : 0)) << content.length | contentMask;
    }

    String id() {
        return step.id();
    }

    boolean isSafetyNet() {
        return !escalating.isEmpty();
    }
}
