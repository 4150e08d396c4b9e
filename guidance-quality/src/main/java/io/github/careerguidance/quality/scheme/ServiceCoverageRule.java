/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.scheme;

import io.github.careerguidance.core.meta.GuidanceStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;
import io.github.careerguidance.quality.registration.RegistrationStatus;

/**
 * Every service the organisation offers is provided by at least one of its professionals with a valid entry in one of the accepted person schemes (type {@code service-coverage}; an integrator policy rule).
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableServiceCoverageRule.class)
@JsonDeserialize(as = ImmutableServiceCoverageRule.class)
public abstract class ServiceCoverageRule extends Rule {

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableServiceCoverageRule.Builder builder() {
        return ImmutableServiceCoverageRule.builder();
    }

    @Override
    public Subject subject() {
        return Subject.ORGANISATION;
    }

    /**
     * The person schemes that count.
     *
     * @return the scheme ids, at least one
     */
    public abstract List<String> schemes();

    /**
     * The statuses that count.
     *
     * @return {@code [active]} unless stated
     */
    @Value.Default
    public List<RegistrationStatus> acceptedStatuses() {
        return List.of(RegistrationStatus.ACTIVE);
    }

    @Value.Check
    protected void check() {
        checkCommon();
        if (schemes().isEmpty()) {
            throw new IllegalArgumentException("rule " + id() + ": schemes must not be empty");
        }
    }
}
