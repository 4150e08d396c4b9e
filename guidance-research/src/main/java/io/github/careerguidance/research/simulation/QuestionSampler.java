/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.simulation;

import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.journeys.model.Choice;
import io.github.careerguidance.journeys.model.Question;
import io.github.careerguidance.journeys.model.QuestionType;
import io.github.careerguidance.journeys.model.Step;
import io.github.careerguidance.research.internal.PopulationCodes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Draws answers to one question from the population's rules, or the documented default. Immutable. */
final class QuestionSampler {
    /** The text of a simulated short-text answer without a rule. */
    static final String DEFAULT_TEXT = "gesimuleerd antwoord";

    private final boolean multiple;
    private final Matcher[] when;
    private final Answer[][] values;
    private final double[][] probabilities;
    private final Answer[] fallback;
    private final double[] fallbackCumulative;

    QuestionSampler(Step step, List<AnswerRule> rules, double safetyNetFailure) {
        Question q = step.question().orElseThrow();
        multiple = q.type() == QuestionType.MULTIPLE_CHOICE;
        when = new Matcher[rules.size()];
        values = new Answer[rules.size()][];
        probabilities = new double[rules.size()][];
        for (int r = 0; r < rules.size(); r++) {
            AnswerRule rule = rules.get(r);
            when[r] = new Matcher(rule.when());
            List<String> keys = new ArrayList<>(rule.answers().keySet());
            values[r] = new Answer[keys.size()];
            for (int i = 0; i < keys.size(); i++) {
                values[r][i] = answer(q, keys.get(i));
            }
            if (multiple) {
                probabilities[r] = new double[keys.size()];
                int i = 0;
                for (double p : rule.answers().values()) {
                    probabilities[r][i++] = p;
                }
            } else {
                probabilities[r] = Samplers.cumulative(rule.answers());
            }
        }
        Map<String, Double> defaults = defaults(step, q, safetyNetFailure);
        fallback = new Answer[defaults.size()];
        int i = 0;
        for (String key : defaults.keySet()) {
            fallback[i++] = answer(q, key);
        }
        fallbackCumulative = Samplers.cumulative(defaults);
    }

    /** Uniform over the choices or scale points; a safety net fails with the population's chance. */
    private static Map<String, Double> defaults(Step step, Question q, double safetyNetFailure) {
        Map<String, Double> d = new LinkedHashMap<>();
        if (q.isChoice()) {
            List<String> escalating = JourneyPlan.escalating(step);
            List<String> others = new ArrayList<>();
            for (Choice c : q.choices()) {
                if (!escalating.contains(c.code())) {
                    others.add(c.code());
                }
            }
            if (!escalating.isEmpty() && !others.isEmpty()) {
                for (String c : others) {
                    d.put(c, (1 - safetyNetFailure) / others.size());
                }
                for (String c : escalating) {
                    d.put(c, safetyNetFailure / escalating.size());
                }
            } else {
                for (Choice c : q.choices()) {
                    d.put(c.code(), 1.0 / q.choices().size());
                }
            }
        } else if (q.type() == QuestionType.SCALE) {
            int min = q.min().orElseThrow().intValueExact();
            int max = q.max().orElseThrow().intValueExact();
            for (int v = min; v <= max; v++) {
                d.put(Integer.toString(v), 1.0 / (max - min + 1));
            }
        } else if (q.type() == QuestionType.NUMBER) {
            BigDecimal v =
                    q.min().orElse(q.max().map(m -> m.min(BigDecimal.ZERO)).orElse(BigDecimal.ZERO));
            d.put(v.toPlainString(), 1.0);
        } else {
            String text = DEFAULT_TEXT.substring(
                    0, Math.min(DEFAULT_TEXT.length(), q.maxLength().orElse(1)));
            d.put(text, 1.0);
        }
        return d;
    }

    private static Answer answer(Question q, String key) {
        if (q.isChoice()) {
            return Answer.choice(key);
        }
        if (q.isNumeric()) {
            return Answer.number(PopulationCodes.number(key));
        }
        return Answer.text(key);
    }

    /**
     * Draws an answer.
     *
     * @param profile the client's profile codes
     * @param answers the session's answers so far
     * @param random the client's walk stream
     * @return the answer
     */
    Answer draw(String[] profile, Map<String, Answer> answers, SplittableRandom random) {
        for (int r = 0; r < when.length; r++) {
            if (when[r].test(profile, answers)) {
                return multiple
                        ? multiple(values[r], probabilities[r], random)
                        : values[r][Samplers.draw(probabilities[r], random)];
            }
        }
        return fallback[Samplers.draw(fallbackCumulative, random)];
    }

    private static Answer multiple(Answer[] options, double[] p, SplittableRandom random) {
        List<String> chosen = new ArrayList<>();
        int likeliest = 0;
        for (int i = 0; i < options.length; i++) {
            if (random.nextDouble() < p[i]) {
                chosen.add(options[i].selectedOptions().get(0));
            }
            if (p[i] > p[likeliest]) {
                likeliest = i;
            }
        }
        if (chosen.isEmpty()) {
            return options[likeliest];
        }
        return chosen.size() == 1 ? Answer.choice(chosen.get(0)) : Answer.choices(chosen);
    }
}
