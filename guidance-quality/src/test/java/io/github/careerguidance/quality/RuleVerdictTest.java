/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.quality.registration.ClientYear;
import io.github.careerguidance.quality.registration.CpdRecord;
import io.github.careerguidance.quality.registration.Education;
import io.github.careerguidance.quality.registration.EducationKind;
import io.github.careerguidance.quality.registration.Experience;
import io.github.careerguidance.quality.registration.Organisation;
import io.github.careerguidance.quality.registration.OrganisationMark;
import io.github.careerguidance.quality.registration.PersonRegistration;
import io.github.careerguidance.quality.registration.Professional;
import io.github.careerguidance.quality.registration.ReflectionRecord;
import io.github.careerguidance.quality.registration.Registration;
import io.github.careerguidance.quality.registration.RegistrationStatus;
import io.github.careerguidance.quality.scheme.Scheme;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Per rule: pass, fail, boundary dates and missing evidence. */
class RuleVerdictTest {
    private static final LocalDate FROM = LocalDate.of(2023, 3, 1);
    private static final LocalDate EXPIRY = LocalDate.of(2027, 2, 28);
    private final QualityChecker checker =
            QualityChecker.builder().warningDays(30).build();

    private static PersonRegistration entry(String scheme, LocalDate from, LocalDate until) {
        return PersonRegistration.builder()
                .scheme(scheme)
                .status(RegistrationStatus.ACTIVE)
                .validFrom(Optional.ofNullable(from))
                .validUntil(Optional.ofNullable(until))
                .build();
    }

    private static Registration of(Professional p) {
        return Registration.builder().addProfessionals(p).build();
    }

    private RuleResult rule(Registration r, String scheme, String rule, LocalDate asOf) {
        return checker.check(r, scheme, asOf).scheme(scheme).get(0).rule(rule).orElseThrow();
    }

    private RuleResult rule(Registration r, Scheme scheme, String rule, LocalDate asOf) {
        return checker.check(r, scheme, asOf)
                .scheme(scheme.id())
                .get(0)
                .rule(rule)
                .orElseThrow();
    }

    private Scheme applicants(String id) {
        return Scheme.builder()
                .from(checker.catalogue().scheme(id).orElseThrow())
                .holdersOnly(false)
                .build();
    }

    @Test
    void registrationValidityAroundTheExpiryDate() {
        Registration r = of(Professional.builder()
                .id("a")
                .addRegistrations(entry("noloc-rl", FROM, EXPIRY))
                .build());
        assertThat(rule(r, "noloc-rl", "NOLOC-RL-VALID", EXPIRY.minusDays(31)).verdict())
                .isEqualTo(Verdict.PASS);
        assertThat(rule(r, "noloc-rl", "NOLOC-RL-VALID", EXPIRY.minusDays(30)).verdict())
                .isEqualTo(Verdict.WARNING);
        RuleResult dayBefore = rule(r, "noloc-rl", "NOLOC-RL-VALID", EXPIRY.minusDays(1));
        assertThat(dayBefore.verdict()).isEqualTo(Verdict.WARNING);
        assertThat(dayBefore.changesOn()).contains(EXPIRY.plusDays(1));
        assertThat(rule(r, "noloc-rl", "NOLOC-RL-VALID", EXPIRY).verdict()).isEqualTo(Verdict.WARNING);
        assertThat(rule(r, "noloc-rl", "NOLOC-RL-VALID", EXPIRY.plusDays(1)).verdict())
                .isEqualTo(Verdict.FAIL);
        assertThat(rule(r, "noloc-rl", "NOLOC-RL-VALID", FROM.minusDays(1)).code())
                .isEqualTo("quality.rule.registration.not-yet-valid");
    }

    @Test
    void registrationExpiryFromTheValidityTermAndMissingDates() {
        // RL: 4 years from validFrom when validUntil is not given.
        Registration r = of(Professional.builder()
                .id("a")
                .addRegistrations(entry("noloc-rl", FROM, null))
                .build());
        RuleResult at = rule(r, "noloc-rl", "NOLOC-RL-VALID", LocalDate.of(2025, 1, 1));
        assertThat(at.evidence()).containsEntry("expiry", "2027-02-28");
        Registration noDates = of(Professional.builder()
                .id("a")
                .addRegistrations(entry("noloc-rl", null, null))
                .build());
        assertThat(rule(noDates, "noloc-rl", "NOLOC-RL-VALID", LocalDate.of(2025, 1, 1))
                        .verdict())
                .isEqualTo(Verdict.NOT_ASSESSABLE);
        // Silent BKA registration: not listed, not accepted.
        Registration silent = of(Professional.builder()
                .id("a")
                .addRegistrations(PersonRegistration.builder()
                        .from(entry("register-bka", FROM, null))
                        .status(RegistrationStatus.SILENT)
                        .build())
                .build());
        assertThat(rule(silent, "register-bka", "BKA-VALID", LocalDate.of(2025, 1, 1))
                        .code())
                .isEqualTo("quality.rule.registration.status");
    }

    @Test
    void cmiTermsLevelsAndClosing() {
        PersonRegistration old = PersonRegistration.builder()
                .from(entry("cmi-rl", LocalDate.of(2018, 5, 1), null))
                .level("B")
                .build();
        RuleResult r3 = rule(
                of(Professional.builder().id("a").addRegistrations(old).build()),
                "cmi-rl",
                "CMI-VALID",
                LocalDate.of(2020, 6, 1));
        assertThat(r3.evidence()).containsEntry("expiry", "2021-04-30");
        assertThat(r3.verdict()).isEqualTo(Verdict.PASS);
        // The 3-month application window warns before the checker's 30 days.
        assertThat(rule(
                                of(Professional.builder()
                                        .id("a")
                                        .addRegistrations(old)
                                        .build()),
                                "cmi-rl",
                                "CMI-VALID",
                                LocalDate.of(2021, 2, 1))
                        .verdict())
                .isEqualTo(Verdict.WARNING);
        PersonRegistration y2020 = PersonRegistration.builder()
                .from(entry("cmi-rl", LocalDate.of(2020, 3, 1), null))
                .level("A")
                .build();
        assertThat(rule(
                                of(Professional.builder()
                                        .id("a")
                                        .addRegistrations(y2020)
                                        .build()),
                                "cmi-rl",
                                "CMI-VALID",
                                LocalDate.of(2022, 1, 1))
                        .evidence())
                .containsEntry("expiry", "2024-02-29");
        PersonRegistration late = PersonRegistration.builder()
                .from(entry("cmi-rl", LocalDate.of(2021, 3, 1), null))
                .level("A")
                .build();
        assertThat(rule(
                                of(Professional.builder()
                                        .id("a")
                                        .addRegistrations(late)
                                        .build()),
                                "cmi-rl",
                                "CMI-VALID",
                                LocalDate.of(2022, 1, 1))
                        .code())
                .isEqualTo("quality.rule.registration.issued-after");
        PersonRegistration levelD =
                PersonRegistration.builder().from(old).level("D").build();
        // the level is its own rule (issue #16): a level D entry is valid by its dates and fails CMI-LEVEL
        assertThat(rule(
                                of(Professional.builder()
                                        .id("a")
                                        .addRegistrations(levelD)
                                        .build()),
                                "cmi-rl",
                                "CMI-LEVEL",
                                LocalDate.of(2020, 6, 1))
                        .code())
                .isEqualTo("quality.rule.registration.level");
        assertThat(rule(
                                of(Professional.builder()
                                        .id("a")
                                        .addRegistrations(levelD)
                                        .build()),
                                "cmi-rl",
                                "CMI-VALID",
                                LocalDate.of(2020, 6, 1))
                        .verdict())
                .isNotEqualTo(Verdict.FAIL);
    }

    @Test
    void cpdPerCertificationPeriod() {
        Professional base = Professional.builder()
                .id("a")
                .addRegistrations(entry("noloc-rl", FROM, EXPIRY))
                .build();
        Registration enough = of(Professional.builder()
                .from(base)
                .addCpd(CpdRecord.builder()
                        .from(FROM)
                        .until(FROM.plusYears(1))
                        .pePoints(75)
                        .build())
                .build());
        assertThat(rule(enough, "noloc-rl", "NOLOC-RL-PE", FROM.plusYears(2)).verdict())
                .isEqualTo(Verdict.PASS);
        Registration short74 = of(Professional.builder()
                .from(base)
                .addCpd(CpdRecord.builder()
                        .from(FROM)
                        .until(FROM.plusYears(1))
                        .pePoints(74)
                        .build())
                .build());
        assertThat(rule(short74, "noloc-rl", "NOLOC-RL-PE", FROM.plusYears(2)).verdict())
                .isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(rule(short74, "noloc-rl", "NOLOC-RL-PE", EXPIRY).verdict()).isEqualTo(Verdict.WARNING);
        assertThat(rule(short74, "noloc-rl", "NOLOC-RL-PE", EXPIRY.plusDays(1)).verdict())
                .isEqualTo(Verdict.FAIL);
        // Records outside the period do not count.
        Registration outside = of(Professional.builder()
                .from(base)
                .addCpd(CpdRecord.builder()
                        .from(FROM.minusYears(2))
                        .until(FROM.minusDays(1))
                        .pePoints(200)
                        .build())
                .build());
        assertThat(rule(outside, "noloc-rl", "NOLOC-RL-PE", EXPIRY.plusDays(1)).verdict())
                .isEqualTo(Verdict.FAIL);
        assertThat(rule(of(base), "noloc-rl", "NOLOC-RL-PE", EXPIRY).code()).isEqualTo("quality.rule.evidence-missing");
    }

    @Test
    void cpdPerCalendarYear() {
        Professional base = Professional.builder()
                .id("a")
                .addRegistrations(entry("cdi-register", LocalDate.of(2023, 6, 1), null))
                .build();
        Registration ok = of(Professional.builder()
                .from(base)
                .addCpd(CpdRecord.builder()
                        .from(LocalDate.of(2024, 1, 1))
                        .until(LocalDate.of(2024, 12, 31))
                        .hours(25)
                        .build())
                .addCpd(CpdRecord.builder()
                        .from(LocalDate.of(2025, 1, 1))
                        .until(LocalDate.of(2025, 12, 31))
                        .hours(30)
                        .build())
                .build());
        RuleResult pass = rule(ok, "cdi-register", "CDI-CPD", LocalDate.of(2026, 3, 1));
        assertThat(pass.verdict()).isEqualTo(Verdict.PASS);
        assertThat(pass.changesOn()).contains(LocalDate.of(2027, 1, 1));
        assertThat(rule(ok, "cdi-register", "CDI-CPD", LocalDate.of(2024, 12, 31))
                        .verdict())
                .isEqualTo(Verdict.NOT_APPLICABLE);
        Registration low = of(Professional.builder()
                .from(base)
                .addCpd(CpdRecord.builder()
                        .from(LocalDate.of(2024, 1, 1))
                        .until(LocalDate.of(2024, 12, 31))
                        .hours(24)
                        .build())
                .build());
        assertThat(rule(low, "cdi-register", "CDI-CPD", LocalDate.of(2025, 1, 1))
                        .verdict())
                .isEqualTo(Verdict.FAIL);
        assertThat(rule(low, "cdi-register", "CDI-CPD", LocalDate.of(2026, 1, 1))
                        .verdict())
                .isEqualTo(Verdict.FAIL);
    }

    @Test
    void reflectionSessionsReportAndTransitionWindow() {
        Professional base = Professional.builder()
                .id("a")
                .addRegistrations(entry("noloc-rl", FROM, EXPIRY))
                .build();
        Registration four = of(Professional.builder()
                .from(base)
                .addReflection(ReflectionRecord.builder()
                        .from(FROM)
                        .until(FROM.plusYears(1))
                        .intervisie(2)
                        .coaching(2)
                        .reportWritten(true)
                        .build())
                .build());
        assertThat(rule(four, "noloc-rl", "NOLOC-RL-REFLECT", EXPIRY.plusDays(1))
                        .verdict())
                .isEqualTo(Verdict.PASS);
        Registration noReport = of(Professional.builder()
                .from(base)
                .addReflection(ReflectionRecord.builder()
                        .from(FROM)
                        .until(FROM.plusYears(1))
                        .intervisie(4)
                        .build())
                .build());
        assertThat(rule(noReport, "noloc-rl", "NOLOC-RL-REFLECT", EXPIRY.plusDays(1))
                        .verdict())
                .isEqualTo(Verdict.FAIL);
        // A certificate expiring in 2024 with 2 meetings: the reduced transition number was not found.
        Professional p2024 = Professional.builder()
                .id("b")
                .addRegistrations(entry("noloc-rl", LocalDate.of(2020, 7, 1), LocalDate.of(2024, 6, 30)))
                .addReflection(ReflectionRecord.builder()
                        .from(LocalDate.of(2022, 1, 1))
                        .until(LocalDate.of(2023, 1, 1))
                        .supervisie(2)
                        .reportWritten(true)
                        .build())
                .build();
        RuleResult transition = rule(of(p2024), "noloc-rl", "NOLOC-RL-REFLECT", LocalDate.of(2024, 7, 1));
        assertThat(transition.verdict()).isEqualTo(Verdict.NOT_ASSESSABLE);
        assertThat(transition.code()).isEqualTo("quality.rule.reflection.transition");
        assertThat(rule(of(base), "noloc-rl", "NOLOC-RL-REFLECT", EXPIRY).code())
                .isEqualTo("quality.rule.evidence-missing");
    }

    @Test
    void clientsPerYearAndTheRegistrationDateCondition() {
        Professional base = Professional.builder()
                .id("a")
                .addRegistrations(PersonRegistration.builder()
                        .from(entry("register-bka", LocalDate.of(2021, 1, 1), null))
                        .firstRegistered(LocalDate.of(2016, 1, 1))
                        .build())
                .build();
        Registration full = of(Professional.builder()
                .from(base)
                .addClients(
                        ClientYear.builder().year(2021).clients(10).build(),
                        ClientYear.builder().year(2022).clients(12).build())
                .build());
        assertThat(rule(full, "register-bka", "BKA-CLIENTS", LocalDate.of(2023, 1, 1))
                        .verdict())
                .isEqualTo(Verdict.PASS);
        RuleResult missingYear = rule(full, "register-bka", "BKA-CLIENTS", LocalDate.of(2024, 1, 1));
        assertThat(missingYear.verdict()).isEqualTo(Verdict.NOT_ASSESSABLE);
        assertThat(missingYear.code()).isEqualTo("quality.rule.minimum.year-missing");
        Registration before2015 = of(Professional.builder()
                .id("b")
                .addRegistrations(PersonRegistration.builder()
                        .from(entry("register-bka", LocalDate.of(2021, 1, 1), null))
                        .firstRegistered(LocalDate.of(2014, 12, 31))
                        .build())
                .build());
        assertThat(rule(before2015, "register-bka", "BKA-CLIENTS", LocalDate.of(2023, 1, 1))
                        .verdict())
                .isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(rule(of(base), "register-bka", "BKA-CLIENTS", LocalDate.of(2023, 1, 1))
                        .code())
                .isEqualTo("quality.rule.evidence-missing");
    }

    @Test
    void jobcoachEducationAlternativesAndHoursForApplicants() {
        Scheme rj = applicants("noloc-rj");
        LocalDate asOf = LocalDate.of(2026, 1, 15);
        Professional hbo = Professional.builder()
                .id("a")
                .addEducation(Education.builder().nlqfLevel(6).field("economie").build())
                .addEducation(Education.builder()
                        .nlqfLevel(4)
                        .kind(EducationKind.COURSE)
                        .trainingHours(98)
                        .build())
                .experience(Experience.builder().hours(1200).build())
                .build();
        assertThat(rule(of(hbo), rj, "NOLOC-RJ-EDU", asOf).evidence()).containsEntry("trainingHours", "98");
        assertThat(rule(of(hbo), rj, "NOLOC-RJ-EDU", asOf).verdict()).isEqualTo(Verdict.PASS);
        Professional evcOld = Professional.builder()
                .id("b")
                .addEducation(Education.builder()
                        .nlqfLevel(6)
                        .kind(EducationKind.EVC)
                        .completed(asOf.minusYears(2).minusDays(1))
                        .trainingHours(98)
                        .build())
                .build();
        assertThat(rule(of(evcOld), rj, "NOLOC-RJ-EDU", asOf).verdict()).isEqualTo(Verdict.FAIL);
        Professional evcFresh = Professional.builder()
                .from(evcOld)
                .education(List.of(Education.builder()
                        .nlqfLevel(6)
                        .kind(EducationKind.EVC)
                        .completed(asOf.minusYears(2))
                        .trainingHours(98)
                        .build()))
                .build();
        assertThat(rule(of(evcFresh), rj, "NOLOC-RJ-EDU", asOf).verdict()).isEqualTo(Verdict.PASS);
        Professional saraWerkt = Professional.builder()
                .id("c")
                .addEducation(Education.builder()
                        .nlqfLevel(4)
                        .programme("Sara Werkt")
                        .completed(LocalDate.of(2024, 10, 1))
                        .build())
                .experience(Experience.builder().hours(600).build())
                .build();
        assertThat(rule(of(saraWerkt), rj, "NOLOC-RJ-EDU", asOf).verdict()).isEqualTo(Verdict.PASS);
        assertThat(rule(of(saraWerkt), rj, "NOLOC-RJ-HOURS", asOf).verdict()).isEqualTo(Verdict.PASS);
        assertThat(rule(
                                of(Professional.builder()
                                        .from(saraWerkt)
                                        .experience(
                                                Experience.builder().hours(599).build())
                                        .build()),
                                rj,
                                "NOLOC-RJ-HOURS",
                                asOf)
                        .verdict())
                .isEqualTo(Verdict.FAIL);
        assertThat(rule(
                                of(Professional.builder()
                                        .from(hbo)
                                        .experience(
                                                Experience.builder().hours(1199).build())
                                        .build()),
                                rj,
                                "NOLOC-RJ-HOURS",
                                asOf)
                        .verdict())
                .isEqualTo(Verdict.FAIL);
        assertThat(rule(of(Professional.builder().id("d").build()), rj, "NOLOC-RJ-EDU", asOf)
                        .code())
                .isEqualTo("quality.rule.evidence-missing");
        // For a holder the entry requirements are not applicable; the RJ PE minimum was not found.
        Registration holder = of(Professional.builder()
                .id("e")
                .addRegistrations(entry("noloc-rj", FROM, EXPIRY))
                .build());
        assertThat(rule(holder, "noloc-rj", "NOLOC-RJ-EDU", asOf).verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(rule(holder, "noloc-rj", "NOLOC-RJ-PE", asOf).code()).isEqualTo("quality.rule.parameter-missing");
        // RL entry thresholds were not found.
        assertThat(rule(of(hbo), applicants("noloc-rl"), "NOLOC-RL-ENTRY", asOf).verdict())
                .isEqualTo(Verdict.NOT_ASSESSABLE);
    }

    @Test
    void matrixReviewAndContinuousImprovementChecks() {
        LocalDate accredited = LocalDate.of(2023, 5, 10);
        OrganisationMark mark = OrganisationMark.builder()
                .scheme("matrix-standard")
                .status(RegistrationStatus.ACTIVE)
                .accreditedOn(accredited)
                .addAudits(LocalDate.of(2024, 5, 2))
                .build();
        Registration r = Registration.builder().organisation(org(mark)).build();
        assertThat(rule(r, "matrix-standard", "MATRIX-CIC", accredited.plusMonths(24))
                        .verdict())
                .isEqualTo(Verdict.PASS);
        assertThat(rule(
                                r,
                                "matrix-standard",
                                "MATRIX-CIC",
                                accredited.plusMonths(24).plusDays(1))
                        .verdict())
                .isEqualTo(Verdict.FAIL);
        LocalDate due = accredited.plusMonths(36);
        assertThat(rule(r, "matrix-standard", "MATRIX-REVIEW", due.minusDays(31))
                        .verdict())
                .isEqualTo(Verdict.PASS);
        assertThat(rule(r, "matrix-standard", "MATRIX-REVIEW", due).verdict()).isEqualTo(Verdict.WARNING);
        assertThat(rule(r, "matrix-standard", "MATRIX-REVIEW", due.plusDays(1)).verdict())
                .isEqualTo(Verdict.FAIL);
        Registration noDate = Registration.builder()
                .organisation(org(OrganisationMark.builder()
                        .from(mark)
                        .accreditedOn(Optional.empty())
                        .build()))
                .build();
        assertThat(rule(noDate, "matrix-standard", "MATRIX-REVIEW", due).code())
                .isEqualTo("quality.rule.evidence-missing");
    }

    @Test
    void blikOpWerkDocumentsAndResultsAudit() {
        LocalDate end = LocalDate.of(2025, 12, 31);
        OrganisationMark mark = OrganisationMark.builder()
                .scheme("blik-op-werk")
                .status(RegistrationStatus.ACTIVE)
                .measurementPeriodEnd(end)
                .build();
        Registration pending = Registration.builder().organisation(org(mark)).build();
        assertThat(rule(pending, "blik-op-werk", "BOW-CYCLE", LocalDate.of(2026, 1, 15))
                        .verdict())
                .isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(rule(pending, "blik-op-werk", "BOW-CYCLE", LocalDate.of(2026, 3, 31))
                        .verdict())
                .isEqualTo(Verdict.WARNING);
        assertThat(rule(pending, "blik-op-werk", "BOW-CYCLE", LocalDate.of(2026, 4, 1))
                        .verdict())
                .isEqualTo(Verdict.FAIL);
        Registration audited = Registration.builder()
                .organisation(org(OrganisationMark.builder()
                        .from(mark)
                        .addAudits(LocalDate.of(2026, 3, 31))
                        .build()))
                .build();
        assertThat(rule(audited, "blik-op-werk", "BOW-CYCLE", LocalDate.of(2026, 6, 1))
                        .verdict())
                .isEqualTo(Verdict.PASS);
        RuleResult docs = rule(audited, "blik-op-werk", "BOW-DOCS", LocalDate.of(2026, 6, 1));
        assertThat(docs.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(docs.explanation().resolve(java.util.Locale.ENGLISH)).contains("quality assurance of staff");
        assertThat(rule(audited, "blik-op-werk", "BOW-VALID", LocalDate.of(2026, 6, 1))
                        .code())
                .isEqualTo("quality.rule.registration.no-expiry");
    }

    private static Organisation org(OrganisationMark mark) {
        return Organisation.builder()
                .legalName("Loopbaanbureau Noord B.V.")
                .kvkNumber("01234567")
                .address(io.github.careerguidance.quality.registration.Address.builder()
                        .street("Vismarkt")
                        .houseNumber("3")
                        .postcode("9712 CA")
                        .city("Groningen")
                        .build())
                .complaintsProcedure(io.github.careerguidance.quality.registration.ComplaintsProcedure.builder()
                        .internal(true)
                        .build())
                .privacyStatement("https://noord.example.nl/privacy")
                .addMarks(mark)
                .build();
    }
}
