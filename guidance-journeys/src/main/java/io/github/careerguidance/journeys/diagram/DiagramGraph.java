/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.diagram;

import io.github.careerguidance.journeys.model.Choice;
import io.github.careerguidance.journeys.model.Comparison;
import io.github.careerguidance.journeys.model.Condition;
import io.github.careerguidance.journeys.model.ConditionOperator;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.Literal;
import io.github.careerguidance.journeys.model.Operand;
import io.github.careerguidance.journeys.model.Step;
import io.github.careerguidance.journeys.model.StepKind;
import io.github.careerguidance.journeys.model.Transition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The format-neutral drawing of a journey: nodes in authoring order (then targets that name no step), edges in
 * authoring order, one per distinct (from, to) pair. Package-private; not API.
 */
final class DiagramGraph {
    /** Class of a start node. */
    static final String START = "start";
    /** Class of a human touchpoint: a contact step or a reflection with a professional. */
    static final String TOUCHPOINT = "touchpoint";
    /** Class of a safety-net question: one with a choice that escalates. */
    static final String ESCALATION = "escalation";
    /** Class of an outcome step. */
    static final String OUTCOME = "outcome";
    /** Class of a transition target that names no step. */
    static final String MISSING = "missing";

    /** A node: a step or a missing target. */
    record Node(String id, String title, StepKind kind, List<String> classes) {
        boolean has(String cls) {
            return classes.contains(cls);
        }
    }

    /** An edge: one distinct (from, to) pair. */
    record Edge(String from, String to, String label, OptionalLong count, double width) {}

    final String title;
    final String description;
    final List<Node> nodes;
    final List<Edge> edges;

    private DiagramGraph(String title, String description, List<Node> nodes, List<Edge> edges) {
        this.title = title;
        this.description = description;
        this.nodes = nodes;
        this.edges = edges;
    }

    /** The class of a step kind, such as {@code k_question}. */
    static String kindClass(StepKind kind) {
        return "k_" + kind.code().replace('-', '_');
    }

    static DiagramGraph of(Journey journey, DiagramOptions options) {
        Words words = Words.of(options.language());
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (Step step : journey.steps()) {
            if (nodes.containsKey(step.id())) {
                continue; // a repeated id: the checker reports it; the first step is the one transitions reach
            }
            List<String> classes = new ArrayList<>();
            classes.add(kindClass(step.kind()));
            if (step.id().equals(journey.start())) {
                classes.add(START);
            }
            if (step.isHumanContact()) {
                classes.add(TOUCHPOINT);
            }
            if (step.question()
                    .map(q -> q.choices().stream().anyMatch(Choice::escalate))
                    .orElse(false)) {
                classes.add(ESCALATION);
            }
            if (step.isOutcome()) {
                classes.add(OUTCOME);
            }
            nodes.put(
                    step.id(),
                    new Node(
                            step.id(),
                            cut(step.title().resolve(options.language()), options),
                            step.kind(),
                            List.copyOf(classes)));
        }
        List<Edge> edges = new ArrayList<>();
        long max = options.traffic().map(EdgeTraffic::max).orElse(0L);
        Map<String, Node> missing = new LinkedHashMap<>();
        Set<String> seenSteps = new LinkedHashSet<>();
        for (Step step : journey.steps()) {
            if (!seenSteps.add(step.id())) {
                continue;
            }
            Map<String, List<Transition>> byTarget = new LinkedHashMap<>();
            for (Transition t : step.transitions()) {
                byTarget.computeIfAbsent(t.target(), k -> new ArrayList<>()).add(t);
                if (!nodes.containsKey(t.target()) && !missing.containsKey(t.target())) {
                    missing.put(
                            t.target(), new Node(t.target(), cut("? " + t.target(), options), null, List.of(MISSING)));
                }
            }
            boolean branching = byTarget.size() > 1;
            byTarget.forEach((target, transitions) -> {
                String label = "";
                if (options.includeConditions()) {
                    label = condition(transitions, branching, words);
                }
                OptionalLong count = OptionalLong.empty();
                double width = 1.0;
                if (options.traffic().isPresent()) {
                    long c = options.traffic().get().count(step.id(), target);
                    count = OptionalLong.of(c);
                    width = max == 0 ? 1.0 : Math.round((1.0 + 7.0 * c / max) * 10.0) / 10.0;
                    label = label.isEmpty() ? "n=" + c : cut(label, options.maxLabelLength() - 10) + " (n=" + c + ")";
                }
                edges.add(new Edge(step.id(), target, cut(label, options), count, width));
            });
        }
        nodes.putAll(missing);
        String title = journey.title().resolve(options.language());
        String description = words.journey + " " + journey.id() + " " + journey.version() + ": "
                + journey.steps().size() + " " + words.steps + ", " + edges.size() + " " + words.transitions;
        return new DiagramGraph(title, description, List.copyOf(nodes.values()), List.copyOf(edges));
    }

    private static String condition(List<Transition> transitions, boolean branching, Words words) {
        List<String> parts = new ArrayList<>();
        for (Transition t : transitions) {
            if (t.when().isEmpty()) {
                return branching ? words.otherwise : "";
            }
            parts.add(condition(t.when().get(), words, false));
        }
        return String.join(" " + words.or + " ", parts);
    }

    private static String condition(Condition c, Words words, boolean nested) {
        ConditionOperator op = c.operator();
        if (c.comparison().isPresent()) {
            Comparison cmp = c.comparison().get();
            String operand = operand(cmp.operand());
            switch (op) {
                case EQUALS:
                    return operand + " = " + literal(cmp.value().orElseThrow());
                case IN:
                    List<String> values = new ArrayList<>();
                    cmp.values().forEach(v -> values.add(literal(v)));
                    return operand + " " + words.in + " [" + String.join(", ", values) + "]";
                case LT:
                    return operand + " < " + literal(cmp.value().orElseThrow());
                case LE:
                    return operand + " <= " + literal(cmp.value().orElseThrow());
                case GT:
                    return operand + " > " + literal(cmp.value().orElseThrow());
                default:
                    return operand + " >= " + literal(cmp.value().orElseThrow());
            }
        }
        if (op == ConditionOperator.NOT) {
            return words.not + " (" + condition(c.not().orElseThrow(), words, false) + ")";
        }
        List<String> parts = new ArrayList<>();
        for (Condition child : c.children()) {
            parts.add(condition(child, words, true));
        }
        String joined = String.join(" " + (op == ConditionOperator.ALL ? words.and : words.or) + " ", parts);
        return nested && parts.size() > 1 ? "(" + joined + ")" : joined;
    }

    private static String operand(Operand operand) {
        switch (operand.kind()) {
            case ANSWER:
                return operand.answer().orElseThrow();
            case SCORE:
                return operand.score()
                        .map(s -> s.instrument() + "/" + s.dimension().orElse("total"))
                        .orElseThrow();
            case PROFILE:
                return operand.profile().orElseThrow().code();
            case PLAN:
                return "plan " + operand.plan().orElseThrow().code();
            default:
                return operand.session().orElseThrow().code();
        }
    }

    private static String literal(Literal literal) {
        return literal.asText();
    }

    private static String cut(String text, DiagramOptions options) {
        return cut(text, options.maxLabelLength());
    }

    /** Cuts a text to at most {@code max} code points, ending in an ellipsis when cut. */
    static String cut(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        int end = text.offsetByCodePoints(0, Math.max(1, max - 1));
        return text.substring(0, end).stripTrailing() + "\u2026";
    }

    /** The words a diagram adds, in Dutch or English. */
    private static final class Words {
        private static final Words NL = new Words("en", "of", "niet", "in", "anders", "Reis", "stappen", "overgangen");
        private static final Words EN =
                new Words("and", "or", "not", "in", "otherwise", "Journey", "steps", "transitions");

        final String and;
        final String or;
        final String not;
        final String in;
        final String otherwise;
        final String journey;
        final String steps;
        final String transitions;

        private Words(
                String and,
                String or,
                String not,
                String in,
                String otherwise,
                String journey,
                String steps,
                String transitions) {
            this.and = and;
            this.or = or;
            this.not = not;
            this.in = in;
            this.otherwise = otherwise;
            this.journey = journey;
            this.steps = steps;
            this.transitions = transitions;
        }

        static Words of(Locale language) {
            return "nl".equals(language.getLanguage()) ? NL : EN;
        }
    }
}
