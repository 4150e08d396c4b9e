/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.careerguidance.core.contact.ContactChannel;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.text.LocalizedText;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A touchpoint where the client reviews the plan with a professional: when, by which channel, and what to
 * prepare. England's action plans have no review date (research notes {@code shared/research/peer-portals.md});
 * guidance makes the reflection with a person part of the plan.
 *
 * <p>In JSON: {@code {"id": "evaluatie-1", "when": "P28D", "channel": "video", "professional": {"nl":
 * "loopbaanadviseur", "en": "career adviser"}, "prepare": {"nl": "Neem je Werkmap en je cv mee", "en": "..."}}}.
 *
 * @since 0.1.0
 */
@Beta
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableReview.class)
@JsonDeserialize(as = ImmutableReview.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public abstract class Review {
    /** Extended only by the generated immutable implementation. */
    Review() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableReview.Builder builder() {
        return ImmutableReview.builder();
    }

    /**
     * The id, unique among the plan's reviews.
     *
     * @return the id
     */
    public abstract String id();

    /**
     * When the review takes place: a date, or a period after acceptance.
     *
     * @return the date
     */
    public abstract PlanDate when();

    /**
     * How client and professional meet.
     *
     * @return the channel
     */
    public abstract ContactChannel channel();

    /**
     * What the client prepares.
     *
     * @return the text
     */
    public abstract LocalizedText prepare();

    /**
     * Who the client meets, as a role such as "loopbaanadviseur" (never a person's name).
     *
     * @return the role, if given
     */
    public abstract Optional<LocalizedText> professional();
}
