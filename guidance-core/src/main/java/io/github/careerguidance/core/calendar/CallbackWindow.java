/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.calendar;

import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import java.time.Instant;
import java.util.Objects;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * When a person will call a client back: from {@link #earliest()} to {@link #latest()} (both inclusive), promised
 * as "within {@link #businessDays()} business days". Computed by {@link BusinessCalendar#callbackWindow}.
 *
 * <p>In JSON: {@code {"earliest": "2026-12-07T08:00:00Z", "latest": "2026-12-09T16:00:00Z", "businessDays": 2}}.
 *
 * @since 0.1.0
 */
@Beta
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableCallbackWindow.class)
@JsonDeserialize(as = ImmutableCallbackWindow.class)
public abstract class CallbackWindow {
    /** Extended only by the generated immutable implementation. */
    CallbackWindow() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableCallbackWindow.Builder builder() {
        return ImmutableCallbackWindow.builder();
    }

    /**
     * The first moment a person can call: the contact point's next opening at or after the request.
     *
     * @return the instant
     */
    public abstract Instant earliest();

    /**
     * The last moment of the promise: the end of the opening hours of the last business day counted.
     *
     * @return the instant, not before {@link #earliest()}
     */
    public abstract Instant latest();

    /**
     * The number of business days promised.
     *
     * @return {@code >= 0}
     */
    public abstract int businessDays();

    /**
     * Whether a call at an instant keeps the promise.
     *
     * @param calledAt when the call was made
     * @return true when {@code earliest <= calledAt <= latest}
     * @throws NullPointerException if calledAt is null
     */
    public boolean contains(Instant calledAt) {
        Objects.requireNonNull(calledAt, "calledAt");
        return !calledAt.isBefore(earliest()) && !calledAt.isAfter(latest());
    }

    @Value.Check
    protected void check() {
        if (businessDays() < 0) {
            throw new IllegalArgumentException("callback window businessDays must be >= 0 but was " + businessDays());
        }
        if (latest().isBefore(earliest())) {
            throw new IllegalArgumentException(
                    "callback window latest " + latest() + " must not be before earliest " + earliest());
        }
    }
}
