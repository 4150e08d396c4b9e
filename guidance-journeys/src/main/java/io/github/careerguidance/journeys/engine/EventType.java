/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.careerguidance.core.internal.EnumCodes;

/**
 * The type of a {@link SessionEvent}. <em>Input</em> events record what the client (or portal) did and are what
 * {@link JourneyEngine#replay(java.util.List)} replays; the other events are consequences the engine derives and
 * logs, and replay derives them again.
 *
 * <p>In JSON a constant is written as its lower-case code with dashes ({@code moved-back}).
 *
 * <p>Thread-safety: an enum; constants are immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public enum EventType {
    /** The session started (input): journey, version, profile, optional readiness assessment, starting level. */
    STARTED(true),
    /** A question was answered (input): step and answer. */
    ANSWERED(true),
    /** An assessment was completed (input): step and item responses. */
    ASSESSED(true),
    /** The client went on from an information, reflection, action or contact step (input). */
    PROCEEDED(true),
    /** The client went back one step (input). */
    MOVED_BACK(true),
    /** The client asked for a person (input). */
    CONTACT_REQUESTED(true),
    /** The session was resumed against another version of the journey (input): from and to version. */
    RESUMED(true),
    /** A safety-net question was answered (derived): step and core safety-net outcome. */
    SAFETY_NET_ANSWERED(false),
    /** The support level went up (derived): from, to and reason. */
    ESCALATED(false),
    /** An outcome step was reached (derived). */
    COMPLETED(false);

    private final boolean input;

    EventType(boolean input) {
        this.input = input;
    }

    /**
     * Whether this is an input event, which replay applies; derived events are recomputed by replay.
     *
     * @return true for input events
     */
    public boolean isInput() {
        return input;
    }

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
     * The event type for a code or constant name (case-insensitive).
     *
     * @param code the code
     * @return the event type
     * @throws IllegalArgumentException listing the allowed codes if none matches
     */
    @JsonCreator
    public static EventType fromCode(String code) {
        return EnumCodes.fromCode(EventType.class, EventType::code, code, "event type");
    }
}
