/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.diff;

import io.github.careerguidance.core.meta.GuidanceStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The differences between two versions of a journey, whether stored sessions resume, and the version bump they call
 * for (see {@link VersionBump} for the policy).
 *
 * @since 0.9.0
 */
@Value.Immutable
@GuidanceStyle
public abstract class JourneyDiff {
    /** Extended only by the generated immutable implementation. */
    JourneyDiff() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableJourneyDiff.Builder builder() {
        return ImmutableJourneyDiff.builder();
    }

    /**
     * The journey id of the old version.
     *
     * @return the id
     */
    public abstract String journey();

    /**
     * The old version.
     *
     * @return the version
     */
    public abstract String fromVersion();

    /**
     * The new version.
     *
     * @return the version
     */
    public abstract String toVersion();

    /**
     * The changes, in document order of the old version, then additions.
     *
     * @return the changes
     */
    public abstract List<Change> changes();

    /**
     * Per step of the old version, whether sessions paused there resume on the new version: sampled sessions of
     * representative clients and any stored sessions given.
     *
     * @return one entry per step with sessions
     */
    public abstract List<SessionResume> resumes();

    /**
     * Why no sessions were tried (a version the engine refuses to compile), if so.
     *
     * @return the note, or empty
     */
    public abstract Optional<String> resumeNote();

    /**
     * The bump the changes call for.
     *
     * @return the suggested bump
     */
    public abstract VersionBump suggested();

    /**
     * Why: the first change or session that decided the bump.
     *
     * @return the reason
     */
    public abstract String reason();

    /**
     * The bump the new version number makes.
     *
     * @return the actual bump
     */
    @Value.Derived
    public VersionBump actual() {
        return VersionBump.between(fromVersion(), toVersion());
    }

    /**
     * Whether the new version number is bumped at least as much as suggested.
     *
     * @return true when it is
     */
    @Value.Derived
    public boolean versionSufficient() {
        return actual().compareTo(suggested()) >= 0;
    }
}
