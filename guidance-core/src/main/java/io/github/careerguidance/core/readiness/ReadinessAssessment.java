/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.readiness;

import io.github.careerguidance.core.meta.GuidanceStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The inputs of the CIP readiness model for one client: capability and complexity as scores in [0, 1], and the
 * decision status when known.
 *
 * <p>How the scores are obtained (a screener, a professional's judgement) is up to the integrator; the scale
 * [0, 1] is a guidance proposal, the sources name only "high" and "low". A {@link ReadinessModel} turns the
 * assessment into a support level.
 *
 * <pre>{@code
 * ReadinessAssessment a = ReadinessAssessment.builder()
 *     .capability(0.8).complexity(0.3).decisionStatus(DecisionStatus.UNDECIDED).build();
 * ReadinessModel.standard().route(a); // SELF_HELP
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableReadinessAssessment.class)
@JsonDeserialize(as = ImmutableReadinessAssessment.class)
public abstract class ReadinessAssessment {
    /** Extended only by the generated immutable implementation. */
    ReadinessAssessment() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableReadinessAssessment.Builder builder() {
        return ImmutableReadinessAssessment.builder();
    }

    /**
     * An assessment without a decision status.
     *
     * @param capability the capability score in [0, 1]
     * @param complexity the complexity score in [0, 1]
     * @return the assessment
     * @throws IllegalArgumentException if a score is NaN or outside [0, 1]
     */
    public static ReadinessAssessment of(double capability, double complexity) {
        return builder().capability(capability).complexity(complexity).build();
    }

    /**
     * The client's capability to make career choices (internal to the person): 0 = none, 1 = fully capable.
     *
     * @return a score in [0, 1]
     */
    public abstract double capability();

    /**
     * The complexity of the client's situation (external: family, social, economic, organizational factors):
     * 0 = none, 1 = very complex.
     *
     * @return a score in [0, 1]
     */
    public abstract double complexity();

    /**
     * The client's decision state.
     *
     * @return the state, if assessed
     */
    public abstract Optional<DecisionStatus> decisionStatus();

    @Value.Check
    protected void check() {
        ReadinessModel.requireScore("capability", capability());
        ReadinessModel.requireScore("complexity", complexity());
    }
}
