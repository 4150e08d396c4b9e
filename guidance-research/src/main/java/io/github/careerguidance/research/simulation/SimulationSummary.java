/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.simulation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.meta.GuidanceStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What a {@link Simulator} run found for one design: tidy {@link #metrics()} (each rate with its 95 % Wilson
 * interval), the {@link #funnel()} per journey, transition traffic ({@link #edges()}), the steps- and
 * minutes-to-outcome histograms, escalations per support level and the most frequent paths. A pure value: the
 * same population, design, number of clients and seed give an equal summary whatever the number of threads.
 *
 * <p>Metrics (name, group, key):
 * <ul>
 *   <li>{@code clients}/{@code unrouted}: share of clients no journey served (group {@code goal});
 *   <li>{@code completion}: share of routed clients who reached an outcome; {@code outcome} (journey, step);
 *   <li>{@code drop-out}: overall, and per step (journey, step) as dropped of reached;
 *       {@code step-limit}, {@code rejected} overall;
 *   <li>{@code escalation}: clients escalated at least once to a level (group {@code level}) or for a reason
 *       (group {@code reason}); {@code human-contact} by channel (group {@code channel});
 *   <li>{@code no-human-touchpoint}: no contact step, reflection with a professional or request for a person;
 *   <li>{@code reflection-reach} (journey, step); {@code exposure} per competency (group {@code competency}) and
 *       CASVE phase (group {@code phase}); {@code journey-share} (group {@code journey});
 *   <li>{@code steps-to-outcome}, {@code minutes-to-outcome} (group {@code statistic}, keys {@code mean},
 *       {@code p50}, {@code p90}; minutes only when a journey declares {@code durationMinutes}, steps without
 *       it count 0 minutes); {@code path} (group = journey, key = path) for the top paths.
 * </ul>
 *
 * <p>With a {@link PlanFollowUp} (the weeks after the journey; the behaviour behind these figures is an assumption
 * of the population model, see {@link FollowUpBehaviour}):
 * <ul>
 *   <li>{@code plan}: share of clients who reached an outcome and left with a plan;
 *   <li>{@code plan-action-done}: one-off actions done within the follow-up, of all one-off actions (overall and
 *       group {@code kind}); {@code plan-action-on-time}: done by the week they were due, of those due within the
 *       follow-up. These rates are over actions, not clients: a client's actions are not independent, so their
 *       intervals are narrower than the evidence warrants;
 *   <li>{@code plan-obligation-met}: recurrence periods met, of periods ending within the follow-up (over periods,
 *       the same caveat); {@code plan-obligation-all-met}: clients who met every period, of clients with one;
 *   <li>{@code plan-review-attended}: reviews held, of reviews dated within the follow-up;
 *       {@code plan-first-touchpoint}: clients with a review held, of clients with a plan, and
 *       {@code plan-first-touchpoint-days} (group {@code statistic}: mean, p50, p90) days after acceptance;
 *   <li>{@code plan-behind}: clients behind at some point; {@code plan-follow-up-reflection}: clients called back
 *       for the follow-up reflection within the follow-up, of clients with a plan, and
 *       {@code plan-follow-up-reflection-days} days after acceptance;
 *   <li>with a router: {@code handover} overall (clients handed over, of routed clients) and as shares of all
 *       handovers by {@code reason}, {@code channel}, {@code region} (labour-market region, {@code none} when
 *       unknown), {@code route-level} and {@code contact-point}; {@code callback-no-window} (the point cannot
 *       promise one on the channel); {@code callback-late}: called back after the window, of callbacks (overall and
 *       per {@code contact-point}); {@code callback-wait-days} calendar days from request to callback.
 * </ul>
 *
 * <pre>{@code
 * SimulationSummary s = simulator.run("A", router);
 * Metric completion = s.metric("completion", "", "").orElseThrow();
 * String json = s.toJson();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableSimulationSummary.class)
@JsonDeserialize(as = ImmutableSimulationSummary.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({
    "design",
    "population",
    "seed",
    "clients",
    "journeys",
    "metrics",
    "funnel",
    "edges",
    "stepsToOutcome",
    "minutesToOutcome",
    "escalationsByLevel",
    "paths",
    "pathsExact",
    "otherPaths"
})
public abstract class SimulationSummary {
    /** Extended only by the generated immutable implementation. */
    SimulationSummary() {}

    /**
     * A new builder (simulators build summaries; this is for tools and tests).
     *
     * @return the builder
     */
    public static ImmutableSimulationSummary.Builder builder() {
        return ImmutableSimulationSummary.builder();
    }

    /**
     * The design name given to the run.
     *
     * @return the name
     */
    public abstract String design();

    /**
     * The population model id.
     *
     * @return the id
     */
    public abstract String population();

    /**
     * The seed.
     *
     * @return the seed
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public abstract long seed();

    /**
     * The number of simulated clients.
     *
     * @return the number
     */
    public abstract long clients();

    /**
     * The journeys of the design, as {@code id version}, in routing order.
     *
     * @return the journeys
     */
    public abstract List<String> journeys();

    /**
     * The tidy metrics.
     *
     * @return the metrics
     */
    public abstract List<Metric> metrics();

    /**
     * The funnel: every step of every journey, in the journey's step order.
     *
     * @return the funnel
     */
    public abstract List<FunnelStep> funnel();

    /**
     * Transition traffic, per journey in step order of the source, then target.
     *
     * @return the edges with at least one move
     */
    public abstract List<EdgeCount> edges();

    /**
     * Steps taken by clients who reached an outcome, by number of steps.
     *
     * @return the histogram (bins with a count only)
     */
    public abstract List<HistogramBin> stepsToOutcome();

    /**
     * Declared minutes of the steps taken by clients who reached an outcome.
     *
     * @return the histogram (bins with a count only)
     */
    public abstract List<HistogramBin> minutesToOutcome();

    /**
     * Clients escalated at least once to each support level, by level code.
     *
     * @return the counts, every level present
     */
    public abstract Map<String, Long> escalationsByLevel();

    /**
     * The most frequent paths, most frequent first (ties by path text).
     *
     * @return the top paths
     */
    public abstract List<PathCount> paths();

    /**
     * Whether the path counts are exact: true unless more distinct paths occurred than the simulator's path
     * capacity, in which case paths first seen after the table was full are only counted in
     * {@link #otherPaths()}.
     *
     * @return whether exact
     */
    @Value.Default
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public boolean pathsExact() {
        return true;
    }

    /**
     * Clients whose path was not kept in the path table (0 when {@link #pathsExact()}).
     *
     * @return the count
     */
    @Value.Default
    public long otherPaths() {
        return 0;
    }

    /**
     * One metric row.
     *
     * @param metric the metric name
     * @param group the group ("" for overall)
     * @param key the key ("" for overall)
     * @return the row, if the run produced it
     */
    public Optional<Metric> metric(String metric, String group, String key) {
        Objects.requireNonNull(metric, "metric");
        for (Metric m : metrics()) {
            if (m.metric().equals(metric) && m.group().equals(group) && m.key().equals(key)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /**
     * All rows of a metric.
     *
     * @param metric the metric name
     * @return the rows in summary order
     */
    public List<Metric> metrics(String metric) {
        List<Metric> rows = new ArrayList<>();
        for (Metric m : metrics()) {
            if (m.metric().equals(metric)) {
                rows.add(m);
            }
        }
        return rows;
    }

    /**
     * The summary as pretty-printed JSON (core {@code GuidanceCodec}).
     *
     * @return the JSON text
     */
    public String toJson() {
        return GuidanceCodec.json().write(this);
    }

    /**
     * Reads a summary written by {@link #toJson()}.
     *
     * @param json the JSON text
     * @return the summary, or diagnostics
     */
    public static ReadResult<SimulationSummary> fromJson(String json) {
        return GuidanceCodec.json().read(Objects.requireNonNull(json, "json"), SimulationSummary.class);
    }

    @Override
    public String toString() {
        return "SimulationSummary{" + design() + ", " + population() + ", seed=" + seed() + ", clients=" + clients()
                + ", metrics=" + metrics().size() + "}";
    }
}
