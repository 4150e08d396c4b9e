/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.calibration;

import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.Question;
import io.github.careerguidance.journeys.model.QuestionType;
import io.github.careerguidance.journeys.model.Step;
import io.github.careerguidance.journeys.model.StepKind;
import io.github.careerguidance.research.internal.ResearchMessages;
import io.github.careerguidance.research.simulation.AnswerRule;
import io.github.careerguidance.research.simulation.Given;
import io.github.careerguidance.research.simulation.ImmutablePopulationModel;
import io.github.careerguidance.research.simulation.ImmutableProfileMix;
import io.github.careerguidance.research.simulation.Intervals;
import io.github.careerguidance.research.simulation.PopulationModel;
import io.github.careerguidance.research.simulation.ProfileMix;
import io.github.careerguidance.research.simulation.ResponseRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Fits a {@link PopulationModel} to an {@link EventLog} by maximum likelihood under the simulator's own model of a
 * client, so that the simulator can run what visitors really did:
 * <ul>
 *   <li><b>goals</b> and <b>profile</b> bands: the observed shares (sessions without a goal count for their
 *       journey's first goal; a field no session holds is left out);</li>
 *   <li><b>answers</b> per question: the shares of the answers given. Where the data allow, conditional on one
 *       profile field: the field whose values and answers are least independent (Pearson's chi-square test of
 *       independence over the values with at least {@link Builder#minCell(int)} answers, p below
 *       {@link Builder#significance(double)} divided by the number of fields tested, Bonferroni's correction) gets one rule per value with at least {@code minCell} answers, and
 *       every other client falls back to the marginal shares. Conditions on earlier answers are not fitted;
 *       free-text answers are never read; withheld answers (anonymised logs) leave the question to the model's
 *       default;</li>
 *   <li><b>item responses</b> per assessment: the shares of the responses over all items;</li>
 *   <li><b>drop-out</b> per step kind: the simulator's hazard, estimated as the clients who left at a step of the
 *       kind divided by the times a client was at one and left or acted (the per-step hazards are reported beside
 *       it, {@code drop-out-step});</li>
 *   <li><b>contact requests</b>: requests for a person divided by the actions taken (the simulator draws one per
 *       step the client acts on).</li>
 * </ul>
 * Every estimate has a 95 % Wilson interval ({@link FittedParameter}). Channel preferences and the safety-net
 * failure chance are not in logs and keep the model's defaults.
 *
 * <pre>{@code
 * Calibration fit = Calibrator.builder().journeys(List.of(journey)).id("werkzoekenden-2026").build().fit(log);
 * fit.population().ifPresent(p -> Files.writeString(Path.of("population.json"), p.toJson()));
 * }</pre>
 *
 * <p>Thread-safety: immutable.
 *
 * @since 0.1.0
 */
@Beta
public final class Calibrator {
    /** The default {@link Builder#minCell(int)}. */
    public static final int DEFAULT_MIN_CELL = 30;

    /** The default {@link Builder#significance(double)}. */
    public static final double DEFAULT_SIGNIFICANCE = 0.05;

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final List<Journey> journeys;
    private final int minCell;
    private final double significance;
    private final String id;

    private Calibrator(Builder b) {
        this.journeys = List.copyOf(b.journeys);
        this.minCell = b.minCell;
        this.significance = b.significance;
        this.id = b.id;
    }

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Fits a population model to a log.
     *
     * @param log the log, read against the same journeys
     * @return the calibration: the model (absent when the log has no usable session), the estimates with intervals,
     *     the observed metrics and every diagnostic (the log's, the fit's and the model's checks)
     */
    public Calibration fit(EventLog log) {
        Objects.requireNonNull(log, "log");
        Diagnostics.Builder found = Diagnostics.builder().addAll(log.diagnostics());
        List<ObservedSession> sessions = log.sessions();
        LogMetrics observed = LogMetrics.of("observed", id, sessions, journeys);
        if (sessions.isEmpty()) {
            found.add(ResearchMessages.diagnostic(
                    Severity.ERROR, "research.calibration.no-sessions", JsonPointer.root(), Map.of()));
            return new Calibration(null, List.of(), found.build(), observed, journeys, log);
        }
        Map<String, Journey> byId = new LinkedHashMap<>();
        journeys.forEach(j -> byId.putIfAbsent(j.id(), j));
        List<FittedParameter> parameters = new ArrayList<>();
        ImmutablePopulationModel.Builder model = PopulationModel.builder()
                .id(id)
                .note("Fitted by guidance calibration"
                        + " from an event log of " + sessions.size() + " sessions ("
                        + log.format().code() + ", "
                        + log.skippedRows() + " of " + log.rows() + " rows skipped); answers conditional on at most one"
                        + " profile field (min. cell " + minCell + ", p < " + significance
                        + "), drop-out per step kind.");

        // goals and profile
        Map<String, Long> goals = new TreeMap<>();
        Map<String, Map<String, Long>> bands = new LinkedHashMap<>();
        for (ObservedSession s : sessions) {
            Journey j = byId.get(s.journey());
            String goal = s.goal().orElse(j.goals().isEmpty() ? null : j.goals().get(0));
            if (goal != null) {
                goals.merge(goal, 1L, Long::sum);
            }
            for (Map.Entry<String, String> p : s.profile().entrySet()) {
                bands.computeIfAbsent(p.getKey(), k -> new TreeMap<>()).merge(p.getValue(), 1L, Long::sum);
            }
        }
        model.goals(shares(goals, "goal", "", "", parameters));
        ImmutableProfileMix.Builder mix = ProfileMix.builder();
        for (String field : ObservedSession.PROFILE_FIELDS) {
            Map<String, Long> counts = bands.get(field);
            if (counts == null) {
                continue;
            }
            Map<String, Double> s = shares(counts, "profile", field, "", parameters);
            switch (field) {
                case "ageBand":
                    mix.ageBand(s);
                    break;
                case "educationLevel":
                    mix.educationLevel(s);
                    break;
                case "employment":
                    mix.employment(s);
                    break;
                default:
                    mix.region(s);
            }
        }
        model.profile(mix.build());

        // answers, responses, drop-out and contact requests, in one pass over the events
        Map<String, List<Object[]>> answers = new LinkedHashMap<>();
        Map<String, long[]> withheld = new LinkedHashMap<>();
        Map<String, Map<String, Long>> responses = new LinkedHashMap<>();
        Map<String, long[]> byKind = new TreeMap<>();
        Map<String, long[]> byStep = new LinkedHashMap<>();
        long actions = 0;
        long requests = 0;
        int longest = 0;
        for (ObservedSession s : sessions) {
            Journey j = byId.get(s.journey());
            int taken = 0;
            for (ObservedEvent e : s.events()) {
                if (e.step().isEmpty()) {
                    continue;
                }
                Step step = j.step(e.step()).orElseThrow();
                String kind = step.kind().code();
                if (e.type().isAction() || e.type() == LogEvent.DROPPED_OUT) {
                    boolean left = e.type() == LogEvent.DROPPED_OUT;
                    long[] k = byKind.computeIfAbsent(kind, x -> new long[2]);
                    long[] st = byStep.computeIfAbsent(j.id() + "/" + step.id(), x -> new long[2]);
                    k[0] += left ? 1 : 0;
                    k[1]++;
                    st[0] += left ? 1 : 0;
                    st[1]++;
                }
                if (e.type().isAction()) {
                    actions++;
                    taken++;
                }
                if (e.type() == LogEvent.CONTACT_REQUESTED) {
                    requests++;
                }
                if (e.type() == LogEvent.ANSWERED) {
                    String key = questionKey(j, step.id());
                    if (e.answer().isEmpty()) {
                        withheld.computeIfAbsent(key, x -> new long[1])[0]++;
                    } else {
                        answers.computeIfAbsent(key, x -> new ArrayList<>())
                                .add(new Object[] {s.profile(), e.answer(), step});
                    }
                }
                if (e.type() == LogEvent.ASSESSED) {
                    for (int v : e.responses().values()) {
                        responses
                                .computeIfAbsent(
                                        questionKey(j, step.id()),
                                        x -> new TreeMap<>(
                                                (a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b))))
                                .merge(Integer.toString(v), 1L, Long::sum);
                    }
                }
            }
            longest = Math.max(longest, taken);
        }
        for (Map.Entry<String, List<Object[]>> q : answers.entrySet()) {
            fitQuestion(q.getKey(), q.getValue(), model, parameters);
        }
        for (Map.Entry<String, long[]> w : withheld.entrySet()) {
            if (!answers.containsKey(w.getKey())) {
                found.add(ResearchMessages.diagnostic(
                        Severity.WARNING,
                        "research.calibration.answers-withheld",
                        JsonPointer.of("questions", w.getKey()),
                        Map.of("step", w.getKey(), "count", w.getValue()[0])));
            }
        }
        for (Journey j : journeys) {
            for (Step step : j.steps()) {
                if (step.question()
                                .map(q -> q.type() == QuestionType.SHORT_TEXT)
                                .orElse(false)
                        && (answers.containsKey(questionKey(j, step.id()))
                                || withheld.containsKey(questionKey(j, step.id())))) {
                    found.add(ResearchMessages.diagnostic(
                            Severity.INFO,
                            "research.calibration.text-not-fitted",
                            JsonPointer.of("questions", questionKey(j, step.id())),
                            Map.of("step", step.id())));
                }
            }
        }
        for (Map.Entry<String, Map<String, Long>> r : responses.entrySet()) {
            model.putAssessment(
                    r.getKey(),
                    List.of(ResponseRule.builder()
                            .responses(shares(r.getValue(), "response", r.getKey(), "", parameters))
                            .build()));
        }
        for (Map.Entry<String, long[]> k : byKind.entrySet()) {
            if (!k.getKey().equals(StepKind.OUTCOME.code())) {
                model.putDropOut(
                        k.getKey(),
                        rate("drop-out", k.getKey(), "", k.getValue()[0], k.getValue()[1], true, parameters));
            }
        }
        for (Map.Entry<String, long[]> st : byStep.entrySet()) {
            rate("drop-out-step", st.getKey(), "", st.getValue()[0], st.getValue()[1], false, parameters);
        }
        if (actions > 0) {
            model.contactRequest(rate("contact-request", "", "", requests, actions, true, parameters));
        }
        if (longest * 2 > PopulationModel.DEFAULT_MAX_STEPS) {
            model.maxSteps(Math.min(PopulationModel.MAX_MAX_STEPS, longest * 2));
        }
        PopulationModel population = model.build();
        found.addAll(population.check(journeys));
        return new Calibration(population, parameters, found.build(), observed, journeys, log);
    }

    /** The population model key of a question: the step id, or journey/step when several journeys have the id. */
    private String questionKey(Journey journey, String step) {
        int having = 0;
        for (Journey j : journeys) {
            having += j.step(step).isPresent() ? 1 : 0;
        }
        return having > 1 ? journey.id() + "/" + step : step;
    }

    @SuppressWarnings("unchecked")
    private void fitQuestion(
            String key,
            List<Object[]> observations,
            ImmutablePopulationModel.Builder model,
            List<FittedParameter> parameters) {
        Step step = (Step) observations.get(0)[2];
        Question q = step.question().orElseThrow();
        boolean multiple = q.type() == QuestionType.MULTIPLE_CHOICE;
        // the profile field that best explains the answers, if any passes the test (Bonferroni over the fields tested)
        String field = null;
        double best = 1;
        int tested = 0;
        for (String f : ObservedSession.PROFILE_FIELDS) {
            Map<String, Map<String, Long>> table = new TreeMap<>();
            for (Object[] o : observations) {
                String value = ((Map<String, String>) o[0]).get(f);
                if (value != null) {
                    Map<String, Long> row = table.computeIfAbsent(value, x -> new TreeMap<>());
                    for (String a : (List<String>) o[1]) {
                        row.merge(a, 1L, Long::sum);
                    }
                }
            }
            List<Map<String, Long>> rows = new ArrayList<>();
            for (Map.Entry<String, Map<String, Long>> row : table.entrySet()) {
                if (answersWith(observations, f, row.getKey()) >= minCell) {
                    rows.add(row.getValue());
                }
            }
            ChiSquare.Test test = ChiSquare.independence(rows);
            if (test != null) {
                tested++;
                if (test.p < best) {
                    best = test.p;
                    field = f;
                }
            }
        }
        if (tested == 0 || best >= significance / tested) {
            field = null;
        }
        List<AnswerRule> rules = new ArrayList<>();
        if (field != null) {
            Map<String, List<Object[]>> byValue = new TreeMap<>();
            for (Object[] o : observations) {
                String value = ((Map<String, String>) o[0]).get(field);
                if (value != null) {
                    byValue.computeIfAbsent(value, x -> new ArrayList<>()).add(o);
                }
            }
            for (Map.Entry<String, List<Object[]>> v : byValue.entrySet()) {
                if (v.getValue().size() >= minCell) {
                    rules.add(AnswerRule.builder()
                            .when(Given.builder()
                                    .putProfile(field, List.of(v.getKey()))
                                    .build())
                            .answers(answerShares(key, field + "=" + v.getKey(), v.getValue(), multiple, parameters))
                            .build());
                }
            }
        }
        rules.add(AnswerRule.builder()
                .answers(answerShares(key, "", observations, multiple, parameters))
                .build());
        model.putQuestion(key, rules);
    }

    @SuppressWarnings("unchecked")
    private static long answersWith(List<Object[]> observations, String field, String value) {
        long n = 0;
        for (Object[] o : observations) {
            n += value.equals(((Map<String, String>) o[0]).get(field)) ? 1 : 0;
        }
        return n;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Double> answerShares(
            String key,
            String condition,
            List<Object[]> observations,
            boolean multiple,
            List<FittedParameter> parameters) {
        Map<String, Long> counts = new TreeMap<>(Calibrator::byNumberOrText);
        for (Object[] o : observations) {
            for (String a : (List<String>) o[1]) {
                counts.merge(a, 1L, Long::sum);
            }
        }
        if (!multiple) {
            return shares(counts, "answer", key, condition, parameters);
        }
        Map<String, Double> p = new LinkedHashMap<>();
        for (Map.Entry<String, Long> c : counts.entrySet()) {
            p.put(
                    c.getKey(),
                    add(
                            parameters,
                            "answer",
                            key,
                            condition,
                            c.getKey(),
                            c.getValue(),
                            observations.size(),
                            true,
                            round(c.getValue(), observations.size())));
        }
        return p;
    }

    private static int byNumberOrText(String a, String b) {
        try {
            return new BigDecimal(a).compareTo(new BigDecimal(b));
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }

    /** Shares summing to exactly 1 (rounded to 6 decimals, the largest share taking the rounding). */
    private static Map<String, Double> shares(
            Map<String, Long> counts,
            String parameter,
            String key,
            String condition,
            List<FittedParameter> parameters) {
        long n = 0;
        for (long c : counts.values()) {
            n += c;
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        String largest = null;
        double sum = 0;
        for (Map.Entry<String, Long> c : counts.entrySet()) {
            double p = round(c.getValue(), n);
            shares.put(c.getKey(), p);
            sum += p;
            if (largest == null || c.getValue() > counts.get(largest)) {
                largest = c.getKey();
            }
        }
        if (largest != null) {
            shares.put(
                    largest,
                    BigDecimal.valueOf(shares.get(largest))
                            .add(BigDecimal.ONE)
                            .subtract(BigDecimal.valueOf(sum))
                            .setScale(6, RoundingMode.HALF_EVEN)
                            .doubleValue());
        }
        for (Map.Entry<String, Long> c : counts.entrySet()) {
            add(parameters, parameter, key, condition, c.getKey(), c.getValue(), n, true, shares.get(c.getKey()));
        }
        return shares;
    }

    private static double round(long count, long n) {
        return BigDecimal.valueOf(count)
                .divide(BigDecimal.valueOf(n), 6, RoundingMode.HALF_EVEN)
                .doubleValue();
    }

    private static double rate(
            String parameter,
            String key,
            String value,
            long count,
            long n,
            boolean inModel,
            List<FittedParameter> parameters) {
        return add(parameters, parameter, key, "", value, count, n, inModel, round(count, n));
    }

    private static double add(
            List<FittedParameter> parameters,
            String parameter,
            String key,
            String condition,
            String value,
            long count,
            long n,
            boolean inModel,
            double written) {
        Intervals.Interval ci = Intervals.wilson(count, n);
        parameters.add(FittedParameter.builder()
                .parameter(parameter)
                .key(key)
                .condition(condition)
                .value(value)
                .estimate((double) count / n)
                .lower(ci.lower())
                .upper(ci.upper())
                .count(count)
                .n(n)
                .inModel(inModel)
                .build());
        return written;
    }

    @Override
    public String toString() {
        return "Calibrator{" + id + ", journeys=" + journeys.size() + ", minCell=" + minCell + "}";
    }

    /**
     * Builds a {@link Calibrator}. Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final List<Journey> journeys = new ArrayList<>();
        private int minCell = DEFAULT_MIN_CELL;
        private double significance = DEFAULT_SIGNIFICANCE;
        private String id = "calibrated";

        private Builder() {}

        /**
         * The journeys of the design the log comes from (required).
         *
         * @param journeys the journeys
         * @return this builder
         */
        public Builder journeys(Collection<Journey> journeys) {
            this.journeys.addAll(Objects.requireNonNull(journeys, "journeys"));
            return this;
        }

        /**
         * The fewest answers a profile value needs for its own answer rule; values with fewer fall back to the
         * marginal shares.
         *
         * @param minCell at least 1; default {@value Calibrator#DEFAULT_MIN_CELL}
         * @return this builder
         */
        public Builder minCell(int minCell) {
            if (minCell < 1) {
                throw new IllegalArgumentException("minCell must be >= 1 but was " + minCell);
            }
            this.minCell = minCell;
            return this;
        }

        /**
         * The level below which the chi-square test of independence makes answers conditional on a profile field.
         *
         * @param significance above 0 and below 1; default {@value Calibrator#DEFAULT_SIGNIFICANCE}
         * @return this builder
         */
        public Builder significance(double significance) {
            if (!(significance > 0 && significance < 1)) {
                throw new IllegalArgumentException("significance must be above 0 and below 1 but was " + significance);
            }
            this.significance = significance;
            return this;
        }

        /**
         * The id of the fitted population model.
         *
         * @param id a lower-case code; default {@code calibrated}
         * @return this builder
         */
        public Builder id(String id) {
            if (id == null || !ID.matcher(id).matches()) {
                throw new IllegalArgumentException("a population id must be a lower-case code such as "
                        + "'werkzoekenden-2026' but was '" + id + "'");
            }
            this.id = id;
            return this;
        }

        /**
         * The calibrator.
         *
         * @return the calibrator
         * @throws IllegalStateException if no journey was given
         */
        public Calibrator build() {
            if (journeys.isEmpty()) {
                throw new IllegalStateException("a calibrator needs the journeys of the design");
            }
            return new Calibrator(this);
        }
    }
}
