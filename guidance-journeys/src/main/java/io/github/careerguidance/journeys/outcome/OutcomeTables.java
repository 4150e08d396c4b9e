/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.outcome;

import io.github.careerguidance.core.competence.CompetenceModels;
import io.github.careerguidance.core.competence.Instrument;
import io.github.careerguidance.core.competence.Item;
import io.github.careerguidance.core.profile.AgeBand;
import io.github.careerguidance.core.profile.ClientProfile;
import io.github.careerguidance.core.profile.EducationLevel;
import io.github.careerguidance.core.profile.EmploymentSituation;
import io.github.careerguidance.core.profile.ImmutableClientProfile;
import io.github.careerguidance.journeys.analysis.AnswerClass;
import io.github.careerguidance.journeys.analysis.AnswerClasses;
import io.github.careerguidance.journeys.analysis.Domains;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.engine.Session;
import io.github.careerguidance.journeys.engine.SessionResult;
import io.github.careerguidance.journeys.engine.StepView;
import io.github.careerguidance.journeys.model.ContentItem;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.Operand;
import io.github.careerguidance.journeys.model.OperandKind;
import io.github.careerguidance.journeys.model.ProfileField;
import io.github.careerguidance.journeys.model.Step;
import io.github.careerguidance.journeys.model.StepKind;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Derives the {@link OutcomeTable} of a journey by running its engine over representative clients.
 *
 * <p>The factors: the profile fields the conditions compare (each code named, plus "(none)"), every question
 * (its {@link AnswerClasses}) and every assessment (each point of the response scale, given to all items). With
 * full coverage every route is explored depth first, branching at each question and assessment over its classes,
 * for every combination of profile classes; when that exceeds the bound (default {@value #DEFAULT_BOUND} runs), a
 * greedy pairwise covering array of scripted clients is run instead (every pair of classes of two factors appears
 * in some client; a question on a loop gets the same class on each visit). Runs stop after {@value #MAX_MOVES}
 * moves (a loop) and are then shown as unfinished.
 *
 * <pre>{@code
 * OutcomeTable table = OutcomeTables.derive(JourneyEngine.compile(journey));
 * System.out.println(table.toMarkdown());
 * }</pre>
 *
 * @since 0.9.0
 */
public final class OutcomeTables {
    /** The default most runs of a full enumeration. */
    public static final int DEFAULT_BOUND = 2000;

    /** The most moves of one run. */
    public static final int MAX_MOVES = 200;

    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");

    private final JourneyEngine engine;
    private final Journey journey;
    private final List<String> factors = new ArrayList<>();
    private final Map<String, List<AnswerClass>> answerClasses = new LinkedHashMap<>();
    private final Map<String, List<String>> profileClasses = new LinkedHashMap<>();
    private final Map<String, List<Integer>> assessmentClasses = new LinkedHashMap<>();
    /** Every session a run was in before a move, for {@link #sessions}. */
    private final List<Session> visited = new ArrayList<>();

    private OutcomeTables(JourneyEngine engine) {
        this.engine = engine;
        this.journey = engine.journey();
        for (Operand o : Domains.operands(journey)) {
            if (o.kind() == OperandKind.PROFILE) {
                profileClasses.put("profile " + o.profile().orElseThrow().code(), new ArrayList<>());
            }
        }
        collectProfileCodes();
        factors.addAll(profileClasses.keySet());
        Set<String> seen = new LinkedHashSet<>();
        for (Step s : journey.steps()) {
            if (!seen.add(s.id())) {
                continue;
            }
            if (s.question().isPresent()) {
                answerClasses.put(s.id(), AnswerClasses.of(journey, s.id()));
                factors.add(s.id());
            } else if (s.assessment().isPresent()) {
                assessmentClasses.put(s.id(), points(s));
                factors.add(s.id());
            }
        }
    }

    /**
     * The table with the default bound.
     *
     * @param engine the engine of the journey
     * @return the table
     */
    public static OutcomeTable derive(JourneyEngine engine) {
        return derive(engine, DEFAULT_BOUND);
    }

    /**
     * The table.
     *
     * @param engine the engine of the journey
     * @param bound the most runs of a full enumeration, from 1
     * @return the table
     */
    public static OutcomeTable derive(JourneyEngine engine, int bound) {
        Objects.requireNonNull(engine, "engine");
        if (bound < 1) {
            throw new IllegalArgumentException("bound must be at least 1 but was " + bound);
        }
        return new OutcomeTables(engine).table(bound);
    }

    /**
     * The sessions the representative clients of the table pass through, paused before each move (the start
     * included, outcomes left out): a sample of the sessions a portal may have stored, for checking whether they
     * resume on another version.
     *
     * @param engine the engine of the journey
     * @param bound the most runs of a full enumeration, from 1
     * @return the sessions, in run order
     */
    public static List<Session> sessions(JourneyEngine engine, int bound) {
        Objects.requireNonNull(engine, "engine");
        if (bound < 1) {
            throw new IllegalArgumentException("bound must be at least 1 but was " + bound);
        }
        OutcomeTables tables = new OutcomeTables(engine);
        tables.table(bound);
        return List.copyOf(tables.visited);
    }

    private void collectProfileCodes() {
        for (Step s : journey.steps()) {
            List<io.github.careerguidance.journeys.model.Condition> conditions = new ArrayList<>();
            s.content().forEach(c -> c.when().ifPresent(conditions::add));
            s.transitions().forEach(t -> t.when().ifPresent(conditions::add));
            for (io.github.careerguidance.journeys.model.Condition root : conditions) {
                for (io.github.careerguidance.journeys.model.Condition c : Domains.comparisons(root)) {
                    c.comparison()
                            .orElseThrow()
                            .profile()
                            .ifPresent(field -> c.comparison()
                                    .orElseThrow()
                                    .allValues()
                                    .forEach(v -> {
                                        List<String> codes = profileClasses.get("profile " + field.code());
                                        if (valid(field, v.asText()) && !codes.contains(v.asText())) {
                                            codes.add(v.asText());
                                        }
                                    }));
                }
            }
        }
        profileClasses.values().forEach(codes -> codes.add("(none)"));
    }

    private static boolean valid(ProfileField field, String code) {
        try {
            switch (field) {
                case AGE_BAND:
                    AgeBand.fromCode(code);
                    return true;
                case EDUCATION_LEVEL:
                    EducationLevel.fromCode(code);
                    return true;
                case EMPLOYMENT:
                    EmploymentSituation.fromCode(code);
                    return true;
                case GOAL:
                    return true;
                default:
                    return false;
            }
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static List<Integer> points(Step s) {
        Instrument instrument = s.assessment().get().inline().orElse(null);
        if (instrument == null) {
            for (Instrument i : CompetenceModels.instruments()) {
                if (i.code().equals(s.assessment().get().instrument())) {
                    instrument = i;
                }
            }
        }
        List<Integer> out = new ArrayList<>();
        if (instrument != null) {
            for (int p = instrument.responseScale().min();
                    p <= instrument.responseScale().max();
                    p++) {
                out.add(p);
            }
        }
        return out;
    }

    private int classCount(String factor) {
        if (profileClasses.containsKey(factor)) {
            return profileClasses.get(factor).size();
        }
        if (answerClasses.containsKey(factor)) {
            return Math.max(1, answerClasses.get(factor).size());
        }
        return Math.max(1, assessmentClasses.get(factor).size());
    }

    private String label(String factor, int c) {
        if (profileClasses.containsKey(factor)) {
            return profileClasses.get(factor).get(c);
        }
        if (answerClasses.containsKey(factor)) {
            List<AnswerClass> classes = answerClasses.get(factor);
            return classes.isEmpty() ? "-" : classes.get(c).label();
        }
        List<Integer> points = assessmentClasses.get(factor);
        return points.isEmpty() ? "-" : "all items " + points.get(c);
    }

    private OutcomeTable table(int bound) {
        Map<String, List<String>> labels = new LinkedHashMap<>();
        for (String f : factors) {
            List<String> ls = new ArrayList<>();
            for (int c = 0; c < classCount(f); c++) {
                ls.add(label(f, c));
            }
            labels.put(f, ls);
        }
        List<OutcomeRow> rows = full(bound);
        Coverage coverage = Coverage.FULL;
        if (rows == null) {
            visited.clear();
            rows = pairwise();
            coverage = Coverage.PAIRWISE;
        }
        return OutcomeTable.builder()
                .journey(journey.id())
                .version(journey.version())
                .factors(factors)
                .classes(labels)
                .coverage(coverage)
                .bound(bound)
                .rows(rows)
                .build();
    }

    /** A run in progress. */
    private static final class Run {
        Session session;
        final Map<String, String> classes = new LinkedHashMap<>();
        final Map<String, List<String>> content = new LinkedHashMap<>();
        int moves;

        /** Applies an engine result; false when the engine rejected the input (the run ends there). */
        boolean apply(SessionResult result, String factor, String label) {
            moves++;
            if (!result.isAccepted()) {
                return false;
            }
            session = result.session();
            if (factor != null) {
                classes.merge(factor, label, (a, b) -> a + " / " + b);
            }
            return true;
        }

        Run copy() {
            Run r = new Run();
            r.session = session;
            r.classes.putAll(classes);
            content.forEach((k, v) -> r.content.put(k, v));
            r.moves = moves;
            return r;
        }
    }

    private List<String> profileFactors() {
        return new ArrayList<>(profileClasses.keySet());
    }

    private ClientProfile profile(Map<String, Integer> chosen) {
        ImmutableClientProfile.Builder b = ClientProfile.builder();
        chosen.forEach((factor, c) -> {
            String code = profileClasses.get(factor).get(c);
            if (code.equals("(none)")) {
                return;
            }
            switch (ProfileField.fromCode(factor.substring("profile ".length()))) {
                case AGE_BAND:
                    b.ageBand(AgeBand.fromCode(code));
                    break;
                case EDUCATION_LEVEL:
                    b.educationLevel(EducationLevel.fromCode(code));
                    break;
                case EMPLOYMENT:
                    b.employment(EmploymentSituation.fromCode(code));
                    break;
                default:
                    b.goal(code);
            }
        });
        return b.build();
    }

    /** Depth-first over every route; null when the bound is exceeded. */
    private List<OutcomeRow> full(int bound) {
        List<String> pf = profileFactors();
        List<OutcomeRow> rows = new ArrayList<>();
        int[] counter = new int[pf.size()];
        while (true) {
            Map<String, Integer> chosen = new LinkedHashMap<>();
            Run start = new Run();
            for (int i = 0; i < pf.size(); i++) {
                chosen.put(pf.get(i), counter[i]);
                start.classes.put(pf.get(i), profileClasses.get(pf.get(i)).get(counter[i]));
            }
            start.session = engine.start(profile(chosen));
            ArrayDeque<Run> stack = new ArrayDeque<>();
            stack.push(start);
            while (!stack.isEmpty()) {
                Run run = stack.pop();
                List<Run> next = step(run, null);
                if (next == null) {
                    rows.add(row(run));
                    if (rows.size() > bound) {
                        return null;
                    }
                } else {
                    for (int i = next.size() - 1; i >= 0; i--) {
                        stack.push(next.get(i));
                    }
                    if (rows.size() + stack.size() > bound) {
                        return null;
                    }
                }
            }
            int i = pf.size() - 1;
            while (i >= 0 && ++counter[i] == profileClasses.get(pf.get(i)).size()) {
                counter[i] = 0;
                i--;
            }
            if (i < 0) {
                return rows;
            }
        }
    }

    /**
     * One move of a run: the runs it branches into, or null when it ended (an outcome, a rejected input, the move
     * bound). With a script, the script's class is taken instead of branching.
     */
    private List<Run> step(Run run, Map<String, Integer> script) {
        Session s = run.session;
        if (s.completed() || run.moves >= MAX_MOVES) {
            return null;
        }
        visited.add(s);
        String id = s.step();
        Step step = journey.step(id).orElseThrow();
        StepView view = engine.view(s, NOW);
        List<Run> out = new ArrayList<>();
        if (step.kind() == StepKind.QUESTION) {
            List<AnswerClass> classes = answerClasses.getOrDefault(id, List.of());
            for (int c = 0; c < classes.size(); c++) {
                if (script != null && c != script.getOrDefault(id, 0)) {
                    continue;
                }
                Run r = run.copy();
                if (r.apply(
                        engine.answer(s, id, classes.get(c).answer()),
                        id,
                        classes.get(c).label())) {
                    out.add(r);
                }
            }
        } else if (step.kind() == StepKind.ASSESSMENT) {
            List<Integer> points = assessmentClasses.getOrDefault(id, List.of());
            for (int c = 0; c < points.size() && view.instrument().isPresent(); c++) {
                if (script != null && c != script.getOrDefault(id, 0)) {
                    continue;
                }
                Map<String, Integer> responses = new TreeMap<>();
                for (Item item : view.instrument().get().items()) {
                    responses.put(item.id(), points.get(c));
                }
                Run r = run.copy();
                if (r.apply(engine.assess(s, id, responses), id, "all items " + points.get(c))) {
                    out.add(r);
                }
            }
        } else {
            Run r = run.copy();
            if (step.kind() == StepKind.INFORMATION) {
                List<String> shown = new ArrayList<>();
                for (ContentItem item : view.content()) {
                    shown.add(item.id());
                }
                r.content.remove(id);
                r.content.put(id, List.copyOf(shown));
            }
            if (r.apply(engine.proceed(s, id), null, null)) {
                out.add(r);
            }
        }
        return out.isEmpty() ? null : out;
    }

    private OutcomeRow row(Run run) {
        Session s = run.session;
        List<String> path = new ArrayList<>(s.path());
        path.add(s.step());
        Map<String, String> classes = new LinkedHashMap<>();
        for (String f : factors) {
            if (run.classes.containsKey(f)) {
                classes.put(f, run.classes.get(f));
            }
        }
        return OutcomeRow.builder()
                .classes(classes)
                .path(path)
                .outcome(s.completed() ? java.util.Optional.of(s.step()) : java.util.Optional.empty())
                .content(run.content)
                .build();
    }

    /** Greedy pairwise covering array over all factors, each row run as a script. */
    private List<OutcomeRow> pairwise() {
        int n = factors.size();
        int[] k = new int[n];
        int width = 1;
        for (int f = 0; f < n; f++) {
            k[f] = classCount(factors.get(f));
            width = Math.max(width, k[f]);
        }
        long w = width;
        Set<Long> uncovered = new TreeSet<>();
        for (int f = 0; f < n; f++) {
            for (int g = f + 1; g < n; g++) {
                for (int a = 0; a < k[f]; a++) {
                    for (int b = 0; b < k[g]; b++) {
                        uncovered.add(((f * w + a) * n * w) + g * w + b);
                    }
                }
            }
        }
        List<int[]> script = new ArrayList<>();
        while (!uncovered.isEmpty()) {
            long first = uncovered.iterator().next();
            int[] row = new int[n];
            java.util.Arrays.fill(row, -1);
            long left = first / (n * w);
            long right = first % (n * w);
            row[(int) (left / w)] = (int) (left % w);
            row[(int) (right / w)] = (int) (right % w);
            for (int f = 0; f < n; f++) {
                if (row[f] >= 0) {
                    continue;
                }
                int best = 0;
                int bestGain = -1;
                for (int c = 0; c < k[f]; c++) {
                    int gain = 0;
                    for (int g = 0; g < n; g++) {
                        if (g != f && row[g] >= 0 && uncovered.contains(key(f, c, g, row[g], n, w))) {
                            gain++;
                        }
                    }
                    if (gain > bestGain) {
                        bestGain = gain;
                        best = c;
                    }
                }
                row[f] = best;
            }
            for (int f = 0; f < n; f++) {
                for (int g = f + 1; g < n; g++) {
                    uncovered.remove(key(f, row[f], g, row[g], n, w));
                }
            }
            script.add(row);
        }
        if (script.isEmpty()) {
            int[] row = new int[n];
            for (int c = 0; n == 1 && c < k[0]; c++) {
                script.add(new int[] {c});
            }
            if (script.isEmpty()) {
                script.add(row);
            }
        }
        List<OutcomeRow> rows = new ArrayList<>();
        List<String> pf = profileFactors();
        for (int[] row : script) {
            Map<String, Integer> chosen = new LinkedHashMap<>();
            Map<String, Integer> answers = new LinkedHashMap<>();
            Run run = new Run();
            for (int f = 0; f < n; f++) {
                if (pf.contains(factors.get(f))) {
                    chosen.put(factors.get(f), row[f]);
                    run.classes.put(factors.get(f), label(factors.get(f), row[f]));
                } else {
                    answers.put(factors.get(f), row[f]);
                }
            }
            run.session = engine.start(profile(chosen));
            while (true) {
                List<Run> next = step(run, answers);
                if (next == null) {
                    break;
                }
                run = next.get(0);
            }
            rows.add(row(run));
        }
        return rows;
    }

    private static long key(int f, int a, int g, int b, int n, long w) {
        return f < g ? ((f * w + a) * n * w) + g * w + b : ((g * w + b) * n * w) + f * w + a;
    }
}
