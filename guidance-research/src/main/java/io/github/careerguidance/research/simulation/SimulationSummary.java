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
@JsonPropertyOrder({"design", "population", "seed", "clients", "journeys", "metrics", "funnel", "edges",
    "stepsToOutcome", "minutesToOutcome", "escalationsByLevel", "paths", "pathsExact", "otherPaths"})
public abstract class SimulationSummary {
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
