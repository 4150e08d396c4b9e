/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.journeys.internal.Codes;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A score stored by an assessment step: which instrument, which dimension, which statistic.
 *
 * <p>{@code instrument} is the key the assessment stored its scores under (its {@link Assessment#scoreKey()},
 * by default the instrument code). Without a dimension the reference is to the instrument's total. In YAML:
 * {@code score: {instrument: caas-24, dimension: concern}}.
 *
 * <pre>{@code
 * ScoreRef concern = ScoreRef.of("caas-24", "concern");
 * ScoreRef total = ScoreRef.total("caas-24");
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableScoreRef.class)
@JsonDeserialize(as = ImmutableScoreRef.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"instrument", "dimension", "statistic"})
public abstract class ScoreRef {
    /** Extended only by the generated immutable implementation. */
    ScoreRef() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableScoreRef.Builder builder() {
        return ImmutableScoreRef.builder();
    }

    /**
     * The mean of a dimension.
     *
     * @param instrument the instrument (score key) code
     * @param dimension the dimension code
     * @return the reference
     */
    public static ScoreRef of(String instrument, String dimension) {
        return builder().instrument(instrument).dimension(dimension).build();
    }

    /**
     * The mean of the instrument's total.
     *
     * @param instrument the instrument (score key) code
     * @return the reference
     */
    public static ScoreRef total(String instrument) {
        return builder().instrument(instrument).build();
    }

    /**
     * The instrument code (the key the scores are stored under).
     *
     * @return a code such as {@code caas-24}
     */
    public abstract String instrument();

    /**
     * The dimension code.
     *
     * @return the dimension, or empty for the instrument's total
     */
    public abstract Optional<String> dimension();

    /**
     * Which statistic is compared.
     *
     * @return the statistic; {@link ScoreStatistic#MEAN} unless given
     */
    @Value.Default
    public ScoreStatistic statistic() {
        return ScoreStatistic.MEAN;
    }

    @Value.Check
    protected void check() {
        Codes.requireCode("score instrument", instrument());
        dimension().ifPresent(d -> Codes.requireCode("score dimension", d));
    }

    /**
     * A short rendering: {@code caas-24/concern (mean)}.
     *
     * @return the rendering
     */
    @Override
    public String toString() {
        return instrument() + "/" + dimension().orElse("total") + " ("
                + statistic().code() + ")";
    }
}
