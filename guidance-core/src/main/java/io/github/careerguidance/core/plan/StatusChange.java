/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.plan;

import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import java.time.LocalDate;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One dated change of an action's status, an entry of {@link PlanAction#history()}.
 *
 * <p>In JSON: {@code {"status": "in-progress", "date": "2026-12-09"}}.
 *
 * @since 0.1.0
 */
@Beta
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableStatusChange.class)
@JsonDeserialize(as = ImmutableStatusChange.class)
public abstract class StatusChange {
    /** Extended only by the generated immutable implementation. */
    StatusChange() {}

    /**
     * A change.
     *
     * @param status the new status
     * @param date the day of the change
     * @return the change
     */
    public static StatusChange of(ActionStatus status, LocalDate date) {
        return ImmutableStatusChange.builder().status(status).date(date).build();
    }

    /**
     * The status the action changed to.
     *
     * @return the status
     */
    public abstract ActionStatus status();

    /**
     * The day of the change.
     *
     * @return the date
     */
    public abstract LocalDate date();
}
