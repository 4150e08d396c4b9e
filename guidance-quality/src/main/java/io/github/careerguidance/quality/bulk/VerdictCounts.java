/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.bulk;

import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.quality.Verdict;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * How many records got each verdict.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableVerdictCounts.class)
@JsonDeserialize(as = ImmutableVerdictCounts.class)
public abstract class VerdictCounts {
    /** Extended only by the generated immutable implementation. */
    VerdictCounts() {}

    /**
     * A builder.
     *
     * @return a new builder
     */
    public static ImmutableVerdictCounts.Builder builder() {
        return ImmutableVerdictCounts.builder();
    }

    /**
     * Records with verdict pass.
     *
     * @return records with verdict pass
     */
    @Value.Default
    public long pass() {
        return 0;
    }

    /**
     * Records with verdict warning.
     *
     * @return records with verdict warning
     */
    @Value.Default
    public long warning() {
        return 0;
    }

    /**
     * Records with verdict fail.
     *
     * @return records with verdict fail
     */
    @Value.Default
    public long fail() {
        return 0;
    }

    /**
     * Records with verdict not-assessable.
     *
     * @return records with verdict not-assessable
     */
    @Value.Default
    public long notAssessable() {
        return 0;
    }

    /**
     * Records with verdict not-applicable.
     *
     * @return records with verdict not-applicable
     */
    @Value.Default
    public long notApplicable() {
        return 0;
    }

    /**
     * The count for a verdict.
     *
     * @param verdict the verdict
     * @return the count
     */
    public long count(Verdict verdict) {
        switch (verdict) {
            case PASS:
                return pass();
            case WARNING:
                return warning();
            case FAIL:
                return fail();
            case NOT_ASSESSABLE:
                return notAssessable();
            default:
                return notApplicable();
        }
    }

    /**
     * All records counted.
     *
     * @return the sum of the counts
     */
    public long total() {
        return pass() + warning() + fail() + notAssessable() + notApplicable();
    }

    @Value.Check
    protected void check() {
        for (Verdict v : Verdict.values()) {
            if (count(v) < 0) {
                throw new IllegalArgumentException(v.code() + " count must be >= 0 but was " + count(v));
            }
        }
    }
}
