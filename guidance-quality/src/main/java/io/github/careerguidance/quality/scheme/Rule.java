/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.scheme;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.careerguidance.core.citation.Citation;
import io.github.careerguidance.core.text.LocalizedText;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One typed, parameterised rule of a {@link Scheme} or {@link Policy}. In JSON and YAML the {@code type} field
 * names the kind: {@code registration}, {@code minimum-cpd}, {@code minimum-reflection}, {@code minimum-clients},
 * {@code education}, {@code experience}, {@code required-documents}, {@code review-window},
 * {@code deemed-equivalence}, {@code service-coverage}.
 *
 * <p>Thresholds are parameters. Where no public source gives a threshold, the parameter is left out and the rule
 * reports {@code not-assessable} instead of guessing; {@link #note()} says what was not found.
 *
 * @since 0.1.0
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ImmutableRegistrationRule.class, name = "registration"),
    @JsonSubTypes.Type(value = ImmutableCpdRule.class, name = "minimum-cpd"),
    @JsonSubTypes.Type(value = ImmutableReflectionRule.class, name = "minimum-reflection"),
    @JsonSubTypes.Type(value = ImmutableClientsRule.class, name = "minimum-clients"),
    @JsonSubTypes.Type(value = ImmutableEducationRule.class, name = "education"),
    @JsonSubTypes.Type(value = ImmutableExperienceRule.class, name = "experience"),
    @JsonSubTypes.Type(value = ImmutableDocumentsRule.class, name = "required-documents"),
    @JsonSubTypes.Type(value = ImmutableReviewRule.class, name = "review-window"),
    @JsonSubTypes.Type(value = ImmutableEquivalenceRule.class, name = "deemed-equivalence"),
    @JsonSubTypes.Type(value = ImmutableServiceCoverageRule.class, name = "service-coverage")
})
public abstract class Rule {
    private static final Pattern ID = Pattern.compile("[A-Z0-9]+(?:-[A-Z0-9]+)*");

    Rule() {}

    /**
     * The rule id, upper case with dashes as in the research table, such as {@code NOLOC-RL-PE}.
     *
     * @return the id
     */
    public abstract String id();

    /**
     * What the rule requires, in one sentence, in Dutch and English.
     *
     * @return the title
     */
    public abstract LocalizedText title();

    /**
     * The sources of the rule; built-in rules have at least one.
     *
     * @return the citations
     */
    public abstract List<Citation> citations();

    /**
     * What the sources do not say, or how the rule reads them.
     *
     * @return the note, if any
     */
    public abstract Optional<String> note();

    /**
     * When the rule applies: to every subject checked, or only on entry (to applicants without an entry in the
     * scheme; for holders the certifying body assessed it, so it is not applicable).
     *
     * @return {@link RuleStage#ONGOING} unless stated
     */
    @org.immutables.value.Value.Default
    public RuleStage stage() {
        return RuleStage.ONGOING;
    }

    /**
     * The subject the rule is about.
     *
     * @return {@link Subject#PERSON} unless the rule type is about organisations
     */
    public abstract Subject subject();

    /**
     * Checks the common fields; called by every rule type.
     */
    protected void checkCommon() {
        if (!ID.matcher(id()).matches()) {
            throw new IllegalArgumentException("rule id must be upper-case words joined by dashes but was '" + id() + "'");
        }
    }

    static void requirePositive(String name, Optional<? extends Number> value) {
        if (value.isPresent() && value.get().doubleValue() < 0) {
            throw new IllegalArgumentException(name + " must be >= 0 but was " + value.get());
        }
    }
}
