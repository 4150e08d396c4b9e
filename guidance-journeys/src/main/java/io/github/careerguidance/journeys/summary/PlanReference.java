/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.summary;

import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.journeys.internal.Codes;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An opaque reference to one version of a client's action plan: its id and version, nothing of its content.
 *
 * <p>The plan type itself is not referenced, so summaries and handovers do not depend on how plans are modelled;
 * the professional's system looks the plan up by id and version. In JSON: {@code {"id": "plan-7f3a", "version":
 * "2"}}.
 *
 * @since 0.1.0
 */
@Beta
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutablePlanReference.class)
@JsonDeserialize(as = ImmutablePlanReference.class)
public abstract class PlanReference {
    /** Extended only by the generated immutable implementation. */
    PlanReference() {}

    /**
     * A reference.
     *
     * @param id the plan id
     * @param version the plan version
     * @return the reference
     * @throws IllegalArgumentException if the id is not an id or the version is blank or longer than 64 characters
     */
    public static PlanReference of(String id, String version) {
        return ImmutablePlanReference.builder().id(id).version(version).build();
    }

    /**
     * The plan id: a letter or digit followed by letters, digits, '.', '_' or '-', at most 64 characters.
     *
     * @return the id
     */
    public abstract String id();

    /**
     * The plan version, as the plan's owner writes it (such as {@code 2} or {@code 1.1.0}).
     *
     * @return the version
     */
    public abstract String version();

    @Value.Check
    protected void check() {
        Codes.requireId("plan id", id());
        if (!Codes.ID.matcher(version()).matches()) {
            throw new IllegalArgumentException("plan version must be letters, digits, '.', '_' or '-' (at most 64"
                    + " characters), such as '2', but was '" + version() + "'");
        }
    }
}
