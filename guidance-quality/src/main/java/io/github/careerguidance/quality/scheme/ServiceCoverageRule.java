/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.scheme;

import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.quality.registration.Organisation;
import io.github.careerguidance.quality.registration.Professional;
import io.github.careerguidance.quality.registration.RegistrationStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Every service the organisation offers is provided by at least one of its professionals with a valid entry in one of the accepted person schemes (type {@code service-coverage}; an integrator policy rule).
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableServiceCoverageRule.class)
@JsonDeserialize(as = ImmutableServiceCoverageRule.class)
// "deprecation": the class permits Immutables' Json twin of its implementation, which Immutables marks deprecated
@SuppressWarnings("deprecation")
public abstract sealed class ServiceCoverageRule extends Rule
        permits ImmutableServiceCoverageRule, ImmutableServiceCoverageRule.Json {
    /** Extended only by its permitted subtypes. */
    ServiceCoverageRule() {}

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

    /**
     * Evaluates whether each service of the organisation is offered by a professional who holds a valid entry of
     * one of {@link #schemes()}.
     *
     * @param c the context
     * @return the outcome
     */
    @Override
    public RuleOutcome evaluate(RuleContext c) {
        if (c.organisation().isEmpty()) {
            return wrongSubject(c);
        }
        Organisation o = c.organisation().get();
        List<String> uncovered = new ArrayList<>();
        for (String service : o.services()) {
            boolean covered = c.professionals().stream()
                    .anyMatch(p -> p.services().contains(service)
                            && schemes().stream()
                                    .anyMatch(s -> RegistrationEntries.holdsValid(
                                            c, p, s, acceptedStatuses(), Optional.empty())));
            if (!covered) {
                uncovered.add(service);
            }
        }
        // the answer changes when an entry of a professional who offers a service starts or expires
        LocalDate next = null;
        for (Professional p : c.professionals()) {
            if (p.services().stream().anyMatch(o.services()::contains)) {
                for (String s : schemes()) {
                    next = RegistrationEntries.earlier(
                            next, RegistrationEntries.nextChange(c, p, s, acceptedStatuses(), Optional.empty()));
                }
            }
        }
        return (uncovered.isEmpty()
                        ? c.pass("quality.rule.coverage.met", "services", o.services())
                        : c.fail("quality.rule.coverage.uncovered", "schemes", schemes(), "services", uncovered))
                .evidence("services", o.services())
                .changesOn(next);
    }

    @Value.Check
    protected void check() {
        checkCommon();
        if (schemes().isEmpty()) {
            throw new IllegalArgumentException("rule " + id() + ": schemes must not be empty");
        }
    }
}
