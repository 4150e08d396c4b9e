/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.diagram;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.text.LocalizedText;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * How {@link JourneyDiagrams} draws a journey: direction, language of titles and words, whether transition
 * conditions become edge labels, and optional traffic per edge.
 *
 * <pre>{@code
 * DiagramOptions options = DiagramOptions.builder()
 *     .direction(DiagramDirection.LEFT_RIGHT)
 *     .language(Locale.ENGLISH)
 *     .traffic(EdgeTraffic.of(summaryCounts))
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableDiagramOptions.class)
@JsonDeserialize(as = ImmutableDiagramOptions.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public abstract class DiagramOptions {
    /** Extended only by the generated immutable implementation. */
    DiagramOptions() {}

    /** The shortest allowed {@link #maxLabelLength()}. */
    public static final int MIN_LABEL_LENGTH = 8;

    private static final DiagramOptions DEFAULTS = builder().build();

    /**
     * A new builder.
     *
     * @return an empty builder (every option at its default)
     */
    public static ImmutableDiagramOptions.Builder builder() {
        return ImmutableDiagramOptions.builder();
    }

    /**
     * The defaults: top-down, Dutch, with conditions, without traffic, labels cut at 48 characters.
     *
     * @return the default options
     */
    public static DiagramOptions ofDefaults() {
        return DEFAULTS;
    }

    /**
     * The direction the diagram flows in.
     *
     * @return the direction; default {@link DiagramDirection#TOP_DOWN}
     */
    @Value.Default
    public DiagramDirection direction() {
        return DiagramDirection.TOP_DOWN;
    }

    /**
     * The language of the titles (journey and step titles are resolved to it by the default fallback rule) and of
     * the words the diagram adds ({@code and}, {@code otherwise}, ...; Dutch or English).
     *
     * @return the language; default Dutch
     */
    @Value.Default
    public Locale language() {
        return LocalizedText.DUTCH;
    }

    /**
     * Whether transition conditions are drawn as edge labels (a branching step's default edge reads
     * {@code anders}/{@code otherwise}).
     *
     * @return true by default
     */
    @Value.Default
    public boolean includeConditions() {
        return true;
    }

    /**
     * Whether each step's node shows its id under its title (conditions name steps by id).
     *
     * @return true by default
     */
    @Value.Default
    public boolean includeIds() {
        return true;
    }

    /**
     * Whether the diagram carries the journey title.
     *
     * @return true by default
     */
    @Value.Default
    public boolean includeTitle() {
        return true;
    }

    /**
     * The longest label: longer node and edge labels are cut and end in an ellipsis.
     *
     * @return characters, at least {@value #MIN_LABEL_LENGTH}; default 48
     */
    @Value.Default
    public int maxLabelLength() {
        return 48;
    }

    /**
     * How often each edge was taken; drawn as a count on the edge and a line width proportional to it.
     *
     * @return the traffic, if any
     */
    public abstract Optional<EdgeTraffic> traffic();

    @Value.Check
    protected void check() {
        if (maxLabelLength() < MIN_LABEL_LENGTH) {
            throw new IllegalArgumentException(
                    "diagram maxLabelLength must be at least " + MIN_LABEL_LENGTH + " but was " + maxLabelLength());
        }
    }
}
