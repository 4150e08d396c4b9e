/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.registration;

import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.quality.validation.Code;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One qualification of a professional: its NLQF level, field and how it was obtained.
 *
 * <p>hbo-bachelor is NLQF level 6. The field is a code such as {@code mens-en-organisatie} (hbo in the field of
 * people and organisations, as the Noloc and Ontwikkeladvies rules put it).
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableEducation.class)
@JsonDeserialize(as = ImmutableEducation.class)
public abstract class Education {
    /** Extended only by the generated immutable implementation. */
    Education() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableEducation.Builder builder() {
        return ImmutableEducation.builder();
    }

    /**
     * The NLQF level, 1 to 8. Leave it out when it is not known: rules that do not need it still assess the
     * qualification, and a requirement on the level is then not assessable.
     *
     * @return the level, if known
     */
    public abstract Optional<@Min(1) @Max(8) Integer> nlqfLevel();

    /**
     * The field, as a code such as {@code mens-en-organisatie}.
     *
     * @return the field, if known
     */
    public abstract Optional<@Code String> field();

    /**
     * How the qualification was obtained.
     *
     * @return the kind; {@link EducationKind#DIPLOMA} unless stated
     */
    @NotNull
    @Value.Default
    public EducationKind kind() {
        return EducationKind.DIPLOMA;
    }

    /**
     * The date the diploma, EVC or course was completed.
     *
     * @return the date, if known
     */
    public abstract Optional<LocalDate> completed();

    /**
     * Hours of additional (jobcoach or career-guidance) training.
     *
     * @return the hours, if any
     */
    public abstract Optional<@PositiveOrZero Integer> trainingHours();

    /**
     * Credits of the qualification in the field (UK frameworks count credits at a level).
     *
     * @return the credits, if known
     */
    public abstract Optional<@PositiveOrZero Integer> credits();

    /**
     * The level the {@link #credits()} were earned at, in a credit framework (QCF, SCQF or EQF), as UK registers
     * ask for "60 credits at QCF level 6 / SCQF level 11".
     *
     * @return the level, if known
     * @since 0.2.0
     */
    public abstract Optional<@Valid CreditLevel> creditLevel();

    /**
     * The name of the programme, such as an accredited jobcoach programme.
     *
     * @return the name, if known
     */
    public abstract Optional<@Size(min = 1, max = 200) String> programme();
}
