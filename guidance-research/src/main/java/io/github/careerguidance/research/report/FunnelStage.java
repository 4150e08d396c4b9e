/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One bar of a drop-out funnel: how many clients reached a step and how many of them stopped there.
 *
 * <pre>{@code
 * List<FunnelStage> stages = FunnelStage.forJourney(journey, reachedByStepId, droppedByStepId, Locale.ENGLISH);
 * Plot funnel = Plots.funnel(stages, PlotOptions.ofDefaults());
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableFunnelStage.class)
@JsonDeserialize(as = ImmutableFunnelStage.class)
@JsonPropertyOrder({"label", "reached", "dropped"})
public abstract class FunnelStage {
    /** Extended only by the generated immutable implementation. */
    FunnelStage() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableFunnelStage.Builder builder() {
        return ImmutableFunnelStage.builder();
    }

    /**
     * A stage.
     *
     * @param label the label on the axis, such as a step title
     * @param reached how many clients reached the step, at least 0
     * @param dropped how many of them stopped there, from 0 to {@code reached}
     * @return the stage
     * @throws IllegalArgumentException if a count is out of range or the label is blank
     */
    public static FunnelStage of(String label, long reached, long dropped) {
        return builder().label(label).reached(reached).dropped(dropped).build();
    }

    /**
     * The stages of a journey in authoring order, labelled with the step titles in a language; steps that no
     * client reached are left out.
     *
     * @param journey the journey
     * @param reached clients that reached each step, by step id; a missing step counts 0
     * @param dropped clients that stopped at each step, by step id; a missing step counts 0
     * @param language the language of the labels
     * @return the stages, possibly empty
     * @throws IllegalArgumentException if a step has more drop-outs than clients that reached it
     */
    public static List<FunnelStage> forJourney(
            Journey journey,
            Map<String, ? extends Number> reached,
            Map<String, ? extends Number> dropped,
            Locale language) {
        Objects.requireNonNull(journey, "journey");
        Objects.requireNonNull(reached, "reached");
        Objects.requireNonNull(dropped, "dropped");
        Objects.requireNonNull(language, "language");
        List<FunnelStage> stages = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Step step : journey.steps()) {
            if (!seen.add(step.id())) {
                continue;
            }
            Number r = reached.get(step.id());
            if (r == null || r.longValue() == 0) {
                continue;
            }
            Number d = dropped.get(step.id());
            stages.add(of(step.title().resolve(language), r.longValue(), d == null ? 0 : d.longValue()));
        }
        return List.copyOf(stages);
    }

    /**
     * The label on the axis.
     *
     * @return the label
     */
    public abstract String label();

    /**
     * How many clients reached the step.
     *
     * @return the count, at least 0
     */
    public abstract long reached();

    /**
     * How many of them stopped at the step (dropped out).
     *
     * @return the count, from 0 to {@link #reached()}
     */
    public abstract long dropped();

    /**
     * How many went on: {@code reached - dropped}.
     *
     * @return the count
     */
    public long continued() {
        return reached() - dropped();
    }

    @Value.Check
    protected void check() {
        if (label().isBlank()) {
            throw new IllegalArgumentException("funnel stage label must not be blank");
        }
        if (reached() < 0) {
            throw new IllegalArgumentException(
                    "funnel stage '" + label() + "' reached must be at least 0 but was " + reached());
        }
        if (dropped() < 0 || dropped() > reached()) {
            throw new IllegalArgumentException("funnel stage '" + label() + "' dropped must be from 0 to reached ("
                    + reached() + ") but was " + dropped());
        }
    }
}
