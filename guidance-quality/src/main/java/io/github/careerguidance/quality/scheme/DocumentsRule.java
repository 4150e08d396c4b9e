/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.scheme;

import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.quality.registration.Organisation;
import io.github.careerguidance.quality.registration.PersonRegistration;
import io.github.careerguidance.quality.registration.Professional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The subject has declared the required documents (type {@code required-documents}; research rules BOW-DOCS, NOLOC-CODE, OA-ADVISER (c)).
 *
 * <p>Document codes: {@code complaints-procedure}, {@code independent-complaints-body}, {@code privacy-statement},
 * {@code code-of-conduct} and {@code prices-published} are read from the organisation's fields (a professional
 * has only {@code code-of-conduct}); any other code must be listed in {@code documents}.
 *
 * <p>Documents may be required only of a professional whose entry expires in a window ({@link #expiringFrom()},
 * {@link #expiringUntil()}; research rule NOLOC-RL-ELEARN): outside it the rule is not applicable, and it is not
 * assessed on admission.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableDocumentsRule.class)
@JsonDeserialize(as = ImmutableDocumentsRule.class)
// "deprecation": the class permits Immutables' Json twin of its implementation, which Immutables marks deprecated
@SuppressWarnings("deprecation")
public abstract sealed class DocumentsRule extends Rule permits ImmutableDocumentsRule, ImmutableDocumentsRule.Json {
    /** Extended only by its permitted subtypes. */
    DocumentsRule() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableDocumentsRule.Builder builder() {
        return ImmutableDocumentsRule.builder();
    }

    /**
     * Whom the documents are about.
     *
     * @return {@link Subject#PERSON} unless stated
     */
    @Override
    @Value.Default
    public Subject subject() {
        return Subject.PERSON;
    }

    /**
     * The required document codes.
     *
     * @return the codes, at least one
     */
    public abstract List<String> documents();

    /**
     * The codes of conduct that count for {@code code-of-conduct}; empty means any declared code counts.
     *
     * @return the codes
     */
    public abstract List<String> acceptedCodesOfConduct();

    /**
     * The scheme whose entry's expiry decides whether the documents are required, with {@link #expiringFrom()} or
     * {@link #expiringUntil()}.
     *
     * @return the scheme id; the scheme of the rule when not stated
     * @since 0.2.0
     */
    @Beta
    public abstract Optional<String> registrationScheme();

    /**
     * The documents are required only of a professional whose entry expires on or after this day.
     *
     * @return the first day of the window, if the requirement has one
     * @since 0.2.0
     */
    @Beta
    public abstract Optional<LocalDate> expiringFrom();

    /**
     * The documents are required only of a professional whose entry expires on or before this day.
     *
     * @return the last day of the window, if the requirement has one
     * @since 0.2.0
     */
    @Beta
    public abstract Optional<LocalDate> expiringUntil();

    /**
     * Whether the documents are asked of an applicant: not when they depend on the expiry of an entry.
     *
     * @return false when the rule has an expiry window
     */
    @Override
    public boolean assessedOnAdmission() {
        return expiringFrom().isEmpty() && expiringUntil().isEmpty();
    }

    /**
     * Evaluates the documents of the subject: the code of conduct (one of {@link #acceptedCodesOfConduct()} if
     * given), the organisation's complaints procedure, independent complaints body, privacy statement and
     * published prices, and any other document by its declared name.
     *
     * @param c the context
     * @return the outcome
     */
    @Override
    public RuleOutcome evaluate(RuleContext c) {
        if (c.professional().isPresent()) {
            Professional p = c.professional().get();
            if (expiringFrom().isPresent() || expiringUntil().isPresent()) {
                return inWindow(c, p);
            }
            return documents(c, p.codeOfConduct(), p.documents(), null);
        }
        Organisation o = c.organisation().orElseThrow();
        return documents(c, o.codeOfConduct(), o.documents(), o);
    }

    /** The documents, if the professional's latest entry expires inside the window; else not applicable. */
    private RuleOutcome inWindow(RuleContext c, Professional p) {
        String scheme = registrationScheme().orElse(c.schemeId());
        PersonRegistration entry = RegistrationEntries.latest(p.registrationsIn(scheme));
        Optional<LocalDate> expiry = entry == null
                ? Optional.empty()
                : RegistrationEntries.expiry(c.catalogue(), scheme, entry.validFrom(), entry.validUntil());
        if (expiry.isEmpty()) {
            return c.notAssessable("quality.rule.evidence-missing", "evidence", "validFrom/validUntil");
        }
        LocalDate e = expiry.get();
        if (expiringFrom().map(e::isBefore).orElse(false)
                || expiringUntil().map(e::isAfter).orElse(false)) {
            return c.notApplicable(
                            "quality.rule.documents.not-due",
                            "from",
                            expiringFrom().map(String::valueOf).orElse("-"),
                            "until",
                            expiringUntil().map(String::valueOf).orElse("-"),
                            "expiry",
                            e)
                    .evidence("expiry", e);
        }
        return documents(c, p.codeOfConduct(), p.documents(), null).evidence("expiry", e);
    }

    private RuleOutcome documents(
            RuleContext c, Optional<String> codeOfConduct, List<String> declared, Organisation o) {
        List<String> present = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String doc : documents()) {
            boolean has;
            switch (doc) {
                case "code-of-conduct":
                    has = codeOfConduct.isPresent()
                            && (acceptedCodesOfConduct().isEmpty()
                                    || acceptedCodesOfConduct().contains(codeOfConduct.get()));
                    break;
                case "complaints-procedure":
                    has = o != null
                            && (o.complaintsProcedure().map(cp -> cp.internal()).orElse(false)
                                    || declared.contains(doc));
                    break;
                case "independent-complaints-body":
                    has = o != null
                            && o.complaintsProcedure()
                                    .map(cp -> cp.hasIndependentBody())
                                    .orElse(false);
                    break;
                case "privacy-statement":
                    // declared with its address, or declared without one among the documents (issue #16)
                    has = o != null && (o.privacyStatement().isPresent() || declared.contains(doc));
                    break;
                case "prices-published":
                    has = o != null && o.pricesPublished().orElse(false);
                    break;
                default:
                    has = declared.contains(doc);
            }
            (has ? present : missing).add(doc);
        }
        RuleOutcome out = missing.isEmpty()
                ? c.pass("quality.rule.documents.met", "documents", present)
                : c.fail("quality.rule.documents.missing", "missing", missing);
        return out.evidence("present", present).evidence("codeOfConduct", codeOfConduct.orElse(null));
    }

    @Value.Check
    protected void check() {
        checkCommon();
        if (documents().isEmpty()) {
            throw new IllegalArgumentException("rule " + id() + ": documents must not be empty");
        }
        if (subject() == Subject.ORGANISATION
                && (expiringFrom().isPresent() || expiringUntil().isPresent())) {
            throw new IllegalArgumentException(
                    "rule " + id() + ": expiringFrom and expiringUntil apply to rules about persons only");
        }
        if (expiringFrom().isPresent()
                && expiringUntil().isPresent()
                && expiringUntil().get().isBefore(expiringFrom().get())) {
            throw new IllegalArgumentException(
                    "rule " + id() + ": expiringUntil must not be before expiringFrom but was "
                            + expiringUntil().get());
        }
    }
}
