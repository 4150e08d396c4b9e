/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.diff;

import io.github.careerguidance.core.meta.GuidanceStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One difference between two versions of a journey.
 *
 * @since 0.9.0
 */
@Value.Immutable
@GuidanceStyle
public abstract class Change {
    /** Extended only by the generated immutable implementation. */
    Change() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableChange.Builder builder() {
        return ImmutableChange.builder();
    }

    /**
     * Added, removed or changed.
     *
     * @return the kind
     */
    public abstract ChangeKind kind();

    /**
     * What changed: {@code journey}, {@code step}, {@code transition}, {@code condition}, {@code content},
     * {@code question}, {@code choice} or {@code text}.
     *
     * @return the element
     */
    public abstract String element();

    /**
     * The step it belongs to.
     *
     * @return the step id, or empty for a journey-level change
     */
    public abstract Optional<String> step();

    /**
     * Where it is in the old version, as a JSON Pointer.
     *
     * @return the pointer, or empty when added
     */
    // 'from' is the attribute's public name; the builder then has no from(instance) copy method, which no caller needs
    @SuppressWarnings("immutables:from")
    public abstract Optional<String> from();

    /**
     * Where it is in the new version, as a JSON Pointer.
     *
     * @return the pointer, or empty when removed
     */
    public abstract Optional<String> to();

    /**
     * The old value, rendered.
     *
     * @return the text, or empty when added
     */
    public abstract Optional<String> before();

    /**
     * The new value, rendered.
     *
     * @return the text, or empty when removed
     */
    public abstract Optional<String> after();

    /**
     * The bump this change alone calls for.
     *
     * @return the bump
     */
    public abstract VersionBump bump();

    /**
     * A one-line rendering: {@code removed step 'q-x' at /steps/3}.
     *
     * @return the line
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(kind().name().toLowerCase(java.util.Locale.ROOT))
                .append(' ')
                .append(element());
        step().ifPresent(s -> out.append(" of step '").append(s).append('\''));
        out.append(" at ").append(to().or(this::from).orElse("/"));
        before().ifPresent(b -> out.append(": ").append(b));
        after().ifPresent(a ->
                out.append(before().isPresent() ? " \u2192 " : ": ").append(a));
        return out.toString();
    }
}
