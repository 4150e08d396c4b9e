/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine.internal;

import io.github.careerguidance.core.competence.CompetenceProfile;
import io.github.careerguidance.core.competence.DimensionScore;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.core.profile.ClientProfile;
import io.github.careerguidance.journeys.model.Comparison;
import io.github.careerguidance.journeys.model.Condition;
import io.github.careerguidance.journeys.model.ConditionOperator;
import io.github.careerguidance.journeys.model.Literal;
import io.github.careerguidance.journeys.model.PlanField;
import io.github.careerguidance.journeys.model.ProfileField;
import io.github.careerguidance.journeys.model.ScoreRef;
import io.github.careerguidance.journeys.model.ScoreStatistic;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Compiles {@link Condition}s into {@link Rule}s once, so that evaluating them per decision is cheap. The semantics
 * are those documented on {@code Condition}: a comparison over an absent operand is false; {@code equals} on a
 * multiple-choice answer holds when the value is among the selected codes; {@code in} holds when any selected code
 * or the value is among the values; {@code lt/le/gt/ge} need a numeric operand and a number. Not API.
 *
 * <p>Thread-safety: stateless; safe for concurrent use.
 *
 * @since 0.1.0
 */
public final class Rules {
    private Rules() {}

    /**
     * Compiles a condition.
     *
     * @param condition the condition
     * @return the rule
     */
    public static Rule compile(Condition condition) {
        ConditionOperator op = condition.operator();
        switch (op) {
            case ALL: {
                Rule[] parts = compileAll(condition.all());
                return (a, s, p, l, f) -> {
                    for (Rule r : parts) {
                        if (!r.test(a, s, p, l, f)) {
                            return false;
                        }
                    }
                    return true;
                };
            }
            case ANY: {
                Rule[] parts = compileAll(condition.any());
                return (a, s, p, l, f) -> {
                    for (Rule r : parts) {
                        if (r.test(a, s, p, l, f)) {
                            return true;
                        }
                    }
                    return false;
                };
            }
            case NOT: {
                Rule inner = compile(condition.not().orElseThrow());
                return (a, s, p, l, f) -> !inner.test(a, s, p, l, f);
            }
            default:
                return comparison(op, condition.comparison().orElseThrow());
        }
    }

    private static Rule[] compileAll(List<Condition> conditions) {
        Rule[] rules = new Rule[conditions.size()];
        for (int i = 0; i < rules.length; i++) {
            rules[i] = compile(conditions.get(i));
        }
        return rules;
    }

    private static Rule comparison(ConditionOperator op, Comparison comparison) {
        List<Literal> values = comparison.allValues();
        Set<String> texts = new HashSet<>();
        List<BigDecimal> numbers = new ArrayList<>();
        for (Literal v : values) {
            texts.add(v.asText());
            v.number().ifPresent(numbers::add);
        }
        Set<String> frozen = Set.copyOf(texts);
        BigDecimal[] nums = numbers.toArray(new BigDecimal[0]);
        double[] doubles = new double[nums.length];
        for (int i = 0; i < nums.length; i++) {
            doubles[i] = nums[i].doubleValue();
        }
        boolean numeric = op == ConditionOperator.LT
                || op == ConditionOperator.LE
                || op == ConditionOperator.GT
                || op == ConditionOperator.GE;
        if (comparison.answer().isPresent()) {
            String id = comparison.answer().get();
            return (a, s, p, l, f) -> {
                Answer answer = a.get(id);
                return answer != null && answerHolds(op, numeric, answer, frozen, nums);
            };
        }
        if (comparison.score().isPresent()) {
            ScoreRef ref = comparison.score().get();
            String key = ref.instrument();
            String dimension = ref.dimension().orElse(null);
            boolean sum = ref.statistic() == ScoreStatistic.SUM;
            return (a, s, p, l, f) -> {
                CompetenceProfile scores = s.get(key);
                if (scores == null) {
                    return false;
                }
                DimensionScore score = dimension == null
                        ? scores.total().orElse(null)
                        : scores.dimensions().get(dimension);
                if (score == null) {
                    return false;
                }
                return numberHolds(op, sum ? score.sum() : score.mean(), doubles);
            };
        }
        if (comparison.profile().isPresent()) {
            if (numeric) {
                return (a, s, p, l, f) -> false;
            }
            int field = comparison.profile().get().ordinal();
            return (a, s, p, l, f) -> {
                String value = p[field];
                return value != null && frozen.contains(value);
            };
        }
        if (comparison.plan().isPresent()) {
            PlanField field = comparison.plan().get();
            if (field == PlanField.PROGRESS) {
                if (numeric) {
                    return (a, s, p, l, f) -> false;
                }
                return (a, s, p, l, f) ->
                        f.present() && frozen.contains(f.behind() ? PlanField.BEHIND : PlanField.ON_TRACK);
            }
            return (a, s, p, l, f) -> f.present() && numberHolds(op, f.count(field), doubles);
        }
        if (numeric) {
            return (a, s, p, l, f) -> false;
        }
        return (a, s, p, l, f) -> frozen.contains(l.code());
    }

    private static boolean answerHolds(
            ConditionOperator op, boolean numeric, Answer answer, Set<String> texts, BigDecimal[] nums) {
        switch (answer.kind()) {
            case NUMBER: {
                BigDecimal n = answer.number().orElseThrow();
                if (numeric) {
                    return nums.length == 1 && compares(op, n.compareTo(nums[0]));
                }
                for (BigDecimal candidate : nums) {
                    if (n.compareTo(candidate) == 0) {
                        return true;
                    }
                }
                return false;
            }
            case CHOICE:
                return !numeric && texts.contains(answer.choice().orElseThrow());
            case CHOICES:
                if (numeric) {
                    return false;
                }
                for (String code : answer.choices()) {
                    if (texts.contains(code)) {
                        return true;
                    }
                }
                return false;
            case TEXT:
            default:
                return !numeric && texts.contains(answer.text().orElseThrow());
        }
    }

    private static boolean numberHolds(ConditionOperator op, double value, double[] literals) {
        if (op == ConditionOperator.EQUALS || op == ConditionOperator.IN) {
            for (double candidate : literals) {
                if (Double.compare(value, candidate) == 0) {
                    return true;
                }
            }
            return false;
        }
        return literals.length == 1 && compares(op, Double.compare(value, literals[0]));
    }

    private static boolean compares(ConditionOperator op, int cmp) {
        switch (op) {
            case LT:
                return cmp < 0;
            case LE:
                return cmp <= 0;
            case GT:
                return cmp > 0;
            case GE:
                return cmp >= 0;
            default:
                return cmp == 0;
        }
    }

    /**
     * The wire codes of all profile fields of a client, as {@link Rule#test} takes them: computed once per session
     * instead of per condition.
     *
     * @param profile the profile
     * @return a new array by {@link ProfileField#ordinal()}; {@code null} where the profile does not have the field
     */
    public static String[] profileCodes(ClientProfile profile) {
        ProfileField[] fields = ProfileField.values();
        String[] codes = new String[fields.length];
        for (ProfileField f : fields) {
            codes[f.ordinal()] = profileValue(profile, f);
        }
        return codes;
    }

    /**
     * The wire code of a profile field of a client, as conditions compare it.
     *
     * @param profile the profile
     * @param field the field
     * @return the code, or {@code null} when the profile does not have the field
     */
    public static String profileValue(ClientProfile profile, ProfileField field) {
        switch (field) {
            case AGE_BAND:
                return profile.ageBand().map(x -> x.code()).orElse(null);
            case EDUCATION_LEVEL:
                return profile.educationLevel().map(x -> x.code()).orElse(null);
            case EMPLOYMENT:
                return profile.employment().map(x -> x.code()).orElse(null);
            case REGION:
                return profile.region().map(x -> x.code()).orElse(null);
            case GOAL:
                return profile.goal().orElse(null);
            case PREFERRED_LANGUAGE:
            default:
                return profile.preferredLanguage().toLanguageTag();
        }
    }
}
