/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.diff;

import io.github.careerguidance.core.meta.GuidanceStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * Whether the stored sessions of the old version paused at one step resume on the new version.
 *
 * @since 0.9.0
 */
@Value.Immutable
@GuidanceStyle
public abstract class SessionResume {
    /** Extended only by the generated immutable implementation. */
    SessionResume() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableSessionResume.Builder builder() {
        return ImmutableSessionResume.builder();
    }

    /**
     * The step the sessions are paused at, in the old version.
     *
     * @return the step id
     */
    public abstract String step();

    /**
     * How many sessions were tried.
     *
     * @return the count
     */
    public abstract int sessions();

    /**
     * How many of them resume.
     *
     * @return the count
     */
    public abstract int resumable();

    /**
     * Why the others do not: the engine's resume diagnostics, rendered in English, without repeats.
     *
     * @return the reasons
     */
    public abstract List<String> reasons();
}
