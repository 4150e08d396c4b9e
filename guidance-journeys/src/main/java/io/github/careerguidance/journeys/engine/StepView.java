/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.careerguidance.core.competence.CasvePhase;
import io.github.careerguidance.core.competence.Instrument;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.journeys.model.Action;
import io.github.careerguidance.journeys.model.Contact;
import io.github.careerguidance.journeys.model.ContentItem;
import io.github.careerguidance.journeys.model.Outcome;
import io.github.careerguidance.journeys.model.Question;
import io.github.careerguidance.journeys.model.Reflection;
import io.github.careerguidance.journeys.model.StepKind;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What to show for the current step of a session: the step's texts, its content narrowed to what fits this client,
 * the question, instrument, prompts, task, contact or outcome, the support level and the {@link ContactOffer}.
 *
 * <pre>{@code
 * StepView view = engine.view(session, Instant.now());
 * view.content().forEach(item -> show(item.text().get(locale)));
 * }</pre>
 *
 * <p>Thread-safety: immutable; safe to share between threads (a view is a snapshot of one session at one instant).
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableStepView.class)
@JsonDeserialize(as = ImmutableStepView.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({
    "journey",
    "version",
    "step",
    "kind",
    "phase",
    "title",
    "text",
    "content",
    "question",
    "answer",
    "instrument",
    "reflection",
    "action",
    "contact",
    "outcome",
    "plan",
    "supportLevel",
    "canGoBack",
    "completed",
    "contactOffer"
})
public abstract class StepView {
    /** Extended only by the generated immutable implementation. */
    StepView() {}

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static ImmutableStepView.Builder builder() {
        return ImmutableStepView.builder();
    }

    /**
     * The journey id.
     *
     * @return the id
     */
    public abstract String journey();

    /**
     * The journey version.
     *
     * @return the version
     */
    public abstract String version();

    /**
     * The step id.
     *
     * @return the id
     */
    public abstract String step();

    /**
     * The step kind.
     *
     * @return the kind
     */
    public abstract StepKind kind();

    /**
     * The CASVE phase.
     *
     * @return the phase
     */
    public abstract CasvePhase phase();

    /**
     * The title.
     *
     * @return the title
     */
    public abstract LocalizedText title();

    /**
     * The introduction.
     *
     * @return the text, or empty
     */
    public abstract Optional<LocalizedText> text();

    /**
     * The content items whose applicability condition holds for this profile, these answers, scores and level.
     *
     * @return the narrowed content; empty for steps other than information
     */
    public abstract List<ContentItem> content();

    /**
     * The question (question steps).
     *
     * @return the question, or empty
     */
    public abstract Optional<Question> question();

    /**
     * The client's earlier answer to this question, to prefill after going back.
     *
     * @return the answer, or empty
     */
    public abstract Optional<Answer> answer();

    /**
     * The instrument to administer (assessment steps); its items carry texts only if the portal supplied them.
     *
     * @return the instrument, or empty
     */
    public abstract Optional<Instrument> instrument();

    /**
     * The reflection with its prompts (reflection steps).
     *
     * @return the reflection, or empty
     */
    public abstract Optional<Reflection> reflection();

    /**
     * The task (action steps).
     *
     * @return the action, or empty
     */
    public abstract Optional<Action> action();

    /**
     * The contact (contact steps).
     *
     * @return the contact, or empty
     */
    public abstract Optional<Contact> contact();

    /**
     * The outcome (outcome steps).
     *
     * @return the outcome, or empty
     */
    public abstract Optional<Outcome> outcome();

    /**
     * The concrete action plan of this client, at an outcome step: the plan templates of the action steps on the
     * client's path and of the outcome, narrowed by the actions' conditions, with every date resolved from the day of
     * the view (in the engine clock's zone); id stable per session, version 1, not accepted yet. In a follow-up session
     * it is the reviewed plan with the status updates given in the session, dated on the review day, and the
     * outcome's additions, as the next version (the same version when nothing changed).
     *
     * @return the plan; empty before the outcome, and at an outcome without any plan template in a session that
     *     reviews no plan
     * @since 0.1.0
     */
    @io.github.careerguidance.core.meta.Beta
    public abstract Optional<io.github.careerguidance.core.plan.ActionPlan> plan();

    /**
     * The current support level.
     *
     * @return the level
     */
    public abstract SupportLevel supportLevel();

    /**
     * Whether {@link JourneyEngine#back(Session)} is possible.
     *
     * @return true when there is an earlier step
     */
    @Value.Default
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public boolean canGoBack() {
        return false;
    }

    /**
     * Whether this is an outcome.
     *
     * @return true when complete
     */
    @Value.Default
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public boolean completed() {
        return false;
    }

    /**
     * How to reach a person now.
     *
     * @return the offer
     */
    public abstract ContactOffer contactOffer();
}
