/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.text.LocalizedText;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The task of an action step: what the client is asked to do.
 *
 * <p>In YAML: {@code {task: enrol, text: {nl: ..., en: ...}, url: https://...}}.
 *
 * <pre>{@code
 * Action.of(TaskKind.PLAN, LocalizedText.of("Maak je actieplan", "Make your action plan"));
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableAction.class)
@JsonDeserialize(as = ImmutableAction.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"task", "text", "url", "plan"})
public abstract class Action {
    /** Extended only by the generated immutable implementation. */
    Action() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableAction.Builder builder() {
        return ImmutableAction.builder();
    }

    /**
     * An action without a link.
     *
     * @param task the kind of task
     * @param text what to do
     * @return the action
     */
    public static Action of(TaskKind task, LocalizedText text) {
        return builder().task(task).text(text).build();
    }

    /**
     * The kind of task.
     *
     * @return the kind
     */
    public abstract TaskKind task();

    /**
     * What the client is asked to do.
     *
     * @return the text
     */
    public abstract LocalizedText text();

    /**
     * Where to do it, an absolute http(s) URL.
     *
     * @return the URL, if any
     */
    public abstract Optional<String> url();

    /**
     * What this step adds to the client's plan when the client passes it: goals, actions (each with its condition),
     * reviews; the outcome's plan joins it.
     *
     * @return the template, if any
     * @since 0.1.0
     */
    public abstract Optional<PlanTemplate> plan();

    @Value.Check
    protected void check() {
        url().ifPresent(u -> Urls.requireHttpUrl("action url", u));
    }
}
