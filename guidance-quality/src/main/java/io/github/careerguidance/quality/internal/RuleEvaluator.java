/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.internal;

import static io.github.careerguidance.quality.Verdict.FAIL;
import static io.github.careerguidance.quality.Verdict.NOT_APPLICABLE;
import static io.github.careerguidance.quality.Verdict.NOT_ASSESSABLE;
import static io.github.careerguidance.quality.Verdict.PASS;
import static io.github.careerguidance.quality.Verdict.WARNING;

import io.github.careerguidance.quality.registration.Education;
import io.github.careerguidance.quality.registration.Organisation;
import io.github.careerguidance.quality.registration.OrganisationMark;
import io.github.careerguidance.quality.registration.PersonRegistration;
import io.github.careerguidance.quality.registration.Professional;
import io.github.careerguidance.quality.registration.RegistrationStatus;
import io.github.careerguidance.quality.scheme.AccreditedProgramme;
import io.github.careerguidance.quality.scheme.ClientsRule;
import io.github.careerguidance.quality.scheme.CpdRule;
import io.github.careerguidance.quality.scheme.CpdUnit;
import io.github.careerguidance.quality.scheme.DocumentsRule;
import io.github.careerguidance.quality.scheme.EducationAlternative;
import io.github.careerguidance.quality.scheme.EducationRule;
import io.github.careerguidance.quality.scheme.EquivalenceRule;
import io.github.careerguidance.quality.scheme.ExperienceRule;
import io.github.careerguidance.quality.scheme.ReflectionRule;
import io.github.careerguidance.quality.scheme.RegistrationRule;
import io.github.careerguidance.quality.scheme.ReviewRule;
import io.github.careerguidance.quality.scheme.Rule;
import io.github.careerguidance.quality.scheme.RulePeriod;
import io.github.careerguidance.quality.scheme.SchemeCatalogue;
import io.github.careerguidance.quality.scheme.ServiceCoverageRule;
import io.github.careerguidance.quality.scheme.Subject;
import io.github.careerguidance.quality.scheme.ValidityTerm;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Evaluates one rule for one subject as of a date. Stateless apart from its immutable configuration; thread-safe.
 * Internal.
 */
public final class RuleEvaluator {
    private final SchemeCatalogue catalogue;
    private final int warningDays;
    /** Register number patterns, compiled once each rather than once per record (a cache: thread-safe). */
    private final java.util.concurrent.ConcurrentHashMap<String, Pattern> patterns = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * An evaluator.
     *
     * @param catalogue the schemes, for expiry terms of other schemes
     * @param warningDays how many days ahead expiries and due dates give a warning
     */
    public RuleEvaluator(SchemeCatalogue catalogue, int warningDays) {
        this.catalogue = catalogue;
        this.warningDays = warningDays;
    }

    /**
     * Evaluates a person rule.
     *
     * @param rule the rule
     * @param schemeId the scheme the rule belongs to
     * @param p the professional
     * @param asOf the date
     * @return the outcome
     */
    public Outcome person(Rule rule, String schemeId, Professional p, LocalDate asOf) {
        if (rule instanceof RegistrationRule) {
            RegistrationRule r = (RegistrationRule) rule;
            return registration(r, schemeId, latest(p.registrationsIn(schemeId)), asOf);
        } else if (rule instanceof CpdRule) {
            return cpd((CpdRule) rule, p, asOf);
        } else if (rule instanceof ReflectionRule) {
            return reflection((ReflectionRule) rule, p, asOf);
        } else if (rule instanceof ClientsRule) {
            return clients((ClientsRule) rule, p, asOf);
        } else if (rule instanceof EducationRule) {
            return education((EducationRule) rule, p, asOf);
        } else if (rule instanceof ExperienceRule) {
            return experience((ExperienceRule) rule, p);
        } else if (rule instanceof DocumentsRule) {
            return documents((DocumentsRule) rule, p.codeOfConduct(), p.documents(), null);
        } else if (rule instanceof EquivalenceRule) {
            return equivalence((EquivalenceRule) rule, p, asOf);
        }
        return Outcome.of(NOT_APPLICABLE, "quality.rule.wrong-subject", "rule", rule.id());
    }

    /**
     * Evaluates an organisation rule.
     *
     * @param rule the rule
     * @param schemeId the scheme the rule belongs to
     * @param o the organisation
     * @param professionals the professionals of the registration
     * @param asOf the date
     * @return the outcome
     */
    public Outcome organisation(Rule rule, String schemeId, Organisation o, List<Professional> professionals,
            LocalDate asOf) {
        if (rule instanceof RegistrationRule) {
            OrganisationMark mark = latestMark(o.marksOf(schemeId));
            return markValidity((RegistrationRule) rule, schemeId, mark, asOf);
        } else if (rule instanceof DocumentsRule) {
            return documents((DocumentsRule) rule, o.codeOfConduct(), o.documents(), o);
        } else if (rule instanceof ReviewRule) {
            return review((ReviewRule) rule, o, asOf);
        } else if (rule instanceof ServiceCoverageRule) {
            return coverage((ServiceCoverageRule) rule, o, professionals, asOf);
        }
        return Outcome.of(NOT_APPLICABLE, "quality.rule.wrong-subject", "rule", rule.id());
    }

    // ---- registration and expiry -------------------------------------------------------------------------------

    static PersonRegistration latest(List<PersonRegistration> entries) {
        // As Stream.max with (validUntil, validFrom), empty as LocalDate.MIN (BinaryOperator.maxBy: the first of
        // equal maxima wins), without a stream and a comparator per call.
        PersonRegistration best = null;
        for (int i = 0, n = entries.size(); i < n; i++) {
            PersonRegistration r = entries.get(i);
            if (best == null || LATEST.compare(best, r) < 0) {
                best = r;
            }
        }
        return best;
    }

    private static final Comparator<PersonRegistration> LATEST =
            Comparator.comparing((PersonRegistration r) -> r.validUntil().orElse(LocalDate.MIN))
                    .thenComparing(r -> r.validFrom().orElse(LocalDate.MIN));

    private static OrganisationMark latestMark(List<OrganisationMark> marks) {
        return marks.stream()
                .max(Comparator.comparing((OrganisationMark m) -> m.accreditedOn().orElse(LocalDate.MIN))
                        .thenComparing(m -> m.validUntil().orElse(LocalDate.MIN)))
                .orElse(null);
    }

    /** The expiry of an entry: its validUntil, or validFrom plus the term of its scheme's registration rule. */
    Optional<LocalDate> expiry(String schemeId, Optional<LocalDate> validFrom, Optional<LocalDate> validUntil) {
        if (validUntil.isPresent()) {
            return validUntil;
        }
        if (validFrom.isEmpty()) {
            return Optional.empty();
        }
        return registrationRule(schemeId).flatMap(r -> term(r.validityTerms(), validFrom.get()))
                .map(years -> validFrom.get().plusYears(years).minusDays(1));
    }

    private Optional<RegistrationRule> registrationRule(String schemeId) {
        return catalogue.scheme(schemeId).flatMap(s -> s.rules().stream()
                .filter(r -> r instanceof RegistrationRule).map(r -> (RegistrationRule) r).findFirst());
    }

    private static Optional<Integer> term(List<ValidityTerm> terms, LocalDate issued) {
        return terms.stream()
                .filter(t -> t.issuedFrom().map(f -> !issued.isBefore(f)).orElse(true))
                .max(Comparator.comparing(t -> t.issuedFrom().orElse(LocalDate.MIN)))
                .map(ValidityTerm::years);
    }

    private Outcome registration(RegistrationRule rule, String schemeId, PersonRegistration entry, LocalDate asOf) {
        if (entry == null) {
            return Outcome.of(FAIL, "quality.rule.no-registration", "scheme", schemeId);
        }
        Outcome out = validity(rule, schemeId, entry.status(), entry.validFrom(), entry.validUntil(), asOf);
        out.evidence("registerNumber", entry.registerNumber().orElse(null)).evidence("level", entry.level().orElse(null));
        if (!rule.levels().isEmpty()) {
            if (entry.level().isEmpty()) {
                return Outcome.worst(out, Outcome.of(NOT_ASSESSABLE, "quality.rule.evidence-missing", "evidence", "level"));
            }
            if (!rule.levels().contains(entry.level().get())) {
                return Outcome.worst(out, Outcome.of(FAIL, "quality.rule.registration.level",
                        "level", entry.level().get(), "levels", rule.levels()));
            }
        }
        if (rule.registerNumberPattern().isPresent() && entry.registerNumber().isPresent()
                && !pattern(rule.registerNumberPattern().get()).matcher(entry.registerNumber().get()).matches()) {
            return Outcome.worst(out, Outcome.of(FAIL, "quality.rule.registration.number",
                    "number", entry.registerNumber().get()));
        }
        return out;
    }

    private Pattern pattern(String regex) {
        Pattern p = patterns.get(regex);
        if (p == null) {
            p = Pattern.compile(regex);
            if (patterns.size() < 1024) {
                patterns.putIfAbsent(regex, p);
            }
        }
        return p;
    }

    private Outcome markValidity(RegistrationRule rule, String schemeId, OrganisationMark mark, LocalDate asOf) {
        if (mark == null) {
            return Outcome.of(FAIL, "quality.rule.no-registration", "scheme", schemeId);
        }
        return validity(rule, schemeId, mark.status(), mark.validFrom(), mark.validUntil(), asOf)
                .evidence("certificateNumber", mark.certificateNumber().orElse(null));
    }

    private Outcome validity(RegistrationRule rule, String schemeId, RegistrationStatus status,
            Optional<LocalDate> validFrom, Optional<LocalDate> validUntil, LocalDate asOf) {
        Outcome out;
        Optional<LocalDate> expiry = validUntil.isPresent() ? validUntil
                : validFrom.flatMap(f -> term(rule.validityTerms(), f).map(y -> f.plusYears(y).minusDays(1)));
        if (!rule.acceptedStatuses().contains(status)) {
            out = Outcome.of(FAIL, "quality.rule.registration.status", "scheme", schemeId, "status", status.code(),
                    "accepted", codes(rule.acceptedStatuses()));
        } else if (rule.issuedBefore().isPresent() && validFrom.isPresent()
                && !validFrom.get().isBefore(rule.issuedBefore().get())) {
            out = Outcome.of(FAIL, "quality.rule.registration.issued-after", "scheme", schemeId,
                    "validFrom", validFrom.get(), "issuedBefore", rule.issuedBefore().get());
        } else if (validFrom.isPresent() && asOf.isBefore(validFrom.get())) {
            out = Outcome.of(FAIL, "quality.rule.registration.not-yet-valid", "scheme", schemeId,
                    "validFrom", validFrom.get()).changesOn(validFrom.get());
        } else if (expiry.isEmpty()) {
            out = rule.validityTerms().isEmpty()
                    ? Outcome.of(PASS, "quality.rule.registration.no-expiry", "scheme", schemeId, "status", status.code())
                    : Outcome.of(NOT_ASSESSABLE, "quality.rule.evidence-missing", "evidence", "validFrom/validUntil");
        } else if (asOf.isAfter(expiry.get())) {
            out = Outcome.of(FAIL, "quality.rule.registration.expired", "scheme", schemeId, "expiry", expiry.get());
        } else {
            LocalDate warnFrom = expiry.get().minusDays(warningDays);
            if (rule.warnMonthsBeforeExpiry().isPresent()) {
                LocalDate byMonths = expiry.get().minusMonths(rule.warnMonthsBeforeExpiry().get());
                warnFrom = byMonths.isBefore(warnFrom) ? byMonths : warnFrom;
            }
            if (!asOf.isBefore(warnFrom)) {
                out = Outcome.of(WARNING, "quality.rule.registration.expiring", "scheme", schemeId,
                        "expiry", expiry.get(), "days", ChronoUnit.DAYS.between(asOf, expiry.get()))
                        .changesOn(expiry.get().plusDays(1));
            } else {
                out = Outcome.of(PASS, "quality.rule.registration.valid", "scheme", schemeId, "status", status.code(),
                        "expiry", expiry.get()).changesOn(warnFrom);
            }
        }
        return out.evidence("status", status.code()).evidence("validFrom", validFrom.orElse(null))
                .evidence("validUntil", validUntil.orElse(null))
                .evidence("expiry", expiry.orElse(null));
    }

    /** Whether a professional holds a valid entry in a scheme on a date. */
    boolean holdsValid(Professional p, String schemeId, List<RegistrationStatus> accepted, LocalDate asOf,
            Optional<LocalDate> registeredBefore) {
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
            Optional<LocalDate> expiry = expiry(schemeId, r.validFrom(), r.validUntil());
            if (expiry.map(e -> !asOf.isAfter(e)).orElse(true)) {
                return true;
            }
        }
        return false;
    }

    // ---- minimum per period ----------------------------------------------------------------------------------

    private Outcome cpd(CpdRule rule, Professional p, LocalDate asOf) {
        String unit = rule.unit().code();
        List<long[]> records = new ArrayList<>(); // [untilEpochDay, amount]
        p.cpd().forEach(c -> (rule.unit() == CpdUnit.HOURS ? c.hours() : c.pePoints())
                .ifPresent(a -> records.add(new long[] {c.until().toEpochDay(), a})));
        return minimum(rule.registrationScheme(), rule.minimum(), "minimum", unit, rule.period(), records, p, asOf,
                p.cpd().isEmpty() ? "cpd" : null);
    }

    private Outcome clients(ClientsRule rule, Professional p, LocalDate asOf) {
        PersonRegistration entry = latest(p.registrationsIn(rule.registrationScheme()));
        if (entry == null) {
            return Outcome.of(NOT_APPLICABLE, "quality.rule.no-registration", "scheme", rule.registrationScheme());
        }
        if (rule.registeredFrom().isPresent()) {
            Optional<LocalDate> registered = entry.firstRegistered().or(entry::validFrom);
            if (registered.isEmpty()) {
                return Outcome.of(NOT_ASSESSABLE, "quality.rule.evidence-missing", "evidence", "firstRegistered");
            }
            if (registered.get().isBefore(rule.registeredFrom().get())) {
                return Outcome.of(NOT_APPLICABLE, "quality.rule.clients.registered-before",
                        "registered", registered.get(), "registeredFrom", rule.registeredFrom().get())
                        .evidence("firstRegistered", registered.get());
            }
        }
        List<long[]> records = new ArrayList<>();
        p.clients().forEach(c -> records.add(new long[] {LocalDate.of(c.year(), 12, 31).toEpochDay(), c.clients()}));
        return minimum(rule.registrationScheme(), rule.minimumPerYear(), "minimumPerYear", "clients",
                RulePeriod.CALENDAR_YEAR, records, p, asOf, p.clients().isEmpty() ? "clients" : null);
    }

    private Outcome minimum(String schemeId, Optional<Integer> minimum, String parameter, String unit,
            RulePeriod period, List<long[]> records, Professional p, LocalDate asOf, String missingEvidence) {
        if (minimum.isEmpty()) {
            return Outcome.of(NOT_ASSESSABLE, "quality.rule.parameter-missing", "parameter", parameter);
        }
        PersonRegistration entry = latest(p.registrationsIn(schemeId));
        if (entry == null) {
            return Outcome.of(NOT_APPLICABLE, "quality.rule.no-registration", "scheme", schemeId);
        }
        Optional<LocalDate> from = entry.validFrom();
        Optional<LocalDate> until = expiry(schemeId, entry.validFrom(), entry.validUntil());
        if (period == RulePeriod.CALENDAR_YEAR && until.isEmpty() && from.isPresent()) {
            until = Optional.of(LocalDate.of(9999, 12, 31)); // open-ended entry: every full year so far counts
        }
        if (from.isEmpty() || until.isEmpty()) {
            return Outcome.of(NOT_ASSESSABLE, "quality.rule.evidence-missing", "evidence", "validFrom/validUntil");
        }
        if (missingEvidence != null) {
            return Outcome.of(NOT_ASSESSABLE, "quality.rule.evidence-missing", "evidence", missingEvidence);
        }
        int min = minimum.get();
        if (period == RulePeriod.CERTIFICATION_PERIOD) {
            long amount = sum(records, from.get(), until.get());
            return due(amount >= min, until.get(), asOf, "amount", amount, "minimum", min, "unit", unit,
                    "from", from.get(), "until", until.get()).evidence(unit, amount);
        }
        int first = from.get().getDayOfYear() == 1 ? from.get().getYear() : from.get().getYear() + 1;
        int last = Math.min(asOf.getYear() - 1, until.get().getMonthValue() == 12 && until.get().getDayOfMonth() == 31
                ? until.get().getYear() : until.get().getYear() - 1);
        if (last < first) {
            return Outcome.of(NOT_APPLICABLE, "quality.rule.minimum.no-full-year")
                    .changesOn(LocalDate.of(Math.max(first + 1, asOf.getYear() + 1), 1, 1));
        }
        Outcome out = null;
        List<Integer> years = new ArrayList<>();
        for (int year = first; year <= last; year++) {
            LocalDate start = LocalDate.of(year, 1, 1);
            LocalDate end = LocalDate.of(year, 12, 31);
            boolean any = records.stream().anyMatch(r -> r[0] >= start.toEpochDay() && r[0] <= end.toEpochDay());
            long amount = sum(records, start, end);
            Outcome y;
            if (!any) {
                y = Outcome.of(NOT_ASSESSABLE, "quality.rule.minimum.year-missing", "year", year);
            } else if (amount < min) {
                y = Outcome.of(FAIL, "quality.rule.minimum.year-short", "year", year, "amount", amount,
                        "minimum", min, "unit", unit);
            } else {
                years.add(year);
                continue;
            }
            y.evidence(unit + "." + year, amount);
            out = Outcome.worst(out, y);
        }
        if (out == null) {
            out = Outcome.of(PASS, "quality.rule.minimum.years-met", "minimum", min, "unit", unit, "years", years);
        }
        LocalDate nextYear = LocalDate.of(asOf.getYear() + 1, 1, 1);
        if (!nextYear.isAfter(until.get().plusDays(1))) {
            out.changesOn(nextYear);
        }
        return out;
    }

    private static long sum(List<long[]> records, LocalDate from, LocalDate until) {
        long total = 0;
        for (long[] r : records) {
            if (r[0] >= from.toEpochDay() && r[0] <= until.toEpochDay()) {
                total += r[1];
            }
        }
        return total;
    }

    /** A minimum that is due by a date: met, not yet due, due soon, or failed. */
    private Outcome due(boolean met, LocalDate dueDate, LocalDate asOf, Object... args) {
        if (met) {
            return Outcome.of(PASS, "quality.rule.minimum.met", args);
        }
        LocalDate warnFrom = dueDate.minusDays(warningDays);
        if (asOf.isBefore(warnFrom)) {
            return Outcome.of(NOT_APPLICABLE, "quality.rule.minimum.not-yet-due", append(args, "due", dueDate))
                    .changesOn(warnFrom);
        }
        if (!asOf.isAfter(dueDate)) {
            return Outcome.of(WARNING, "quality.rule.minimum.due-soon", append(args, "due", dueDate))
                    .changesOn(dueDate.plusDays(1));
        }
        return Outcome.of(FAIL, "quality.rule.minimum.short", args);
    }

    private static Object[] append(Object[] args, Object... more) {
        Object[] all = new Object[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }

    private Outcome reflection(ReflectionRule rule, Professional p, LocalDate asOf) {
        if (rule.minimumSessions().isEmpty()) {
            return Outcome.of(NOT_ASSESSABLE, "quality.rule.parameter-missing", "parameter", "minimumSessions");
        }
        PersonRegistration entry = latest(p.registrationsIn(rule.registrationScheme()));
        if (entry == null) {
            return Outcome.of(NOT_APPLICABLE, "quality.rule.no-registration", "scheme", rule.registrationScheme());
        }
        Optional<LocalDate> from = entry.validFrom();
        Optional<LocalDate> until = expiry(rule.registrationScheme(), entry.validFrom(), entry.validUntil());
        if (from.isEmpty() || until.isEmpty()) {
            return Outcome.of(NOT_ASSESSABLE, "quality.rule.evidence-missing", "evidence", "validFrom/validUntil");
        }
        if (p.reflection().isEmpty()) {
            return Outcome.of(NOT_ASSESSABLE, "quality.rule.evidence-missing", "evidence", "reflection");
        }
        long sessions = 0;
        boolean report = false;
        for (var r : p.reflection()) {
            if (!r.until().isBefore(from.get()) && !r.until().isAfter(until.get())) {
                sessions += r.sessions();
                report |= r.reportWritten();
            }
        }
        int min = rule.minimumSessions().get();
        boolean inTransition = rule.transitionFrom().isPresent()
                && !until.get().isBefore(rule.transitionFrom().get()) && !until.get().isAfter(rule.transitionUntil().get());
        if (inTransition && sessions < min) {
            if (rule.transitionMinimumSessions().isEmpty()) {
                return Outcome.of(NOT_ASSESSABLE, "quality.rule.reflection.transition", "amount", sessions,
                        "minimum", min, "from", rule.transitionFrom().get(), "until", rule.transitionUntil().get())
                        .evidence("sessions", sessions);
            }
            min = rule.transitionMinimumSessions().get();
        }
        Outcome out = due(sessions >= min, until.get(), asOf, "amount", sessions, "minimum", min, "unit", "sessions",
                "from", from.get(), "until", until.get()).evidence("sessions", sessions);
        if (rule.reportRequired()) {
            out.evidence("reportWritten", report);
            if (!report) {
                Outcome r = due(false, until.get(), asOf, "amount", 0, "minimum", 1, "unit", "reflection report",
                        "from", from.get(), "until", until.get());
                out = Outcome.worst(out, r);
            }
        }
        return out;
    }

    // ---- education, experience, documents ------------------------------------------------------------------------

    private Outcome education(EducationRule rule, Professional p, LocalDate asOf) {
        if (rule.alternatives().isEmpty()) {
            return Outcome.of(NOT_ASSESSABLE, "quality.rule.parameter-missing", "parameter", "alternatives");
        }
        if (p.education().isEmpty()) {
            return Outcome.of(NOT_ASSESSABLE, "quality.rule.evidence-missing", "evidence", "education");
        }
        int trainingHours = p.education().stream().mapToInt(e -> e.trainingHours().orElse(0)).sum();
        Outcome candidate = null;
        for (EducationAlternative alt : rule.alternatives()) {
            if (alt.minimumTrainingHours().isPresent() && trainingHours < alt.minimumTrainingHours().get()) {
                continue;
            }
            for (Education e : p.education()) {
                if (matches(alt, e, asOf)) {
                    Outcome o = alt.missingParameters().isEmpty()
                            ? Outcome.of(PASS, "quality.rule.education.met", "alternative", alt.id())
                            : Outcome.of(NOT_ASSESSABLE, "quality.rule.education.candidate", "alternative", alt.id(),
                                    "parameters", alt.missingParameters());
                    o.evidence("nlqfLevel", e.nlqfLevel()).evidence("field", e.field().orElse(null))
                            .evidence("kind", e.kind().code()).evidence("programme", e.programme().orElse(null))
                            .evidence("trainingHours", trainingHours);
                    if (o.verdict == PASS) {
                        if (alt.maximumAgeYears().isPresent()) {
                            o.changesOn(e.completed().get().plusYears(alt.maximumAgeYears().get()).plusDays(1));
                        }
                        return o;
                    }
                    candidate = candidate == null ? o : candidate;
                }
            }
        }
        if (candidate != null) {
            return candidate;
        }
        List<String> ids = new ArrayList<>();
        rule.alternatives().forEach(a -> ids.add(a.id()));
        return Outcome.of(FAIL, "quality.rule.education.unmet", "alternatives", ids).evidence("trainingHours", trainingHours);
    }

    private static boolean matches(EducationAlternative alt, Education e, LocalDate asOf) {
        if (alt.minimumNlqfLevel().isPresent() && e.nlqfLevel() < alt.minimumNlqfLevel().get()) {
            return false;
        }
        if (!alt.fields().isEmpty() && (e.field().isEmpty() || !alt.fields().contains(e.field().get()))) {
            return false;
        }
        if (!alt.kinds().isEmpty() && !alt.kinds().contains(e.kind())) {
            return false;
        }
        if (alt.minimumCredits().isPresent() && e.credits().orElse(0) < alt.minimumCredits().get()) {
            return false;
        }
        if (alt.maximumAgeYears().isPresent()) {
            if (e.completed().isEmpty() || e.completed().get().isAfter(asOf)
                    || e.completed().get().plusYears(alt.maximumAgeYears().get()).isBefore(asOf)) {
                return false;
            }
        }
        return alt.programmes().isEmpty() || fromProgramme(alt.programmes(), e);
    }

    private static boolean fromProgramme(List<AccreditedProgramme> programmes, Education e) {
        if (e.programme().isEmpty() || e.completed().isEmpty()) {
            return false;
        }
        String name = e.programme().get().trim().toLowerCase(Locale.ROOT);
        return programmes.stream().anyMatch(pr -> pr.name().toLowerCase(Locale.ROOT).equals(name)
                && !e.completed().get().isBefore(pr.completedFrom()));
    }

    private Outcome experience(ExperienceRule rule, Professional p) {
        if (rule.minimumHours().isEmpty() && rule.minimumYears().isEmpty()) {
            return Outcome.of(NOT_ASSESSABLE, "quality.rule.parameter-missing", "parameter", "minimumHours/minimumYears");
        }
        if (p.experience().isEmpty()) {
            return Outcome.of(NOT_ASSESSABLE, "quality.rule.evidence-missing", "evidence", "experience");
        }
        var exp = p.experience().get();
        Outcome out = null;
        if (rule.minimumHours().isPresent()) {
            int min = rule.minimumHours().get();
            if (rule.reducedMinimumHours().isPresent()
                    && p.education().stream().anyMatch(e -> fromProgramme(rule.reducedForProgrammes(), e))) {
                min = rule.reducedMinimumHours().get();
            }
            out = Outcome.worst(out, exp.hours().isEmpty()
                    ? Outcome.of(NOT_ASSESSABLE, "quality.rule.evidence-missing", "evidence", "experience.hours")
                    : exp.hours().get() >= min
                            ? Outcome.of(PASS, "quality.rule.experience.met", "value", exp.hours().get() + " h", "minimum", min + " h")
                            : Outcome.of(FAIL, "quality.rule.experience.short", "value", exp.hours().get() + " h", "minimum", min + " h"));
        }
        if (rule.minimumYears().isPresent()) {
            String min = trim(rule.minimumYears().get()) + " y";
            out = Outcome.worst(out, exp.years().isEmpty()
                    ? Outcome.of(NOT_ASSESSABLE, "quality.rule.evidence-missing", "evidence", "experience.years")
                    : exp.years().get() >= rule.minimumYears().get()
                            ? Outcome.of(PASS, "quality.rule.experience.met", "value", trim(exp.years().get()) + " y", "minimum", min)
                            : Outcome.of(FAIL, "quality.rule.experience.short", "value", trim(exp.years().get()) + " y", "minimum", min));
        }
        return out.evidence("hours", exp.hours().orElse(null)).evidence("years", exp.years().map(RuleEvaluator::trim).orElse(null));
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private Outcome documents(DocumentsRule rule, Optional<String> codeOfConduct, List<String> declared, Organisation o) {
        List<String> present = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String doc : rule.documents()) {
            boolean has;
            switch (doc) {
                case "code-of-conduct":
                    has = codeOfConduct.isPresent() && (rule.acceptedCodesOfConduct().isEmpty()
                            || rule.acceptedCodesOfConduct().contains(codeOfConduct.get()));
                    break;
                case "complaints-procedure":
                    has = o != null && o.complaintsProcedure().map(c -> c.internal()).orElse(false);
                    break;
                case "independent-complaints-body":
                    has = o != null && o.complaintsProcedure().map(c -> c.hasIndependentBody()).orElse(false);
                    break;
                case "privacy-statement":
                    has = o != null && o.privacyStatement().isPresent();
                    break;
                case "prices-published":
                    has = o != null && o.pricesPublished().orElse(false);
                    break;
                default:
                    has = declared.contains(doc);
            }
            (has ? present : missing).add(doc);
        }
        Outcome out = missing.isEmpty()
                ? Outcome.of(PASS, "quality.rule.documents.met", "documents", present)
                : Outcome.of(FAIL, "quality.rule.documents.missing", "missing", missing);
        return out.evidence("present", present).evidence("codeOfConduct", codeOfConduct.orElse(null));
    }

    // ---- organisation marks and policies ---------------------------------------------------------------------------

    private Outcome review(ReviewRule rule, Organisation o, LocalDate asOf) {
        OrganisationMark mark = latestMark(o.marksOf(rule.markScheme()));
        if (mark == null) {
            return Outcome.of(FAIL, "quality.rule.no-registration", "scheme", rule.markScheme());
        }
        if (mark.status() != RegistrationStatus.ACTIVE) {
            return Outcome.of(FAIL, "quality.rule.registration.status", "scheme", rule.markScheme(),
                    "status", mark.status().code(), "accepted", "active").evidence("status", mark.status().code());
        }
        Outcome out = null;
        if (rule.reviewEveryMonths().isPresent() || !rule.interimCheckMonths().isEmpty()) {
            if (mark.accreditedOn().isEmpty()) {
                return Outcome.of(NOT_ASSESSABLE, "quality.rule.evidence-missing", "evidence", "accreditedOn");
            }
            LocalDate accredited = mark.accreditedOn().get();
            if (rule.reviewEveryMonths().isPresent()) {
                LocalDate dueDate = accredited.plusMonths(rule.reviewEveryMonths().get());
                out = Outcome.worst(out, deadline(dueDate, asOf, "quality.rule.review.review-met",
                        "quality.rule.review.review-due", "quality.rule.review.review-overdue"));
            }
            long audits = mark.audits().stream().filter(a -> a.isAfter(accredited) && !a.isAfter(asOf)).count();
            int dueChecks = 0;
            LocalDate next = null;
            for (int m : rule.interimCheckMonths()) {
                LocalDate dueDate = accredited.plusMonths(m);
                if (asOf.isAfter(dueDate)) {
                    dueChecks++;
                } else if (next == null || dueDate.isBefore(next)) {
                    next = dueDate;
                }
            }
            if (!rule.interimCheckMonths().isEmpty()) {
                Outcome interim = audits >= dueChecks
                        ? Outcome.of(PASS, "quality.rule.review.interim-met", "audits", audits, "due", dueChecks)
                        : Outcome.of(FAIL, "quality.rule.review.interim-missing", "audits", audits, "due", dueChecks);
                if (next != null && interim.verdict == PASS) {
                    interim.changesOn(next.plusDays(1));
                }
                out = Outcome.worst(out, interim.evidence("audits", audits));
            }
            out.evidence("accreditedOn", accredited);
        }
        if (rule.auditWithinMonthsAfterMeasurement().isPresent()) {
            if (mark.measurementPeriodEnd().isEmpty()) {
                return Outcome.worst(out, Outcome.of(NOT_ASSESSABLE, "quality.rule.evidence-missing", "evidence",
                        "measurementPeriodEnd"));
            }
            LocalDate end = mark.measurementPeriodEnd().get();
            LocalDate deadline = end.plusMonths(rule.auditWithinMonthsAfterMeasurement().get());
            boolean audited = mark.audits().stream().anyMatch(a -> a.isAfter(end) && !a.isAfter(deadline) && !a.isAfter(asOf));
            Outcome a = audited
                    ? Outcome.of(PASS, "quality.rule.review.audit-met", "end", end, "deadline", deadline)
                    : due(false, deadline, asOf, "amount", 0, "minimum", 1, "unit", "audit", "from", end, "until", deadline);
            out = Outcome.worst(out, a.evidence("measurementPeriodEnd", end));
        }
        return out;
    }

    private Outcome deadline(LocalDate dueDate, LocalDate asOf, String met, String soon, String overdue) {
        if (asOf.isAfter(dueDate)) {
            return Outcome.of(FAIL, overdue, "due", dueDate);
        }
        LocalDate warnFrom = dueDate.minusDays(warningDays);
        if (!asOf.isBefore(warnFrom)) {
            return Outcome.of(WARNING, soon, "due", dueDate).changesOn(dueDate.plusDays(1));
        }
        return Outcome.of(PASS, met, "due", dueDate).changesOn(warnFrom);
    }

    private Outcome coverage(ServiceCoverageRule rule, Organisation o, List<Professional> professionals, LocalDate asOf) {
        List<String> uncovered = new ArrayList<>();
        for (String service : o.services()) {
            boolean covered = professionals.stream().anyMatch(p -> p.services().contains(service)
                    && rule.schemes().stream().anyMatch(s -> holdsValid(p, s, rule.acceptedStatuses(), asOf, Optional.empty())));
            if (!covered) {
                uncovered.add(service);
            }
        }
        return (uncovered.isEmpty()
                ? Outcome.of(PASS, "quality.rule.coverage.met", "services", o.services())
                : Outcome.of(FAIL, "quality.rule.coverage.uncovered", "schemes", rule.schemes(), "services", uncovered))
                .evidence("services", o.services());
    }

    private Outcome equivalence(EquivalenceRule rule, Professional p, LocalDate asOf) {
        boolean holds = holdsValid(p, rule.registrationScheme(), rule.acceptedStatuses(), asOf, rule.registeredBefore());
        return (holds
                ? Outcome.of(PASS, "quality.rule.equivalence.holds", "scheme", rule.registrationScheme(), "rules", rule.satisfies())
                : Outcome.of(NOT_APPLICABLE, "quality.rule.equivalence.absent", "scheme", rule.registrationScheme()))
                .evidence("registrationScheme", rule.registrationScheme());
    }

    private static String codes(List<RegistrationStatus> statuses) {
        List<String> out = new ArrayList<>();
        statuses.forEach(s -> out.add(s.code()));
        return String.join(", ", out);
    }

    /**
     * Whether the subject of a rule is an organisation.
     *
     * @param rule the rule
     * @return true for organisation rules
     */
    public static boolean aboutOrganisation(Rule rule) {
        return rule.subject() == Subject.ORGANISATION;
    }
}
