/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.check;

import io.github.careerguidance.core.competence.CompetenceModels;
import io.github.careerguidance.core.competence.DimensionRef;
import io.github.careerguidance.core.competence.Instrument;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.intake.IntakeCatalogue;
import io.github.careerguidance.core.intake.IntakeGoal;
import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.journeys.internal.JourneyMessages;
import io.github.careerguidance.journeys.model.Journey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks journeys before use and reports what is wrong as core diagnostics with JSON Pointer locations
 * ({@code /steps/3/transitions/0/target}) and Dutch and English messages. Never throws on a bad design.
 *
 * <p>The checks: unique step and content ids; every reference resolves (start, transition targets, the questions,
 * scores and instruments named in conditions and assessments, the competencies of steps); every step is
 * reachable from the start; an outcome is reachable from every step (no traps; cycles only with an exit); every
 * step but an outcome has transitions, ending with a default; outcomes have none; the answers of a choice
 * question without a default are covered; conditions compare type-correct values (a choice code that exists, a
 * number for number and scale questions and scores, a known code for profile fields and the support level);
 * every text has every required locale; and the {@link CheckPolicy} rules: a human touchpoint within N steps of
 * every step, a reflection with a professional on every route to an outcome, and the length of the quickest
 * route. The graph work is iterative, so very large journeys do not exhaust the stack.
 *
 * <p>A journey without structural errors is then linted for its logic ({@code journeys.lint.*}): conditions that
 * never hold over the declared domains, transitions shadowed by earlier ones or never taken by any client reaching
 * their step, conditions that always hold before the default, content items no client reaching their step sees,
 * outcomes reachable only through contradictory answers, and information steps that may show nothing. This is
 * interval and set reasoning over an over-approximation of the clients who can be on each step (see the {@code
 * journeys.analysis} package): the "never" findings are sound for clients who move forward, the "may show nothing"
 * finding can be a false alarm.
 *
 * <pre>{@code
 * JourneyChecker checker = JourneyChecker.ofDefaults();
 * Diagnostics found = checker.check(journey);
 * if (found.hasErrors()) {
 *     found.forEach(d -> System.err.println(d.render(Locale.forLanguageTag("nl"))));
 * }
 * Diagnostics coverage = checker.checkCatalogue(List.of(journey), IntakeCatalogue.builtIn());
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; share them.
 *
 * @since 0.1.0
 */
public final class JourneyChecker {
    private final CheckPolicy policy;
    private final KnownInstruments instruments;

    private JourneyChecker(CheckPolicy policy, KnownInstruments instruments) {
        this.policy = policy;
        this.instruments = instruments;
    }

    /**
     * A checker with the default policy that knows the built-in core instruments.
     *
     * @return the checker
     */
    public static JourneyChecker ofDefaults() {
        return of(CheckPolicy.ofDefaults());
    }

    /**
     * A checker with a policy that knows the built-in core instruments.
     *
     * @param policy the policy
     * @return the checker
     */
    public static JourneyChecker of(CheckPolicy policy) {
        // the built-in instruments are read when a journey first names one, not here (start-up, issue #18)
        return new JourneyChecker(Objects.requireNonNull(policy, "policy"), new KnownInstruments(Map.of()));
    }

    /**
     * A copy that also knows more instruments (such as licensed ones with item texts); a later one with the same
     * code replaces an earlier one.
     *
     * @param more the instruments
     * @return the new checker
     */
    public JourneyChecker withInstruments(Collection<Instrument> more) {
        Map<String, Instrument> known = new LinkedHashMap<>();
        for (Instrument i : more) {
            known.put(Objects.requireNonNull(i, "instrument").code(), i);
        }
        return new JourneyChecker(policy, instruments.with(known));
    }

    /**
     * The policy.
     *
     * @return the policy
     */
    public CheckPolicy policy() {
        return policy;
    }

    /**
     * Checks one journey.
     *
     * @param journey the journey
     * @return the findings, in stable order; empty for a clean journey
     */
    public Diagnostics check(Journey journey) {
        Objects.requireNonNull(journey, "journey");
        Diagnostics.Builder out = Diagnostics.builder();
        JourneyGraph graph = new JourneyGraph(journey);
        StructureCheck structure = new StructureCheck(journey, graph, instruments, out);
        structure.run();
        new PlanCheck(journey, graph, policy, structure::checkCondition, out).run();
        if (!out.build().hasErrors()) {
            new LogicCheck(journey, graph, structure.scoreInstruments(), out).run();
        }
        new PolicyCheck(graph, policy, out).run();
        new LocaleCheck(journey, out).run();
        return out.build();
    }

    /**
     * Checks that a set of journeys serves a catalogue: every intake goal of the catalogue is served by some
     * journey, journey ids are unique, and every goal a journey names is in the catalogue. Does not check the
     * journeys themselves.
     *
     * @param journeys the journeys
     * @param catalogue the intake catalogue
     * @return the findings; locations point into the catalogue ({@code /goals/3}) or into the list of journeys
     *     ({@code /journeys/1/goals/0})
     */
    public Diagnostics checkCatalogue(Collection<Journey> journeys, IntakeCatalogue catalogue) {
        Objects.requireNonNull(journeys, "journeys");
        Objects.requireNonNull(catalogue, "catalogue");
        Diagnostics.Builder out = Diagnostics.builder();
        Set<String> served = new HashSet<>();
        Map<String, Integer> ids = new HashMap<>();
        int index = 0;
        for (Journey journey : journeys) {
            JsonPointer at = JsonPointer.of("journeys").append(index);
            Integer before = ids.putIfAbsent(journey.id(), index);
            if (before != null) {
                out.add(JourneyMessages.diagnostic(
                        Severity.ERROR,
                        "journeys.catalogue.duplicate-journey",
                        at.append("id"),
                        Map.of("journey", journey.id(), "first", before)));
            }
            for (int g = 0; g < journey.goals().size(); g++) {
                String goal = journey.goals().get(g);
                served.add(goal);
                if (catalogue.find(goal).isEmpty()) {
                    out.add(JourneyMessages.diagnostic(
                            Severity.WARNING,
                            "journeys.catalogue.unknown-goal",
                            at.append("goals").append(g),
                            Map.of("journey", journey.id(), "goal", goal, "catalogue", catalogue.id())));
                }
            }
            index++;
        }
        List<IntakeGoal> goals = new ArrayList<>(catalogue.goals());
        for (int g = 0; g < goals.size(); g++) {
            if (!served.contains(goals.get(g).code())) {
                out.add(JourneyMessages.diagnostic(
                        Severity.ERROR,
                        "journeys.catalogue.unserved-goal",
                        JsonPointer.of("goals").append(g),
                        Map.of(
                                "goal",
                                goals.get(g).code(),
                                "label",
                                goals.get(g).label().resolve(LocalizedText.DUTCH))));
            }
        }
        return out.build();
    }

    /**
     * Whether a competence reference names a dimension of a built-in framework.
     *
     * @param ref the reference
     * @return true when known
     */
    static boolean knownCompetency(DimensionRef ref) {
        return CompetenceModels.framework(ref.framework())
                .flatMap(f -> f.dimension(ref.dimension()))
                .isPresent();
    }

    @Override
    public String toString() {
        return "JourneyChecker[" + policy + ", instruments=" + instruments.keySet() + "]";
    }
}
