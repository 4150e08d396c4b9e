/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.bulk;

import io.github.careerguidance.core.meta.GuidanceStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The totals of a bulk check: records read, records that could not be read, verdicts overall and per scheme.
 *
 * <p>{@code verdicts().total()} equals {@link #records()}: unreadable records count as {@code fail}. The per-scheme
 * counts cover readable records only.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableBulkSummary.class)
@JsonDeserialize(as = ImmutableBulkSummary.class)
public abstract class BulkSummary {
    /** Extended only by the generated immutable implementation. */
    BulkSummary() {}

    /**
     * A builder.
     *
     * @return a new builder
     */
    public static ImmutableBulkSummary.Builder builder() {
        return ImmutableBulkSummary.builder();
    }

    /**
     * The policy checked against.
     *
     * @return the policy checked against
     */
    public abstract String policy();

    /**
     * The date checked as of.
     *
     * @return the date checked as of
     */
    public abstract LocalDate asOf();

    /**
     * The input format.
     *
     * @return the input format
     */
    public abstract BulkFormat format();

    /**
     * The number of input records, each with one result.
     *
     * @return the number of input records, each with one result
     */
    public abstract long records();

    /**
     * The records that could not be read.
     *
     * @return the records that could not be read
     */
    public abstract long unreadable();

    /**
     * Whether a syntax or I/O error ended the input early (a FATAL diagnostic on the last result).
     *
     * @return whether a syntax or I/O error ended the input early (a FATAL diagnostic on the last result)
     */
    @Value.Default
    public boolean truncated() {
        return false;
    }

    /**
     * The records per overall verdict.
     *
     * @return the records per overall verdict
     */
    public abstract VerdictCounts verdicts();

    /**
     * The records per verdict, per scheme, in the order the schemes first appeared.
     *
     * @return the records per verdict, per scheme, in the order the schemes first appeared
     */
    public abstract List<SchemeSummary> schemes();

    /**
     * The summary of one scheme.
     *
     * @param scheme the scheme id
     * @return the summary, or empty when no readable record was checked against it
     */
    public Optional<SchemeSummary> scheme(String scheme) {
        return schemes().stream().filter(s -> s.scheme().equals(scheme)).findFirst();
    }

    @Value.Check
    protected void check() {
        if (verdicts().total() != records()) {
            throw new IllegalArgumentException("verdict counts must add up to the " + records() + " records but were "
                    + verdicts().total());
        }
        if (unreadable() < 0 || unreadable() > records()) {
            throw new IllegalArgumentException(
                    "unreadable must be between 0 and " + records() + " but was " + unreadable());
        }
    }
}
