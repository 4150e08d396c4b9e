/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.readiness.SupportLevel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What a scenario expects; only what is given is checked, in this order: the path, the outcome, the support level,
 * content shown, contact offers, then the extensions.
 *
 * <pre>{@code
 * expect:
 *   path: [welkom, q-situatie, q-richting, zelftest, info-opties, gesprek, uitkomst]
 *   outcome: uitkomst
 *   supportLevel: brief-staff-assisted
 *   shown: [{step: info-opties, content: [kort-lijstje]}]
 *   contact: [{at: 2026-12-01T10:00:00Z, active: true}]
 * }</pre>
 *
 * @since 0.2.0
 */
@Beta
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableExpectations.class)
@JsonDeserialize(as = ImmutableExpectations.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"path", "outcome", "supportLevel", "shown", "contact", "extensions"})
public abstract class Expectations {
    /** Extended only by the generated immutable implementation. */
    Expectations() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableExpectations.Builder builder() {
        return ImmutableExpectations.builder();
    }

    /**
     * The whole path: the engine's path ({@code Session.path()}, the steps before the current one) and the step the
     * scenario ends on.
     *
     * @return the step ids; not checked when empty
     */
    public abstract List<String> path();

    /**
     * The outcome step the scenario ends on.
     *
     * @return the step id, if checked
     */
    public abstract Optional<String> outcome();

    /**
     * The support level at the end.
     *
     * @return the level, if checked
     */
    public abstract Optional<SupportLevel> supportLevel();

    /**
     * Content shown or hidden on steps.
     *
     * @return the expectations
     */
    public abstract List<ContentExpectation> shown();

    /**
     * Contact offers at instants.
     *
     * @return the expectations
     */
    public abstract List<ContactExpectation> contact();

    /**
     * Expectations for an {@link ExpectationCheck} of the same name (plan actions, for example), as plain values.
     * A name no check was added for is a divergence, so a misspelt or unsupported expectation never passes silently.
     *
     * @return the expected values by check name
     */
    public abstract Map<String, Object> extensions();
}
