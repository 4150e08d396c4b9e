/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.simulation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.careerguidance.core.meta.GuidanceStyle;
import java.util.Map;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The distributions of the client profile fields of a {@link PopulationModel}, each a map from wire code to
 * probability that sums to 1. The fields are drawn independently; an empty map leaves the field out of every
 * profile. Use {@link AnswerRule#when()} for answers that depend on the profile.
 *
 * <pre>{@code
 * ProfileMix mix = ProfileMix.builder()
 *         .putAgeBand("23-29", 0.3).putAgeBand("30-44", 0.4).putAgeBand("45-54", 0.3)
 *         .putEmployment("unemployed-with-benefit", 1.0)
 *         .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableProfileMix.class)
@JsonDeserialize(as = ImmutableProfileMix.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"ageBand", "educationLevel", "employment", "region"})
public abstract class ProfileMix {
    /** Extended only by the generated immutable implementation. */
    ProfileMix() {}

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static ImmutableProfileMix.Builder builder() {
        return ImmutableProfileMix.builder();
    }

    /**
     * Age band shares by core {@code AgeBand} code, such as {@code 23-29}.
     *
     * @return the shares
     */
    public abstract Map<String, Double> ageBand();

    /**
     * Education level shares by core {@code EducationLevel} code, such as {@code mbo-4}.
     *
     * @return the shares
     */
    public abstract Map<String, Double> educationLevel();

    /**
     * Employment situation shares by core {@code EmploymentSituation} code, such as {@code employed}.
     *
     * @return the shares
     */
    public abstract Map<String, Double> employment();

    /**
     * Region shares by region code: a province ISO code such as {@code NL-UT}, or a labour-market region code.
     *
     * @return the shares
     */
    public abstract Map<String, Double> region();
}
