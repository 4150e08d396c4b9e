/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.careerguidance.core.internal.EnumCodes;

/**
 * Why the support level of a session went up (see {@link EscalationPolicy}).
 *
 * <p>Thread-safety: an enum; constants are immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public enum EscalationReason {
    /** The client asked for a person. */
    CONTACT_REQUESTED,
    /** A safety-net question was answered with an escalating choice ("no, I am not finding what I need"). */
    SAFETY_NET,
    /** The client kept returning to the same step (a loop or stall). */
    STALLED,
    /** The journey reached a contact step at a higher level. */
    CONTACT_STEP;

    /**
     * The wire code.
     *
     * @return the lower-case code with dashes
     */
    @JsonValue
    public String code() {
        return EnumCodes.code(this);
    }

    /**
     * The reason for a code or constant name (case-insensitive).
     *
     * @param code the code
     * @return the reason
     * @throws IllegalArgumentException listing the allowed codes if none matches
     */
    @JsonCreator
    public static EscalationReason fromCode(String code) {
        return EnumCodes.fromCode(EscalationReason.class, EscalationReason::code, code, "escalation reason");
    }
}
