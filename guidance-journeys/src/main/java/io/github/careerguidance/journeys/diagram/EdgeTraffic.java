/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.diagram;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.careerguidance.core.meta.GuidanceStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Traffic over the edges of a journey: how often each (from, to) pair of steps was taken, drawn by {@link
 * JourneyDiagrams} as edge labels and line widths. Pairs that are not listed count 0.
 *
 * <pre>{@code
 * EdgeTraffic traffic = EdgeTraffic.builder()
 *     .addEdges(EdgeCount.of("q-vangnet", "contact-adviseur", 137))
 *     .addEdges(EdgeCount.of("q-vangnet", "gesprek", 863))
 *     .build();
 * // or from nested maps, from -> (to -> count), as a simulation summary may hold them:
 * EdgeTraffic same = EdgeTraffic.of(Map.of("q-vangnet", Map.of("contact-adviseur", 137, "gesprek", 863)));
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableEdgeTraffic.class)
@JsonDeserialize(as = ImmutableEdgeTraffic.class)
public abstract class EdgeTraffic {
    /** Extended only by the generated immutable implementation. */
    EdgeTraffic() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableEdgeTraffic.Builder builder() {
        return ImmutableEdgeTraffic.builder();
    }

    /**
     * Traffic from nested maps: from step id to (to step id to count). The edges are sorted by from and to id,
     * so equal maps give equal values whatever their iteration order.
     *
     * @param counts the counts; each at least 0 and a whole number
     * @return the traffic
     * @throws IllegalArgumentException if a count is negative
     */
    public static EdgeTraffic of(Map<String, ? extends Map<String, ? extends Number>> counts) {
        Objects.requireNonNull(counts, "counts");
        ImmutableEdgeTraffic.Builder builder = builder();
        new TreeMap<>(counts)
                .forEach((from, targets) -> new TreeMap<>(Objects.requireNonNull(targets, "targets of " + from))
                        .forEach((to, count) -> builder.addEdges(EdgeCount.of(
                                from, to, Objects.requireNonNull(count, "count").longValue()))));
        return builder.build();
    }

    /**
     * The counted edges, each (from, to) pair at most once.
     *
     * @return the edges, possibly empty
     */
    public abstract List<EdgeCount> edges();

    /**
     * How often an edge was taken.
     *
     * @param from the id of the step the edge leaves
     * @param to the id of the step it enters
     * @return the count, 0 for an unlisted pair
     */
    public long count(String from, String to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Long count = index().get(from + '\u0000' + to);
        return count == null ? 0 : count;
    }

    /**
     * The highest count of any edge.
     *
     * @return the maximum, 0 when there are no edges
     */
    @JsonIgnore
    public long max() {
        long max = 0;
        for (EdgeCount e : edges()) {
            max = Math.max(max, e.count());
        }
        return max;
    }

    @Value.Lazy
    @JsonIgnore
    Map<String, Long> index() {
        Map<String, Long> index = new HashMap<>();
        for (EdgeCount e : edges()) {
            index.put(e.from() + '\u0000' + e.to(), e.count());
        }
        return index;
    }

    @Value.Check
    protected void check() {
        Map<String, Long> seen = new HashMap<>();
        for (EdgeCount e : edges()) {
            if (seen.put(e.from() + '\u0000' + e.to(), e.count()) != null) {
                throw new IllegalArgumentException(
                        "edge traffic must list each edge once but " + e.from() + " -> " + e.to() + " appears twice");
            }
        }
    }
}
