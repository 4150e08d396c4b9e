/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.bulk;

import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.quality.QualityReport;
import io.github.careerguidance.quality.Verdict;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The outcome of one input record of a bulk check: where it was, whether it could be read, and its report.
 *
 * <p>Every input record yields exactly one result, in input order. A record that could not be read (malformed
 * JSON, a missing field, a bad CSV cell) has no report, the verdict {@link Verdict#FAIL} and diagnostics that say
 * why; after a syntax error that ends a JSON array or CSV file, the last result carries a FATAL diagnostic.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableBulkResult.class)
@JsonDeserialize(as = ImmutableBulkResult.class)
public abstract class BulkResult {
    /** Extended only by the generated immutable implementation. */
    BulkResult() {}

    /**
     * A builder.
     *
     * @return a new builder
     */
    public static ImmutableBulkResult.Builder builder() {
        return ImmutableBulkResult.builder();
    }

    /**
     * The 0-based position of the record among the records of the input (for CSV: among the data rows).
     *
     * @return the index
     */
    public abstract long index();

    /**
     * The 1-based line where the record starts.
     *
     * @return the line, or empty when not known
     */
    public abstract OptionalInt line();

    /**
     * The registration's own reference, when it could be read and has one.
     *
     * @return the reference, or empty
     */
    public abstract Optional<String> reference();

    /**
     * The overall verdict: the report's verdict, or {@link Verdict#FAIL} for a record that could not be read.
     *
     * @return the verdict
     */
    public abstract Verdict verdict();

    /**
     * Whether the record could be read into a registration.
     *
     * @return true when {@link #report()} is present
     */
    public boolean readable() {
        return report().isPresent();
    }

    /**
     * Reading and structural findings, located under {@code /<index>} in the input, with line (and, for CSV, the
     * 1-based column number) where known.
     *
     * @return the diagnostics, possibly empty
     */
    @Value.Default
    public Diagnostics diagnostics() {
        return Diagnostics.empty();
    }

    /**
     * The check report of a readable record; equal to what {@code QualityChecker.check} gives for the record on
     * its own.
     *
     * @return the report, or empty for a record that could not be read
     */
    public abstract Optional<QualityReport> report();

    @Value.Check
    protected void check() {
        if (index() < 0) {
            throw new IllegalArgumentException("bulk result index must be >= 0 but was " + index());
        }
        if (report().isEmpty() && verdict() != Verdict.FAIL) {
            throw new IllegalArgumentException("an unreadable record must have verdict fail but had "
                    + verdict().code());
        }
    }
}
