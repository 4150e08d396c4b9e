/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.scheme;

import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.quality.registration.Organisation;
import io.github.careerguidance.quality.registration.OrganisationMark;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The services a mark covers are in the scheme's list of services (type {@code service-list}; research rule
 * BOW-SERVICE: the Blik op Werk keurmerk covers 12 services).
 *
 * <p>The list is data: {@link #services()} holds the service codes the sources name, {@link #complete()} says
 * whether that is the whole list. A service outside a complete list fails; outside an incomplete one it is
 * {@code not-assessable}, never failed on a guess. The services checked are those of the organisation's latest mark
 * of {@link #markScheme()}; on admission, an applicant without a mark that lists services is checked on the
 * organisation's own {@link Organisation#services()}.
 *
 * @since 0.2.0
 */
@Beta
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableServiceListRule.class)
@JsonDeserialize(as = ImmutableServiceListRule.class)
// "deprecation": the class permits Immutables' Json twin of its implementation, which Immutables marks deprecated
@SuppressWarnings("deprecation")
public abstract sealed class ServiceListRule extends Rule
        permits ImmutableServiceListRule, ImmutableServiceListRule.Json {
    /** Extended only by its permitted subtypes. */
    ServiceListRule() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableServiceListRule.Builder builder() {
        return ImmutableServiceListRule.builder();
    }

    @Override
    public Subject subject() {
        return Subject.ORGANISATION;
    }

    /**
     * The scheme of the mark whose services are checked.
     *
     * @return the scheme id
     */
    public abstract String markScheme();

    /**
     * The service codes of the scheme's list that the sources name.
     *
     * @return the codes, at least one
     */
    public abstract List<String> services();

    /**
     * Whether {@link #services()} is the whole list.
     *
     * @return true unless stated
     */
    @Value.Default
    public boolean complete() {
        return true;
    }

    /**
     * How many services the whole list has, as the sources say, when they say so.
     *
     * @return the number, if known
     */
    public abstract Optional<Integer> totalServices();

    /**
     * Evaluates the services of the mark against the list.
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
        OrganisationMark mark = RegistrationEntries.latestMark(o.marksOf(markScheme()));
        List<String> offered = mark != null && !mark.services().isEmpty()
                ? mark.services()
                : c.purpose() == Purpose.ADMISSION ? o.services() : List.of();
        if (offered.isEmpty()) {
            return c.notAssessable("quality.rule.evidence-missing", "evidence", "mark-services");
        }
        List<String> outside = new ArrayList<>();
        for (String s : offered) {
            if (!services().contains(s)) {
                outside.add(s);
            }
        }
        RuleOutcome out;
        if (outside.isEmpty()) {
            out = c.pass("quality.rule.service-list.met", "services", offered);
        } else if (complete()) {
            out = c.fail("quality.rule.service-list.outside", "services", outside);
        } else {
            out = c.notAssessable(
                    "quality.rule.service-list.unknown", "known", services().size(), "services", outside);
        }
        return out.evidence("services", offered)
                .evidence("listedServices", totalServices().orElse(null));
    }

    @Value.Check
    protected void check() {
        checkCommon();
        if (services().isEmpty()) {
            throw new IllegalArgumentException("rule " + id() + ": services must not be empty");
        }
        requirePositive("totalServices", totalServices());
        if (totalServices().isPresent() && totalServices().get() < services().size()) {
            throw new IllegalArgumentException("rule " + id() + ": totalServices must be at least the "
                    + services().size() + " services listed but was "
                    + totalServices().get());
        }
    }
}
