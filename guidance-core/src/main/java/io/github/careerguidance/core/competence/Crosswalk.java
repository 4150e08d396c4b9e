/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.competence;

import io.github.careerguidance.core.citation.Citation;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.diagnostics.internal.CoreMessages;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.text.LocalizedText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Correspondences between the dimensions of different {@link CompetenceFramework}s, such as Kuijpers'
 * {@code netwerken} and the Scottish CMS theme {@code networks}.
 *
 * <pre>{@code
 * Crosswalk crosswalk = CompetenceModels.crosswalk();
 * for (CrosswalkMapping m : crosswalk.counterparts("kuijpers", "netwerken")) {
 *     System.out.println(m.to() + " " + m.relation()); // cms:networks close, ...
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableCrosswalk.class)
@JsonDeserialize(as = ImmutableCrosswalk.class)
public abstract class Crosswalk {
    /** Extended only by the generated immutable implementation. */
    Crosswalk() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableCrosswalk.Builder builder() {
        return ImmutableCrosswalk.builder();
    }

    /**
     * The code: lower-case words separated by dashes.
     *
     * @return the code
     */
    public abstract String code();

    /**
     * The version of this crosswalk.
     *
     * @return a non-blank version
     */
    public abstract String version();

    /**
     * The display name.
     *
     * @return the name
     */
    public abstract LocalizedText name();

    /**
     * What the crosswalk is based on and how far to trust it.
     *
     * @return the description, if any
     */
    public abstract Optional<LocalizedText> description();

    /**
     * The sources of the dimensions the crosswalk compares.
     *
     * @return an unmodifiable list, possibly empty
     */
    public abstract List<Citation> citations();

    /**
     * The correspondences.
     *
     * @return an unmodifiable list without two mappings between the same pair of dimensions
     */
    public abstract List<CrosswalkMapping> mappings();

    /**
     * The dimensions that correspond to one dimension, in either direction, each mapping turned so that
     * {@link CrosswalkMapping#from()} is the dimension asked for.
     *
     * @param framework the framework code
     * @param dimension the dimension code
     * @return an unmodifiable list in crosswalk order; empty when the dimension has no counterpart (or is
     *     unknown)
     */
    public List<CrosswalkMapping> counterparts(String framework, String dimension) {
        List<CrosswalkMapping> found = new ArrayList<>();
        for (CrosswalkMapping m : mappings()) {
            if (m.from().is(framework, dimension)) {
                found.add(m);
            } else if (m.to().is(framework, dimension)) {
                found.add(m.reversed());
            }
        }
        return List.copyOf(found);
    }

    /**
     * The counterparts of a dimension in one other framework.
     *
     * @param from the dimension asked for
     * @param targetFramework the framework code of the counterparts
     * @return an unmodifiable list, possibly empty
     */
    public List<CrosswalkMapping> counterparts(DimensionRef from, String targetFramework) {
        List<CrosswalkMapping> found = new ArrayList<>();
        for (CrosswalkMapping m : counterparts(from.framework(), from.dimension())) {
            if (m.to().framework().equals(targetFramework)) {
                found.add(m);
            }
        }
        return List.copyOf(found);
    }

    /**
     * Checks that every reference names a dimension of one of the frameworks.
     *
     * @param frameworks the frameworks the crosswalk links
     * @return {@code core.competence.unknown-reference} errors located at {@code /mappings/<i>/from} or
     *     {@code /to}; empty when all references resolve
     */
    public Diagnostics validate(Collection<CompetenceFramework> frameworks) {
        Objects.requireNonNull(frameworks, "frameworks");
        Diagnostics.Builder found = Diagnostics.builder();
        for (int i = 0; i < mappings().size(); i++) {
            CrosswalkMapping m = mappings().get(i);
            check(
                    frameworks,
                    m.from(),
                    JsonPointer.root().append("mappings").append(i).append("from"),
                    found);
            check(
                    frameworks,
                    m.to(),
                    JsonPointer.root().append("mappings").append(i).append("to"),
                    found);
        }
        return found.build();
    }

    private static void check(
            Collection<CompetenceFramework> frameworks, DimensionRef ref, JsonPointer at, Diagnostics.Builder found) {
        boolean known = frameworks.stream()
                .anyMatch(f -> f.code().equals(ref.framework())
                        && f.dimension(ref.dimension()).isPresent());
        if (!known) {
            found.add(CoreMessages.BUNDLE.diagnostic(
                    Severity.ERROR, "core.competence.unknown-reference", at, CoreMessages.args("reference", ref)));
        }
    }

    @Value.Check
    protected void check() {
        Codes.requireCode("crosswalk code", code());
        Codes.requireNonBlank("crosswalk version", version());
        Set<Set<DimensionRef>> pairs = new HashSet<>();
        for (CrosswalkMapping m : mappings()) {
            if (!pairs.add(Set.of(m.from(), m.to()))) {
                throw new IllegalArgumentException(
                        "crosswalk '" + code() + "' maps " + m.from() + " and " + m.to() + " more than once");
            }
        }
    }
}
