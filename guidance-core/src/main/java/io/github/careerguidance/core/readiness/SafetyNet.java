/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.readiness;

import io.github.careerguidance.core.text.LocalizedText;
import java.util.Objects;

/**
 * The CIP safety net: brief periodic checks of self-help users that move struggling users up a level.
 *
 * <p>Source: https://issuhub.com/view/index?id=4663&amp;pageIndex=356 (the check "Are you finding the information
 * you need?" and moving struggling users up). Applying the same rule at every level (brief staff-assisted to
 * individual case-managed) and treating a {@linkplain SafetyNetOutcome#STALLED stalled} client like a struggling
 * one are guidance proposals ({@code shared/research/models-and-portals.md} §7C).
 *
 * <pre>{@code
 * SupportLevel level = SafetyNet.apply(SupportLevel.SELF_HELP, SafetyNetCheck.of(SafetyNetOutcome.STRUGGLING));
 * // BRIEF_STAFF_ASSISTED
 * }</pre>
 *
 * <p>The functions are pure; they never lower a level.
 *
 * @since 0.1.0
 */
public final class SafetyNet {
    /**
     * The check question. The English text is quoted from the source; the Dutch text is a guidance translation.
     */
    public static final LocalizedText QUESTION =
            LocalizedText.of("Vind je de informatie die je nodig hebt?", "Are you finding the information you need?");

    private SafetyNet() {}

    /**
     * The support level after a safety-net check.
     *
     * @param level the current level
     * @param check the check
     * @return {@code level.escalate()} when the check {@linkplain SafetyNetOutcome#escalates() escalates}, else
     *     {@code level}; {@code INDIVIDUAL_CASE_MANAGED} stays where it is
     * @throws NullPointerException if an argument is null
     */
    public static SupportLevel apply(SupportLevel level, SafetyNetCheck check) {
        Objects.requireNonNull(check, "check");
        return apply(level, check.outcome());
    }

    /**
     * The support level after a safety-net check outcome.
     *
     * @param level the current level
     * @param outcome the outcome of the check
     * @return {@code level.escalate()} for {@code STRUGGLING} and {@code STALLED}, else {@code level}
     * @throws NullPointerException if an argument is null
     */
    public static SupportLevel apply(SupportLevel level, SafetyNetOutcome outcome) {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(outcome, "outcome");
        return outcome.escalates() ? level.escalate() : level;
    }

    /**
     * Whether a client at this level needs safety-net checks: self-help users do, since no professional watches
     * their progress.
     *
     * @param level the level
     * @return true for {@code SELF_HELP}
     * @throws NullPointerException if level is null
     */
    public static boolean appliesTo(SupportLevel level) {
        return !Objects.requireNonNull(level, "level").involvesProfessional();
    }
}
