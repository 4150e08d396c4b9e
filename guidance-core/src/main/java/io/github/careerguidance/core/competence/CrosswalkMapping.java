/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.competence;

import io.github.careerguidance.core.citation.Citation;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.text.LocalizedText;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One correspondence in a {@link Crosswalk}: a dimension of one framework, a dimension of another, and how
 * closely they match. The relation is symmetric; {@link #reversed()} swaps the two sides.
 *
 * <pre>{@code
 * CrosswalkMapping m = CrosswalkMapping.builder()
 *     .from(DimensionRef.parse("kuijpers:netwerken"))
 *     .to(DimensionRef.parse("cms:networks"))
 *     .relation(Relation.CLOSE)
 *     .note(LocalizedText.of("Voorstel van guidance", "A guidance proposal"))
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableCrosswalkMapping.class)
@JsonDeserialize(as = ImmutableCrosswalkMapping.class)
public abstract class CrosswalkMapping {
    /** Extended only by the generated immutable implementation. */
    CrosswalkMapping() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableCrosswalkMapping.Builder builder() {
        return ImmutableCrosswalkMapping.builder();
    }

    /**
     * One side.
     *
     * @return the dimension reference
     */
    // 'from' is the attribute's public name; the builder then has no from(instance) copy method, which no caller needs
    @SuppressWarnings("immutables:from")
    public abstract DimensionRef from();

    /**
     * The other side, in a different framework.
     *
     * @return the dimension reference
     */
    public abstract DimensionRef to();

    /**
     * How closely the two correspond.
     *
     * @return the relation
     */
    public abstract Relation relation();

    /**
     * Why the two correspond, and whether the mapping is sourced or a guidance proposal.
     *
     * @return the note, if any
     */
    public abstract Optional<LocalizedText> note();

    /**
     * The source that makes the correspondence, when it is not a guidance proposal.
     *
     * @return the citation, if any
     */
    public abstract Optional<Citation> citation();

    /**
     * The same mapping seen from the other side.
     *
     * @return a copy with {@code from} and {@code to} swapped
     */
    public CrosswalkMapping reversed() {
        return builder()
                .from(to())
                .to(from())
                .relation(relation())
                .note(note())
                .citation(citation())
                .build();
    }

    @Value.Check
    protected void check() {
        if (from().framework().equals(to().framework())) {
            throw new IllegalArgumentException("crosswalk mapping must link two frameworks but both sides are in '"
                    + from().framework() + "' (" + from() + ", " + to() + ")");
        }
    }
}
