/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.simulation;

import io.github.careerguidance.core.competence.Instrument;
import io.github.careerguidance.core.contact.ContactChannel;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.profile.AgeBand;
import io.github.careerguidance.core.profile.EducationLevel;
import io.github.careerguidance.core.profile.EmploymentSituation;
import io.github.careerguidance.journeys.internal.Codes;
import io.github.careerguidance.journeys.model.Choice;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.Question;
import io.github.careerguidance.journeys.model.QuestionType;
import io.github.careerguidance.journeys.model.Step;
import io.github.careerguidance.journeys.model.StepKind;
import io.github.careerguidance.research.internal.PopulationCodes;
import io.github.careerguidance.research.internal.ResearchMessages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The checks behind {@link PopulationModel#validate()} and {@link PopulationModel#check}. Stateless; package-private
 * beside the model (not in {@code internal}), so that the model does not call into a package that imports it back.
 */
final class PopulationChecks {
    /** How far a distribution's sum may be from 1 (rounding in hand-written files). */
    static final double SUM_TOLERANCE = 1e-6;

    private static final List<String> PROFILE_FIELDS = List.of("ageBand", "educationLevel", "employment", "region");

    private PopulationChecks() {}

    /**
     * Checks a model on its own.
     *
     * @param model the model
     * @return the diagnostics
     */
    static Diagnostics validate(PopulationModel model) {
        Diagnostics.Builder found = Diagnostics.builder();
        if (model.id().length() > Codes.MAX_CODE_LENGTH
                || !Codes.CODE.matcher(model.id()).matches()) {
            found.add(error("research.simulation.bad-id", JsonPointer.of("id"), args("id", model.id())));
        }
        JsonPointer goals = JsonPointer.of("goals");
        if (model.goals().isEmpty()) {
            found.add(error("research.simulation.no-goals", goals, args()));
        }
        for (String goal : model.goals().keySet()) {
            if (!Codes.CODE.matcher(goal).matches()) {
                found.add(error(
                        "research.simulation.unknown-code",
                        goals.append(goal),
                        args(
                                "code",
                                goal,
                                "kind",
                                "intake goal",
                                "allowed",
                                "lower-case codes such as looking-for-work")));
            }
        }
        distribution(found, goals, model.goals(), true);
        ProfileMix mix = model.profile();
        JsonPointer profile = JsonPointer.of("profile");
        codes(found, profile.append("ageBand"), mix.ageBand(), "age band", AgeBand::fromCode);
        codes(
                found,
                profile.append("educationLevel"),
                mix.educationLevel(),
                "education level",
                EducationLevel::fromCode);
        codes(
                found,
                profile.append("employment"),
                mix.employment(),
                "employment situation",
                EmploymentSituation::fromCode);
        codes(found, profile.append("region"), mix.region(), "region", PopulationCodes::region);
        for (Map.Entry<String, List<AnswerRule>> q : model.questions().entrySet()) {
            JsonPointer at = JsonPointer.of("questions", q.getKey());
            rules(found, at, q.getValue().size(), i -> q.getValue().get(i).when());
            for (int i = 0; i < q.getValue().size(); i++) {
                Map<String, Double> answers = q.getValue().get(i).answers();
                JsonPointer a = at.append(i).append("answers");
                if (answers.isEmpty()) {
                    found.add(error("research.simulation.empty-distribution", a, args()));
                }
                distribution(found, a, answers, false);
            }
        }
        for (Map.Entry<String, List<ResponseRule>> q : model.assessments().entrySet()) {
            JsonPointer at = JsonPointer.of("assessments", q.getKey());
            rules(found, at, q.getValue().size(), i -> q.getValue().get(i).when());
            for (int i = 0; i < q.getValue().size(); i++) {
                JsonPointer r = at.append(i).append("responses");
                Map<String, Double> responses = q.getValue().get(i).responses();
                for (String value : responses.keySet()) {
                    if (!value.matches("-?[0-9]{1,9}")) {
                        found.add(error(
                                "research.simulation.unknown-code",
                                r.append(value),
                                args(
                                        "code",
                                        value,
                                        "kind",
                                        "item response",
                                        "allowed",
                                        "whole numbers on the instrument's scale")));
                    }
                }
                if (responses.isEmpty()) {
                    found.add(error("research.simulation.empty-distribution", r, args()));
                }
                distribution(found, r, responses, true);
            }
        }
        for (Map.Entry<String, Double> d : model.dropOut().entrySet()) {
            JsonPointer at = JsonPointer.of("dropOut", d.getKey());
            known(found, at, d.getKey(), "step kind", StepKind::fromCode);
            probability(found, at, d.getValue());
            if (d.getKey().equals(StepKind.OUTCOME.code()) && d.getValue() > 0) {
                found.add(ResearchMessages.diagnostic(
                        Severity.WARNING, "research.simulation.outcome-drop-out", at, args()));
            }
        }
        probability(found, JsonPointer.of("contactRequest"), model.contactRequest());
        probability(found, JsonPointer.of("safetyNetFailure"), model.safetyNetFailure());
        codes(found, JsonPointer.of("channels"), model.channels(), "contact channel", ContactChannel::fromCode);
        model.followUp().ifPresent(f -> followUp(found, JsonPointer.of("followUp"), f));
        if (model.maxSteps() < 1 || model.maxSteps() > PopulationModel.MAX_MAX_STEPS) {
            found.add(error(
                    "research.simulation.max-steps",
                    JsonPointer.of("maxSteps"),
                    args("value", model.maxSteps(), "max", PopulationModel.MAX_MAX_STEPS)));
        }
        return found.build();
    }

    /**
     * Checks a model against the journeys of a design.
     *
     * @param model the model
     * @param journeys the journeys
     * @return the diagnostics
     */
    static Diagnostics check(PopulationModel model, List<Journey> journeys) {
        Diagnostics.Builder found = Diagnostics.builder().addAll(validate(model));
        List<String> ids = new ArrayList<>();
        for (Journey j : journeys) {
            ids.add(j.id());
        }
        for (String goal : model.goals().keySet()) {
            boolean served = false;
            for (Journey j : journeys) {
                served |= j.goals().contains(goal);
            }
            if (!served) {
                found.add(ResearchMessages.diagnostic(
                        Severity.WARNING,
                        "research.simulation.unserved-goal",
                        JsonPointer.of("goals", goal),
                        args("goal", goal, "journeys", ids)));
            }
        }
        for (Map.Entry<String, List<AnswerRule>> q : model.questions().entrySet()) {
            JsonPointer at = JsonPointer.of("questions", q.getKey());
            List<Step> steps = steps(found, at, q.getKey(), journeys, ids, StepKind.QUESTION);
            for (int i = 0; i < q.getValue().size(); i++) {
                AnswerRule rule = q.getValue().get(i);
                JsonPointer a = at.append(i).append("answers");
                for (Step step : steps) {
                    answers(found, a, journeyOf(journeys, step), step, rule.answers());
                }
                JsonPointer w = at.append(i).append("when");
                rule.when().ifPresent(g -> given(found, w, g, journeys, ids));
            }
        }
        for (Map.Entry<String, List<ResponseRule>> q : model.assessments().entrySet()) {
            JsonPointer at = JsonPointer.of("assessments", q.getKey());
            List<Step> steps = steps(found, at, q.getKey(), journeys, ids, StepKind.ASSESSMENT);
            for (int i = 0; i < q.getValue().size(); i++) {
                ResponseRule rule = q.getValue().get(i);
                for (Step step : steps) {
                    Optional<Instrument> instrument = PopulationCodes.instrument(step);
                    if (instrument.isEmpty()) {
                        continue;
                    }
                    for (String value : rule.responses().keySet()) {
                        if (value.matches("-?[0-9]{1,9}")
                                && !instrument.get().responseScale().contains(Integer.parseInt(value))) {
                            found.add(error(
                                    "research.simulation.unknown-answer",
                                    at.append(i).append("responses").append(value),
                                    args(
                                            "journey",
                                            journeyOf(journeys, step),
                                            "step",
                                            step.id(),
                                            "answer",
                                            value,
                                            "reason",
                                            "not on the scale "
                                                    + instrument
                                                            .get()
                                                            .responseScale()
                                                            .min() + "-"
                                                    + instrument
                                                            .get()
                                                            .responseScale()
                                                            .max())));
                        }
                    }
                }
                JsonPointer w = at.append(i).append("when");
                rule.when().ifPresent(g -> given(found, w, g, journeys, ids));
            }
        }
        return found.build();
    }

    private static String journeyOf(List<Journey> journeys, Step step) {
        for (Journey j : journeys) {
            for (Step s : j.steps()) {
                if (s == step) {
                    return j.id();
                }
            }
        }
        return "?";
    }

    /** The steps a key names (plain: in every journey that has it; scoped: in that journey), of the right kind. */
    private static List<Step> steps(
            Diagnostics.Builder found,
            JsonPointer at,
            String key,
            List<Journey> journeys,
            List<String> ids,
            StepKind kind) {
        int slash = key.indexOf('/');
        String journey = slash < 0 ? null : key.substring(0, slash);
        String id = slash < 0 ? key : key.substring(slash + 1);
        List<Step> steps = new ArrayList<>();
        boolean journeyKnown = journey == null;
        for (Journey j : journeys) {
            if (journey != null && !j.id().equals(journey)) {
                continue;
            }
            journeyKnown = true;
            j.step(id).filter(s -> s.kind() == kind).ifPresent(steps::add);
        }
        if (!journeyKnown) {
            found.add(error("research.simulation.unknown-journey", at, args("journey", journey, "journeys", ids)));
        } else if (steps.isEmpty()) {
            // a plain key may name a step another design has (A/B): a warning; a scoped key must exist
            found.add(ResearchMessages.diagnostic(
                    journey == null ? Severity.WARNING : Severity.ERROR,
                    kind == StepKind.QUESTION
                            ? "research.simulation.unknown-question"
                            : "research.simulation.unknown-assessment",
                    at,
                    args("step", id, "journeys", journey == null ? ids : List.of(journey))));
        }
        return steps;
    }

    private static void answers(
            Diagnostics.Builder found, JsonPointer at, String journey, Step step, Map<String, Double> answers) {
        Question q = step.question().orElseThrow();
        for (String answer : answers.keySet()) {
            String reason = null;
            if (q.isChoice()) {
                if (q.choice(answer).isEmpty()) {
                    List<String> offered = new ArrayList<>();
                    for (Choice c : q.choices()) {
                        offered.add(c.code());
                    }
                    reason = "offered: " + offered;
                }
            } else if (q.isNumeric()) {
                BigDecimal number = PopulationCodes.number(answer);
                if (number == null) {
                    reason = "not a number";
                } else if (q.min().map(m -> number.compareTo(m) < 0).orElse(false)
                        || q.max().map(m -> number.compareTo(m) > 0).orElse(false)
                        || (q.type() == QuestionType.SCALE
                                && number.stripTrailingZeros().scale() > 0)) {
                    reason =
                            "allowed: " + q.min().map(BigDecimal::toPlainString).orElse("-inf") + " to "
                                    + q.max().map(BigDecimal::toPlainString).orElse("inf");
                }
            } else if (answer.isBlank() || answer.length() > q.maxLength().orElse(Question.MAX_TEXT_LENGTH)) {
                reason = "a text of 1 to " + q.maxLength().orElse(Question.MAX_TEXT_LENGTH) + " characters";
            }
            if (reason != null) {
                found.add(error(
                        "research.simulation.unknown-answer",
                        at.append(answer),
                        args("journey", journey, "step", step.id(), "answer", answer, "reason", reason)));
            }
        }
        if (q.type() != QuestionType.MULTIPLE_CHOICE) {
            double sum = 0;
            for (double p : answers.values()) {
                sum += p;
            }
            if (!answers.isEmpty() && Math.abs(sum - 1.0) > SUM_TOLERANCE) {
                found.add(error("research.simulation.probability-sum", at, args("sum", sum)));
            }
        }
    }

    private static void given(
            Diagnostics.Builder found, JsonPointer at, Given given, List<Journey> journeys, List<String> ids) {
        for (String question : given.answers().keySet()) {
            boolean known = false;
            for (Journey j : journeys) {
                known |=
                        j.step(question).map(s -> s.kind() == StepKind.QUESTION).orElse(false);
            }
            if (!known) {
                found.add(error(
                        "research.simulation.unknown-question",
                        at.append("answers").append(question),
                        args("step", question, "journeys", ids)));
            }
        }
    }

    private static void rules(
            Diagnostics.Builder found, JsonPointer at, int size, Function<Integer, Optional<Given>> when) {
        if (size == 0) {
            found.add(error("research.simulation.empty-distribution", at, args()));
        }
        for (int i = 0; i < size; i++) {
            Optional<Given> g = when.apply(i);
            if (g.isEmpty() && i < size - 1) {
                found.add(ResearchMessages.diagnostic(
                        Severity.WARNING,
                        "research.simulation.unreachable-rule",
                        at.append(i + 1),
                        args("index", i + 1, "default", i)));
            }
            if (g.isPresent()) {
                JsonPointer p = at.append(i).append("when").append("profile");
                for (Map.Entry<String, List<String>> f : g.get().profile().entrySet()) {
                    if (!PROFILE_FIELDS.contains(f.getKey())) {
                        found.add(error(
                                "research.simulation.unknown-code",
                                p.append(f.getKey()),
                                args("code", f.getKey(), "kind", "profile field", "allowed", PROFILE_FIELDS)));
                        continue;
                    }
                    for (int v = 0; v < f.getValue().size(); v++) {
                        known(
                                found,
                                p.append(f.getKey()).append(v),
                                f.getValue().get(v),
                                f.getKey(),
                                PopulationCodes.parser(f.getKey()));
                    }
                }
            }
        }
    }

    private static void followUp(Diagnostics.Builder found, JsonPointer at, FollowUpBehaviour f) {
        for (Map.Entry<String, Double> h : f.missHazard().entrySet()) {
            JsonPointer hazard = at.append("missHazard").append(h.getKey());
            known(found, hazard, h.getKey(), "action kind", io.github.careerguidance.core.plan.ActionKind::fromCode);
            probability(found, hazard, h.getValue());
        }
        probability(found, at.append("reviewNoShow"), f.reviewNoShow());
        probability(found, at.append("uptake"), f.uptake());
        codes(found, at.append("postcodes"), f.postcodes(), "postcode", PopulationChecks::postcode);
    }

    /** A postcode as the handover router reads it: four digits, optionally two capitals; spaces allowed. */
    private static String postcode(String code) {
        String compact = code.replace(" ", "");
        if (!compact.matches("[1-9][0-9]{3}([A-Z]{2})?")) {
            throw new IllegalArgumentException("a Dutch postcode such as 9711AB or its four digits such as 9711");
        }
        return compact;
    }

    private static void codes(
            Diagnostics.Builder found,
            JsonPointer at,
            Map<String, Double> shares,
            String kind,
            Function<String, ?> parser) {
        for (String code : shares.keySet()) {
            known(found, at.append(code), code, kind, parser);
        }
        distribution(found, at, shares, true);
    }

    private static void known(
            Diagnostics.Builder found, JsonPointer at, String code, String kind, Function<String, ?> parser) {
        try {
            parser.apply(code);
        } catch (IllegalArgumentException e) {
            found.add(error(
                    "research.simulation.unknown-code",
                    at,
                    args("code", code, "kind", kind, "allowed", e.getMessage())));
        }
    }

    private static void distribution(
            Diagnostics.Builder found, JsonPointer at, Map<String, Double> shares, boolean sumsToOne) {
        double sum = 0;
        boolean ranged = true;
        for (Map.Entry<String, Double> e : shares.entrySet()) {
            ranged &= probability(found, at.append(e.getKey()), e.getValue());
            sum += e.getValue();
        }
        if (sumsToOne && ranged && !shares.isEmpty() && Math.abs(sum - 1.0) > SUM_TOLERANCE) {
            found.add(error("research.simulation.probability-sum", at, args("sum", sum)));
        }
    }

    private static boolean probability(Diagnostics.Builder found, JsonPointer at, double p) {
        if (!(p >= 0.0 && p <= 1.0)) {
            found.add(error("research.simulation.probability-range", at, args("value", p)));
            return false;
        }
        return true;
    }

    private static io.github.careerguidance.core.diagnostics.Diagnostic error(
            String code, JsonPointer at, Map<String, ?> args) {
        return ResearchMessages.diagnostic(Severity.ERROR, code, at, args);
    }

    static Map<String, Object> args(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
