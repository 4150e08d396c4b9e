/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.calibration;

import io.github.careerguidance.core.meta.Beta;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The type of an {@link ObservedEvent}: the engine's input events, its escalations and completions, and the end of a
 * session that did not complete ({@link #DROPPED_OUT}).
 *
 * <p>Thread-safety: an enum; constants are immutable.
 *
 * @since 0.1.0
 */
@Beta
public enum LogEvent {
    /** The session started: journey, profile bands, intake goal. */
    STARTED,
    /** A question was answered (the answer may be withheld in an anonymised log). */
    ANSWERED,
    /** An assessment was completed (the responses may be withheld). */
    ASSESSED,
    /** The client went on from an information, reflection, action or contact step. */
    PROCEEDED,
    /** The client went back one step. */
    MOVED_BACK,
    /** The client asked for a person. */
    CONTACT_REQUESTED,
    /** The support level went up. */
    ESCALATED,
    /** An outcome step was reached; the session ends. */
    COMPLETED,
    /** The client left at this step without reaching an outcome; the session ends. */
    DROPPED_OUT;

    /**
     * The wire code: the constant name in lower case with dashes ({@code contact-requested}).
     *
     * @return the code
     */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Whether the event is the client acting on the step it is at (answer, assess, proceed, back), after which
     * the engine moves the client on.
     *
     * @return true for an action
     */
    public boolean isAction() {
        return this == ANSWERED || this == ASSESSED || this == PROCEEDED || this == MOVED_BACK;
    }

    /**
     * Whether the event ends a session.
     *
     * @return true for {@link #COMPLETED} and {@link #DROPPED_OUT}
     */
    public boolean isEnd() {
        return this == COMPLETED || this == DROPPED_OUT;
    }

    /**
     * The type for a code (case-insensitive).
     *
     * @param code the code
     * @return the type, or empty
     */
    public static Optional<LogEvent> fromCode(String code) {
        for (LogEvent e : values()) {
            if (e.code().equalsIgnoreCase(code.trim())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * The codes, comma-separated, for messages.
     *
     * @return the codes
     */
    static String codes() {
        return Arrays.stream(values()).map(LogEvent::code).collect(Collectors.joining(", "));
    }
}
