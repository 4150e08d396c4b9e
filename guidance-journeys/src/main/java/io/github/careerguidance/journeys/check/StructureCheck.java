/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.check;

import io.github.careerguidance.core.competence.DimensionRef;
import io.github.careerguidance.core.competence.Instrument;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.profile.AgeBand;
import io.github.careerguidance.core.profile.EducationLevel;
import io.github.careerguidance.core.profile.EmploymentSituation;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.journeys.internal.Codes;
import io.github.careerguidance.journeys.internal.JourneyMessages;
import io.github.careerguidance.journeys.model.Choice;
import io.github.careerguidance.journeys.model.Comparison;
import io.github.careerguidance.journeys.model.Condition;
import io.github.careerguidance.journeys.model.ConditionOperator;
import io.github.careerguidance.journeys.model.ContentItem;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.Literal;
import io.github.careerguidance.journeys.model.Question;
import io.github.careerguidance.journeys.model.ScoreRef;
import io.github.careerguidance.journeys.model.Step;
import io.github.careerguidance.journeys.model.Transition;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Ids, references, reachability, traps, transitions and conditions. */
final class StructureCheck {
    private final Journey journey;
    private final JourneyGraph graph;
    private final Map<String, Instrument> instruments;
    private final Diagnostics.Builder out;
    /** Score key -> instrument (null when the instrument is unknown). */
    private final Map<String, Instrument> scores = new LinkedHashMap<>();

    StructureCheck(Journey journey, JourneyGraph graph, Map<String, Instrument> instruments, Diagnostics.Builder out) {
        this.journey = journey;
        this.graph = graph;
        this.instruments = instruments;
        this.out = out;
    }

    private void report(Severity severity, String code, JsonPointer at, Object... args) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            map.put(String.valueOf(args[i]), args[i + 1]);
        }
        out.add(JourneyMessages.diagnostic(severity, code, at, map));
    }

    private static JsonPointer step(int i) {
        return JsonPointer.of("steps").append(i);
    }

    /**
     * The instrument behind each score key the journey's assessments store, where known; valid after {@link #run()}.
     *
     * @return the instruments by score key (unknown ones left out)
     */
    Map<String, Instrument> scoreInstruments() {
        Map<String, Instrument> known = new LinkedHashMap<>();
        scores.forEach((k, v) -> {
            if (v != null) {
                known.put(k, v);
            }
        });
        return known;
    }

    void run() {
        List<Step> steps = journey.steps();
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            Integer before = first.putIfAbsent(s.id(), i);
            if (before != null) {
                report(
                        Severity.ERROR,
                        "journeys.step.duplicate-id",
                        step(i).append("id"),
                        "step",
                        s.id(),
                        "first",
                        step(before));
            }
            s.assessment().ifPresent(a -> {
                Instrument instrument = a.inline().orElseGet(() -> instruments.get(a.instrument()));
                scores.putIfAbsent(a.scoreKey(), instrument);
            });
        }
        if (graph.start() < 0) {
            report(Severity.ERROR, "journeys.start.unknown", JsonPointer.of("start"), "step", journey.start());
        }
        for (int i = 0; i < steps.size(); i++) {
            checkStep(i, steps.get(i));
        }
        checkReachability();
    }

    private void checkStep(int i, Step s) {
        JsonPointer at = step(i);
        for (int c = 0; c < s.competencies().size(); c++) {
            DimensionRef ref = s.competencies().get(c);
            if (!JourneyChecker.knownCompetency(ref)) {
                report(
                        Severity.ERROR,
                        "journeys.step.unknown-competency",
                        at.append("competencies").append(c),
                        "step",
                        s.id(),
                        "competency",
                        ref);
            }
        }
        Set<String> contentIds = new HashSet<>();
        for (int c = 0; c < s.content().size(); c++) {
            ContentItem item = s.content().get(c);
            JsonPointer itemAt = at.append("content").append(c);
            if (!contentIds.add(item.id())) {
                report(
                        Severity.ERROR,
                        "journeys.content.duplicate-id",
                        itemAt.append("id"),
                        "step",
                        s.id(),
                        "item",
                        item.id());
            }
            item.when().ifPresent(w -> checkCondition(w, itemAt.append("when")));
        }
        s.assessment().ifPresent(a -> {
            if (a.inline().isEmpty() && !instruments.containsKey(a.instrument())) {
                report(
                        Severity.ERROR,
                        "journeys.assessment.unknown-instrument",
                        at.append("assessment").append("instrument"),
                        "step",
                        s.id(),
                        "instrument",
                        a.instrument(),
                        "known",
                        instruments.keySet());
            }
        });
        List<Transition> transitions = s.transitions();
        if (s.isOutcome()) {
            if (!transitions.isEmpty()) {
                report(Severity.ERROR, "journeys.outcome.has-transitions", at.append("transitions"), "step", s.id());
            }
        } else if (transitions.isEmpty()) {
            report(Severity.ERROR, "journeys.step.no-transitions", at, "step", s.id());
        }
        int firstDefault = -1;
        for (int t = 0; t < transitions.size(); t++) {
            Transition transition = transitions.get(t);
            JsonPointer tAt = at.append("transitions").append(t);
            if (graph.indexOf(transition.target()) < 0) {
                report(
                        Severity.ERROR,
                        "journeys.transition.unknown-target",
                        tAt.append("target"),
                        "step",
                        s.id(),
                        "target",
                        transition.target());
            }
            transition.when().ifPresent(w -> checkCondition(w, tAt.append("when")));
            if (firstDefault >= 0) {
                report(
                        Severity.WARNING,
                        "journeys.transition.after-default",
                        tAt,
                        "step",
                        s.id(),
                        "default",
                        firstDefault);
            } else if (transition.isDefault()) {
                firstDefault = t;
            }
        }
        if (!s.isOutcome() && !transitions.isEmpty() && firstDefault < 0) {
            report(Severity.ERROR, "journeys.transition.no-default", at.append("transitions"), "step", s.id());
            s.question().filter(Question::isChoice).ifPresent(q -> checkCoverage(i, s, q));
        }
    }

    /** Choices of a question without a default transition that no transition's condition names. */
    private void checkCoverage(int i, Step s, Question q) {
        Set<String> named = new HashSet<>();
        for (Transition t : s.transitions()) {
            t.when().ifPresent(w -> collectOwnChoices(w, s.id(), named));
        }
        for (int c = 0; c < q.choices().size(); c++) {
            Choice choice = q.choices().get(c);
            if (!named.contains(choice.code())) {
                report(
                        Severity.ERROR,
                        "journeys.question.uncovered-choice",
                        step(i).append("question").append("choices").append(c),
                        "step",
                        s.id(),
                        "choice",
                        choice.code());
            }
        }
    }

    private static void collectOwnChoices(Condition root, String stepId, Set<String> named) {
        ArrayDeque<Condition> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Condition c = stack.pop();
            c.children().forEach(stack::push);
            c.comparison()
                    .filter(cmp -> cmp.answer().filter(stepId::equals).isPresent())
                    .ifPresent(cmp -> cmp.allValues().forEach(v -> named.add(v.asText())));
        }
    }

    void checkCondition(Condition root, JsonPointer rootAt) {
        ArrayDeque<Object[]> stack = new ArrayDeque<>();
        stack.push(new Object[] {root, rootAt});
        while (!stack.isEmpty()) {
            Object[] top = stack.pop();
            Condition c = (Condition) top[0];
            JsonPointer at = (JsonPointer) top[1];
            ConditionOperator op = c.operator();
            if (op == ConditionOperator.ALL || op == ConditionOperator.ANY) {
                List<Condition> children = c.children();
                for (int k = 0; k < children.size(); k++) {
                    stack.push(
                            new Object[] {children.get(k), at.append(op.code()).append(k)});
                }
            } else if (op == ConditionOperator.NOT) {
                stack.push(new Object[] {c.not().orElseThrow(), at.append("not")});
            } else {
                checkComparison(op, c.comparison().orElseThrow(), at.append(op.code()));
            }
        }
    }

    private void checkComparison(ConditionOperator op, Comparison cmp, JsonPointer at) {
        boolean numeric = op != ConditionOperator.EQUALS && op != ConditionOperator.IN;
        List<Literal> values = cmp.allValues();
        switch (cmp.operand().kind()) {
            case ANSWER:
                checkAnswer(numeric, cmp.answer().orElseThrow(), values, cmp, at);
                break;
            case SCORE:
                checkScore(cmp.score().orElseThrow(), values, cmp, at);
                break;
            case PROFILE:
                checkCodes(numeric, cmp.profile().orElseThrow().code(), values, cmp, at);
                break;
            case PLAN:
                PlanCheck.checkPlanOperand(
                        numeric, cmp.plan().orElseThrow(), values, k -> valueAt(cmp, at, k), at, out);
                break;
            default:
                checkCodes(numeric, cmp.session().orElseThrow().code(), values, cmp, at);
        }
    }

    private JsonPointer valueAt(Comparison cmp, JsonPointer at, int k) {
        return cmp.value().isPresent()
                ? at.append("value")
                : at.append("values").append(k);
    }

    private void checkAnswer(boolean numeric, String questionId, List<Literal> values, Comparison cmp, JsonPointer at) {
        int target = graph.indexOf(questionId);
        if (target < 0) {
            report(Severity.ERROR, "journeys.condition.unknown-question", at.append("answer"), "question", questionId);
            return;
        }
        Step step = graph.step(target);
        if (step.question().isEmpty()) {
            report(
                    Severity.ERROR,
                    "journeys.condition.not-a-question",
                    at.append("answer"),
                    "question",
                    questionId,
                    "kind",
                    step.kind().code());
            return;
        }
        Question q = step.question().get();
        if (numeric && !q.isNumeric()) {
            report(
                    Severity.ERROR,
                    "journeys.condition.not-numeric",
                    at,
                    "operand",
                    "answer " + questionId,
                    "type",
                    q.type().code());
            return;
        }
        for (int k = 0; k < values.size(); k++) {
            Literal v = values.get(k);
            if (q.isChoice()) {
                if (v.isNumber() || q.choice(v.asText()).isEmpty()) {
                    List<String> codes =
                            q.choices().stream().map(Choice::code).collect(java.util.stream.Collectors.toList());
                    report(
                            Severity.ERROR,
                            "journeys.condition.unknown-choice",
                            valueAt(cmp, at, k),
                            "question",
                            questionId,
                            "value",
                            v,
                            "choices",
                            codes);
                }
            } else if (q.isNumeric() && !v.isNumber()) {
                report(
                        Severity.ERROR,
                        "journeys.condition.wrong-type",
                        valueAt(cmp, at, k),
                        "operand",
                        "answer " + questionId,
                        "expected",
                        "number",
                        "value",
                        v);
            } else if (q.isNumeric() && outOfRange(v.number().orElseThrow(), q)) {
                // a value no answer can take makes the condition always true or always false
                report(
                        Severity.WARNING,
                        "journeys.condition.out-of-range",
                        valueAt(cmp, at, k),
                        "question",
                        questionId,
                        "value",
                        v,
                        "min",
                        q.min().map(Object::toString).orElse("-"),
                        "max",
                        q.max().map(Object::toString).orElse("-"));
            }
        }
    }

    private static boolean outOfRange(java.math.BigDecimal value, Question q) {
        return q.min().map(min -> value.compareTo(min) < 0).orElse(false)
                || q.max().map(max -> value.compareTo(max) > 0).orElse(false);
    }

    private void checkScore(ScoreRef score, List<Literal> values, Comparison cmp, JsonPointer at) {
        if (!scores.containsKey(score.instrument())) {
            report(
                    Severity.ERROR,
                    "journeys.condition.unknown-score",
                    at.append("score").append("instrument"),
                    "instrument",
                    score.instrument(),
                    "stored",
                    scores.keySet());
        } else {
            Instrument instrument = scores.get(score.instrument());
            if (instrument != null
                    && score.dimension().isPresent()
                    && !instrument.dimensionCodes().contains(score.dimension().get())) {
                report(
                        Severity.ERROR,
                        "journeys.condition.unknown-dimension",
                        at.append("score").append("dimension"),
                        "instrument",
                        instrument.code(),
                        "dimension",
                        score.dimension().get(),
                        "known",
                        instrument.dimensionCodes());
            }
            if (instrument != null && score.dimension().isEmpty() && !instrument.scoresTotal()) {
                report(
                        Severity.ERROR,
                        "journeys.condition.no-total",
                        at.append("score"),
                        "instrument",
                        instrument.code());
            }
        }
        for (int k = 0; k < values.size(); k++) {
            if (!values.get(k).isNumber()) {
                report(
                        Severity.ERROR,
                        "journeys.condition.wrong-type",
                        valueAt(cmp, at, k),
                        "operand",
                        "score " + score,
                        "expected",
                        "number",
                        "value",
                        values.get(k));
            }
        }
    }

    private void checkCodes(boolean numeric, String field, List<Literal> values, Comparison cmp, JsonPointer at) {
        if (numeric) {
            report(Severity.ERROR, "journeys.condition.not-numeric", at, "operand", field, "type", "code");
            return;
        }
        for (int k = 0; k < values.size(); k++) {
            String value = values.get(k).asText();
            String problem = invalidCode(field, value);
            if (problem != null) {
                report(
                        Severity.ERROR,
                        "journeys.condition.invalid-value",
                        valueAt(cmp, at, k),
                        "operand",
                        field,
                        "value",
                        values.get(k),
                        "detail",
                        problem);
            }
        }
    }

    /** Why a value is not a valid code of a profile or session field, or null when it is. */
    private static String invalidCode(String field, String value) {
        try {
            switch (field) {
                case "ageBand":
                    AgeBand.fromCode(value);
                    break;
                case "educationLevel":
                    EducationLevel.fromCode(value);
                    break;
                case "employment":
                    EmploymentSituation.fromCode(value);
                    break;
                case "supportLevel":
                    SupportLevel.fromCode(value);
                    break;
                case "goal":
                    Codes.requireCode("goal", value);
                    break;
                case "preferredLanguage":
                    Codes.requireLanguageTag("preferredLanguage", value);
                    break;
                default:
                    break;
            }
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private void checkReachability() {
        int n = graph.size();
        if (n == 0) {
            return;
        }
        int[] fromStart = graph.distances(new int[] {graph.start()}, false, x -> false);
        int[] toOutcome = graph.distances(graph.nodes(Step::isOutcome), true, x -> false);
        for (int i = 0; i < n; i++) {
            Step s = graph.step(i);
            if (graph.indexOf(s.id()) != i) {
                continue; // a duplicate id: reported already, and not a node of its own
            }
            if (graph.start() >= 0 && fromStart[i] == JourneyGraph.UNREACHABLE) {
                report(Severity.ERROR, "journeys.step.unreachable", step(i), "step", s.id());
            }
            if (toOutcome[i] == JourneyGraph.UNREACHABLE && !s.transitions().isEmpty()) {
                report(Severity.ERROR, "journeys.step.no-outcome", step(i), "step", s.id());
            }
        }
    }
}
