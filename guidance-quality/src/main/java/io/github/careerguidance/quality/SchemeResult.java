/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality;

import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.quality.scheme.Subject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The verdicts of one scheme (or of a policy's own rules) for one subject: a professional or the organisation.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableSchemeResult.class)
@JsonDeserialize(as = ImmutableSchemeResult.class)
public abstract class SchemeResult {
    /** Extended only by the generated immutable implementation. */
    SchemeResult() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableSchemeResult.Builder builder() {
        return ImmutableSchemeResult.builder();
    }

    /**
     * The scheme id, or the policy id for the policy's own rules.
     *
     * @return the id
     */
    public abstract String scheme();

    /**
     * The version of the scheme or policy.
     *
     * @return the version
     */
    public abstract String version();

    /**
     * The subject kind.
     *
     * @return the subject
     */
    public abstract Subject subject();

    /**
     * Who was checked: the professional's id, or the organisation's KvK number; empty when nobody was.
     *
     * @return the reference
     */
    public abstract Optional<String> subjectRef();

    /**
     * Where the subject is in the registration, such as {@code /professionals/0}.
     *
     * @return the location
     */
    public abstract JsonPointer location();

    /**
     * The combined verdict of the rules ({@link Verdict#combine(Verdict)}); {@link Verdict#NOT_APPLICABLE} when no
     * rule applied.
     *
     * @return the verdict
     */
    public abstract Verdict verdict();

    /**
     * Why the scheme as a whole did not apply, when it did not.
     *
     * @return the explanation, if any
     */
    public abstract Optional<LocalizedText> explanation();

    /**
     * Whether the scheme had no subject to assess in this registration (see
     * {@link io.github.careerguidance.quality.QualityReport#unassessedSchemes()}).
     *
     * @return true when nobody was assessed
     * @since 0.2.0
     */
    @Value.Default
    public boolean noSubject() {
        return false;
    }

    /**
     * The verdicts per rule, in the scheme's order.
     *
     * @return the results
     */
    public abstract List<RuleResult> rules();

    /**
     * The earliest date on which one of the rule verdicts would change.
     *
     * @return the date, or empty when all are stable
     */
    public abstract Optional<LocalDate> changesOn();

    /**
     * One rule result.
     *
     * @param ruleId the rule id
     * @return the result, or empty when the scheme has no such rule
     */
    public Optional<RuleResult> rule(String ruleId) {
        return rules().stream().filter(r -> r.ruleId().equals(ruleId)).findFirst();
    }
}
