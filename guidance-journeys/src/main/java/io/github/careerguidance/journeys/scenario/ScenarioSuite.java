/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.careerguidance.core.contact.ContactPoint;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A scenario file: the scenarios of one journey, with the contact points their contact offers are checked against.
 *
 * <pre>{@code
 * journey: looking-for-work
 * contactPoints:
 *   - id: loket
 *     name: {nl: Loket, en: Desk}
 *     channels: [phone]
 *     hours: {zone: Europe/Amsterdam, weekly: {monday: ["09:00-17:00"]}}
 * scenarios:
 *   - name: ...
 * }</pre>
 *
 * @since 0.2.0
 */
@Beta
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableScenarioSuite.class)
@JsonDeserialize(as = ImmutableScenarioSuite.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"journey", "version", "contactPoints", "scenarios"})
public abstract class ScenarioSuite {
    /** Extended only by the generated immutable implementation. */
    ScenarioSuite() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableScenarioSuite.Builder builder() {
        return ImmutableScenarioSuite.builder();
    }

    /**
     * The id of the journey the scenarios are for.
     *
     * @return the journey id
     */
    public abstract String journey();

    /**
     * The journey version the scenarios were written for; a run against another version is a divergence.
     *
     * @return the version, if pinned
     */
    public abstract Optional<String> version();

    /**
     * The contact points offered in the views (as in {@code JourneyEngine.view(session, now, points)}); none when
     * empty, unless the runner was given some.
     *
     * @return the contact points
     */
    public abstract List<ContactPoint> contactPoints();

    /**
     * The scenarios.
     *
     * @return at least one scenario
     */
    public abstract List<Scenario> scenarios();

    @Value.Check
    protected void check() {
        if (scenarios().isEmpty()) {
            throw new IllegalArgumentException("a scenario file needs at least one scenario");
        }
        Set<String> names = new HashSet<>();
        for (Scenario s : scenarios()) {
            if (!names.add(s.name())) {
                throw new IllegalArgumentException("scenario name '" + s.name() + "' appears more than once");
            }
        }
    }
}
