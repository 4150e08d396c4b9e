/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.bulk;

import io.github.careerguidance.core.meta.GuidanceStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The verdicts of one scheme (or policy) over the readable records of a bulk check: per record, the verdicts of
 * all its subjects for the scheme combined.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableSchemeSummary.class)
@JsonDeserialize(as = ImmutableSchemeSummary.class)
public abstract class SchemeSummary {
    /** Extended only by the generated immutable implementation. */
    SchemeSummary() {}

    /**
     * A builder.
     *
     * @return a new builder
     */
    public static ImmutableSchemeSummary.Builder builder() {
        return ImmutableSchemeSummary.builder();
    }

    /**
     * The scheme id, or the policy id for the policy's own rules.
     *
     * @return the scheme id, or the policy id for the policy's own rules
     */
    public abstract String scheme();

    /**
     * The records per verdict for this scheme.
     *
     * @return the records per verdict for this scheme
     */
    public abstract VerdictCounts verdicts();
}
