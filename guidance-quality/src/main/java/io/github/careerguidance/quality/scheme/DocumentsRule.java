/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.scheme;

import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.quality.registration.Organisation;
import io.github.careerguidance.quality.registration.Professional;
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
            return documents(c, p.codeOfConduct(), p.documents(), null);
        }
        Organisation o = c.organisation().orElseThrow();
        return documents(c, o.codeOfConduct(), o.documents(), o);
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
    }
}
