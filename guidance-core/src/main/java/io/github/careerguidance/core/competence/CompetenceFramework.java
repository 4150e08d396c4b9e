/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.competence;

import io.github.careerguidance.core.citation.Citation;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.text.LocalizedText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A model of career competencies (or scales, themes, phases): a named, cited, ordered list of {@link Dimension}s.
 *
 * <p>The built-in frameworks (Kuijpers, CCQ, CAAS, Scottish CMS, CASVE) come from {@link CompetenceModels}; an
 * integrator can define its own in JSON or YAML and read it with {@code GuidanceCodec}.
 *
 * <pre>{@code
 * CompetenceFramework kuijpers = CompetenceModels.kuijpers();
 * kuijpers.dimension("netwerken").map(Dimension::learnerQuestion); // "wie kan me daarbij helpen?"
 * kuijpers.dimensionCodes(); // [motievenreflectie, kwaliteitenreflectie, werkexploratie, loopbaansturing, netwerken]
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableCompetenceFramework.class)
@JsonDeserialize(as = ImmutableCompetenceFramework.class)
public abstract class CompetenceFramework {
    /** Extended only by the generated immutable implementation. */
    CompetenceFramework() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableCompetenceFramework.Builder builder() {
        return ImmutableCompetenceFramework.builder();
    }

    /**
     * The code: lower-case words separated by dashes.
     *
     * @return the code, such as {@code kuijpers} or {@code caas}
     */
    public abstract String code();

    /**
     * The version of this definition of the framework.
     *
     * @return a non-blank version, such as {@code 1.0}
     */
    public abstract String version();

    /**
     * The display name.
     *
     * @return the name in Dutch and English
     */
    public abstract LocalizedText name();

    /**
     * A short description: what the framework is for and any caveats (facts that were not found).
     *
     * @return the description, if any
     */
    public abstract Optional<LocalizedText> description();

    /**
     * The sources of the framework. Every built-in framework has at least one.
     *
     * @return an unmodifiable list, possibly empty for a user-defined framework
     */
    public abstract List<Citation> citations();

    /**
     * The dimensions in their customary order.
     *
     * @return an unmodifiable list with at least one dimension and unique codes
     */
    public abstract List<Dimension> dimensions();

    /**
     * The dimension with a code.
     *
     * @param code the dimension code
     * @return the dimension, or empty when the framework has no dimension with that code
     */
    public Optional<Dimension> dimension(String code) {
        for (Dimension d : dimensions()) {
            if (d.code().equals(code)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /**
     * The dimension codes in order.
     *
     * @return an unmodifiable list
     */
    public List<String> dimensionCodes() {
        List<String> codes = new ArrayList<>(dimensions().size());
        dimensions().forEach(d -> codes.add(d.code()));
        return List.copyOf(codes);
    }

    @Value.Check
    protected void check() {
        Codes.requireCode("framework code", code());
        Codes.requireNonBlank("framework version", version());
        if (dimensions().isEmpty()) {
            throw new IllegalArgumentException("framework '" + code() + "' dimensions must have >= 1 entry but had 0");
        }
        Set<String> seen = new HashSet<>();
        for (Dimension d : dimensions()) {
            if (!seen.add(d.code())) {
                throw new IllegalArgumentException(
                        "framework '" + code() + "' dimension code '" + d.code() + "' appears more than once");
            }
        }
    }
}
