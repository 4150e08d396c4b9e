/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.summary;

import io.github.careerguidance.core.competence.CompetenceProfile;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.journeys.internal.Codes;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.UUID;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What a client chose to share with a professional: the answers, scores, plan reference and handover request id
 * that a {@link ShareConsent} allows, and nothing else. What was not consented is <b>absent</b>, not masked: there
 * is no key, no placeholder and no count of what was left out.
 *
 * <p>The summary carries its consent, and construction refuses any item the consent does not cover, so a summary
 * read from JSON cannot hold more than its consent either. Build one with {@link #from(ShareConsent,
 * SummarySource, String, Instant, Instant)}, which also guarantees the converse: every consented item that the
 * source has is in the summary. Sign it with {@link SummarySigner}; a professional's system checks it with {@link
 * SummaryVerifier}.
 *
 * <pre>{@code
 * SharedSummary summary = SharedSummary.from(consent, source, "sum-" + UUID.randomUUID(),
 *         now, now.plus(Duration.ofDays(30)));   // the lifetime is the embedder's choice
 * }</pre>
 *
 * <p>{@link #toString()} shows ids and keys only, never an answer or a score.
 *
 * @since 0.1.0
 */
@Beta
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableSharedSummary.class)
@JsonDeserialize(as = ImmutableSharedSummary.class)
public abstract class SharedSummary {
    /** Extended only by the generated immutable implementation. */
    SharedSummary() {}

    /**
     * A new builder. The checks of the value apply: prefer {@link #from}, which selects by the consent.
     *
     * @return an empty builder
     */
    public static ImmutableSharedSummary.Builder builder() {
        return ImmutableSharedSummary.builder();
    }

    /**
     * The summary of what a consent allows from a source.
     *
     * @param consent what the client agreed to share
     * @param source everything that could be shared
     * @param id the summary id (a letter or digit, then letters, digits, '.', '_' or '-'; at most 64)
     * @param issuedAt when the summary is issued; not before the consent was given
     * @param expiresAt when it expires; after issuedAt
     * @return the summary: each consented item the source has, and no other
     * @throws IllegalArgumentException if the id or the dates are invalid
     * @throws NullPointerException if an argument is null
     */
    public static SharedSummary from(
            ShareConsent consent, SummarySource source, String id, Instant issuedAt, Instant expiresAt) {
        Objects.requireNonNull(consent, "consent");
        Objects.requireNonNull(source, "source");
        ImmutableSharedSummary.Builder builder =
                builder().id(id).issuedAt(issuedAt).expiresAt(expiresAt).consent(consent);
        for (Map.Entry<String, Answer> answer : source.answers().entrySet()) {
            if (consent.coversAnswer(answer.getKey())) {
                builder.putAnswer(answer.getKey(), answer.getValue());
            }
        }
        for (Map.Entry<String, CompetenceProfile> score : source.scores().entrySet()) {
            if (consent.coversScore(score.getKey())) {
                builder.putScore(score.getKey(), score.getValue());
            }
        }
        if (consent.plan()) {
            builder.plan(source.plan());
        }
        if (consent.handover()) {
            builder.handoverRequestId(source.handoverRequestId());
        }
        return builder.build();
    }

    /**
     * A new random summary id.
     *
     * @return such as {@code sum-3f2b...}, 40 characters
     */
    public static String newId() {
        return "sum-" + UUID.randomUUID();
    }

    /**
     * The id, by which a summary is revoked.
     *
     * @return the id
     */
    public abstract String id();

    /**
     * When the summary was issued.
     *
     * @return the instant
     */
    public abstract Instant issuedAt();

    /**
     * When the summary expires; from this instant on it is refused.
     *
     * @return the instant, after {@link #issuedAt()}
     */
    public abstract Instant expiresAt();

    /**
     * The consent the summary was made under.
     *
     * @return the consent
     */
    public abstract ShareConsent consent();

    /**
     * The shared answers by step id.
     *
     * @return a sorted map; its keys are consented answers
     */
    @Value.NaturalOrder
    public abstract SortedMap<String, Answer> answers();

    /**
     * The shared scores by key.
     *
     * @return a sorted map; its keys are consented scores
     */
    @Value.NaturalOrder
    public abstract SortedMap<String, CompetenceProfile> scores();

    /**
     * The shared plan reference.
     *
     * @return the reference; absent unless consented and available
     */
    public abstract Optional<PlanReference> plan();

    /**
     * The shared handover request id.
     *
     * @return the id; absent unless consented and available
     */
    public abstract Optional<String> handoverRequestId();

    /**
     * Whether the summary has expired at an instant.
     *
     * @param now the instant
     * @return true when {@code now >= expiresAt}
     */
    public boolean isExpiredAt(Instant now) {
        return !Objects.requireNonNull(now, "now").isBefore(expiresAt());
    }

    @Value.Check
    protected void check() {
        Codes.requireId("summary id", id());
        if (!issuedAt().isBefore(expiresAt())) {
            throw new IllegalArgumentException("summary '" + id() + "' must expire after it is issued but expiresAt "
                    + expiresAt() + " is not after issuedAt " + issuedAt());
        }
        if (consent().givenAt().isAfter(issuedAt())) {
            throw new IllegalArgumentException("summary '" + id() + "' is issued at " + issuedAt()
                    + ", before its consent was given at " + consent().givenAt());
        }
        for (String key : answers().keySet()) {
            if (!consent().coversAnswer(key)) {
                throw new IllegalArgumentException(
                        "summary '" + id() + "' holds answer '" + key + "' which its consent does not cover");
            }
        }
        for (String key : scores().keySet()) {
            if (!consent().coversScore(key)) {
                throw new IllegalArgumentException(
                        "summary '" + id() + "' holds score '" + key + "' which its consent does not cover");
            }
        }
        if (plan().isPresent() && !consent().plan()) {
            throw new IllegalArgumentException(
                    "summary '" + id() + "' holds a plan reference which its consent does" + " not cover");
        }
        if (handoverRequestId().isPresent()) {
            if (!consent().handover()) {
                throw new IllegalArgumentException(
                        "summary '" + id() + "' holds a handover request id which its" + " consent does not cover");
            }
            Codes.requireId("summary handover request id", handoverRequestId().get());
        }
    }

    /**
     * The summary for logs, without any answer or score.
     *
     * @return such as {@code SharedSummary{id=sum-1, answers=[q-situatie], scores=[], plan=true, expiresAt=...}}
     */
    @Override
    public String toString() {
        return "SharedSummary{id=" + id() + ", answers=" + answers().keySet() + ", scores=" + scores().keySet()
                + ", plan=" + plan().isPresent() + ", handover="
                + handoverRequestId().isPresent() + ", expiresAt="
                + expiresAt() + "}";
    }
}
