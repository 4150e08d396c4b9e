/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.simulation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadOptions;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.journeys.model.Journey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A simulated client population as data: the mix of intake goals, the distributions of profile fields, per
 * question the answer probabilities (optionally conditional on profile fields or earlier answers), per assessment
 * the item response distribution, a drop-out hazard per step kind, the chance per step that a client asks for a
 * person, the chance that a safety-net check fails, channel preferences and, optionally, how clients act on their
 * action plans afterwards ({@link #followUp()}, for {@link PlanFollowUp}). Read it from JSON or YAML with
 * {@link #read(Path)} (the format has a JSON Schema, {@link #jsonSchema()}) or build it in Java.
 *
 * <p>Question and assessment keys are step ids, which apply in every journey that has the step, or
 * {@code journey/step} for one journey only (the scoped key wins). Questions without a rule are answered
 * uniformly at random (a safety-net question without a rule fails with {@link #safetyNetFailure()}); assessments
 * without a rule get uniform item responses.
 *
 * <p>Values are checked by {@link #validate()} and, against journeys, by {@link #check(Collection)}; both return
 * diagnostics with JSON Pointers into the document rather than throwing. {@link Simulator} refuses a model with
 * errors.
 *
 * <pre>{@code
 * PopulationModel population = PopulationModel.builder()
 *         .id("werkzoekenden")
 *         .putGoal("looking-for-work", 1.0)
 *         .profile(ProfileMix.builder().putEmployment("unemployed-with-benefit", 0.6)
 *                 .putEmployment("employed", 0.4).build())
 *         .putQuestion("q-richting", List.of(AnswerRule.builder()
 *                 .putAnswer("duidelijk", 0.3).putAnswer("een-paar", 0.5).putAnswer("geen-idee", 0.2).build()))
 *         .putDropOut("assessment", 0.08)
 *         .contactRequest(0.01)
 *         .build();
 * Diagnostics found = population.check(List.of(journey));
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutablePopulationModel.class)
@JsonDeserialize(as = ImmutablePopulationModel.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({
    "id",
    "note",
    "goals",
    "profile",
    "questions",
    "assessments",
    "dropOut",
    "contactRequest",
    "safetyNetFailure",
    "channels",
    "maxSteps",
    "followUp"
})
public abstract class PopulationModel {
    /** Extended only by the generated immutable implementation. */
    PopulationModel() {}

    /** The default {@link #maxSteps()}. */
    public static final int DEFAULT_MAX_STEPS = 200;

    /** The largest allowed {@link #maxSteps()}. */
    public static final int MAX_MAX_STEPS = 100_000;

    /** The class-path resource of the population model's JSON Schema. */
    public static final String SCHEMA_RESOURCE = "io/github/careerguidance/research/population.schema.json";

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static ImmutablePopulationModel.Builder builder() {
        return ImmutablePopulationModel.builder();
    }

    /**
     * The population's id, a lower-case code such as {@code werkzoekenden-nl}.
     *
     * @return the id
     */
    public abstract String id();

    /**
     * A note on where the numbers come from (for example "illustrative, not sourced").
     *
     * @return the note
     */
    public abstract Optional<String> note();

    /**
     * The mix of intake goals: goal code to share, summing to 1.
     *
     * @return the shares
     */
    public abstract Map<String, Double> goals();

    /**
     * The distributions of the profile fields.
     *
     * @return the profile mix; default: no fields
     */
    @Value.Default
    public ProfileMix profile() {
        return ProfileMix.builder().build();
    }

    /**
     * Answer rules by question step id ({@code step} or {@code journey/step}), tried in order.
     *
     * @return the rules
     */
    public abstract Map<String, List<AnswerRule>> questions();

    /**
     * Item response rules by assessment step id ({@code step} or {@code journey/step}), tried in order.
     *
     * @return the rules
     */
    public abstract Map<String, List<ResponseRule>> assessments();

    /**
     * Makes the lists inside {@link #questions()} and {@link #assessments()} unmodifiable copies and rejects a null
     * rule in them (Immutables checks the maps, not the lists they hold).
     *
     * @return this model, or a copy with copied lists
     * @throws IllegalArgumentException when a rule list holds null
     */
    @Value.Check
    protected PopulationModel normalize() {
        if (NestedLists.isCopied(questions()) && NestedLists.isCopied(assessments())) {
            return this;
        }
        return ImmutablePopulationModel.copyOf(this)
                .withQuestions(NestedLists.copy("questions", questions()))
                .withAssessments(NestedLists.copy("assessments", assessments()));
    }

    /**
     * The drop-out hazard per step kind code ({@code information}, {@code question}, ...): the chance that a client
     * who reaches a step of that kind leaves there. Kinds not listed: 0; outcome steps never lose clients.
     *
     * @return the hazards
     */
    public abstract Map<String, Double> dropOut();

    /**
     * The chance, at every step, that the client asks for a person (the engine's {@code requestContact}).
     *
     * @return the chance per step; default 0
     */
    @Value.Default
    public double contactRequest() {
        return 0.0;
    }

    /**
     * The chance that a safety-net question (one with an escalating choice) without its own answer rule is answered
     * with an escalating choice.
     *
     * @return the chance; default 0
     */
    @Value.Default
    public double safetyNetFailure() {
        return 0.0;
    }

    /**
     * Channel preferences by core {@code ContactChannel} code, summing to 1: when a client reaches a person, the
     * channel is drawn from these among the channels offered; without preferences (or none offered), uniformly.
     *
     * @return the preferences
     */
    public abstract Map<String, Double> channels();

    /**
     * The most steps a simulated client takes; a client still on the way after that counts as stopped at the step
     * limit (a guard against cycles).
     *
     * @return the limit, 1 to {@value #MAX_MAX_STEPS}; default {@value #DEFAULT_MAX_STEPS}
     */
    @Value.Default
    public int maxSteps() {
        return DEFAULT_MAX_STEPS;
    }

    /**
     * How the clients act on their action plans after the journey ({@link PlanFollowUp}); assumptions to
     * calibrate, not facts.
     *
     * @return the behaviour; when empty, every hazard is 0 and every client takes the follow-up
     */
    public abstract Optional<FollowUpBehaviour> followUp();

    /**
     * Checks the model on its own: probabilities from 0 to 1 and distributions summing to 1, known codes (goals,
     * profile values, step kinds, channels, profile fields in conditions) and the step limit.
     *
     * @return the diagnostics, with JSON Pointers into the document; empty when the model is usable
     */
    public Diagnostics validate() {
        return PopulationChecks.validate(this);
    }

    /**
     * Checks the model on its own ({@link #validate()}) and against the journeys of a design: question, assessment
     * and condition step ids exist and have the right kind, answers are choices the question offers or numbers in
     * its range, response values are on the instrument's scale, and goals are served.
     *
     * @param journeys the journeys of the design
     * @return the diagnostics
     */
    public Diagnostics check(Collection<Journey> journeys) {
        return PopulationChecks.check(this, List.copyOf(Objects.requireNonNull(journeys, "journeys")));
    }

    /**
     * Reads a population model from a JSON or YAML file (by extension) and validates it ({@link #validate()}).
     *
     * @param file the file
     * @return the model, or diagnostics (unreadable, unknown properties, invalid values), each naming the file
     */
    public static ReadResult<PopulationModel> read(Path file) {
        return read(file, ReadOptions.defaults());
    }

    /**
     * Reads a population model from a JSON or YAML file (by extension) with the given parse limits and validates it.
     *
     * @param file the file
     * @param options the read options (document size, nesting, string length, unknown properties)
     * @return the model, or diagnostics, each naming the file
     * @since 0.1.0
     */
    public static ReadResult<PopulationModel> read(Path file, ReadOptions options) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        ReadResult<PopulationModel> read =
                GuidanceCodec.forFileName(file.toString()).withOptions(options).read(file, PopulationModel.class);
        return validated(read).withSource(file.toString());
    }

    /**
     * Reads a population model from text and validates it ({@link #validate()}).
     *
     * @param text the document
     * @param yaml true for YAML, false for JSON
     * @return the model, or diagnostics
     */
    public static ReadResult<PopulationModel> parse(String text, boolean yaml) {
        return parse(text, yaml, ReadOptions.defaults());
    }

    /**
     * Reads a population model from text with the given parse limits and validates it ({@link #validate()}).
     *
     * @param text the document
     * @param yaml true for YAML, false for JSON
     * @param options the read options (document size, nesting, string length, unknown properties)
     * @return the model, or diagnostics
     * @since 0.1.0
     */
    public static ReadResult<PopulationModel> parse(String text, boolean yaml, ReadOptions options) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(options, "options");
        return validated(
                (yaml ? GuidanceCodec.yaml(options) : GuidanceCodec.json(options)).read(text, PopulationModel.class));
    }

    private static ReadResult<PopulationModel> validated(ReadResult<PopulationModel> read) {
        if (!read.isSuccessful()) {
            return read;
        }
        Diagnostics found = read.diagnostics().plus(read.orElseThrow().validate());
        return found.hasErrors() ? ReadResult.failure(found) : ReadResult.success(read.orElseThrow(), found);
    }

    /**
     * The model as pretty-printed JSON.
     *
     * @return the JSON text
     */
    public String toJson() {
        return GuidanceCodec.json().write(this);
    }

    /**
     * The JSON Schema (draft 2020-12) of the population model format, as shipped in the jar.
     *
     * @return the schema text
     */
    public static String jsonSchema() {
        try (InputStream in = PopulationModel.class.getResourceAsStream("/" + SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("population schema resource '" + SCHEMA_RESOURCE + "' is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read population schema resource '" + SCHEMA_RESOURCE + "'", e);
        }
    }

    @Override
    public String toString() {
        return "PopulationModel{" + id() + ", goals=" + goals().keySet() + ", questions="
                + questions().size() + "}";
    }
}
