/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import java.time.LocalDate;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Progress on the plan a follow-up session reviews ({@link JourneyEngine#progress(Session)}): which plan version,
 * on which day, and the counts {@code plan} conditions compare ({@link io.github.careerguidance.journeys.model.PlanField}).
 *
 * <pre>{@code
 * engine.progress(session).filter(PlanProgress::behind)
 *     .ifPresent(p -> log.info("plan {} v{} behind: {} overdue, {} activities short",
 *         p.planId(), p.planVersion(), p.overdueActions(), p.obligationShortfall()));
 * }</pre>
 *
 * @since 0.1.0
 */
@Beta
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutablePlanProgress.class)
@JsonDeserialize(as = ImmutablePlanProgress.class)
public abstract class PlanProgress {
    /** Extended only by the generated immutable implementation. */
    PlanProgress() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutablePlanProgress.Builder builder() {
        return ImmutablePlanProgress.builder();
    }

    /**
     * The id of the reviewed plan.
     *
     * @return the id
     */
    public abstract String planId();

    /**
     * The version under review.
     *
     * @return the version
     */
    public abstract int planVersion();

    /**
     * The review day.
     *
     * @return the date
     */
    public abstract LocalDate reviewDay();

    /**
     * Actions (other than recurring obligations) due before the review day and not done or dropped.
     *
     * @return the count
     */
    public abstract int overdueActions();

    /**
     * How many activities the recurring obligations lack so far
     * ({@link io.github.careerguidance.journeys.model.PlanField#OBLIGATION_SHORTFALL}).
     *
     * @return the count
     */
    public abstract int obligationShortfall();

    /**
     * Actions not done or dropped.
     *
     * @return the count
     */
    public abstract int openActions();

    /**
     * Whether the client is behind: an overdue action or an obligation shortfall.
     *
     * @return true when behind
     */
    @JsonIgnore
    public boolean behind() {
        return overdueActions() > 0 || obligationShortfall() > 0;
    }
}
