/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.scheme;

import io.github.careerguidance.core.meta.GuidanceStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;


/**
 * At least a minimum of relevant experience in hours and/or years (type {@code experience}; research rules NOLOC-RJ-HOURS, CMI-EXP, OA-ADVISER (b)).
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableExperienceRule.class)
@JsonDeserialize(as = ImmutableExperienceRule.class)
public abstract class ExperienceRule extends Rule {

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableExperienceRule.Builder builder() {
        return ImmutableExperienceRule.builder();
    }

    @Override
    public Subject subject() {
        return Subject.PERSON;
    }

    /**
     * The minimum hours.
     *
     * @return the hours, if the rule counts hours
     */
    public abstract Optional<Integer> minimumHours();

    /**
     * The minimum years.
     *
     * @return the years, if the rule counts years
     */
    public abstract Optional<Double> minimumYears();

    /**
     * The lower minimum of hours for holders of a diploma of one of {@link #reducedForProgrammes()}.
     *
     * @return the hours, if there is a reduction
     */
    public abstract Optional<Integer> reducedMinimumHours();

    /**
     * The programmes whose diploma lowers the minimum.
     *
     * @return the programmes, possibly empty
     */
    public abstract List<AccreditedProgramme> reducedForProgrammes();

    @Value.Check
    protected void check() {
        checkCommon();
        requirePositive("minimumHours", minimumHours());
        requirePositive("minimumYears", minimumYears());
        requirePositive("reducedMinimumHours", reducedMinimumHours());
    }
}
