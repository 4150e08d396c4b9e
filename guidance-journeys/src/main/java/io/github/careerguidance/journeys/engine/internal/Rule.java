/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine.internal;

import io.github.careerguidance.core.competence.CompetenceProfile;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.core.readiness.SupportLevel;
import java.util.Map;

/**
 * A compiled {@link io.github.careerguidance.journeys.model.Condition}: evaluates without allocating. Not API.
 *
 * <p>Thread-safety: compiled rules are stateless and safe for concurrent use.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface Rule {
    /** A rule that always holds (a content item or transition without a condition). */
    Rule ALWAYS = (answers, scores, profile, level, plan) -> true;

    /**
     * Evaluates the rule over a client's facts.
     *
     * @param answers answers by question step id
     * @param scores scores by score key
     * @param profile the client's profile fields as conditions compare them, by {@code ProfileField} ordinal
     *     ({@link Rules#profileCodes}), so that a rule reads no {@code Optional} accessor
     * @param level the current support level
     * @param plan progress on the plan a follow-up session reviews, {@link PlanFacts#NONE} in other sessions
     * @return whether the condition holds; a comparison over an absent fact is false
     */
    boolean test(
            Map<String, Answer> answers,
            Map<String, CompetenceProfile> scores,
            String[] profile,
            SupportLevel level,
            PlanFacts plan);
}
