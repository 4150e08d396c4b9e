/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.scheme;

import io.github.careerguidance.quality.registration.OrganisationMark;
import io.github.careerguidance.quality.registration.PersonRegistration;
import io.github.careerguidance.quality.registration.Professional;
import io.github.careerguidance.quality.registration.RegistrationStatus;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What several rule types read from the entries of a registration: the latest entry of a scheme, its expiry under
 * the scheme's validity terms, whether a professional holds a valid entry. Stateless; package-private.
 */
final class RegistrationEntries {
    private RegistrationEntries() {}

    private static final Comparator<PersonRegistration> LATEST = Comparator.comparing(
                    (PersonRegistration r) -> r.validUntil().orElse(LocalDate.MIN))
            .thenComparing(r -> r.validFrom().orElse(LocalDate.MIN));

    private static final Comparator<OrganisationMark> LATEST_MARK = Comparator.comparing(
                    (OrganisationMark m) -> m.accreditedOn().orElse(LocalDate.MIN))
            .thenComparing(m -> m.validUntil().orElse(LocalDate.MIN));

    /** The latest of a person's entries, by (validUntil, validFrom), empty dates first; the first of equals; or null. */
    static PersonRegistration latest(List<PersonRegistration> entries) {
        // As Stream.max (BinaryOperator.maxBy: the first of equal maxima wins), without a stream per call.
        PersonRegistration best = null;
        for (int i = 0, n = entries.size(); i < n; i++) {
            PersonRegistration r = entries.get(i);
            if (best == null || LATEST.compare(best, r) < 0) {
                best = r;
            }
        }
        return best;
    }

    /** The latest of an organisation's marks, by (accreditedOn, validUntil), as Stream.max would pick it; or null. */
    static OrganisationMark latestMark(List<OrganisationMark> marks) {
        return marks.stream().max(LATEST_MARK).orElse(null);
    }

    /** The term in years for an entry issued on a date: the term with the latest start on or before it. */
    static Optional<Integer> term(List<ValidityTerm> terms, LocalDate issued) {
        return terms.stream()
                .filter(t -> t.issuedFrom().map(f -> !issued.isBefore(f)).orElse(true))
                .max(Comparator.comparing(t -> t.issuedFrom().orElse(LocalDate.MIN)))
                .map(ValidityTerm::years);
    }

    /**
     * The expiry of an entry of a scheme: its validUntil, or validFrom plus the term of the scheme's registration
     * rule (the first rule of the scheme that sets validity terms).
     */
    static Optional<LocalDate> expiry(
            SchemeCatalogue catalogue, String schemeId, Optional<LocalDate> validFrom, Optional<LocalDate> validUntil) {
        if (validUntil.isPresent()) {
            return validUntil;
        }
        if (validFrom.isEmpty()) {
            return Optional.empty();
        }
        return entryTerms(catalogue, schemeId)
                .flatMap(terms -> term(terms, validFrom.get()))
                .map(years -> validFrom.get().plusYears(years).minusDays(1));
    }

    private static Optional<List<ValidityTerm>> entryTerms(SchemeCatalogue catalogue, String schemeId) {
        Optional<Scheme> scheme = catalogue.scheme(schemeId);
        if (scheme.isPresent()) {
            for (Rule r : scheme.get().rules()) {
                List<ValidityTerm> terms = r.entryValidityTerms();
                if (terms != null) {
                    return Optional.of(terms);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a professional holds an entry of a scheme on a date, with an accepted status, started in time. */
    static boolean holdsValid(
            RuleContext c,
            Professional p,
            String schemeId,
            List<RegistrationStatus> accepted,
            Optional<LocalDate> registeredBefore) {
        LocalDate asOf = c.asOf();
        for (PersonRegistration r : p.registrationsIn(schemeId)) {
            if (!accepted.contains(r.status())) {
                continue;
            }
            if (registeredBefore.isPresent()) {
                Optional<LocalDate> started = r.firstRegistered().or(r::validFrom);
                if (started.isEmpty() || !started.get().isBefore(registeredBefore.get())) {
                    continue;
                }
            }
            if (r.validFrom().map(asOf::isBefore).orElse(false)) {
                continue;
            }
            Optional<LocalDate> expiry = expiry(c.catalogue(), schemeId, r.validFrom(), r.validUntil());
            if (expiry.map(e -> !asOf.isAfter(e)).orElse(true)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first day after the check date on which {@link #holdsValid} could give another answer: the start of an
     * entry that counts but has not started, or the day after the expiry of one that counts now; null if none.
     */
    static LocalDate nextChange(
            RuleContext c,
            Professional p,
            String schemeId,
            List<RegistrationStatus> accepted,
            Optional<LocalDate> registeredBefore) {
        LocalDate asOf = c.asOf();
        LocalDate next = null;
        for (PersonRegistration r : p.registrationsIn(schemeId)) {
            if (!accepted.contains(r.status())) {
                continue;
            }
            if (registeredBefore.isPresent()) {
                Optional<LocalDate> started = r.firstRegistered().or(r::validFrom);
                if (started.isEmpty() || !started.get().isBefore(registeredBefore.get())) {
                    continue;
                }
            }
            if (r.validFrom().isPresent() && asOf.isBefore(r.validFrom().get())) {
                next = earlier(next, r.validFrom().get());
            }
            Optional<LocalDate> expiry = expiry(c.catalogue(), schemeId, r.validFrom(), r.validUntil());
            if (expiry.isPresent() && !asOf.isAfter(expiry.get())) {
                next = earlier(next, expiry.get().plusDays(1));
            }
        }
        return next;
    }

    static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : b.isBefore(a) ? b : a;
    }
}
