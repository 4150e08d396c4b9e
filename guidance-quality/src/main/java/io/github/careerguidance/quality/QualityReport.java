/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality;

import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.meta.GuidanceStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The result of checking one registration against a policy or scheme as of a date: structural findings, then per scheme and subject the verdict of every rule.
 *
 * <pre>{@code
 * QualityReport report = QualityChecker.builtIn().check(registration, "noloc-rl", LocalDate.of(2026, 11, 28));
 * report.verdict();                       // PASS, WARNING, FAIL, NOT_ASSESSABLE or NOT_APPLICABLE
 * report.schemes().get(0).rule("NOLOC-RL-PE").orElseThrow().explanation().resolve(Locale.ENGLISH);
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableQualityReport.class)
@JsonDeserialize(as = ImmutableQualityReport.class)
public abstract class QualityReport {
    /** Extended only by the generated immutable implementation. */
    QualityReport() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableQualityReport.Builder builder() {
        return ImmutableQualityReport.builder();
    }

    /**
     * The registration's own reference.
     *
     * @return the reference, if the registration has one
     */
    public abstract Optional<String> reference();

    /**
     * The policy (or scheme) id checked against.
     *
     * @return the id
     */
    public abstract String policy();

    /**
     * The policy version.
     *
     * @return the version
     */
    public abstract String policyVersion();

    /**
     * The date the check was made as of.
     *
     * @return the date
     */
    public abstract LocalDate asOf();

    /**
     * The overall verdict: {@link Verdict#FAIL} when a structural finding is an error, else the combination of the
     * scheme verdicts.
     *
     * @return the verdict
     */
    public abstract Verdict verdict();

    /**
     * Structural findings about the registration and the policy (such as a KvK number that is not 8 digits).
     *
     * @return the findings, possibly empty
     */
    @Value.Default
    public Diagnostics diagnostics() {
        return Diagnostics.empty();
    }

    /**
     * What the check asked: listing (holds a valid mark now) or admission (meets the entry requirements).
     *
     * @return the policy's purpose; {@link io.github.careerguidance.quality.scheme.Purpose#LISTING} unless stated
     * @since 0.2.0
     */
    @Value.Default
    public io.github.careerguidance.quality.scheme.Purpose purpose() {
        return io.github.careerguidance.quality.scheme.Purpose.LISTING;
    }

    /**
     * The ids of the schemes for which this registration had no subject to assess (nobody claims an entry for a
     * listing, everybody already holds one for an admission, or no organisation): such a report says nothing about
     * the scheme, and a caller that expected a verdict should treat it as a failure to check.
     *
     * @return the scheme ids in the report's order, without repeats; empty when every scheme had a subject
     * @since 0.2.0
     */
    public List<String> unassessedSchemes() {
        List<String> out = new java.util.ArrayList<>();
        for (SchemeResult s : schemes()) {
            if (s.noSubject() && !out.contains(s.scheme())) {
                out.add(s.scheme());
            }
        }
        return java.util.Collections.unmodifiableList(out);
    }

    /**
     * The results per scheme and subject.
     *
     * @return the results
     */
    public abstract List<SchemeResult> schemes();

    /**
     * The earliest date on which a verdict of this report would change.
     *
     * @return the date, or empty when all are stable
     */
    public abstract Optional<LocalDate> changesOn();

    /**
     * The results of one scheme.
     *
     * @param scheme the scheme id
     * @return the results, one per subject, possibly empty
     */
    public List<SchemeResult> scheme(String scheme) {
        return schemes().stream().filter(s -> s.scheme().equals(scheme)).collect(java.util.stream.Collectors.toList());
    }
}
