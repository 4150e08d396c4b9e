/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.careerguidance.core.competence.CasvePhase;
import io.github.careerguidance.core.competence.DimensionRef;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.journeys.internal.Codes;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One step of a journey: what it shows or asks ({@link #kind()} and its part), which CASVE phase it belongs to,
 * which competencies it trains, and where it leads ({@link #transitions()}).
 *
 * <p>Every step has exactly the part of its kind and no other: {@code content} for information,
 * {@code question}, {@code assessment}, {@code reflection}, {@code action}, {@code contact} or {@code outcome}.
 * A question's answer is stored under the step id. In YAML:
 * <pre>{@code
 * - id: q-situatie
 *   kind: question
 *   phase: communication
 *   competencies: [kuijpers:motievenreflectie]
 *   title: {nl: Jouw situatie, en: Your situation}
 *   question:
 *     type: single-choice
 *     prompt: {nl: Wat past het best bij jou?, en: What fits you best?}
 *     choices:
 *       - {code: werk, label: {nl: Ik heb werk, en: I have a job}}
 *       - {code: geen-werk, label: {nl: Ik heb geen werk, en: I have no job}}
 *   transitions:
 *     - {target: info-ww, when: {equals: {answer: q-situatie, value: geen-werk}}}
 *     - {target: zelftest}
 * }</pre>
 *
 * <p>Whether targets exist, whether the step can branch without a default and the like are checked by the
 * journey checker, so a broken design still loads and can be diagnosed.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableStep.class)
@JsonDeserialize(as = ImmutableStep.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({
    "id",
    "kind",
    "phase",
    "competencies",
    "durationMinutes",
    "title",
    "text",
    "content",
    "question",
    "assessment",
    "reflection",
    "action",
    "contact",
    "outcome",
    "transitions"
})
public abstract class Step {
    /** Extended only by the generated immutable implementation. */
    Step() {}

    /** The longest duration of one step, in minutes (a working day). */
    public static final int MAX_DURATION_MINUTES = 480;

    /** The most content items of one step. */
    public static final int MAX_CONTENT_ITEMS = 200;

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableStep.Builder builder() {
        return ImmutableStep.builder();
    }

    /**
     * The id, unique within the journey; a question's answer is stored under it.
     *
     * @return the id, such as {@code q-situatie}
     */
    public abstract String id();

    /**
     * What the step does.
     *
     * @return the kind
     */
    public abstract StepKind kind();

    /**
     * The CASVE phase the step belongs to.
     *
     * @return the phase
     */
    public abstract CasvePhase phase();

    /**
     * The competencies the step trains, as framework dimension references such as {@code kuijpers:netwerken}.
     *
     * @return the competencies, possibly empty, without repeats
     */
    public abstract List<DimensionRef> competencies();

    /**
     * How long the step takes, about.
     *
     * @return minutes from 1 to {@value #MAX_DURATION_MINUTES}, if given
     */
    public abstract OptionalInt durationMinutes();

    /**
     * The heading.
     *
     * @return the title
     */
    public abstract LocalizedText title();

    /**
     * An introduction shown under the title.
     *
     * @return the text, if any
     */
    public abstract Optional<LocalizedText> text();

    /**
     * The content items of an information step.
     *
     * @return at least one item for an information step; empty otherwise
     */
    public abstract List<ContentItem> content();

    /**
     * The question of a question step.
     *
     * @return the question, or empty for other kinds
     */
    public abstract Optional<Question> question();

    /**
     * The assessment of an assessment step.
     *
     * @return the assessment, or empty for other kinds
     */
    public abstract Optional<Assessment> assessment();

    /**
     * The reflection of a reflection step.
     *
     * @return the reflection, or empty for other kinds
     */
    public abstract Optional<Reflection> reflection();

    /**
     * The task of an action step.
     *
     * @return the action, or empty for other kinds
     */
    public abstract Optional<Action> action();

    /**
     * The touchpoint of a contact step.
     *
     * @return the contact, or empty for other kinds
     */
    public abstract Optional<Contact> contact();

    /**
     * The end of an outcome step.
     *
     * @return the outcome, or empty for other kinds
     */
    public abstract Optional<Outcome> outcome();

    /**
     * Where the step leads, tried in order; the last should be a default (without condition). Empty for an
     * outcome.
     *
     * @return the transitions
     */
    public abstract List<Transition> transitions();

    /**
     * Whether the step ends the journey.
     *
     * @return true for an outcome step
     */
    @JsonIgnore
    public boolean isOutcome() {
        return kind() == StepKind.OUTCOME;
    }

    /**
     * Whether the step is a human touchpoint: a contact step, or a reflection with a professional.
     *
     * @return true for a human touchpoint
     */
    @JsonIgnore
    public boolean isHumanContact() {
        return kind() == StepKind.CONTACT
                || (kind() == StepKind.REFLECTION
                        && reflection().map(Reflection::withProfessional).orElse(false));
    }

    /**
     * Whether the step is a reflection with a professional (a loopbaandialoog).
     *
     * @return true for a reflection step with {@code withProfessional: true}
     */
    @JsonIgnore
    public boolean isReflectionWithProfessional() {
        return kind() == StepKind.REFLECTION
                && reflection().map(Reflection::withProfessional).orElse(false);
    }

    @Value.Check
    protected void check() {
        Codes.requireId("step id", id());
        StepKind kind = kind();
        part(kind, StepKind.INFORMATION, !content().isEmpty(), "content");
        part(kind, StepKind.QUESTION, question().isPresent(), "question");
        part(kind, StepKind.ASSESSMENT, assessment().isPresent(), "assessment");
        part(kind, StepKind.REFLECTION, reflection().isPresent(), "reflection");
        part(kind, StepKind.ACTION, action().isPresent(), "action");
        part(kind, StepKind.CONTACT, contact().isPresent(), "contact");
        part(kind, StepKind.OUTCOME, outcome().isPresent(), "outcome");
        if (content().size() > MAX_CONTENT_ITEMS) {
            throw new IllegalArgumentException("step '" + id() + "' content must have at most " + MAX_CONTENT_ITEMS
                    + " items but had " + content().size());
        }
        if (durationMinutes().isPresent()) {
            int minutes = durationMinutes().getAsInt();
            if (minutes < 1 || minutes > MAX_DURATION_MINUTES) {
                throw new IllegalArgumentException("step '" + id() + "' durationMinutes must be from 1 to "
                        + MAX_DURATION_MINUTES + " but was " + minutes);
            }
        }
        Set<DimensionRef> seen = new HashSet<>();
        for (DimensionRef ref : competencies()) {
            if (!seen.add(ref)) {
                throw new IllegalArgumentException(
                        "step '" + id() + "' competencies must not repeat but '" + ref + "' appears twice");
            }
        }
    }

    private void part(StepKind kind, StepKind owner, boolean present, String field) {
        if (kind == owner && !present) {
            throw new IllegalArgumentException("step '" + id() + "' of kind " + kind.code() + " needs '" + field + "'"
                    + (owner == StepKind.INFORMATION ? " with at least one item" : ""));
        }
        if (kind != owner && present) {
            throw new IllegalArgumentException("step '" + id() + "' of kind " + kind.code() + " must not have '" + field
                    + "' (only a " + owner.code() + " step has it)");
        }
    }
}
