/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine;

/**
 * Why the engine rejected an operation on a session ({@link SessionError#reason()}); the session is unchanged.
 *
 * <p>Thread-safety: an enum; constants are immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public enum ErrorReason {
    /** The session belongs to another journey than the engine's. */
    JOURNEY_MISMATCH("journeys.engine.journey-mismatch"),
    /** The step id does not exist in the journey. */
    UNKNOWN_STEP("journeys.engine.unknown-step"),
    /** The step exists but the client is at another step. */
    NOT_CURRENT_STEP("journeys.engine.not-current-step"),
    /** The step is of another kind than the operation needs (for example an answer to an information step). */
    WRONG_STEP_KIND("journeys.engine.wrong-step-kind"),
    /** The answer is of the wrong kind for the question (for example text for a scale). */
    WRONG_ANSWER_KIND("journeys.engine.wrong-answer-kind"),
    /** A chosen code is not one of the question's choices. */
    CHOICE_NOT_OFFERED("journeys.engine.choice-not-offered"),
    /** A number is outside the question's range, or not whole on a scale. */
    NUMBER_OUT_OF_RANGE("journeys.engine.number-out-of-range"),
    /** A text answer is longer than the question allows. */
    TEXT_TOO_LONG("journeys.engine.text-too-long"),
    /**
     * The answer is larger than the engine's {@link AnswerLimits} allow (text length, number of choices or digits
     * of a number); the diagnostic names the limit.
     */
    ANSWER_LIMIT_EXCEEDED("journeys.engine.answer-limit-exceeded"),
    /** The instrument could not score the responses (the diagnostics are the instrument's). */
    INSTRUMENT_RESPONSES_INVALID("journeys.engine.instrument-responses-invalid"),
    /** The session has reached an outcome; only going back and asking for a person remain. */
    SESSION_COMPLETED("journeys.engine.session-completed"),
    /** There is no earlier step to go back to. */
    NOTHING_TO_GO_BACK_TO("journeys.engine.nothing-to-go-back-to");

    private final String code;

    ErrorReason(String code) {
        this.code = code;
    }

    /**
     * The diagnostic code this reason reports under.
     *
     * @return a stable code such as {@code journeys.engine.choice-not-offered}
     */
    public String diagnosticCode() {
        return code;
    }
}
