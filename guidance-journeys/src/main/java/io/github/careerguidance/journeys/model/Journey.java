/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.careerguidance.core.citation.Citation;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.journeys.internal.Codes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A guidance journey as data: the steps a visitor is led through for one or more intake goals, from a start step
 * to an outcome.
 *
 * <p>A journey has an id (a code), a <a href="https://semver.org">semantic version</a>, a localized title, the
 * intake goals it serves (core intake goal codes such as {@code looking-for-work}), the locales every text must
 * have, the steps and the id of the start step, and optionally a description and citations. In YAML:
 * <pre>{@code
 * id: looking-for-work
 * version: 1.0.0
 * title: {nl: Ik zoek werk, en: I am looking for work}
 * goals: [looking-for-work]
 * locales: [nl, en]
 * start: welkom
 * steps:
 *   - id: welkom
 *     kind: information
 *     phase: communication
 *     title: {nl: Welkom, en: Welcome}
 *     content:
 *       - id: intro
 *         text: {nl: We zoeken samen uit wat bij je past., en: Together we find out what suits you.}
 *     transitions: [{target: einde}]
 *   - id: einde
 *     kind: outcome
 *     phase: execution
 *     title: {nl: Je plan, en: Your plan}
 *     outcome: {type: plan, text: {nl: Je hebt een plan., en: You have a plan.}}
 * }</pre>
 *
 * <p>Construction checks only what a value can check on its own (formats, the part of each step kind, ...).
 * Cross-references (the start step, transition targets, questions named in conditions), reachability, locales
 * and the policies are checked by the journey checker, so a broken design can still be loaded and diagnosed.
 * Read and write journeys with the core {@code GuidanceCodec}; {@code read(write(j))} equals {@code j}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableJourney.class)
@JsonDeserialize(as = ImmutableJourney.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({
    "id",
    "version",
    "title",
    "description",
    "goals",
    "locales",
    "start",
    "followUp",
    "citations",
    "steps"
})
public abstract class Journey {
    /** Extended only by the generated immutable implementation. */
    Journey() {}

    /**
     * A new builder of the value; see also the step-by-step {@code JourneyBuilder} in the authoring package.
     *
     * @return an empty builder
     */
    public static ImmutableJourney.Builder builder() {
        return ImmutableJourney.builder();
    }

    /**
     * The id: lower-case words separated by dashes.
     *
     * @return the id, such as {@code looking-for-work}
     */
    public abstract String id();

    /**
     * The semantic version of this design.
     *
     * @return the version, such as {@code 1.2.0}
     */
    public abstract String version();

    /**
     * The title.
     *
     * @return the title
     */
    public abstract LocalizedText title();

    /**
     * What the journey is for.
     *
     * @return the description, if any
     */
    public abstract Optional<LocalizedText> description();

    /**
     * The intake goals the journey serves, by code.
     *
     * @return the goal codes, without repeats; possibly empty
     */
    public abstract List<String> goals();

    /**
     * The locales every text must have, as language tags.
     *
     * @return the tags, such as {@code [nl, en]}; possibly empty
     */
    public abstract List<String> locales();

    /**
     * The id of the first step.
     *
     * @return a step id
     */
    public abstract String start();

    /**
     * The sources the design rests on.
     *
     * @return the citations, possibly empty
     */
    public abstract List<Citation> citations();

    /**
     * The id of the journey that follows up the plans this journey makes (started with {@code
     * JourneyEngine.startFollowUp}); several journeys may share one.
     *
     * @return the id, if the journey has a follow-up
     * @since 0.1.0
     */
    public abstract Optional<String> followUp();

    /**
     * The steps, in authoring order (the order has no meaning for the run; transitions decide).
     *
     * @return the steps
     */
    public abstract List<Step> steps();

    /**
     * The first step with an id.
     *
     * @param id the step id
     * @return the step, or empty when none has that id
     */
    public Optional<Step> step(String id) {
        Objects.requireNonNull(id, "id");
        for (Step s : steps()) {
            if (s.id().equals(id)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * The index of the first step with an id, for JSON Pointers such as {@code /steps/3}.
     *
     * @param id the step id
     * @return the index, or -1 when none has that id
     */
    public int indexOf(String id) {
        Objects.requireNonNull(id, "id");
        for (int i = 0; i < steps().size(); i++) {
            if (steps().get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The required locales as {@link Locale}s.
     *
     * @return the locales, in order
     */
    public List<Locale> requiredLocales() {
        List<Locale> result = new ArrayList<>();
        for (String tag : locales()) {
            result.add(Locale.forLanguageTag(tag));
        }
        return List.copyOf(result);
    }

    @Value.Check
    protected void check() {
        Codes.requireCode("journey id", id());
        followUp().ifPresent(f -> Codes.requireCode("journey followUp", f));
        if (!Codes.SEMVER.matcher(version()).matches()) {
            throw new IllegalArgumentException(
                    "journey version must be a semantic version such as '1.0.0' but was '" + version() + "'");
        }
        Codes.requireId("journey start", start());
        Set<String> goals = new HashSet<>();
        for (String goal : goals()) {
            Codes.requireCode("journey goal", goal);
            if (!goals.add(goal)) {
                throw new IllegalArgumentException("journey goals must not repeat but '" + goal + "' appears twice");
            }
        }
        Set<String> tags = new HashSet<>();
        for (String tag : locales()) {
            Codes.requireLanguageTag("journey locale", tag);
            if (!tags.add(tag)) {
                throw new IllegalArgumentException("journey locales must not repeat but '" + tag + "' appears twice");
            }
        }
    }

    /**
     * A short rendering: {@code Journey{looking-for-work 1.0.0, 14 steps}}.
     *
     * @return the rendering
     */
    @Override
    public String toString() {
        return "Journey{" + id() + " " + version() + ", " + steps().size() + " steps}";
    }
}
