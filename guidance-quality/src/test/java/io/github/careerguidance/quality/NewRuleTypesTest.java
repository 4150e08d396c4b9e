/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.quality.registration.Address;
import io.github.careerguidance.quality.registration.ImmutablePersonRegistration;
import io.github.careerguidance.quality.registration.Organisation;
import io.github.careerguidance.quality.registration.OrganisationMark;
import io.github.careerguidance.quality.registration.PersonRegistration;
import io.github.careerguidance.quality.registration.Professional;
import io.github.careerguidance.quality.registration.Registration;
import io.github.careerguidance.quality.registration.RegistrationStatus;
import io.github.careerguidance.quality.scheme.CategoryScopeRule;
import io.github.careerguidance.quality.scheme.CertificationDeadlineRule;
import io.github.careerguidance.quality.scheme.DocumentsRule;
import io.github.careerguidance.quality.scheme.MandatoryMarkRule;
import io.github.careerguidance.quality.scheme.Purpose;
import io.github.careerguidance.quality.scheme.Rule;
import io.github.careerguidance.quality.scheme.Scheme;
import io.github.careerguidance.quality.scheme.ServiceListRule;
import io.github.careerguidance.quality.scheme.Subject;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The rule types added for the research rules of issue #16 (NOLOC-ASPIRANT, BOW-SERVICE, MATRIX-MANDATORY, CDI-SCOPE,
 * NOLOC-RL-ELEARN) on the paths the scenarios do not take: a missing parameter, a complete list, an unknown or other
 * category, an entry outside the expiry window, a mark that starts later, and their change dates day by day.
 */
class NewRuleTypesTest {
    private static final LocalizedText T = LocalizedText.of("Regel.", "Rule.");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 28);
    private final QualityChecker checker = QualityChecker.builtIn();

    private static Scheme scheme(Subject subject, Rule rule) {
        return Scheme.builder()
                .id("test-scheme")
                .name(LocalizedText.of("Test", "Test"))
                .subject(subject)
                .version("1")
                .holdersOnly(false)
                .addRules(rule)
                .build();
    }

    private static Registration person(Professional p) {
        return Registration.builder().reference("T-1").addProfessionals(p).build();
    }

    private static Registration organisation(
            io.github.careerguidance.quality.registration.ImmutableOrganisation.Builder o) {
        return Registration.builder()
                .reference("T-2")
                .organisation(o.legalName("Bureau")
                        .kvkNumber("12345678")
                        .address(Address.builder()
                                .street("Markt")
                                .houseNumber("1")
                                .postcode("1234 AB")
                                .city("Delft")
                                .build())
                        .build())
                .build();
    }

    private RuleResult only(QualityReport report) {
        assertThat(report.diagnostics()).isEmpty();
        return report.schemes().get(0).rules().get(0);
    }

    @Test
    void theAspirantDeadlineChangesOnTheDayItsChangeDateSays() {
        Registration aspirant = PurposeTest.scenario("rl-aspirant-within-deadline.yaml");
        LocalDate day = DAY;
        RuleResult before = aspirantRule(aspirant, day);
        int flips = 0;
        for (int d = 1; d <= 3 * 366; d++) {
            RuleResult now = aspirantRule(aspirant, DAY.plusDays(d));
            if (now.verdict() != before.verdict()) {
                assertThat(before.changesOn())
                        .as("announced before " + DAY.plusDays(d))
                        .contains(DAY.plusDays(d));
                flips++;
            } else if (before.changesOn().isPresent()) {
                assertThat(before.changesOn().get()).isAfterOrEqualTo(DAY.plusDays(d));
            }
            before = now;
        }
        // pass, then a warning 60 days before 2027-08-31, then a failure from 2027-09-01
        assertThat(flips).isEqualTo(2);
        assertThat(aspirantRule(aspirant, LocalDate.of(2027, 7, 2)).code()).isEqualTo("quality.rule.deadline.near");
        assertThat(aspirantRule(aspirant, LocalDate.of(2027, 9, 1)).code()).isEqualTo("quality.rule.deadline.passed");
    }

    private RuleResult aspirantRule(Registration r, LocalDate on) {
        return checker.check(r, "noloc-rl", on, Purpose.ADMISSION)
                .scheme("noloc-rl")
                .get(0)
                .rule("NOLOC-ASPIRANT")
                .orElseThrow();
    }

    @Test
    void aDeadlineWithoutItsYearsIsNotAssessableAndACertifiedProfessionalPasses() {
        CertificationDeadlineRule noYears = CertificationDeadlineRule.builder()
                .id("T-DEADLINE")
                .title(T)
                .registrationScheme("noloc-rl")
                .build();
        Professional aspirant = Professional.builder()
                .id("a")
                .addRegistrations(PersonRegistration.builder()
                        .scheme("noloc-rl")
                        .status(RegistrationStatus.APPLICANT)
                        .aspirantSince(LocalDate.of(2025, 1, 1))
                        .build())
                .build();
        RuleResult r = only(checker.check(person(aspirant), scheme(Subject.PERSON, noYears), DAY));
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_ASSESSABLE);
        assertThat(r.code()).isEqualTo("quality.rule.parameter-missing");
        assertThat(r.evidence()).containsEntry("aspirantSince", "2025-01-01");

        Professional certified = Professional.builder()
                .from(aspirant)
                .addRegistrations(PersonRegistration.builder()
                        .scheme("noloc-rl")
                        .status(RegistrationStatus.ACTIVE)
                        .validFrom(LocalDate.of(2026, 3, 1))
                        .validUntil(LocalDate.of(2030, 2, 28))
                        .build())
                .build();
        RuleResult c = only(checker.check(person(certified), scheme(Subject.PERSON, noYears), DAY));
        assertThat(c.verdict()).isEqualTo(Verdict.PASS);
        assertThat(c.code()).isEqualTo("quality.rule.deadline.certified");
        assertThat(c.changesOn()).contains(LocalDate.of(2030, 3, 1));
    }

    @Test
    void aServiceOutsideACompleteListFails() {
        ServiceListRule complete = ServiceListRule.builder()
                .id("T-SERVICES")
                .title(T)
                .markScheme("test-scheme")
                .addServices("jobcoaching", "outplacement")
                .build();
        Registration r = organisation(Organisation.builder()
                .addMarks(OrganisationMark.builder()
                        .scheme("test-scheme")
                        .status(RegistrationStatus.ACTIVE)
                        .addServices("outplacement", "looking-for-work")
                        .build()));
        RuleResult result = only(checker.check(r, scheme(Subject.ORGANISATION, complete), DAY));
        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(result.explanation().resolve(Locale.ENGLISH))
                .isEqualTo("Not in the scheme's list of services: looking for work (scheme test-scheme, version 1)");
        assertThat(result.explanation().resolve(LocalizedText.DUTCH))
                .isEqualTo("Niet in de lijst van diensten van het schema: werk zoeken (schema test-scheme, versie 1)");
        // a mark that lists no services gives nothing to check
        RuleResult none = only(checker.check(
                organisation(Organisation.builder()
                        .addMarks(OrganisationMark.builder()
                                .scheme("test-scheme")
                                .status(RegistrationStatus.ACTIVE)
                                .build())),
                scheme(Subject.ORGANISATION, complete),
                DAY));
        assertThat(none.verdict()).isEqualTo(Verdict.NOT_ASSESSABLE);
        assertThat(none.code()).isEqualTo("quality.rule.evidence-missing");
        assertThatThrownBy(() -> ServiceListRule.builder()
                        .from(complete)
                        .complete(false)
                        .totalServices(1)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("totalServices must be at least the 2 services listed but was 1");
    }

    @Test
    void theCategoryDecidesWhetherAnExcludedServiceMayBeGiven() {
        Registration leader = PurposeTest.scenario("cdi-careers-leader-guidance.yaml");
        Professional p = leader.professionals().get(0);
        PersonRegistration entry = p.registrations().get(0);
        Professional unknown = Professional.builder()
                .from(p)
                .registrations(java.util.List.of(
                        ImmutablePersonRegistration.copyOf(entry).withLevel(java.util.Optional.empty())))
                .build();
        Professional rcdp = Professional.builder()
                .from(p)
                .registrations(java.util.List.of(
                        ImmutablePersonRegistration.copyOf(entry).withLevel("rcdp")))
                .build();
        RuleResult u = checker.check(person(unknown), "cdi-register", DAY)
                .scheme("cdi-register")
                .get(0)
                .rule("CDI-SCOPE")
                .orElseThrow();
        assertThat(u.verdict()).isEqualTo(Verdict.NOT_ASSESSABLE);
        assertThat(u.explanation().resolve(LocalizedText.DUTCH))
                .startsWith("Niet te beoordelen: de registratie vermeldt geen categorie van de inschrijving");
        RuleResult o = checker.check(person(rcdp), "cdi-register", DAY)
                .scheme("cdi-register")
                .get(0)
                .rule("CDI-SCOPE")
                .orElseThrow();
        assertThat(o.verdict()).isEqualTo(Verdict.PASS);
        assertThat(o.code()).isEqualTo("quality.rule.scope.other-category");
        assertThat(o.explanation().resolve(Locale.ENGLISH))
                .startsWith("The entry is in the category Registered Career Development Professional, not Registered"
                        + " Careers Leader, so personal guidance may be given");
        assertThat(CategoryScopeRule.builder()
                        .id("T-SCOPE")
                        .title(T)
                        .registrationScheme("cdi-register")
                        .category("careers-leader")
                        .addExcludedServices("personal-guidance")
                        .build()
                        .assessedOnAdmission())
                .isTrue();
    }

    @Test
    void documentsDueOnlyForEntriesExpiringInTheWindow() {
        Registration later = PurposeTest.scenario("rl-missing-elearning.yaml");
        Professional p = later.professionals().get(0);
        Professional expires2027 = Professional.builder()
                .from(p)
                .registrations(java.util.List.of(
                        ImmutablePersonRegistration.copyOf(p.registrations().get(0))
                                .withValidFrom(LocalDate.of(2023, 3, 1))
                                .withValidUntil(LocalDate.of(2027, 2, 28))))
                .build();
        RuleResult r = checker.check(person(expires2027), "noloc-rl", DAY)
                .scheme("noloc-rl")
                .get(0)
                .rule("NOLOC-RL-ELEARN")
                .orElseThrow();
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(r.explanation().resolve(Locale.ENGLISH))
                .isEqualTo(
                        "Required only of entries that expire from 2022-01-01 until 2024-12-31; this entry expires on"
                                + " 2027-02-28 (scheme noloc-rl, version 2021.1)");
        Professional noDates = Professional.builder()
                .from(p)
                .registrations(java.util.List.of(
                        ImmutablePersonRegistration.copyOf(p.registrations().get(0))
                                .withValidFrom(java.util.Optional.empty())
                                .withValidUntil(java.util.Optional.empty())))
                .build();
        assertThat(checker.check(person(noDates), "noloc-rl", DAY)
                        .scheme("noloc-rl")
                        .get(0)
                        .rule("NOLOC-RL-ELEARN")
                        .orElseThrow()
                        .code())
                .isEqualTo("quality.rule.evidence-missing");
        assertThatThrownBy(() -> DocumentsRule.builder()
                        .id("T-DOCS")
                        .title(T)
                        .subject(Subject.ORGANISATION)
                        .addDocuments("privacy-statement")
                        .expiringFrom(LocalDate.of(2022, 1, 1))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("apply to rules about persons only");
        assertThatThrownBy(() -> DocumentsRule.builder()
                        .id("T-DOCS")
                        .title(T)
                        .addDocuments("cv")
                        .expiringFrom(LocalDate.of(2024, 1, 1))
                        .expiringUntil(LocalDate.of(2023, 1, 1))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expiringUntil must not be before expiringFrom but was 2023-01-01");
    }

    @Test
    void aMandatoryMarkThatStartsLaterFailsUntilItsFirstDay() {
        MandatoryMarkRule rule = MandatoryMarkRule.builder()
                .id("T-MANDATORY")
                .title(T)
                .markScheme("matrix-standard")
                .addMandatoryFor("national-careers-service")
                .build();
        Registration r = organisation(Organisation.builder()
                .addFunding("national-careers-service")
                .addMarks(OrganisationMark.builder()
                        .scheme("matrix-standard")
                        .status(RegistrationStatus.ACTIVE)
                        .validFrom(LocalDate.of(2027, 1, 4))
                        .validUntil(LocalDate.of(2030, 1, 3))
                        .build()));
        RuleResult now = only(checker.check(r, scheme(Subject.ORGANISATION, rule), DAY));
        assertThat(now.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(now.changesOn()).contains(LocalDate.of(2027, 1, 4));
        RuleResult then = only(checker.check(r, scheme(Subject.ORGANISATION, rule), LocalDate.of(2027, 1, 4)));
        assertThat(then.verdict()).isEqualTo(Verdict.PASS);
        assertThat(then.changesOn()).contains(LocalDate.of(2030, 1, 4));
        assertThat(rule.assessedOnAdmission()).isFalse();
    }
}
