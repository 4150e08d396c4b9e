/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.plan;

import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.text.LocalizedText;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A goal of an {@link ActionPlan}, in the client's words as agreed, linked to the intake goal it serves.
 *
 * <p>In JSON: {@code {"id": "nieuw-werk", "text": {"nl": "Binnen drie maanden nieuw werk in de zorg", "en": "..."},
 * "intakeGoal": "became-unemployed"}}.
 *
 * @since 0.1.0
 */
@Beta
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutablePlanGoal.class)
@JsonDeserialize(as = ImmutablePlanGoal.class)
public abstract class PlanGoal {
    /** Extended only by the generated immutable implementation. */
    PlanGoal() {}

    /**
     * A goal.
     *
     * @param id the id, unique among the plan's goals
     * @param text the goal
     * @param intakeGoal the intake goal code it serves
     * @return the goal
     */
    public static PlanGoal of(String id, LocalizedText text, String intakeGoal) {
        return ImmutablePlanGoal.builder()
                .id(id)
                .text(text)
                .intakeGoal(intakeGoal)
                .build();
    }

    /**
     * The id, unique among the goals of the plan; actions name it in {@link PlanAction#goal()}.
     *
     * @return the id
     */
    public abstract String id();

    /**
     * The goal.
     *
     * @return the text
     */
    public abstract LocalizedText text();

    /**
     * The code of the intake goal this goal serves, such as {@code became-unemployed}
     * ({@link io.github.careerguidance.core.intake.IntakeGoal#code()}).
     *
     * @return the code
     */
    public abstract String intakeGoal();
}
