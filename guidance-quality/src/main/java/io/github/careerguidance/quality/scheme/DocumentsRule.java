/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.scheme;

import io.github.careerguidance.core.meta.GuidanceStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;


/**
 * The subject has declared the required documents (type {@code required-documents}; research rules BOW-DOCS, NOLOC-CODE, OA-ADVISER (c)).

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
public abstract class DocumentsRule extends Rule {

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

    @Value.Check
    protected void check() {
        checkCommon();
        if (documents().isEmpty()) {
            throw new IllegalArgumentException("rule " + id() + ": documents must not be empty");
        }
    }
}
