/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.citation;

import io.github.careerguidance.core.meta.GuidanceStyle;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Where a fact comes from: a title, a URL and, where known, a version and a date.
 *
 * <p>Every built-in model, catalogue and rule in guidance carries citations, so an integrator can show why a
 * rule says what it says. The URL must be absolute ({@code https://...}).
 *
 * <pre>{@code
 * Citation c = Citation.builder()
 *     .title("Loopbaancompetenties")
 *     .url("https://www.aanpakjeugdwerkloosheid.nl/aanpak/samen-met-onderwijs/loopbaancompetenties")
 *     .accessed(LocalDate.of(2026, 11, 28))
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableCitation.class)
@JsonDeserialize(as = ImmutableCitation.class)
public abstract class Citation {
    /** Extended only by the generated immutable implementation. */
    Citation() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableCitation.Builder builder() {
        return ImmutableCitation.builder();
    }

    /**
     * A citation with only a title and a URL.
     *
     * @param title the title of the source
     * @param url its absolute URL
     * @return the citation
     */
    public static Citation of(String title, String url) {
        return builder().title(title).url(url).build();
    }

    /**
     * The title of the source.
     *
     * @return a non-blank title
     */
    public abstract String title();

    /**
     * The absolute URL of the source.
     *
     * @return the URL as text
     */
    public abstract String url();

    /**
     * The version or edition of the source, as the source names it.
     *
     * @return the version, if known
     */
    public abstract Optional<String> version();

    /**
     * The date the source was published or last changed.
     *
     * @return the date, if known
     */
    public abstract Optional<LocalDate> published();

    /**
     * The date the source was read for guidance.
     *
     * @return the date, if known
     */
    public abstract Optional<LocalDate> accessed();

    /**
     * A short note, such as which part of the source is meant or how reliable it is.
     *
     * @return the note, if any
     */
    public abstract Optional<String> note();

    @Value.Check
    protected void check() {
        if (title().isBlank()) {
            throw new IllegalArgumentException("citation title must not be blank");
        }
        URI uri;
        try {
            uri = URI.create(url());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("citation url '" + url() + "' is not a valid URI", e);
        }
        if (!uri.isAbsolute() || uri.getHost() == null) {
            throw new IllegalArgumentException("citation url '" + url() + "' must be an absolute http(s) URL");
        }
    }
}
