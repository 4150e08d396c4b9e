/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.analysis;

import io.github.careerguidance.core.competence.Instrument;
import io.github.careerguidance.core.profile.AgeBand;
import io.github.careerguidance.core.profile.EducationLevel;
import io.github.careerguidance.core.profile.EmploymentSituation;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.journeys.model.Choice;
import io.github.careerguidance.journeys.model.Condition;
import io.github.careerguidance.journeys.model.ContentItem;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.Operand;
import io.github.careerguidance.journeys.model.OperandKind;
import io.github.careerguidance.journeys.model.PlanField;
import io.github.careerguidance.journeys.model.Question;
import io.github.careerguidance.journeys.model.ScoreRef;
import io.github.careerguidance.journeys.model.ScoreStatistic;
import io.github.careerguidance.journeys.model.Step;
import io.github.careerguidance.journeys.model.Transition;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The declared domain of every operand a journey's conditions name: a choice question's codes, a scale's whole
 * numbers from min to max, a number question's range, a score's range from its instrument's response scale (a mean
 * lies between the lowest and highest response; a sum is left unbounded), a profile field's codes, the support
 * levels. An answer operand naming no question, or a score no assessment stores, can only be absent.
 *
 * <pre>{@code
 * Domains domains = Domains.of(journey, Map.of("caas-24", caas));
 * AbstractState anything = domains.anything();
 * boolean possible = anything.mayHold(condition);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.9.0
 */
public final class Domains {
    private final Journey journey;
    private final Map<Operand, ValueSet> full;
    private final Map<String, Integer> index;

    private Domains(Journey journey, Map<Operand, ValueSet> full, Map<String, Integer> index) {
        this.journey = journey;
        this.full = full;
        this.index = index;
    }

    /**
     * The domains of a journey's operands.
     *
     * @param journey the journey
     * @param scoreInstruments the instrument behind each score key, where known (unknown ones give unbounded
     *     scores)
     * @return the domains
     */
    public static Domains of(Journey journey, Map<String, Instrument> scoreInstruments) {
        Objects.requireNonNull(journey, "journey");
        Objects.requireNonNull(scoreInstruments, "scoreInstruments");
        Map<String, Integer> index = new HashMap<>();
        Map<String, Boolean> stored = new HashMap<>();
        for (int i = 0; i < journey.steps().size(); i++) {
            Step s = journey.steps().get(i);
            index.putIfAbsent(s.id(), i);
            s.assessment().ifPresent(a -> stored.put(a.scoreKey(), Boolean.TRUE));
        }
        Map<Operand, ValueSet> full = new LinkedHashMap<>();
        for (Operand o : operands(journey)) {
            full.put(o, domain(journey, index, stored, scoreInstruments, o));
        }
        return new Domains(journey, Collections.unmodifiableMap(full), Map.copyOf(index));
    }

    /**
     * Every operand named in a journey's conditions (transitions and content items), in order of appearance.
     *
     * @param journey the journey
     * @return the operands, without repeats
     */
    public static List<Operand> operands(Journey journey) {
        Map<Operand, Boolean> seen = new LinkedHashMap<>();
        for (Step s : journey.steps()) {
            for (ContentItem item : s.content()) {
                item.when().ifPresent(w -> collect(w, seen));
            }
            for (Transition t : s.transitions()) {
                t.when().ifPresent(w -> collect(w, seen));
            }
        }
        return List.copyOf(seen.keySet());
    }

    /**
     * Every comparison in a condition, depth first.
     *
     * @param condition the condition
     * @return the comparing conditions
     */
    public static List<Condition> comparisons(Condition condition) {
        List<Condition> out = new ArrayList<>();
        ArrayDeque<Condition> stack = new ArrayDeque<>();
        stack.push(condition);
        while (!stack.isEmpty()) {
            Condition c = stack.pop();
            if (c.comparison().isPresent()) {
                out.add(c);
            }
            List<Condition> children = c.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
        }
        return out;
    }

    private static void collect(Condition condition, Map<Operand, Boolean> seen) {
        for (Condition c : comparisons(condition)) {
            seen.putIfAbsent(c.comparison().orElseThrow().operand(), Boolean.TRUE);
        }
    }

    private static ValueSet domain(
            Journey journey,
            Map<String, Integer> index,
            Map<String, Boolean> stored,
            Map<String, Instrument> instruments,
            Operand o) {
        switch (o.kind()) {
            case ANSWER: {
                Integer at = index.get(o.answer().orElseThrow());
                Question q =
                        at == null ? null : journey.steps().get(at).question().orElse(null);
                if (q == null) {
                    return ValueSet.texts(true).absentOnly();
                }
                List<String> codes = new ArrayList<>();
                for (Choice c : q.choices()) {
                    codes.add(c.code());
                }
                switch (q.type()) {
                    case SINGLE_CHOICE:
                        return ValueSet.codes(codes, true);
                    case MULTIPLE_CHOICE:
                        return ValueSet.selections(codes, true);
                    case SCALE:
                        return ValueSet.numbers(q.min().orElse(null), q.max().orElse(null), true, true);
                    case NUMBER:
                        return ValueSet.numbers(q.min().orElse(null), q.max().orElse(null), false, true);
                    default:
                        return ValueSet.texts(true);
                }
            }
            case SCORE: {
                ScoreRef ref = o.score().orElseThrow();
                if (!stored.containsKey(ref.instrument())) {
                    return ValueSet.numbers(null, null, false, true).absentOnly();
                }
                Instrument instrument = instruments.get(ref.instrument());
                if (instrument == null || ref.statistic() != ScoreStatistic.MEAN) {
                    return ValueSet.numbers(null, null, false, true);
                }
                return ValueSet.numbers(
                        BigDecimal.valueOf(instrument.responseScale().min()),
                        BigDecimal.valueOf(instrument.responseScale().max()),
                        false,
                        true);
            }
            case PROFILE:
                switch (o.profile().orElseThrow()) {
                    case AGE_BAND:
                        return enumCodes(AgeBand.values(), true);
                    case EDUCATION_LEVEL:
                        return enumCodes(EducationLevel.values(), true);
                    case EMPLOYMENT:
                        return enumCodes(EmploymentSituation.values(), true);
                    case PREFERRED_LANGUAGE:
                        return ValueSet.texts(false);
                    default:
                        return ValueSet.texts(true);
                }
            case PLAN: {
                // progress on the plan a follow-up reviews: absent outside follow-up sessions
                PlanField field = o.plan().orElseThrow();
                return field.isNumeric()
                        ? ValueSet.numbers(BigDecimal.ZERO, null, true, true)
                        : ValueSet.codes(List.of(PlanField.BEHIND, PlanField.ON_TRACK), true);
            }
            default:
                return enumCodes(SupportLevel.values(), false);
        }
    }

    private static ValueSet enumCodes(Enum<?>[] values, boolean absent) {
        List<String> codes = new ArrayList<>();
        for (Enum<?> e : values) {
            codes.add(code(e));
        }
        return ValueSet.codes(codes, absent);
    }

    private static String code(Enum<?> e) {
        if (e instanceof AgeBand) {
            return ((AgeBand) e).code();
        }
        if (e instanceof EducationLevel) {
            return ((EducationLevel) e).code();
        }
        if (e instanceof EmploymentSituation) {
            return ((EmploymentSituation) e).code();
        }
        return ((SupportLevel) e).code();
    }

    /**
     * The declared domain of an operand.
     *
     * @param operand the operand
     * @return the full set (absence included where possible), or empty when no condition names the operand
     */
    public java.util.Optional<ValueSet> domain(Operand operand) {
        return java.util.Optional.ofNullable(full.get(operand));
    }

    /**
     * Every client the declared domains allow, without regard to the route: any answer or none, any score or none,
     * any profile.
     *
     * @return the state
     */
    public AbstractState anything() {
        return AbstractState.of(full);
    }

    /**
     * The clients at the start: nothing answered or scored yet, any profile and support level.
     *
     * @return the state
     */
    public AbstractState atStart() {
        Map<Operand, ValueSet> start = new LinkedHashMap<>();
        for (Map.Entry<Operand, ValueSet> e : full.entrySet()) {
            OperandKind kind = e.getKey().kind();
            boolean fresh = kind == OperandKind.ANSWER || kind == OperandKind.SCORE;
            start.put(e.getKey(), fresh ? e.getValue().absentOnly() : e.getValue());
        }
        return AbstractState.of(start);
    }

    /**
     * The clients after they gave a step's input, before its transitions are tried: a question's answer can be any
     * value of its domain; an assessment's scores any value of their range (or none, for a dimension left unscored); the support level may have risen.
     *
     * @param state the clients on entering the step
     * @param stepIndex the step's index in the journey
     * @return the state after the input
     */
    public AbstractState afterInput(AbstractState state, int stepIndex) {
        if (state.isEmpty()) {
            return state;
        }
        Step step = journey.steps().get(stepIndex);
        AbstractState s = state;
        for (Map.Entry<Operand, ValueSet> e : full.entrySet()) {
            Operand o = e.getKey();
            boolean answered = step.question().isPresent()
                    && o.kind() == OperandKind.ANSWER
                    && o.answer().orElseThrow().equals(step.id())
                    && index.get(step.id()) == stepIndex;
            boolean scored = step.assessment().isPresent()
                    && o.kind() == OperandKind.SCORE
                    && o.score()
                            .orElseThrow()
                            .instrument()
                            .equals(step.assessment().get().scoreKey());
            if (answered) {
                s = s.with(o, e.getValue().withAbsent(false));
            } else if (scored) {
                // a dimension without responses may stay unscored, so absence remains possible
                s = s.with(o, e.getValue());
            }
        }
        return freeSession(s);
    }

    /**
     * The same clients with any support level: a client may ask for contact, and stalls and contact steps raise the
     * level, between any two decisions.
     *
     * @param state the state
     * @return the state with the session operands unconstrained
     */
    public AbstractState freeSession(AbstractState state) {
        AbstractState s = state;
        for (Map.Entry<Operand, ValueSet> e : full.entrySet()) {
            // plan progress changes as a follow-up's status questions are answered: never narrowed across steps
            if (e.getKey().kind() == OperandKind.SESSION || e.getKey().kind() == OperandKind.PLAN) {
                s = s.with(e.getKey(), e.getValue());
            }
        }
        return s;
    }
}
