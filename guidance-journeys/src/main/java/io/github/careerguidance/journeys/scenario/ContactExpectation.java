/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The contact offer on a step at an instant ({@code JourneyEngine.view(session, at, points)}): whether it is active,
 * which contact points are open then, and when the first one opens. Only the fields given are checked.
 *
 * <pre>{@code
 * contact:
 *   - {at: 2026-12-05T11:00:00Z, active: true, openNow: [], nextOpening: 2026-12-07T08:00:00Z}   # a Saturday
 * }</pre>
 *
 * @since 0.2.0
 */
@Beta
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableContactExpectation.class)
@JsonDeserialize(as = ImmutableContactExpectation.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"step", "at", "active", "openNow", "nextOpening"})
public abstract class ContactExpectation {
    /** Extended only by the generated immutable implementation. */
    ContactExpectation() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableContactExpectation.Builder builder() {
        return ImmutableContactExpectation.builder();
    }

    /**
     * The step whose offer is checked (the last time the path reached it).
     *
     * @return the step id; the last step of the scenario when empty
     */
    public abstract Optional<String> step();

    /**
     * The instant of the view.
     *
     * @return the instant
     */
    public abstract Instant at();

    /**
     * Whether the offer is shown actively (the support level asks for a person).
     *
     * @return the expected value, if checked
     */
    public abstract Optional<Boolean> active();

    /**
     * The ids of the contact points open at the instant, in any order.
     *
     * @return the expected ids, if checked (an empty list: none is open)
     */
    public abstract Optional<List<String>> openNow();

    /**
     * The earliest next opening among the offered contact points.
     *
     * @return the expected instant, if checked
     */
    public abstract Optional<Instant> nextOpening();
}
