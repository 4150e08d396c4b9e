/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.profile.ClientProfile;
import io.github.careerguidance.core.readiness.ReadinessAssessment;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One scenario: a client (profile and, optionally, a readiness assessment), a clock, the answers of one or more
 * visits and what is expected.
 *
 * <pre>{@code
 * - name: no job, clear direction, benefit
 *   profile: {employment: unemployed-with-benefit}
 *   clock: 2026-12-01T10:00:00Z
 *   visits:
 *     - answers: {q-situatie: geen-werk, q-richting: duidelijk, zelftest: 4}
 *   expect:
 *     outcome: uitkomst-plan
 *     shown: [{step: welkom, content: [ww-plicht]}]
 * }</pre>
 *
 * @since 0.2.0
 */
@Beta
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableScenario.class)
@JsonDeserialize(as = ImmutableScenario.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"name", "description", "profile", "readiness", "clock", "visits", "expect"})
public abstract class Scenario {
    /** Extended only by the generated immutable implementation. */
    Scenario() {}

    /** The clock when a scenario names none: Tuesday 1 December 2026, 11:00 in Amsterdam. */
    public static final Instant DEFAULT_CLOCK = Instant.parse("2026-12-01T10:00:00Z");

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableScenario.Builder builder() {
        return ImmutableScenario.builder();
    }

    /**
     * The name, unique in its suite; results and test names use it.
     *
     * @return the name
     */
    public abstract String name();

    /**
     * What the scenario is about, for people.
     *
     * @return the description, if any
     */
    public abstract Optional<String> description();

    /**
     * The client's profile.
     *
     * @return the profile; anonymous when not given
     */
    @Value.Default
    public ClientProfile profile() {
        return ClientProfile.anonymous();
    }

    /**
     * A readiness assessment that decides the starting support level.
     *
     * @return the assessment, if any
     */
    public abstract Optional<ReadinessAssessment> readiness();

    /**
     * The clock: the instant of the first visit (and of every visit without its own {@code at}).
     *
     * @return the instant; {@link #DEFAULT_CLOCK} when not given
     */
    @Value.Default
    public Instant clock() {
        return DEFAULT_CLOCK;
    }

    /**
     * The visits, in order; the session is stored and resumed between two visits.
     *
     * @return at least one visit
     */
    public abstract List<Visit> visits();

    /**
     * What is expected.
     *
     * @return the expectations; nothing but reaching an outcome when empty
     */
    @Value.Default
    public Expectations expect() {
        return Expectations.builder().build();
    }

    @Value.Check
    protected void check() {
        if (name().isBlank()) {
            throw new IllegalArgumentException("a scenario needs a name");
        }
        if (visits().isEmpty()) {
            throw new IllegalArgumentException("scenario '" + name() + "' needs at least one visit");
        }
    }
}
