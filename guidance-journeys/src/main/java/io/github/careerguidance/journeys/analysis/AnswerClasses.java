/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.analysis;

import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.journeys.model.Choice;
import io.github.careerguidance.journeys.model.Comparison;
import io.github.careerguidance.journeys.model.Condition;
import io.github.careerguidance.journeys.model.ContentItem;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.Literal;
import io.github.careerguidance.journeys.model.Operand;
import io.github.careerguidance.journeys.model.Question;
import io.github.careerguidance.journeys.model.QuestionType;
import io.github.careerguidance.journeys.model.Step;
import io.github.careerguidance.journeys.model.Transition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The classes of answers a design's own conditions tell apart, per question: each choice of a choice question (a
 * multiple-choice question also gets "all selected"); for a scale or number question, each threshold the conditions
 * compare with and each interval between thresholds, within the question's range (whole numbers for a scale);
 * for a short-text question, each text compared with and "other". Two answers of one class satisfy the same
 * comparisons on that question, so a table over the classes covers every distinction the design makes.
 *
 * <pre>{@code
 * List<AnswerClass> classes = AnswerClasses.of(journey, "q-gevoel"); // [1, 2], [3, 5] for "le 2" on a 1-5 scale
 * }</pre>
 *
 * @since 0.9.0
 */
public final class AnswerClasses {
    private AnswerClasses() {}

    /**
     * The answer classes of a question.
     *
     * @param journey the journey
     * @param questionId the question step's id
     * @return the classes, in order; empty when the id names no question
     */
    public static List<AnswerClass> of(Journey journey, String questionId) {
        Step step = journey.step(questionId).orElse(null);
        if (step == null || step.question().isEmpty()) {
            return List.of();
        }
        Question q = step.question().get();
        List<Literal> literals = literals(journey, questionId);
        List<AnswerClass> out = new ArrayList<>();
        switch (q.type()) {
            case SINGLE_CHOICE:
            case MULTIPLE_CHOICE: {
                List<String> all = new ArrayList<>();
                for (Choice c : q.choices()) {
                    out.add(new AnswerClass(c.code(), Answer.choice(c.code())));
                    all.add(c.code());
                }
                if (q.type() == QuestionType.MULTIPLE_CHOICE) {
                    out.add(new AnswerClass(String.join("+", all), Answer.choices(all)));
                }
                return List.copyOf(out);
            }
            case SCALE:
            case NUMBER: {
                boolean whole = q.type() == QuestionType.SCALE;
                NumberSet domain = NumberSet.range(q.min().orElse(null), q.max().orElse(null), whole);
                Set<BigDecimal> thresholds = new TreeSet<>();
                for (Literal l : literals) {
                    l.number().ifPresent(thresholds::add);
                }
                BigDecimal previous = null;
                List<NumberSet.Interval> regions = new ArrayList<>();
                for (BigDecimal t : thresholds) {
                    regions.add(new NumberSet.Interval(previous, true, t, true));
                    regions.add(new NumberSet.Interval(t, false, t, false));
                    previous = t;
                }
                regions.add(new NumberSet.Interval(previous, true, null, true));
                for (NumberSet.Interval region : regions) {
                    NumberSet part = domain.intersect(NumberSet.of(List.of(region), false));
                    if (!part.isEmpty()) {
                        BigDecimal sample = part.sample(0);
                        out.add(new AnswerClass(label(part), Answer.number(sample)));
                    }
                }
                return List.copyOf(out);
            }
            default: {
                Set<String> texts = new LinkedHashSet<>();
                for (Literal l : literals) {
                    texts.add(l.asText());
                }
                for (String t : texts) {
                    out.add(new AnswerClass(t, Answer.text(t)));
                }
                String other = "other";
                while (texts.contains(other)) {
                    other = other + "-";
                }
                out.add(new AnswerClass("(other)", Answer.text(other)));
                return List.copyOf(out);
            }
        }
    }

    private static String label(NumberSet part) {
        NumberSet.Interval only = part.intervals.get(0);
        if (part.intervals.size() == 1 && only.lo != null && only.hi != null && only.lo.compareTo(only.hi) == 0) {
            return only.lo.toPlainString();
        }
        return part.toString();
    }

    /** Every literal a condition compares the question's answer with. */
    private static List<Literal> literals(Journey journey, String questionId) {
        List<Literal> out = new ArrayList<>();
        Operand operand = Operand.answer(questionId);
        for (Step s : journey.steps()) {
            for (ContentItem item : s.content()) {
                item.when().ifPresent(w -> collect(w, operand, out));
            }
            for (Transition t : s.transitions()) {
                t.when().ifPresent(w -> collect(w, operand, out));
            }
        }
        return out;
    }

    private static void collect(Condition condition, Operand operand, List<Literal> out) {
        for (Condition c : Domains.comparisons(condition)) {
            Comparison cmp = c.comparison().orElseThrow();
            if (cmp.operand().equals(operand)) {
                out.addAll(cmp.allValues());
            }
        }
    }
}
