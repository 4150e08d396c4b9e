/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.summary;

import io.github.careerguidance.core.competence.CompetenceProfile;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.profile.Answer;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Everything a summary could hold, before the client's consent is applied: typically a session's answers and
 * scores, the reference of its plan and the id of its handover request. Not serialized; {@link
 * SharedSummary#from(ShareConsent, SummarySource, String, java.time.Instant, java.time.Instant)} keeps only what
 * the consent allows.
 *
 * <pre>{@code
 * SummarySource source = SummarySource.builder()
 *     .putAllAnswers(session.answers()).putAllScores(session.scores())
 *     .plan(PlanReference.of("plan-7f3a", "2")).handoverRequestId(request.id()).build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Beta
@Value.Immutable
@GuidanceStyle
public abstract class SummarySource {
    /** Extended only by the generated immutable implementation. */
    SummarySource() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableSummarySource.Builder builder() {
        return ImmutableSummarySource.builder();
    }

    /**
     * The answers by step id.
     *
     * @return the answers, possibly empty
     */
    public abstract Map<String, Answer> answers();

    /**
     * The scores by key (assessment step id).
     *
     * @return the scores, possibly empty
     */
    public abstract Map<String, CompetenceProfile> scores();

    /**
     * The client's plan.
     *
     * @return the reference, if there is a plan
     */
    public abstract Optional<PlanReference> plan();

    /**
     * The id of the client's handover request.
     *
     * @return the id, if there is one
     */
    public abstract Optional<String> handoverRequestId();
}
