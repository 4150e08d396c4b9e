/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.readiness;

import io.github.careerguidance.core.meta.GuidanceStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The result of one safety-net check of a client using (mostly) self-help.
 *
 * <pre>{@code
 * SafetyNetCheck check = SafetyNetCheck.of(SafetyNetOutcome.STRUGGLING);
 * SafetyNet.apply(SupportLevel.SELF_HELP, check); // BRIEF_STAFF_ASSISTED
 * }</pre>
 *
 * @see SafetyNet
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableSafetyNetCheck.class)
@JsonDeserialize(as = ImmutableSafetyNetCheck.class)
public abstract class SafetyNetCheck {
    /** Extended only by the generated immutable implementation. */
    SafetyNetCheck() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableSafetyNetCheck.Builder builder() {
        return ImmutableSafetyNetCheck.builder();
    }

    /**
     * A check with only an outcome.
     *
     * @param outcome the outcome
     * @return the check
     * @throws NullPointerException if outcome is null
     */
    public static SafetyNetCheck of(SafetyNetOutcome outcome) {
        return builder().outcome(outcome).build();
    }

    /**
     * What the check found.
     *
     * @return the outcome
     */
    public abstract SafetyNetOutcome outcome();

    /**
     * When the check was made.
     *
     * @return the moment, if recorded
     */
    public abstract Optional<Instant> checkedAt();

    /**
     * A free-text note by the client or the professional.
     *
     * @return the note, if any
     */
    public abstract Optional<String> note();
}
