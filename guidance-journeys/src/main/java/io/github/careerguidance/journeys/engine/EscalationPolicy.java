/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine;

import io.github.careerguidance.core.citation.Citation;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.readiness.CipSources;
import io.github.careerguidance.core.readiness.ReadinessModel;
import io.github.careerguidance.core.readiness.SupportLevel;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * When a session's support level goes up, applied by the engine on every step.
 *
 * <ul>
 *   <li>Start: with a core {@code ReadinessAssessment} the CIP readiness model decides the level ([S] capability x
 *       complexity, indecisive to case-managed); without one, {@link #defaultLevel()} ([P] self-help, with the
 *       safety net).</li>
 *   <li>The client can always ask for a person: {@link JourneyEngine#requestContact(Session)} raises the level to at
 *       least {@link #contactRequestLevel()} ([P] brief staff-assisted).</li>
 *   <li>A safety-net question (one with a choice marked {@code escalate}) answered with an escalating choice moves
 *       the client up one level ([S] the CIP safety net for self-help users, via core {@code SafetyNet}; applying
 *       it at brief staff-assisted too, up to case-managed, is [P]: the journey's author marked the choice).</li>
 *   <li>Entering the same step for the {@link #stallVisits()}-th time (and every multiple) counts as a stall and
 *       moves the client up one level ([S] "stalling" in the research's CIP routing proposal; the count N is [P]
 *       guidance's default 3, configurable; 0 turns it off).</li>
 *   <li>Reaching a contact step raises the level to that step's level when {@link #raiseOnContactStep()} ([P]).</li>
 * </ul>
 * [S] = sourced (see {@link #citations()}), [P] = guidance's proposal.
 *
 * <pre>{@code
 * EscalationPolicy policy = EscalationPolicy.builder().stallVisits(4).build();
 * }</pre>
 *
 * <p>Thread-safety: immutable; one policy may be shared by any number of engines and threads.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableEscalationPolicy.class)
@JsonDeserialize(as = ImmutableEscalationPolicy.class)
public abstract class EscalationPolicy {
    /** Extended only by the generated immutable implementation. */
    EscalationPolicy() {}

    /** The default number of visits to one step that counts as a stall (a guidance proposal). */
    public static final int DEFAULT_STALL_VISITS = 3;

    private static final EscalationPolicy DEFAULTS = builder().build();

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static ImmutableEscalationPolicy.Builder builder() {
        return ImmutableEscalationPolicy.builder();
    }

    /**
     * The default policy.
     *
     * @return the policy with every default
     */
    public static EscalationPolicy ofDefaults() {
        return DEFAULTS;
    }

    /**
     * The CIP readiness model that turns a readiness assessment into the starting level.
     *
     * @return the model; default {@link ReadinessModel#standard()}
     */
    @Value.Default
    public ReadinessModel readinessModel() {
        return ReadinessModel.standard();
    }

    /**
     * The starting level when no readiness assessment was made.
     *
     * @return the level; default self-help
     */
    @Value.Default
    public SupportLevel defaultLevel() {
        return SupportLevel.SELF_HELP;
    }

    /**
     * The level a request for a person raises the client to (at least).
     *
     * @return a level that involves a professional; default brief staff-assisted
     */
    @Value.Default
    public SupportLevel contactRequestLevel() {
        return SupportLevel.BRIEF_STAFF_ASSISTED;
    }

    /**
     * How many visits to one step count as a stall; every multiple escalates again.
     *
     * @return 0 (off) or at least 2; default {@value #DEFAULT_STALL_VISITS}
     */
    @Value.Default
    public int stallVisits() {
        return DEFAULT_STALL_VISITS;
    }

    /**
     * Whether reaching a contact step raises the level to the step's level.
     *
     * @return default true
     */
    @Value.Default
    public boolean raiseOnContactStep() {
        return true;
    }

    /**
     * The sources of the sourced rules.
     *
     * @return default the CIP readiness quadrant and safety net
     */
    @Value.Default
    public List<Citation> citations() {
        return List.of(CipSources.READINESS_QUADRANT, CipSources.SAFETY_NET);
    }

    @Value.Check
    protected void check() {
        if (stallVisits() != 0 && stallVisits() < 2) {
            throw new IllegalArgumentException("stallVisits must be 0 (off) or >= 2 but was " + stallVisits());
        }
        if (!contactRequestLevel().involvesProfessional()) {
            throw new IllegalArgumentException("contactRequestLevel must involve a professional but was '"
                    + contactRequestLevel().code() + "'");
        }
    }
}
