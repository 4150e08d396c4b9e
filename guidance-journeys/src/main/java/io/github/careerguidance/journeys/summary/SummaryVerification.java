/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.summary;

import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of {@link SummaryVerifier#verify(String)}: a {@link VerificationStatus}, the summary when it may be
 * used, and diagnostics that say why not otherwise.
 *
 * @since 0.1.0
 */
@Beta
@Value.Immutable
@GuidanceStyle
public abstract class SummaryVerification {
    /** Extended only by the generated immutable implementation. */
    SummaryVerification() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableSummaryVerification.Builder builder() {
        return ImmutableSummaryVerification.builder();
    }

    /**
     * The verdict.
     *
     * @return the status
     */
    public abstract VerificationStatus status();

    /**
     * The summary, only when {@link VerificationStatus#VALID}.
     *
     * @return the summary, or empty
     */
    public abstract Optional<SharedSummary> summary();

    /**
     * The id of an authentic summary ({@code VALID}, {@code EXPIRED} or {@code REVOKED}), so a refusal can name
     * it.
     *
     * @return the id, or empty for a tampered or malformed document
     */
    public abstract Optional<String> summaryId();

    /**
     * Why the summary was refused: one {@code journeys.summary.*} diagnostic, plus the codec's diagnostics for a
     * malformed document; empty when valid.
     *
     * @return the diagnostics
     */
    public abstract Diagnostics diagnostics();

    /**
     * Whether the summary may be used.
     *
     * @return true when valid
     */
    public boolean isValid() {
        return status().isValid();
    }

    @Value.Check
    protected void check() {
        if (summary().isPresent() != (status() == VerificationStatus.VALID)) {
            throw new IllegalArgumentException("a verification has a summary exactly when it is VALID, but status "
                    + status() + " has " + (summary().isPresent() ? "one" : "none"));
        }
    }
}
