/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.intake;

import io.github.careerguidance.core.citation.Citation;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.meta.GuidanceStyle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An ordered, versioned list of {@link IntakeGoal}s with unique codes: the entry points a portal offers.
 *
 * <p>{@link #builtIn()} is the Dutch one-stop catalogue shipped with guidance: first the four life events of the
 * seed ({@code first-time-study}, {@code looking-for-work}, {@code became-unemployed}, {@code must-retrain}),
 * then further life events of a Dutch portal. It is data
 * ({@code io/github/careerguidance/core/intake/intake-catalogue.yaml}), with citations where a public source
 * supports an entry. Catalogues are values: {@link #withGoal(IntakeGoal)} returns a new catalogue.
 *
 * <pre>{@code
 * IntakeCatalogue catalogue = IntakeCatalogue.builtIn()
 *     .withGoal(IntakeGoal.builder()
 *         .code("werkfit-traject")
 *         .label(LocalizedText.of("Ik zit in een werkfit-traject", "I am in a work-fitness programme"))
 *         .description(LocalizedText.of("Ik wil weten wat ik daarna kan doen.", "I want to know what comes next."))
 *         .build());
 * IntakeGoal goal = catalogue.find("looking-for-work").orElseThrow();
 * goal.label().resolve(Locale.ENGLISH);   // "I am looking for work"
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableIntakeCatalogue.class)
@JsonDeserialize(as = ImmutableIntakeCatalogue.class)
public abstract class IntakeCatalogue {
    /** Extended only by the generated immutable implementation. */
    IntakeCatalogue() {}

    /** The classpath resource of the built-in catalogue. */
    static final String BUILT_IN_RESOURCE = "io/github/careerguidance/core/intake/intake-catalogue.yaml";

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableIntakeCatalogue.Builder builder() {
        return ImmutableIntakeCatalogue.builder();
    }

    /**
     * The built-in Dutch catalogue of intake goals, read once from the library's resources and shared.
     *
     * @return the catalogue, with at least the four seed life events first
     * @throws IllegalStateException if the resource is missing or broken (a packaging bug); the message holds
     *     the diagnostics
     */
    public static IntakeCatalogue builtIn() {
        if (BuiltIn.CATALOGUE == null) {
            throw new IllegalStateException(BuiltIn.FAILURE.getMessage(), BuiltIn.FAILURE);
        }
        return BuiltIn.CATALOGUE;
    }

    /**
     * Reads a catalogue from a classpath resource through the YAML codec (JSON is valid YAML).
     *
     * @param resource the resource name, such as {@code io/github/careerguidance/core/intake/intake-catalogue.yaml}
     * @param anchor a class of the module that holds the resource (it reads it, as JPMS requires)
     * @return the catalogue
     * @throws IllegalStateException if the resource is missing or cannot be read as a catalogue
     */
    static IntakeCatalogue load(String resource, Class<?> anchor) {
        try (InputStream in = anchor.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("intake catalogue resource '" + resource + "' is missing");
            }
            ReadResult<IntakeCatalogue> read = GuidanceCodec.yaml().read(in, IntakeCatalogue.class);
            if (!read.isSuccessful()) {
                throw new IllegalStateException(
                        "intake catalogue resource '" + resource + "' is broken: " + read.diagnostics());
            }
            return read.orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The identifier of the catalogue, such as {@code nl-one-stop}.
     *
     * @return the id
     */
    public abstract String id();

    /**
     * The version of the catalogue data, such as {@code 2026.11}.
     *
     * @return the version
     */
    public abstract String version();

    /**
     * The goals, in the order a portal shows them; codes are unique.
     *
     * @return an unmodifiable list, possibly empty
     */
    public abstract List<IntakeGoal> goals();

    /**
     * The sources behind the catalogue as a whole (the life-event approach).
     *
     * @return an unmodifiable list, possibly empty
     */
    public abstract List<Citation> citations();

    /**
     * The goal with a code.
     *
     * @param code the goal code, such as {@code must-retrain}
     * @return the goal, or empty when the catalogue has no goal with that code
     */
    public Optional<IntakeGoal> find(String code) {
        Objects.requireNonNull(code, "code");
        for (IntakeGoal goal : goals()) {
            if (goal.code().equals(code)) {
                return Optional.of(goal);
            }
        }
        return Optional.empty();
    }

    /**
     * The goals carrying a tag, in catalogue order.
     *
     * @param tag the tag, such as {@code youth}
     * @return an unmodifiable list; empty when no goal has the tag
     */
    public List<IntakeGoal> withTag(String tag) {
        Objects.requireNonNull(tag, "tag");
        List<IntakeGoal> tagged = new ArrayList<>();
        for (IntakeGoal goal : goals()) {
            if (goal.hasTag(tag)) {
                tagged.add(goal);
            }
        }
        return List.copyOf(tagged);
    }

    /**
     * A copy with a goal added at the end, or replacing the goal with the same code in its place.
     *
     * @param goal the goal to add or replace
     * @return a new catalogue; this one is unchanged
     */
    public IntakeCatalogue withGoal(IntakeGoal goal) {
        Objects.requireNonNull(goal, "goal");
        List<IntakeGoal> goals = new ArrayList<>(goals());
        boolean replaced = false;
        for (int i = 0; i < goals.size(); i++) {
            if (goals.get(i).code().equals(goal.code())) {
                goals.set(i, goal);
                replaced = true;
            }
        }
        if (!replaced) {
            goals.add(goal);
        }
        return ImmutableIntakeCatalogue.copyOf(this).withGoals(goals);
    }

    /**
     * A copy without the goal with a code.
     *
     * @param code the goal code
     * @return a new catalogue; equal to this one when no goal has the code
     */
    public IntakeCatalogue withoutGoal(String code) {
        Objects.requireNonNull(code, "code");
        List<IntakeGoal> goals = new ArrayList<>(goals());
        goals.removeIf(g -> g.code().equals(code));
        return ImmutableIntakeCatalogue.copyOf(this).withGoals(goals);
    }

    @Value.Check
    protected void check() {
        if (id().isBlank()) {
            throw new IllegalArgumentException("catalogue id must not be blank");
        }
        if (version().isBlank()) {
            throw new IllegalArgumentException("catalogue version must not be blank");
        }
        Set<String> codes = new HashSet<>();
        for (IntakeGoal goal : goals()) {
            if (!codes.add(goal.code())) {
                throw new IllegalArgumentException("goal codes must be unique but '" + goal.code() + "' appears twice");
            }
        }
    }

    /**
     * Lazy, thread-safe holder of the built-in catalogue: loaded once on first use. A failure is kept (not
     * thrown from the class initializer) so every call reports it as an IllegalStateException.
     */
    private static final class BuiltIn {
        static final IntakeCatalogue CATALOGUE;
        static final RuntimeException FAILURE;

        static {
            IntakeCatalogue catalogue = null;
            RuntimeException failure = null;
            try {
                catalogue = load(BUILT_IN_RESOURCE, IntakeCatalogue.class);
            } catch (RuntimeException e) {
                failure = e;
            }
            CATALOGUE = catalogue;
            FAILURE = failure;
        }

        private BuiltIn() {}
    }
}
