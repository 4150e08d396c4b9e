/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.scheme;

import io.github.careerguidance.core.citation.Citation;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.text.LocalizedText;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An integrator's policy: the schemes a registration is checked against, plus rules of the integrator's own, such
 * as "every service offered is covered by a professional with an active person mark" and "the complaints procedure
 * names an independent body".
 *
 * <pre>{@code
 * Policy listing = Policy.builder()
 *     .id("portal-listing").name(LocalizedText.of("Vermelding op de portal", "Listing on the portal")).version("1")
 *     .addSchemes("noloc-rl", "register-bka")
 *     .addRules(ServiceCoverageRule.builder().id("COVERAGE").title(...).addSchemes("noloc-rl", "register-bka").build())
 *     .build();
 * QualityReport report = checker.check(registration, listing, LocalDate.now());
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutablePolicy.class)
@JsonDeserialize(as = ImmutablePolicy.class)
public abstract class Policy {
    /** Extended only by the generated immutable implementation. */
    Policy() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutablePolicy.Builder builder() {
        return ImmutablePolicy.builder();
    }

    /**
     * A policy that applies one scheme and nothing else.
     *
     * @param scheme the scheme
     * @return the policy, with the scheme's id, name and version
     */
    public static Policy of(Scheme scheme) {
        return builder()
                .id(scheme.id())
                .name(scheme.name())
                .version(scheme.version())
                .addSchemes(scheme.id())
                .build();
    }

    /**
     * A policy that applies one scheme for a purpose.
     *
     * @param scheme the scheme
     * @param purpose listing or admission
     * @return the policy, with the scheme's id, name and version
     * @since 0.2.0
     */
    @io.github.careerguidance.core.meta.Beta
    public static Policy of(Scheme scheme, Purpose purpose) {
        return builder()
                .id(scheme.id())
                .name(scheme.name())
                .version(scheme.version())
                .addSchemes(scheme.id())
                .purpose(purpose)
                .build();
    }

    /**
     * What the policy asks: whether the subjects hold a valid mark now, or meet the entry requirements.
     *
     * @return {@link io.github.careerguidance.quality.scheme.Purpose#LISTING} unless stated
     * @since 0.2.0
     */
    @Value.Default
    public Purpose purpose() {
        return Purpose.LISTING;
    }

    /**
     * The policy id.
     *
     * @return the id
     */
    public abstract String id();

    /**
     * The name in Dutch and English.
     *
     * @return the name
     */
    public abstract LocalizedText name();

    /**
     * The version of the policy.
     *
     * @return the version
     */
    public abstract String version();

    /**
     * The ids of the schemes to check.
     *
     * @return the ids, possibly empty
     */
    public abstract List<String> schemes();

    /**
     * The policy's own rules.
     *
     * @return the rules, possibly empty
     */
    public abstract List<Rule> rules();

    /**
     * The sources of the policy.
     *
     * @return the citations, possibly empty
     */
    public abstract List<Citation> citations();

    @Value.Check
    protected void check() {
        if (schemes().isEmpty() && rules().isEmpty()) {
            throw new IllegalArgumentException("policy " + id() + " needs at least one scheme or rule");
        }
    }
}
