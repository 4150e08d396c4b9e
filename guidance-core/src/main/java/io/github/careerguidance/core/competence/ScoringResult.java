/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.competence;

import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.meta.GuidanceStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The outcome of {@link Instrument#score(java.util.Map)}: the profile, when anything could be scored, and the
 * findings about the responses either way.
 *
 * <pre>{@code
 * ScoringResult result = instrument.score(responses);
 * result.profile().flatMap(p -> p.dimension("concern")).map(DimensionScore::mean);
 * result.diagnostics().atLeast(Severity.WARNING).forEach(System.out::println);
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableScoringResult.class)
@JsonDeserialize(as = ImmutableScoringResult.class)
public abstract class ScoringResult {
    /** Extended only by the generated immutable implementation. */
    ScoringResult() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableScoringResult.Builder builder() {
        return ImmutableScoringResult.builder();
    }

    /**
     * The scores.
     *
     * @return the profile, or empty when neither a dimension nor the total could be scored
     */
    public abstract Optional<CompetenceProfile> profile();

    /**
     * The findings: responses off the scale, unknown items, dimensions not scored or prorated.
     *
     * @return the diagnostics, empty when every item was answered on the scale
     */
    @Value.Default
    public Diagnostics diagnostics() {
        return Diagnostics.empty();
    }

    /**
     * Whether every dimension and, where scored, the total were computed without any finding.
     *
     * @return true when there is a profile and no diagnostic at all
     */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isComplete() {
        return profile().isPresent() && diagnostics().isEmpty();
    }
}
