/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.scheme;

import io.github.careerguidance.quality.registration.PersonRegistration;
import io.github.careerguidance.quality.registration.Professional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A minimum amount per period of a registration (CPD, clients) and a minimum due by a date (CPD, reflection,
 * audits): the verdicts and change dates several rule types share. Stateless; package-private.
 */
final class MinimumPeriods {
    private MinimumPeriods() {}

    /**
     * A minimum per period of the latest entry of a scheme.
     *
     * @param records the amounts as {@code [untilEpochDay, amount]}
     * @param missingEvidence the evidence name to report as missing, or null when there is evidence
     */
    static RuleOutcome minimum(
            RuleContext c,
            Professional p,
            String schemeId,
            Optional<Integer> minimum,
            String parameter,
            String unit,
            RulePeriod period,
            List<long[]> records,
            String missingEvidence) {
        if (minimum.isEmpty()) {
            return c.notAssessable("quality.rule.parameter-missing", "parameter", parameter);
        }
        PersonRegistration entry = RegistrationEntries.latest(p.registrationsIn(schemeId));
        if (entry == null) {
            return c.notApplicable("quality.rule.no-registration", "scheme", schemeId);
        }
        LocalDate asOf = c.asOf();
        Optional<LocalDate> from = entry.validFrom();
        Optional<LocalDate> until =
                RegistrationEntries.expiry(c.catalogue(), schemeId, entry.validFrom(), entry.validUntil());
        if (period == RulePeriod.CALENDAR_YEAR && until.isEmpty() && from.isPresent()) {
            until = Optional.of(LocalDate.of(9999, 12, 31)); // open-ended entry: every full year so far counts
        }
        if (from.isEmpty() || until.isEmpty()) {
            return c.notAssessable("quality.rule.evidence-missing", "evidence", "validFrom/validUntil");
        }
        if (missingEvidence != null) {
            return c.notAssessable("quality.rule.evidence-missing", "evidence", missingEvidence);
        }
        int min = minimum.get();
        if (period == RulePeriod.CERTIFICATION_PERIOD) {
            long amount = sum(records, from.get(), until.get());
            return due(
                            c,
                            amount >= min,
                            until.get(),
                            "amount",
                            amount,
                            "minimum",
                            min,
                            "unit",
                            unit,
                            "from",
                            from.get(),
                            "until",
                            until.get())
                    .evidence(unit, amount);
        }
        int first = from.get().getDayOfYear() == 1
                ? from.get().getYear()
                : from.get().getYear() + 1;
        int last = Math.min(
                asOf.getYear() - 1,
                until.get().getMonthValue() == 12 && until.get().getDayOfMonth() == 31
                        ? until.get().getYear()
                        : until.get().getYear() - 1);
        if (last < first) {
            return c.notApplicable("quality.rule.minimum.no-full-year")
                    .changesOn(LocalDate.of(Math.max(first + 1, asOf.getYear() + 1), 1, 1));
        }
        RuleOutcome out = null;
        List<Integer> years = new ArrayList<>();
        for (int year = first; year <= last; year++) {
            LocalDate start = LocalDate.of(year, 1, 1);
            LocalDate end = LocalDate.of(year, 12, 31);
            boolean any = records.stream().anyMatch(r -> r[0] >= start.toEpochDay() && r[0] <= end.toEpochDay());
            long amount = sum(records, start, end);
            RuleOutcome y;
            if (!any) {
                y = c.notAssessable("quality.rule.minimum.year-missing", "year", year);
            } else if (amount < min) {
                y = c.fail(
                        "quality.rule.minimum.year-short",
                        "year",
                        year,
                        "amount",
                        amount,
                        "minimum",
                        min,
                        "unit",
                        unit);
            } else {
                years.add(year);
                continue;
            }
            y.evidence(unit + "." + year, amount);
            out = c.worst(out, y);
        }
        if (out == null) {
            out = c.pass("quality.rule.minimum.years-met", "minimum", min, "unit", unit, "years", years);
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
    static RuleOutcome due(RuleContext c, boolean met, LocalDate dueDate, Object... args) {
        if (met) {
            return c.pass("quality.rule.minimum.met", args);
        }
        LocalDate asOf = c.asOf();
        LocalDate warnFrom = dueDate.minusDays(c.warningDays());
        if (asOf.isBefore(warnFrom)) {
            return c.notApplicable("quality.rule.minimum.not-yet-due", append(args, "due", dueDate))
                    .changesOn(warnFrom);
        }
        if (!asOf.isAfter(dueDate)) {
            return c.warning("quality.rule.minimum.due-soon", append(args, "due", dueDate))
                    .changesOn(dueDate.plusDays(1));
        }
        return c.fail("quality.rule.minimum.short", args);
    }

    private static Object[] append(Object[] args, Object... more) {
        Object[] all = new Object[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }
}
