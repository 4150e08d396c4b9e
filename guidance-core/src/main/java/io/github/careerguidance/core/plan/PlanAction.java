/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.text.LocalizedText;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One action of an {@link ActionPlan}: what to do for which goal, with links and signposts, when it is due, how
 * often it recurs, and its dated status history.
 *
 * <p>In YAML:
 *
 * <pre>{@code
 * id: cv-bijwerken
 * goal: nieuw-werk
 * kind: task
 * title: {nl: Werk je cv bij, en: Update your CV}
 * signposts:
 *   - {label: {nl: Cv-tips op werk.nl, en: CV tips on werk.nl}, url: "https://www.werk.nl/", provider: UWV}
 * due: P14D
 * history:
 *   - {status: in-progress, date: 2026-12-09}
 * }</pre>
 *
 * @since 0.1.0
 */
@Beta
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutablePlanAction.class)
@JsonDeserialize(as = ImmutablePlanAction.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public abstract class PlanAction {
    /** Extended only by the generated immutable implementation. */
    PlanAction() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutablePlanAction.Builder builder() {
        return ImmutablePlanAction.builder();
    }

    /**
     * The id, unique among the plan's actions.
     *
     * @return the id
     */
    public abstract String id();

    /**
     * The id of the {@linkplain PlanGoal goal} this action serves.
     *
     * @return the goal id
     */
    public abstract String goal();

    /**
     * The kind of action.
     *
     * @return the kind
     */
    public abstract ActionKind kind();

    /**
     * What to do, in a few words.
     *
     * @return the title
     */
    public abstract LocalizedText title();

    /**
     * More about what to do and why.
     *
     * @return the description, if any
     */
    public abstract Optional<LocalizedText> description();

    /**
     * Links to information and signposts to services that help with the action.
     *
     * @return an unmodifiable list, possibly empty
     */
    @JsonSetter(contentNulls = Nulls.FAIL)
    public abstract List<Signpost> signposts();

    /**
     * When the action is due: a date, or a period after acceptance.
     *
     * @return the due date, if any
     */
    public abstract Optional<PlanDate> due();

    /**
     * How often the action recurs; set for {@linkplain ActionKind#RECURRING_OBLIGATION recurring obligations}.
     *
     * @return the recurrence, if any
     */
    public abstract Optional<Recurrence> recurrence();

    /**
     * The status changes in date order; empty while the action is {@linkplain ActionStatus#NOT_STARTED not
     * started}.
     *
     * @return an unmodifiable list, possibly empty
     */
    @JsonSetter(contentNulls = Nulls.FAIL)
    public abstract List<StatusChange> history();

    /**
     * The current status: that of the last change, or {@link ActionStatus#NOT_STARTED} without history.
     *
     * @return the status
     */
    @JsonIgnore
    public ActionStatus status() {
        List<StatusChange> history = history();
        return history.isEmpty()
                ? ActionStatus.NOT_STARTED
                : history.get(history.size() - 1).status();
    }
}
