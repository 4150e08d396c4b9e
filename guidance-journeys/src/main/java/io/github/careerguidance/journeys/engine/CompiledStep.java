/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine;

import io.github.careerguidance.core.competence.Instrument;
import io.github.careerguidance.journeys.engine.internal.Rule;
import io.github.careerguidance.journeys.engine.internal.Rules;
import io.github.careerguidance.journeys.model.Choice;
import io.github.careerguidance.journeys.model.ContentItem;
import io.github.careerguidance.journeys.model.Question;
import io.github.careerguidance.journeys.model.Step;
import io.github.careerguidance.journeys.model.StepKind;
import io.github.careerguidance.journeys.model.Transition;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A step with its transitions, content conditions and question resolved once. Not API. */
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
    }

    String id() {
        return step.id();
    }

    boolean isSafetyNet() {
        return !escalating.isEmpty();
    }
}
