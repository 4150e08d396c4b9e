/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.simulation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.meta.GuidanceStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An A/B comparison of two designs simulated on the same population and seed: for every metric both have, the
 * difference B minus A with a 95 % interval. Rates use Newcombe's hybrid score interval (method 10 of
 * R. G. Newcombe, "Interval estimation for the difference between independent proportions: comparison of eleven
 * methods", Statistics in Medicine 17:873-890, 1998), built from the two Wilson intervals; means the
 * large-sample unequal-variance normal interval; percentiles get no interval.
 *
 * <p>Both designs see the same simulated clients (common random numbers), so the two samples are positively
 * correlated rather than independent; the intervals, which assume independence, are then conservative (wider than
 * needed) for most metrics.
 *
 * <pre>{@code
 * DesignComparison ab = DesignComparison.of(simulator.run("A", a), simulator.run("B", b));
 * ab.difference("completion", "", "").ifPresent(d -> System.out.println(d.difference() + " " + d.lower()));
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableDesignComparison.class)
@JsonDeserialize(as = ImmutableDesignComparison.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"a", "b", "differences"})
public abstract class DesignComparison {
    /** Extended only by the generated immutable implementation. */
    DesignComparison() {}

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static ImmutableDesignComparison.Builder builder() {
        return ImmutableDesignComparison.builder();
    }

    /**
     * Compares two summaries, metric by metric in A's order (metrics only one design has are left out).
     *
     * @param a design A
     * @param b design B
     * @return the comparison
     */
    public static DesignComparison of(SimulationSummary a, SimulationSummary b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Map<List<String>, Metric> inB = new HashMap<>();
        for (Metric m : b.metrics()) {
            inB.put(List.of(m.metric(), m.group(), m.key()), m);
        }
        ImmutableDesignComparison.Builder c = builder().a(a).b(b);
        for (Metric ma : a.metrics()) {
            Metric mb = inB.get(List.of(ma.metric(), ma.group(), ma.key()));
            if (mb == null) {
                continue;
            }
            ImmutableMetricDifference.Builder d = MetricDifference.builder()
                    .metric(ma.metric())
                    .group(ma.group())
                    .key(ma.key())
                    .a(ma.estimate())
                    .b(mb.estimate())
                    .difference(mb.estimate() - ma.estimate());
            if (ma.count().isPresent() && mb.count().isPresent()) {
                Intervals.Interval ci =
                        Intervals.newcombe(mb.count().get(), mb.n(), ma.count().get(), ma.n());
                d.lower(ci.lower()).upper(ci.upper()).method("newcombe-hybrid-score");
            } else if (ma.sd().isPresent() && mb.sd().isPresent()) {
                Intervals.Interval ci = Intervals.meanDifference(
                        mb.estimate(),
                        mb.sd().get(),
                        mb.n(),
                        ma.estimate(),
                        ma.sd().get(),
                        ma.n());
                d.lower(ci.lower()).upper(ci.upper()).method("normal-unequal-variance");
            } else {
                d.method("none");
            }
            c.addDifference(d.build());
        }
        return c.build();
    }

    /** @return design A's summary */
    public abstract SimulationSummary a();

    /** @return design B's summary */
    public abstract SimulationSummary b();

    /** @return the differences, in A's metric order */
    public abstract List<MetricDifference> differences();

    /**
     * One difference.
     *
     * @param metric the metric
     * @param group the group
     * @param key the key
     * @return the difference, if both designs have the metric
     */
    public Optional<MetricDifference> difference(String metric, String group, String key) {
        for (MetricDifference d : differences()) {
            if (d.metric().equals(metric) && d.group().equals(group) && d.key().equals(key)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /**
     * The comparison as pretty-printed JSON.
     *
     * @return the JSON text
     */
    public String toJson() {
        return GuidanceCodec.json().write(this);
    }
}
