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
 * {@code deemed-equivalence}, {@code service-coverage}, {@code certification-deadline}, {@code service-list},
 * {@code mandatory-mark}, {@code category-scope}.
 *
 * <p>Thresholds are parameters. Where no public source gives a threshold, the parameter is left out and the rule
 * reports {@code not-assessable} instead of guessing; {@link #note()} says what was not found.
 *
 * <p>Each rule type evaluates itself ({@link #evaluate(RuleContext)}): its parameters, its evaluation and the codes
 * of its explanations sit in its own file. The hierarchy is sealed: the rule types are the ten listed above, each
 * implemented by its generated {@code Immutable*} class.
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
    @JsonSubTypes.Type(value = ImmutableServiceCoverageRule.class, name = "service-coverage"),
    @JsonSubTypes.Type(value = ImmutableCertificationDeadlineRule.class, name = "certification-deadline"),
    @JsonSubTypes.Type(value = ImmutableServiceListRule.class, name = "service-list"),
    @JsonSubTypes.Type(value = ImmutableMandatoryMarkRule.class, name = "mandatory-mark"),
    @JsonSubTypes.Type(value = ImmutableCategoryScopeRule.class, name = "category-scope")
})
public abstract sealed class Rule
        permits RegistrationRule,
                CpdRule,
                ReflectionRule,
                ClientsRule,
                EducationRule,
                ExperienceRule,
                DocumentsRule,
                ReviewRule,
                EquivalenceRule,
                ServiceCoverageRule,
                CertificationDeadlineRule,
                ServiceListRule,
                MandatoryMarkRule,
                CategoryScopeRule {
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
     * Evaluates this rule for the subject of a context as of its date: a verdict with the code and arguments of its
     * explanation, the evidence looked at and the date the verdict would change.
     *
     * <p>Never throws for bad or missing registration data: a missing parameter or piece of evidence is
     * {@code not-assessable}, a subject the rule is not about (an organisation rule for a professional, or the
     * reverse) {@code not-applicable} with the code {@code quality.rule.wrong-subject}. Deemed equivalence and
     * entry-only rules are the checker's business, not the rule's: see {@link #deemsMet()}.
     *
     * @param context the subject, date and scheme, and the factory of outcomes
     * @return the outcome, made by the context
     */
    public abstract RuleOutcome evaluate(RuleContext context);

    /**
     * Whether the rule is assessed for an applicant in an {@code admission} check. Rules about holding an entry
     * (its validity, CPD, reflection and clients during the registration period, review cycles of a mark) are not:
     * an applicant holds no entry yet, so they are not applicable.
     *
     * @return true unless the rule type is about holding an entry
     * @since 0.2.0
     */
    public boolean assessedOnAdmission() {
        return true;
    }

    /**
     * The rules of the same scheme (by id) that this rule deems met when it passes: they then pass "by
     * equivalence", with {@link #deemedOutcome(RuleContext)} as their outcome, instead of being evaluated.
     *
     * @return the rule ids; empty for every rule type but {@code deemed-equivalence}
     */
    public List<String> deemsMet() {
        return List.of();
    }

    /**
     * The outcome of a rule this rule deems met (see {@link #deemsMet()}), after this rule passed.
     *
     * @param context the context this rule passed in
     * @return a pass by equivalence naming this rule
     * @throws IllegalStateException if this rule deems no rule met
     */
    public RuleOutcome deemedOutcome(RuleContext context) {
        throw new IllegalStateException("rule " + id() + " deems no rule met");
    }

    /** The validity terms this rule sets for the entries of its scheme, or null if it sets none (not a registration rule). */
    List<ValidityTerm> entryValidityTerms() {
        return null;
    }

    /** The outcome for a subject this rule is not about. */
    final RuleOutcome wrongSubject(RuleContext context) {
        return context.notApplicable("quality.rule.wrong-subject", "rule", id());
    }

    /**
     * Checks the common fields; called by every rule type.
     */
    protected void checkCommon() {
        if (!ID.matcher(id()).matches()) {
            throw new IllegalArgumentException(
                    "rule id must be upper-case words joined by dashes but was '" + id() + "'");
        }
    }

    static void requirePositive(String name, Optional<? extends Number> value) {
        if (value.isPresent() && value.get().doubleValue() < 0) {
            throw new IllegalArgumentException(name + " must be >= 0 but was " + value.get());
        }
    }
}
