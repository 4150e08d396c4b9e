/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.readiness;

import io.github.careerguidance.core.citation.Citation;
import io.github.careerguidance.core.meta.GuidanceStyle;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The CIP readiness model: capability and complexity scores in [0, 1] give a {@link Readiness} and so a
 * {@link SupportLevel}; an indecisive client is routed to case-managed help.
 *
 * <p>A score at or above its threshold counts as high. The quadrant (high capability + low complexity = self-help;
 * both high or both low = brief staff-assisted; low capability + high complexity = individual case-managed) and
 * the routing of indecisive clients are from the sources in {@link CipSources}. The numeric scale and the default
 * thresholds of 0.5 are a <b>guidance proposal</b>: the sources name only "high" and "low"; calibrate them for
 * your screener.
 *
 * <pre>{@code
 * ReadinessModel model = ReadinessModel.standard();
 * model.assess(0.8, 0.2);                            // SELF_HELP
 * model.assess(0.2, 0.9);                            // INDIVIDUAL_CASE_MANAGED
 * model.route(0.8, 0.2, DecisionStatus.INDECISIVE);  // INDIVIDUAL_CASE_MANAGED
 * ReadinessModel strict = ReadinessModel.builder().capabilityThreshold(0.7).build();
 * }</pre>
 *
 * <p>All functions are pure and total over valid inputs; the model is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableReadinessModel.class)
@JsonDeserialize(as = ImmutableReadinessModel.class)
public abstract class ReadinessModel {
    /** Extended only by the generated immutable implementation. */
    ReadinessModel() {}

    /** The default threshold of both scores (a guidance proposal). */
    public static final double DEFAULT_THRESHOLD = 0.5;

    private static final ReadinessModel STANDARD = builder().build();

    /**
     * A new builder; unset thresholds default to {@value #DEFAULT_THRESHOLD}.
     *
     * @return an empty builder
     */
    public static ImmutableReadinessModel.Builder builder() {
        return ImmutableReadinessModel.builder();
    }

    /**
     * The model with the default thresholds and the CIP citations.
     *
     * @return the shared standard model
     */
    public static ReadinessModel standard() {
        return STANDARD;
    }

    /**
     * The capability score from which capability counts as high. A guidance proposal; default 0.5.
     *
     * @return a threshold in (0, 1]
     */
    @Value.Default
    public double capabilityThreshold() {
        return DEFAULT_THRESHOLD;
    }

    /**
     * The complexity score from which complexity counts as high. A guidance proposal; default 0.5.
     *
     * @return a threshold in (0, 1]
     */
    @Value.Default
    public double complexityThreshold() {
        return DEFAULT_THRESHOLD;
    }

    /**
     * The sources of the model.
     *
     * @return by default {@link CipSources#ALL}
     */
    @Value.Default
    public List<Citation> citations() {
        return CipSources.ALL;
    }

    /**
     * The capability level of a score.
     *
     * @param score a capability score in [0, 1]
     * @return {@code HIGH} when {@code score >= capabilityThreshold()}, else {@code LOW}
     * @throws IllegalArgumentException if the score is NaN or outside [0, 1]
     */
    public Capability capabilityLevel(double score) {
        return requireScore("capability", score) >= capabilityThreshold() ? Capability.HIGH : Capability.LOW;
    }

    /**
     * The complexity level of a score.
     *
     * @param score a complexity score in [0, 1]
     * @return {@code HIGH} when {@code score >= complexityThreshold()}, else {@code LOW}
     * @throws IllegalArgumentException if the score is NaN or outside [0, 1]
     */
    public Complexity complexityLevel(double score) {
        return requireScore("complexity", score) >= complexityThreshold() ? Complexity.HIGH : Complexity.LOW;
    }

    /**
     * The readiness for two scores.
     *
     * @param capability the capability score in [0, 1]
     * @param complexity the complexity score in [0, 1]
     * @return the cell of the readiness quadrant
     * @throws IllegalArgumentException if a score is NaN or outside [0, 1]
     */
    public Readiness readiness(double capability, double complexity) {
        return Readiness.of(capabilityLevel(capability), complexityLevel(complexity));
    }

    /**
     * The support level for two scores, by the readiness quadrant. Raising capability never raises the level;
     * raising complexity never lowers it.
     *
     * @param capability the capability score in [0, 1]
     * @param complexity the complexity score in [0, 1]
     * @return exactly one support level
     * @throws IllegalArgumentException if a score is NaN or outside [0, 1]
     */
    public SupportLevel assess(double capability, double complexity) {
        return readiness(capability, complexity).supportLevel();
    }

    /**
     * The support level for two scores and a decision status.
     *
     * @param capability the capability score in [0, 1]
     * @param complexity the complexity score in [0, 1]
     * @param status the decision status
     * @return {@link #route(Readiness, DecisionStatus)} of the readiness and the status
     * @throws IllegalArgumentException if a score is NaN or outside [0, 1]
     * @throws NullPointerException if status is null
     */
    public SupportLevel route(double capability, double complexity, DecisionStatus status) {
        return route(readiness(capability, complexity), status);
    }

    /**
     * The support level for an assessment; without a decision status, readiness alone decides.
     *
     * @param assessment the assessment
     * @return the support level
     * @throws NullPointerException if assessment is null
     */
    public SupportLevel route(ReadinessAssessment assessment) {
        Objects.requireNonNull(assessment, "assessment");
        Readiness readiness = readiness(assessment.capability(), assessment.complexity());
        return assessment.decisionStatus().map(s -> route(readiness, s)).orElse(readiness.supportLevel());
    }

    /**
     * Combines readiness and decision status: the higher of the readiness's support level and the status's
     * {@linkplain DecisionStatus#minimumSupport() minimum support}. So an indecisive client is always individually
     * case-managed (source: https://slideplayer.com./amp/14606364); for decided and undecided clients readiness
     * decides (a guidance proposal, §7C of the research notes).
     *
     * @param readiness the readiness
     * @param status the decision status
     * @return the support level
     * @throws NullPointerException if an argument is null
     */
    public static SupportLevel route(Readiness readiness, DecisionStatus status) {
        Objects.requireNonNull(readiness, "readiness");
        Objects.requireNonNull(status, "status");
        SupportLevel fromReadiness = readiness.supportLevel();
        SupportLevel fromStatus = status.minimumSupport();
        return fromReadiness.compareTo(fromStatus) >= 0 ? fromReadiness : fromStatus;
    }

    static double requireScore(String name, double score) {
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new IllegalArgumentException(name + " must be a number in [0, 1] but was " + score);
        }
        return score;
    }

    @Value.Check
    protected void check() {
        requireThreshold("capabilityThreshold", capabilityThreshold());
        requireThreshold("complexityThreshold", complexityThreshold());
    }

    private static void requireThreshold(String name, double threshold) {
        if (!(threshold > 0.0 && threshold <= 1.0)) {
            throw new IllegalArgumentException(name + " must be a number in (0, 1] but was " + threshold);
        }
    }
}
