/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.calibration;

import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * One event of an {@link ObservedSession}, checked against the design: its type, the step it happened at, and for
 * an answer the chosen codes or number (never a text: free-text answers are not read), for an assessment the item
 * responses, for an escalation the new support level.
 *
 * <pre>{@code
 * ObservedEvent e = ObservedEvent.builder().type(LogEvent.ANSWERED).step("q-richting")
 *         .addAnswer("een-paar").build();
 * }</pre>
 *
 * <p>Thread-safety: immutable.
 *
 * @since 0.1.0
 */
@Beta
@Value.Immutable
@GuidanceStyle
public abstract class ObservedEvent {
    /** Extended only by the generated immutable implementation. */
    ObservedEvent() {}

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static ImmutableObservedEvent.Builder builder() {
        return ImmutableObservedEvent.builder();
    }

    /**
     * The type.
     *
     * @return the type
     */
    public abstract LogEvent type();

    /**
     * The step the event happened at; empty for {@code started}.
     *
     * @return the step id, or ""
     */
    @Value.Default
    public String step() {
        return "";
    }

    /**
     * The answer of an {@code answered} event: the selected choice codes, or one number in plain notation
     * ({@code 3}, {@code 2.5}). Empty when the log withholds the answer (an anonymised log) or the question takes
     * free text.
     *
     * @return the answer values
     */
    public abstract List<String> answer();

    /**
     * The item responses of an {@code assessed} event by item id; empty when withheld.
     *
     * @return the responses
     */
    public abstract Map<String, Integer> responses();

    /**
     * The support level code after an {@code escalated} event, such as {@code brief-staff-assisted}.
     *
     * @return the level, or empty
     */
    public abstract Optional<String> level();

    /**
     * The reason code of an {@code escalated} event, such as {@code safety-net}.
     *
     * @return the reason, or empty
     */
    public abstract Optional<String> reason();

    /**
     * The line of the log file the event was read from.
     *
     * @return the line from 1, or empty for a session built in memory
     */
    public abstract OptionalLong line();

    /**
     * Type and step only: the answer and responses are left out of the text (no personal data in {@code toString}).
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "ObservedEvent{" + type().code() + (step().isEmpty() ? "" : " " + step()) + "}";
    }
}
