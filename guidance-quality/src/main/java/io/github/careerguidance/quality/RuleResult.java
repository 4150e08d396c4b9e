/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality;

import io.github.careerguidance.core.citation.Citation;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.text.LocalizedText;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The verdict of one rule for one subject, with the evidence used, a Dutch and English explanation, the citations of the rule and the date the verdict would change.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableRuleResult.class)
@JsonDeserialize(as = ImmutableRuleResult.class)
public abstract class RuleResult {
    /** Extended only by the generated immutable implementation. */
    RuleResult() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableRuleResult.Builder builder() {
        return ImmutableRuleResult.builder();
    }

    /**
     * The rule id, such as {@code NOLOC-RL-PE}.
     *
     * @return the id
     */
    public abstract String ruleId();

    /**
     * The rule type, such as {@code minimum-cpd}.
     *
     * @return the type
     */
    public abstract String ruleType();

    /**
     * The verdict.
     *
     * @return the verdict
     */
    public abstract Verdict verdict();

    /**
     * The stable code of the explanation, such as {@code quality.rule.registration.expired}.
     *
     * @return the code
     */
    public abstract String code();

    /**
     * Why, in Dutch and English.
     *
     * @return the explanation
     */
    public abstract LocalizedText explanation();

    /**
     * The evidence used, by name, in the order it was read (such as {@code validUntil -> 2027-02-28}).
     *
     * @return an unmodifiable map, possibly empty
     */
    public abstract Map<String, String> evidence();

    /**
     * Where in the registration the evidence is.
     *
     * @return the location
     */
    public abstract JsonPointer location();

    /**
     * The sources of the rule.
     *
     * @return the citations
     */
    public abstract List<Citation> citations();

    /**
     * The first date after the check date on which this verdict would change if nothing else changed (such as
     * the day after an expiry, or the day a warning starts).
     *
     * @return the date, or empty when the verdict is stable
     */
    public abstract Optional<LocalDate> changesOn();

    /**
     * The deemed-equivalence rule that made this rule pass, if any.
     *
     * @return the rule id
     */
    public abstract Optional<String> deemedBy();
}
