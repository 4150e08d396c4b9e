/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality;

import io.github.careerguidance.quality.registration.Organisation;
import io.github.careerguidance.quality.registration.Professional;
import io.github.careerguidance.quality.scheme.Purpose;
import io.github.careerguidance.quality.scheme.RuleContext;
import io.github.careerguidance.quality.scheme.RuleOutcome;
import io.github.careerguidance.quality.scheme.SchemeCatalogue;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The checker's {@link RuleContext}: one subject of one registration, for the rules of one scheme or policy, as of a
 * date. Made per subject and scheme; used by one thread.
 */
final class CheckContext implements RuleContext {
    private final SchemeCatalogue catalogue;
    private final int warningDays;
    private final LocalDate asOf;
    private final String schemeId;
    private final Optional<Professional> professional;
    private final Optional<Organisation> organisation;
    private final List<Professional> professionals;
    private final Purpose purpose;

    private CheckContext(
            SchemeCatalogue catalogue,
            int warningDays,
            LocalDate asOf,
            String schemeId,
            Optional<Professional> professional,
            Optional<Organisation> organisation,
            List<Professional> professionals,
            Purpose purpose) {
        this.catalogue = catalogue;
        this.warningDays = warningDays;
        this.asOf = asOf;
        this.schemeId = schemeId;
        this.professional = professional;
        this.organisation = organisation;
        this.professionals = professionals;
        this.purpose = purpose;
    }

    /** A context for the rules of a scheme about one professional. */
    static CheckContext person(
            SchemeCatalogue catalogue,
            int warningDays,
            LocalDate asOf,
            String schemeId,
            Professional professional,
            List<Professional> professionals,
            Purpose purpose) {
        return new CheckContext(
                catalogue,
                warningDays,
                asOf,
                schemeId,
                Optional.of(professional),
                Optional.empty(),
                professionals,
                purpose);
    }

    /** A context for the rules of a scheme about the organisation. */
    static CheckContext organisation(
            SchemeCatalogue catalogue,
            int warningDays,
            LocalDate asOf,
            String schemeId,
            Organisation organisation,
            List<Professional> professionals,
            Purpose purpose) {
        return new CheckContext(
                catalogue,
                warningDays,
                asOf,
                schemeId,
                Optional.empty(),
                Optional.of(organisation),
                professionals,
                purpose);
    }

    @Override
    public LocalDate asOf() {
        return asOf;
    }

    @Override
    public String schemeId() {
        return schemeId;
    }

    @Override
    public Purpose purpose() {
        return purpose;
    }

    @Override
    public Optional<Professional> professional() {
        return professional;
    }

    @Override
    public Optional<Organisation> organisation() {
        return organisation;
    }

    @Override
    public List<Professional> professionals() {
        return professionals;
    }

    @Override
    public int warningDays() {
        return warningDays;
    }

    @Override
    public SchemeCatalogue catalogue() {
        return catalogue;
    }

    @Override
    public RuleOutcome pass(String code, Object... args) {
        return Outcome.of(Verdict.PASS, code, args);
    }

    @Override
    public RuleOutcome warning(String code, Object... args) {
        return Outcome.of(Verdict.WARNING, code, args);
    }

    @Override
    public RuleOutcome fail(String code, Object... args) {
        return Outcome.of(Verdict.FAIL, code, args);
    }

    @Override
    public RuleOutcome notAssessable(String code, Object... args) {
        return Outcome.of(Verdict.NOT_ASSESSABLE, code, args);
    }

    @Override
    public RuleOutcome notApplicable(String code, Object... args) {
        return Outcome.of(Verdict.NOT_APPLICABLE, code, args);
    }

    @Override
    public RuleOutcome worst(RuleOutcome a, RuleOutcome b) {
        return Outcome.worst((Outcome) a, (Outcome) b);
    }

    @Override
    public String toString() {
        return "CheckContext[" + schemeId + " as of " + asOf
                + (professional.isPresent() ? ", professional" : ", organisation") + "]";
    }
}
