/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.check;

import io.github.careerguidance.core.competence.Instrument;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.journeys.analysis.AbstractState;
import io.github.careerguidance.journeys.analysis.Domains;
import io.github.careerguidance.journeys.analysis.FlowAnalysis;
import io.github.careerguidance.journeys.analysis.ValueSet;
import io.github.careerguidance.journeys.internal.JourneyMessages;
import io.github.careerguidance.journeys.model.Condition;
import io.github.careerguidance.journeys.model.ContentItem;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.Operand;
import io.github.careerguidance.journeys.model.Step;
import io.github.careerguidance.journeys.model.StepKind;
import io.github.careerguidance.journeys.model.Transition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The logic linter: what the conditions of a structurally sound journey mean together, by interval and set
 * reasoning over the declared domains ({@link Domains}) and the clients who can be on each step ({@link
 * FlowAnalysis}). Findings:
 * <ul>
 *   <li>{@code journeys.lint.never-holds}: a condition no answer, score or profile in the declared
 *       domains satisfies, wherever the step is;
 *   <li>{@code journeys.lint.never-holds-on-route} : a transition's condition no client reaching the step
 *       satisfies (it contradicts an earlier branch, or names a question not on any route to the step);
 *   <li>{@code journeys.lint.shadowed} : a transition never taken because earlier ones take every client
 *       it would;
 *   <li>{@code journeys.lint.always-holds} : a condition that holds for every client left when it is
 *       tried, so the transitions after it (the default among them) are never taken;
 *   <li>{@code journeys.lint.content-never-shown} : a content item no client reaching its step can see;
 *   <li>{@code journeys.lint.outcome-unreachable} : an outcome the graph reaches only through
 *       contradictory answers;
 *   <li>{@code journeys.lint.empty-information} : an information step whose items all have conditions,
 *       where some client may meet none of them (a client who skipped a question or left a profile field empty).
 * </ul>
 * All are warnings: the engine runs such a design correctly, only some of it is dead. The "never" findings are sound for clients who move forward (the analysis over-approximates who can be where);
 * the "may" finding (empty information) can be a false alarm, because it rests on the same over-approximation.
 */
final class LogicCheck {
    private final Journey journey;
    private final JourneyGraph graph;
    private final Diagnostics.Builder out;
    private final Domains domains;

    LogicCheck(Journey journey, JourneyGraph graph, Map<String, Instrument> scoreInstruments, Diagnostics.Builder out) {
        this.journey = journey;
        this.graph = graph;
        this.out = out;
        this.domains = Domains.of(journey, scoreInstruments);
    }

    private void report(Severity severity, String code, JsonPointer at, Object... args) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            map.put(String.valueOf(args[i]), args[i + 1]);
        }
        out.add(JourneyMessages.diagnostic(severity, code, at, map));
    }

    void run() {
        if (graph.start() < 0) {
            return;
        }
        AbstractState anything = domains.anything();
        FlowAnalysis flow = FlowAnalysis.run(journey, domains);
        int[] fromStart = graph.distances(new int[] {graph.start()}, false, x -> false);
        for (int i = 0; i < graph.size(); i++) {
            Step s = graph.step(i);
            JsonPointer at = JsonPointer.of("steps").append(i);
            for (int c = 0; c < s.content().size(); c++) {
                ContentItem item = s.content().get(c);
                if (item.when().isPresent() && !anything.mayHold(item.when().get())) {
                    report(
                            Severity.WARNING,
                            "journeys.lint.never-holds",
                            at.append("content").append(c).append("when"),
                            "step",
                            s.id(),
                            "condition",
                            item.when().get());
                }
            }
            for (int t = 0; t < s.transitions().size(); t++) {
                Transition tr = s.transitions().get(t);
                if (tr.isDefault()) {
                    break;
                }
                if (!anything.mayHold(tr.when().get())) {
                    report(
                            Severity.WARNING,
                            "journeys.lint.never-holds",
                            at.append("transitions").append(t).append("when"),
                            "step",
                            s.id(),
                            "condition",
                            tr.when().get());
                }
            }
        }
        if (!flow.converged()) {
            report(
                    Severity.INFO,
                    "journeys.lint.gave-up",
                    JsonPointer.root(),
                    "limit",
                    FlowAnalysis.MAX_VISITS_PER_STEP);
            return;
        }
        for (int i = 0; i < graph.size(); i++) {
            Step s = graph.step(i);
            if (graph.indexOf(s.id()) != i || flow.entering(i).isEmpty()) {
                if (s.isOutcome() && graph.indexOf(s.id()) == i && fromStart[i] != JourneyGraph.UNREACHABLE) {
                    report(
                            Severity.WARNING,
                            "journeys.lint.outcome-unreachable",
                            JsonPointer.of("steps").append(i),
                            "step",
                            s.id());
                }
                continue;
            }
            transitions(i, s, flow.deciding(i), anything);
            if (s.kind() == StepKind.INFORMATION) {
                content(i, s, flow.entering(i), anything);
            }
        }
    }

    private void transitions(int i, Step s, AbstractState deciding, AbstractState anything) {
        JsonPointer at = JsonPointer.of("steps").append(i).append("transitions");
        List<Transition> ts = s.transitions();
        AbstractState rest = deciding;
        for (int t = 0; t < ts.size() && !rest.isEmpty(); t++) {
            Transition tr = ts.get(t);
            if (tr.isDefault()) {
                return;
            }
            Condition g = tr.when().get();
            JsonPointer tAt = at.append(t).append("when");
            if (!anything.mayHold(g)) {
                rest = rest.refine(g, false);
                continue; // reported as never-holds
            }
            if (!deciding.mayHold(g)) {
                report(
                        Severity.WARNING,
                        "journeys.lint.never-holds-on-route",
                        tAt,
                        "step",
                        s.id(),
                        "transition",
                        t,
                        "target",
                        tr.target(),
                        "condition",
                        g);
            } else if (!rest.mayHold(g)) {
                report(
                        Severity.WARNING,
                        "journeys.lint.shadowed",
                        tAt,
                        "step",
                        s.id(),
                        "transition",
                        t,
                        "target",
                        tr.target(),
                        "by",
                        shadower(deciding, ts, t, g));
            } else if (t + 1 < ts.size() && rest.refine(g, false).isEmpty()) {
                report(
                        Severity.WARNING,
                        "journeys.lint.always-holds",
                        tAt,
                        "step",
                        s.id(),
                        "transition",
                        t,
                        "target",
                        tr.target(),
                        "after",
                        ts.size() - t - 1);
                return;
            }
            rest = rest.refine(g, false);
        }
    }

    /** The first earlier transition after which, together with those before it, transition t is never taken. */
    private static int shadower(AbstractState deciding, List<Transition> ts, int t, Condition g) {
        AbstractState rest = deciding;
        for (int k = 0; k < t; k++) {
            rest = rest.refine(ts.get(k).when().orElseThrow(), false);
            if (!rest.mayHold(g)) {
                return k;
            }
        }
        return t - 1;
    }

    private void content(int i, Step s, AbstractState entering, AbstractState anything) {
        JsonPointer at = JsonPointer.of("steps").append(i).append("content");
        AbstractState none = entering;
        Set<Operand> involved = new LinkedHashSet<>();
        boolean allConditional = true;
        for (int c = 0; c < s.content().size(); c++) {
            ContentItem item = s.content().get(c);
            if (item.when().isEmpty()) {
                allConditional = false;
                continue;
            }
            Condition w = item.when().get();
            for (Condition cmp : Domains.comparisons(w)) {
                involved.add(cmp.comparison().orElseThrow().operand());
            }
            none = none.refine(w, false);
            if (anything.mayHold(w) && !entering.mayHold(w)) {
                report(
                        Severity.WARNING,
                        "journeys.lint.content-never-shown",
                        at.append(c).append("when"),
                        "step",
                        s.id(),
                        "item",
                        item.id(),
                        "condition",
                        w);
            }
        }
        if (allConditional && !none.isEmpty()) {
            List<String> missing = new ArrayList<>();
            for (Operand o : involved) {
                ValueSet v = none.get(o);
                if (v != null && v.mayBeAbsent()) {
                    missing.add(o.toString());
                }
            }
            report(
                    Severity.WARNING,
                    "journeys.lint.empty-information",
                    at,
                    "step",
                    s.id(),
                    "operands",
                    involved.stream().map(Operand::toString).collect(java.util.stream.Collectors.toList()),
                    "absent",
                    missing.isEmpty() ? "-" : String.join(", ", missing));
        }
    }
}
