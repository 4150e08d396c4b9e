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
import org.immutables.value.Value;

/**
 * One session of an {@link EventLog}, checked against the design: the journey, the client's profile bands as far as
 * the log holds them (anonymised logs hold none), the intake goal, and the events in order, starting with
 * {@code started}. A session ends with {@code completed} or {@code dropped-out}; a session without an end
 * ({@link #ended()} false) counts as dropped out at an unknown step.
 *
 * <pre>{@code
 * long completed = log.sessions().stream().filter(ObservedSession::completed).count();
 * }</pre>
 *
 * <p>Thread-safety: immutable.
 *
 * @since 0.1.0
 */
@Beta
@Value.Immutable
@GuidanceStyle
public abstract class ObservedSession {
    /** Extended only by the generated immutable implementation. */
    ObservedSession() {}

    /** The profile fields a session may carry, in the order of the population model. */
    public static final List<String> PROFILE_FIELDS = List.of("ageBand", "educationLevel", "employment", "region");

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static ImmutableObservedSession.Builder builder() {
        return ImmutableObservedSession.builder();
    }

    /**
     * The session's key in the log (a pseudonym, or the line of a stored session).
     *
     * @return the key
     */
    public abstract String id();

    /**
     * The journey id.
     *
     * @return the id
     */
    public abstract String journey();

    /**
     * Profile bands by field ({@link #PROFILE_FIELDS}) as wire codes, such as {@code employment} to
     * {@code employed}.
     *
     * @return the bands the log holds
     */
    public abstract Map<String, String> profile();

    /**
     * The intake goal code.
     *
     * @return the goal, if the log holds it
     */
    public abstract Optional<String> goal();

    /**
     * The events in order, the first a {@code started} event.
     *
     * @return the events
     */
    public abstract List<ObservedEvent> events();

    /**
     * Whether the session reached an outcome.
     *
     * @return true when the last event is {@code completed}
     */
    public boolean completed() {
        return !events().isEmpty() && events().get(events().size() - 1).type() == LogEvent.COMPLETED;
    }

    /**
     * Whether the log says how the session ended ({@code completed} or {@code dropped-out}).
     *
     * @return true when the last event ends the session
     */
    public boolean ended() {
        return !events().isEmpty() && events().get(events().size() - 1).type().isEnd();
    }

    @Override
    public String toString() {
        return "ObservedSession{" + id() + ", " + journey() + ", events=" + events().size() + "}";
    }
}
