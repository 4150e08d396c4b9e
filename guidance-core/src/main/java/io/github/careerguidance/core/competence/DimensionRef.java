/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.competence;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * A reference to one dimension of one framework, written {@code framework:dimension}, such as
 * {@code kuijpers:netwerken} or {@code cms:networks}.
 *
 * <pre>{@code
 * DimensionRef ref = DimensionRef.parse("kuijpers:netwerken");
 * ref.framework(); // "kuijpers"
 * ref.dimension(); // "netwerken"
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class DimensionRef implements Comparable<DimensionRef> {
    private final String framework;
    private final String dimension;

    private DimensionRef(String framework, String dimension) {
        this.framework = framework;
        this.dimension = dimension;
    }

    /**
     * A reference from its two codes.
     *
     * @param framework the framework code
     * @param dimension the dimension code
     * @return the reference
     * @throws NullPointerException if either code is null
     * @throws IllegalArgumentException if either code is not lower-case words separated by dashes
     */
    public static DimensionRef of(String framework, String dimension) {
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(dimension, "dimension");
        Codes.requireCode("framework code", framework);
        Codes.requireCode("dimension code", dimension);
        return new DimensionRef(framework, dimension);
    }

    /**
     * Parses {@code framework:dimension}.
     *
     * @param text such as {@code cms:networks}
     * @return the reference
     * @throws NullPointerException if the text is null
     * @throws IllegalArgumentException if the text is not two codes separated by one {@code :}
     */
    @JsonCreator
    public static DimensionRef parse(String text) {
        Objects.requireNonNull(text, "text");
        int colon = text.indexOf(':');
        if (colon < 0 || colon != text.lastIndexOf(':')) {
            throw new IllegalArgumentException(
                    "dimension reference must be 'framework:dimension' but was '" + text + "'");
        }
        return of(text.substring(0, colon), text.substring(colon + 1));
    }

    /**
     * The framework code.
     *
     * @return the code
     */
    public String framework() {
        return framework;
    }

    /**
     * The dimension code.
     *
     * @return the code
     */
    public String dimension() {
        return dimension;
    }

    /**
     * Whether this reference points at a dimension.
     *
     * @param framework the framework code
     * @param dimension the dimension code
     * @return true when both codes are equal
     */
    public boolean is(String framework, String dimension) {
        return this.framework.equals(framework) && this.dimension.equals(dimension);
    }

    @Override
    public int compareTo(DimensionRef other) {
        int c = framework.compareTo(other.framework);
        return c != 0 ? c : dimension.compareTo(other.dimension);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DimensionRef
                && ((DimensionRef) other).framework.equals(framework)
                && ((DimensionRef) other).dimension.equals(dimension);
    }

    @Override
    public int hashCode() {
        return Objects.hash(framework, dimension);
    }

    /**
     * The wire form.
     *
     * @return {@code framework:dimension}
     */
    @JsonValue
    @Override
    public String toString() {
        return framework + ":" + dimension;
    }
}
