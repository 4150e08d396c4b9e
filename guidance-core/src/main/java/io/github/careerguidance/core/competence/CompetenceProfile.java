/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.competence;

import io.github.careerguidance.core.meta.GuidanceStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The scores of one client on one instrument: per dimension and, where the instrument defines one, in total.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableCompetenceProfile.class)
@JsonDeserialize(as = ImmutableCompetenceProfile.class)
public abstract class CompetenceProfile {
    /** Extended only by the generated immutable implementation. */
    CompetenceProfile() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableCompetenceProfile.Builder builder() {
        return ImmutableCompetenceProfile.builder();
    }

    /**
     * The code of the instrument that produced the scores, such as {@code caas-24}.
     *
     * @return the instrument code
     */
    public abstract String instrument();

    /**
     * The version of the instrument definition.
     *
     * @return the version
     */
    public abstract String instrumentVersion();

    /**
     * The code of the framework the dimensions belong to, such as {@code caas}.
     *
     * @return the framework code
     */
    public abstract String framework();

    /**
     * Scores per dimension code. A dimension that could not be scored under the missing-item policy is absent.
     *
     * @return an unmodifiable map
     */
    public abstract Map<String, DimensionScore> dimensions();

    /**
     * The total over all items, when the instrument scores a total and it could be computed.
     *
     * @return the total
     */
    public abstract Optional<DimensionScore> total();

    /**
     * The score of one dimension.
     *
     * @param dimension the dimension code
     * @return the score, or empty when the dimension is unknown or could not be scored
     */
    public Optional<DimensionScore> dimension(String dimension) {
        return Optional.ofNullable(dimensions().get(dimension));
    }
}
