/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.jurisdiction;

import io.github.careerguidance.core.citation.Citation;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.text.LocalizedText;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The written form of an identifier or postcode in one jurisdiction, as data: {@code kvk} ({@code [0-9]{8}}) in the
 * Netherlands, {@code companies-house} in the United Kingdom. A registration's jurisdiction decides which formats
 * its organisation is validated against.
 *
 * @since 0.2.0
 */
@Beta
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableIdentifierFormat.class)
@JsonDeserialize(as = ImmutableIdentifierFormat.class)
public abstract class IdentifierFormat {
    /** Extended only by the generated immutable implementation. */
    IdentifierFormat() {}

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /**
     * A builder.
     *
     * @return a new builder
     */
    public static ImmutableIdentifierFormat.Builder builder() {
        return ImmutableIdentifierFormat.builder();
    }

    /**
     * The id, lower case with dashes: the scheme of an organisation identifier ({@code kvk},
     * {@code companies-house}) or {@code postcode}.
     *
     * @return the id
     */
    public abstract String id();

    /**
     * The name in Dutch and English.
     *
     * @return the name
     */
    public abstract LocalizedText name();

    /**
     * The regular expression a value must match in full.
     *
     * @return the pattern
     */
    public abstract String pattern();

    /**
     * An example of a well-formed value, shown in diagnostics.
     *
     * @return the example
     */
    public abstract String example();

    /**
     * Whether every organisation of the jurisdiction must give this identifier.
     *
     * @return false unless stated
     */
    @Value.Default
    public boolean required() {
        return false;
    }

    /**
     * Where the format is described.
     *
     * @return the citations, possibly empty
     */
    public abstract List<Citation> citations();

    /**
     * How the format is read.
     *
     * @return the note, if any
     */
    public abstract Optional<String> note();

    /**
     * Whether a value has this format.
     *
     * @param value the value
     * @return true when it matches {@link #pattern()} in full
     */
    public boolean matches(String value) {
        return regex().matcher(value).matches();
    }

    /** {@link #pattern()} compiled, once. */
    @Value.Lazy
    Pattern regex() {
        return Pattern.compile(pattern());
    }

    @Value.Check
    protected void check() {
        if (!ID.matcher(id()).matches()) {
            throw new IllegalArgumentException(
                    "identifier format id must be lower-case words joined by dashes but was '" + id() + "'");
        }
        Pattern.compile(pattern());
        if (!matches(example())) {
            throw new IllegalArgumentException(
                    "identifier format " + id() + ": example '" + example() + "' does not match its own pattern");
        }
    }
}
