/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.text.LocalizedText;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * How {@link Plots} draws a chart: size in pixels, language of the titles and an optional own title.
 *
 * <pre>{@code
 * PlotOptions options = PlotOptions.builder().language(Locale.ENGLISH).width(1000).build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutablePlotOptions.class)
@JsonDeserialize(as = ImmutablePlotOptions.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class PlotOptions {
    /** Extended only by the generated immutable implementation. */
    PlotOptions() {}

    /** The smallest width and height. */
    public static final int MIN_SIZE = 200;
    /** The largest width and height. */
    public static final int MAX_SIZE = 4000;

    private static final PlotOptions DEFAULTS = builder().build();

    /**
     * A new builder.
     *
     * @return an empty builder (every option at its default)
     */
    public static ImmutablePlotOptions.Builder builder() {
        return ImmutablePlotOptions.builder();
    }

    /**
     * The defaults: 800 x 500 pixels, Dutch, the standard title.
     *
     * @return the defaults
     */
    public static PlotOptions ofDefaults() {
        return DEFAULTS;
    }

    /**
     * The width.
     *
     * @return pixels, from {@value #MIN_SIZE} to {@value #MAX_SIZE}; default 800
     */
    @Value.Default
    public int width() {
        return 800;
    }

    /**
     * The height.
     *
     * @return pixels, from {@value #MIN_SIZE} to {@value #MAX_SIZE}; default 500
     */
    @Value.Default
    public int height() {
        return 500;
    }

    /**
     * The language of the chart and axis titles, legends and the text alternative (Dutch or English).
     *
     * @return the language; default Dutch
     */
    @Value.Default
    public Locale language() {
        return LocalizedText.DUTCH;
    }

    /**
     * A title instead of the standard one.
     *
     * @return the title, if any
     */
    public abstract Optional<String> title();

    @Value.Check
    protected void check() {
        if (width() < MIN_SIZE || width() > MAX_SIZE) {
            throw new IllegalArgumentException(
                    "plot width must be from " + MIN_SIZE + " to " + MAX_SIZE + " but was " + width());
        }
        if (height() < MIN_SIZE || height() > MAX_SIZE) {
            throw new IllegalArgumentException(
                    "plot height must be from " + MIN_SIZE + " to " + MAX_SIZE + " but was " + height());
        }
        if (title().isPresent() && title().get().isBlank()) {
            throw new IllegalArgumentException("plot title must not be blank");
        }
    }
}
