/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.handover;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.careerguidance.core.meta.Beta;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Why a client is handed over to a person.
 *
 * @since 0.1.0
 */
@Beta
public enum HandoverReason {
    /** The client asked for contact. */
    OWN_REQUEST("own-request"),
    /** A safety net of the journey failed (the client struggles at this support level). */
    SAFETY_NET("safety-net"),
    /** The client stalled in the journey. */
    STALL("stall"),
    /** A follow-up found the client behind on the plan. */
    PLAN_BEHIND("plan-behind");

    private final String code;

    HandoverReason(String code) {
        this.code = code;
    }

    /**
     * The stable wire code.
     *
     * @return {@code own-request}, {@code safety-net}, {@code stall} or {@code plan-behind}
     */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * The reason for a wire code or constant name, case-insensitively.
     *
     * @param code such as {@code safety-net} or {@code SAFETY_NET}
     * @return the reason
     * @throws IllegalArgumentException for an unknown code, listing the allowed ones
     */
    @JsonCreator
    public static HandoverReason fromCode(String code) {
        Objects.requireNonNull(code, "code");
        for (HandoverReason r : values()) {
            if (r.code.equalsIgnoreCase(code) || r.name().equalsIgnoreCase(code)) {
                return r;
            }
        }
        throw new IllegalArgumentException("handover reason must be one of "
                + Arrays.stream(values()).map(HandoverReason::code).collect(Collectors.joining(", ", "[", "]"))
                + " but was '"
                + code.toLowerCase(Locale.ROOT) + "'");
    }
}
