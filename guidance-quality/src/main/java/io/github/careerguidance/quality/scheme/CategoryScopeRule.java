/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.scheme;

import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.quality.registration.PersonRegistration;
import io.github.careerguidance.quality.registration.Professional;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A category of a register does not cover some services (type {@code category-scope}; research rule CDI-SCOPE: a
 * Registered Careers Leader is not qualified to give personal guidance).
 *
 * <p>The category is the {@link PersonRegistration#level()} of the professional's latest entry in
 * {@link #registrationScheme()}. A professional who offers none of {@link #excludedServices()} passes whatever the
 * category; one who offers them fails in {@link #category()}, passes in another category, and is
 * {@code not-assessable} when the entry gives no category.
 *
 * @since 0.2.0
 */
@Beta
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableCategoryScopeRule.class)
@JsonDeserialize(as = ImmutableCategoryScopeRule.class)
// "deprecation": the class permits Immutables' Json twin of its implementation, which Immutables marks deprecated
@SuppressWarnings("deprecation")
public abstract sealed class CategoryScopeRule extends Rule
        permits ImmutableCategoryScopeRule, ImmutableCategoryScopeRule.Json {
    /** Extended only by its permitted subtypes. */
    CategoryScopeRule() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableCategoryScopeRule.Builder builder() {
        return ImmutableCategoryScopeRule.builder();
    }

    @Override
    public Subject subject() {
        return Subject.PERSON;
    }

    /**
     * The scheme whose entry gives the category.
     *
     * @return the scheme id
     */
    public abstract String registrationScheme();

    /**
     * The category (an entry's level) the services are excluded for, such as {@code careers-leader}.
     *
     * @return the category code
     */
    public abstract String category();

    /**
     * The service codes (as in {@link io.github.careerguidance.quality.registration.Professional#services()}) the category may not offer.
     *
     * @return the codes, at least one
     */
    public abstract List<String> excludedServices();

    /**
     * Evaluates the professional's services against the category of the entry.
     *
     * @param c the context
     * @return the outcome
     */
    @Override
    public RuleOutcome evaluate(RuleContext c) {
        if (c.professional().isEmpty()) {
            return wrongSubject(c);
        }
        Professional p = c.professional().get();
        List<String> offered = new ArrayList<>();
        for (String s : p.services()) {
            if (excludedServices().contains(s)) {
                offered.add(s);
            }
        }
        PersonRegistration entry = RegistrationEntries.latest(p.registrationsIn(registrationScheme()));
        String level = entry == null ? null : entry.level().orElse(null);
        RuleOutcome out;
        if (offered.isEmpty()) {
            out = c.pass("quality.rule.scope.met", "category", category(), "services", excludedServices());
        } else if (level == null) {
            out = c.notAssessable("quality.rule.evidence-missing", "evidence", "category");
        } else if (level.equalsIgnoreCase(category())) {
            out = c.fail("quality.rule.scope.outside", "category", category(), "services", offered);
        } else {
            out = c.pass(
                    "quality.rule.scope.other-category",
                    "category",
                    level,
                    "restricted",
                    category(),
                    "services",
                    offered);
        }
        return out.evidence("category", level).evidence("services", p.services());
    }

    @Value.Check
    protected void check() {
        checkCommon();
        if (excludedServices().isEmpty()) {
            throw new IllegalArgumentException("rule " + id() + ": excludedServices must not be empty");
        }
    }
}
