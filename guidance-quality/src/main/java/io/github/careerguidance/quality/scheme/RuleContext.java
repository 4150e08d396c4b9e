/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.scheme;

import io.github.careerguidance.quality.registration.Organisation;
import io.github.careerguidance.quality.registration.Professional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a {@link Rule} is evaluated against: one subject of a registration (a professional or the organisation),
 * the check date, the scheme the rule belongs to and the checker's settings; and the factory of its
 * {@link RuleOutcome}s.
 *
 * <p>The {@link io.github.careerguidance.quality.QualityChecker} makes one context per subject and scheme and
 * passes it to {@link Rule#evaluate(RuleContext)} of each rule. Implement it only to evaluate rules outside a
 * checker; a context is used by one thread at a time.
 *
 * <p>The message codes and arguments given to the factory methods are those of the module's message bundle
 * ({@code quality.rule.*}); the checker resolves them to Dutch and English text.
 *
 * @see Rule#evaluate(RuleContext)
 * @since 0.1.0
 */
public interface RuleContext {

    /**
     * The date the rule is evaluated as of.
     *
     * @return the date
     */
    LocalDate asOf();

    /**
     * The id of the scheme (or policy) the rule belongs to.
     *
     * @return the id
     */
    String schemeId();

    /**
     * What the check asks: listing (holds a valid mark now) or admission (meets the entry requirements).
     *
     * @return {@link Purpose#LISTING} unless the context says otherwise
     * @since 0.2.0
     */
    default Purpose purpose() {
        return Purpose.LISTING;
    }

    /**
     * The professional the rule is evaluated for.
     *
     * @return the professional; empty when the subject is the organisation
     */
    Optional<Professional> professional();

    /**
     * The organisation the rule is evaluated for.
     *
     * @return the organisation; empty when the subject is a professional
     */
    Optional<Organisation> organisation();

    /**
     * Every professional of the registration, for organisation rules that look at the staff.
     *
     * @return the professionals, possibly empty
     */
    List<Professional> professionals();

    /**
     * How many days before an expiry or due date a warning starts.
     *
     * @return the days, {@code >= 0}
     */
    int warningDays();

    /**
     * The schemes known to the check, for rules that read another scheme (the validity term of its entries).
     *
     * @return the catalogue
     */
    SchemeCatalogue catalogue();

    /**
     * A pass.
     *
     * @param code the message code
     * @param args the message arguments as name, value pairs
     * @return a new outcome
     */
    RuleOutcome pass(String code, Object... args);

    /**
     * A warning: met now, but an expiry or due date is near.
     *
     * @param code the message code
     * @param args the message arguments as name, value pairs
     * @return a new outcome
     */
    RuleOutcome warning(String code, Object... args);

    /**
     * A failure.
     *
     * @param code the message code
     * @param args the message arguments as name, value pairs
     * @return a new outcome
     */
    RuleOutcome fail(String code, Object... args);

    /**
     * Not assessable: a parameter or the evidence is missing.
     *
     * @param code the message code
     * @param args the message arguments as name, value pairs
     * @return a new outcome
     */
    RuleOutcome notAssessable(String code, Object... args);

    /**
     * Not applicable to this subject or date.
     *
     * @param code the message code
     * @param args the message arguments as name, value pairs
     * @return a new outcome
     */
    RuleOutcome notApplicable(String code, Object... args);

    /**
     * The more telling of two outcomes ({@code fail > not-assessable > warning > pass > not-applicable}; the
     * first of two equal ones): the evidence of both is kept, and the earlier change date.
     *
     * @param a an outcome of this context, or null
     * @param b an outcome of this context
     * @return {@code b} when {@code a} is null, else the more telling of the two, with what it kept of the other
     */
    RuleOutcome worst(RuleOutcome a, RuleOutcome b);
}
