/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.plan.ActionKind;
import io.github.careerguidance.core.plan.PlanDate;
import io.github.careerguidance.core.plan.Recurrence;
import io.github.careerguidance.core.plan.Signpost;
import io.github.careerguidance.core.text.LocalizedText;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One action of a {@link PlanTemplate}: a core {@link io.github.careerguidance.core.plan.PlanAction} in the making,
 * with a due period after the day the plan is made and the same structured {@link Condition} as a content item
 * ({@code when}: answers, scores, profile, support level, plan progress). Without a condition the action is always
 * in the plan. In YAML:
 *
 * <pre>{@code
 * - id: cv-bijwerken
 *   goal: nieuw-werk
 *   kind: task
 *   title: {nl: Werk je cv bij, en: Update your CV}
 *   signposts: [{label: {nl: Cv-tips op werk.nl, en: CV tips on werk.nl}, url: "https://www.werk.nl/", provider: UWV}]
 *   due: P14D
 *   when: {equals: {answer: q-richting, value: zelfde}}
 * }</pre>
 *
 * @since 0.1.0
 */
@Beta
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableActionTemplate.class)
@JsonDeserialize(as = ImmutableActionTemplate.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "goal", "kind", "title", "description", "signposts", "due", "recurrence", "when"})
public abstract class ActionTemplate {
    /** Extended only by the generated immutable implementation. */
    ActionTemplate() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableActionTemplate.Builder builder() {
        return ImmutableActionTemplate.builder();
    }

    /**
     * The id, unique among the actions of the journey's templates; it becomes the plan action's id.
     *
     * @return the id
     */
    public abstract String id();

    /**
     * The id of the goal the action serves (a goal of one of the journey's plan templates).
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
     * Links and signposts to services.
     *
     * @return an unmodifiable list, possibly empty
     */
    @JsonSetter(contentNulls = Nulls.FAIL)
    public abstract List<Signpost> signposts();

    /**
     * When the action is due, as a period after the day the plan is made.
     *
     * @return the due period, if any
     */
    public abstract Optional<PlanDate> due();

    /**
     * How often the action recurs, for a recurring obligation (with its evidence and citation).
     *
     * @return the recurrence, if any
     */
    public abstract Optional<Recurrence> recurrence();

    /**
     * When the action belongs in the client's plan.
     *
     * @return the condition, or empty when the action always applies
     */
    public abstract Optional<Condition> when();
}
