/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.summary;

import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.journeys.internal.Codes;
import java.time.Instant;
import java.util.SortedSet;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What a client agreed to share with a professional, item by item: which answers (by step id), which scores (by
 * the key the session keeps them under), whether the plan reference and whether the handover request id.
 * Anything not named here is not shared.
 *
 * <p>In JSON: {@code {"givenAt": "2026-12-07T10:00:00Z", "answers": ["q-situatie"], "scores": ["caas"],
 * "plan": true, "handover": true}}.
 *
 * <pre>{@code
 * ShareConsent consent = ShareConsent.builder().givenAt(now)
 *     .addAnswers("q-situatie", "q-sector").addScores("caas").plan(true).build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Beta
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableShareConsent.class)
@JsonDeserialize(as = ImmutableShareConsent.class)
public abstract class ShareConsent {
    /** Extended only by the generated immutable implementation. */
    ShareConsent() {}

    /**
     * A new builder; nothing is shared until added.
     *
     * @return an empty builder; {@code givenAt} is required
     */
    public static ImmutableShareConsent.Builder builder() {
        return ImmutableShareConsent.builder();
    }

    /**
     * When the client gave the consent.
     *
     * @return the instant
     */
    public abstract Instant givenAt();

    /**
     * The step ids whose answers may be shared.
     *
     * @return a sorted set, possibly empty
     */
    @Value.NaturalOrder
    public abstract SortedSet<String> answers();

    /**
     * The score keys (assessment step ids) whose scores may be shared.
     *
     * @return a sorted set, possibly empty
     */
    @Value.NaturalOrder
    public abstract SortedSet<String> scores();

    /**
     * Whether the reference (id and version) of the client's plan may be shared.
     *
     * @return by default false
     */
    @Value.Default
    public boolean plan() {
        return false;
    }

    /**
     * Whether the id of the handover request may be shared, so the professional can link the two.
     *
     * @return by default false
     */
    @Value.Default
    public boolean handover() {
        return false;
    }

    /**
     * Whether the consent covers an answer.
     *
     * @param stepId a step id
     * @return true when listed
     */
    public boolean coversAnswer(String stepId) {
        return answers().contains(stepId);
    }

    /**
     * Whether the consent covers a score.
     *
     * @param key a score key
     * @return true when listed
     */
    public boolean coversScore(String key) {
        return scores().contains(key);
    }

    @Value.Check
    protected void check() {
        answers().forEach(id -> Codes.requireId("shared answer step id", id));
        scores().forEach(id -> Codes.requireId("shared score key", id));
    }
}
