/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.quality.registration.CreditFramework;
import io.github.careerguidance.quality.registration.CreditLevel;
import io.github.careerguidance.quality.registration.Education;
import io.github.careerguidance.quality.registration.ImmutablePersonRegistration;
import io.github.careerguidance.quality.registration.PersonRegistration;
import io.github.careerguidance.quality.registration.Professional;
import io.github.careerguidance.quality.registration.Registration;
import io.github.careerguidance.quality.scheme.EducationAlternative;
import io.github.careerguidance.quality.scheme.EducationRule;
import io.github.careerguidance.quality.scheme.Purpose;
import io.github.careerguidance.quality.scheme.Scheme;
import io.github.careerguidance.quality.scheme.Subject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Education alternatives bound to a category of the register (CDI-QUAL: 60 credits for a Registered Career
 * Development Professional, 20 for a Registered Careers Leader): the entry's category picks the route, and an unknown
 * category never gives an invented pass.
 */
class EducationCategoryTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 28);
    private static final LocalizedText T = LocalizedText.of("Opleiding.", "Education.");
    private final QualityChecker checker = QualityChecker.builtIn();

    /** The Careers Leader applicant of the scenario with another category and credits. */
    private static Registration leader(Optional<String> level, int credits) {
        Professional p = PurposeTest.scenario("cdi-careers-leader-applicant.yaml")
                .professionals()
                .get(0);
        PersonRegistration entry =
                ImmutablePersonRegistration.copyOf(p.registrations().get(0)).withLevel(level);
        Education e = p.education().get(0);
        Professional changed = Professional.builder()
                .from(p)
                .registrations(List.of(entry))
                .education(List.of(Education.builder().from(e).credits(credits).build()))
                .build();
        return Registration.builder()
                .reference("T-CDI")
                .addProfessionals(changed)
                .build();
    }

    private RuleResult cdiQual(Registration r) {
        QualityReport report = checker.check(r, "cdi-register", DAY, Purpose.ADMISSION);
        assertThat(report.diagnostics()).isEmpty();
        return report.scheme("cdi-register").get(0).rule("CDI-QUAL").orElseThrow();
    }

    @Test
    void aCareersLeaderWithTwentyLevelSixCreditsIsQualified() {
        RuleResult r = cdiQual(leader(Optional.of("careers-leader"), 20));
        assertThat(r.verdict()).isEqualTo(Verdict.PASS);
        assertThat(r.code()).isEqualTo("quality.rule.education.met");
        assertThat(r.evidence()).containsEntry("category", "careers-leader").containsEntry("creditLevel", "qcf 6");
        assertThat(r.explanation().resolve(Locale.ENGLISH))
                .startsWith("A qualification meets alternative qualification of at least 20 credits (Careers Leader"
                        + " route)");
        assertThat(r.explanation().resolve(LocalizedText.DUTCH))
                .startsWith("Een opleiding voldoet aan alternatief kwalificatie van minstens 20 studiepunten (Careers"
                        + " Leader-route)")
                .endsWith("(schema cdi-register, versie 2019.2)");
    }

    @Test
    void aCareersLeaderWithTenCreditsFailsOnTheCareersLeaderRouteOnly() {
        RuleResult r = cdiQual(leader(Optional.of("careers-leader"), 10));
        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.code()).isEqualTo("quality.rule.education.unmet");
        assertThat(r.evidence()).containsEntry("category", "careers-leader");
        assertThat(r.explanation().resolve(Locale.ENGLISH))
                .isEqualTo("No qualification meets any alternative (qualification of at least 20 credits (Careers"
                        + " Leader route)) (scheme cdi-register, version 2019.2)");
        assertThat(DutchExplanationsTest.problems(r.explanation().resolve(LocalizedText.DUTCH), true))
                .isEmpty();
    }

    @Test
    void twentyCreditsDoNotQualifyARegisteredCareerDevelopmentProfessional() {
        RuleResult r = cdiQual(leader(Optional.of("rcdp"), 20));
        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.explanation().resolve(Locale.ENGLISH))
                .contains("(qualification of at least 60 credits (RCDP route))")
                .doesNotContain("Careers Leader");
        assertThat(cdiQual(leader(Optional.of("rcdp"), 60)).verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void anUnknownCategoryMakesAMetRouteNotAssessableNeverAPass() {
        RuleResult r = cdiQual(leader(Optional.empty(), 20));
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_ASSESSABLE);
        assertThat(r.code()).isEqualTo("quality.rule.education.category-unknown");
        assertThat(r.evidence()).doesNotContainKey("category").containsEntry("creditLevel", "qcf 6");
        assertThat(r.explanation().resolve(Locale.ENGLISH))
                .isEqualTo("Not assessable: alternative qualification of at least 20 credits (Careers Leader route)"
                        + " may be met, but it holds only for the category Registered Careers Leader and the"
                        + " registration does not give the category of the entry (scheme cdi-register, version"
                        + " 2019.2)");
        String dutch = r.explanation().resolve(LocalizedText.DUTCH);
        assertThat(dutch)
                .startsWith("Niet te beoordelen: alternatief kwalificatie van minstens 20 studiepunten (Careers"
                        + " Leader-route) kan voldoen, maar geldt alleen voor de categorie Careers Leader en de"
                        + " registratie vermeldt geen categorie van de inschrijving");
        assertThat(DutchExplanationsTest.problems(dutch, true)).isEmpty();
        // 60 credits meet both routes: the first one met is named, still not a pass
        RuleResult both = cdiQual(leader(Optional.empty(), 60));
        assertThat(both.verdict()).isEqualTo(Verdict.NOT_ASSESSABLE);
        assertThat(both.explanation().resolve(Locale.ENGLISH)).contains("(RCDP route)");
        // too few credits for any route fail even without a category
        RuleResult low = cdiQual(leader(Optional.empty(), 10));
        assertThat(low.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(low.explanation().resolve(Locale.ENGLISH)).contains("RCDP route", "Careers Leader route");
        // no entry at all is an unknown category too
        Registration noEntry = Registration.builder()
                .reference("T-CDI")
                .addProfessionals(Professional.builder()
                        .from(leader(Optional.empty(), 20).professionals().get(0))
                        .registrations(List.of())
                        .build())
                .build();
        RuleResult none = cdiQual(noEntry);
        assertThat(none.verdict()).isEqualTo(Verdict.NOT_ASSESSABLE);
        assertThat(none.code()).isEqualTo("quality.rule.education.category-unknown");
    }

    @Test
    void aCategoryWithoutARouteIsNotAssessable() {
        RuleResult r = cdiQual(leader(Optional.of("affiliate"), 120));
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_ASSESSABLE);
        assertThat(r.code()).isEqualTo("quality.rule.education.no-alternative");
        assertThat(r.explanation().resolve(Locale.ENGLISH))
                .startsWith("Not assessable: the sources give no education alternative for the category affiliate");
    }

    @Test
    void anAlternativeForAnyCategoryStillPassesWhenTheCategoryIsUnknown() {
        EducationRule rule = EducationRule.builder()
                .id("T-EDU")
                .title(T)
                .addAlternatives(EducationAlternative.builder()
                        .id("bound")
                        .minimumCredits(20)
                        .addCategories("careers-leader")
                        .build())
                .addAlternatives(EducationAlternative.builder()
                        .id("any")
                        .minimumCredits(10)
                        .build())
                .build();
        Scheme scheme = Scheme.builder()
                .id("test-scheme")
                .name(LocalizedText.of("Test", "Test"))
                .subject(Subject.PERSON)
                .version("1")
                .holdersOnly(false)
                .addRules(rule)
                .build();
        Professional p = Professional.builder()
                .id("p-1")
                .addEducation(Education.builder()
                        .field("career-development")
                        .credits(20)
                        .creditLevel(CreditLevel.of(CreditFramework.QCF, 6))
                        .build())
                .addRegistrations(PersonRegistration.builder()
                        .scheme("test-scheme")
                        .status(io.github.careerguidance.quality.registration.RegistrationStatus.APPLICANT)
                        .build())
                .build();
        QualityReport report = checker.check(
                Registration.builder().reference("T-1").addProfessionals(p).build(), scheme, DAY);
        assertThat(report.diagnostics()).isEmpty();
        RuleResult r = report.schemes().get(0).rules().get(0);
        // the bound alternative is met but the category is unknown; the unbound one passes
        assertThat(r.verdict()).isEqualTo(Verdict.PASS);
        assertThat(r.explanation().resolve(Locale.ENGLISH)).startsWith("A qualification meets alternative any");
        // the category is read from the rule's own scheme when no registrationScheme is stated
        Professional leader = Professional.builder()
                .from(p)
                .registrations(List.of(PersonRegistration.builder()
                        .from(p.registrations().get(0))
                        .level("careers-leader")
                        .build()))
                .build();
        RuleResult bound = checker.check(
                        Registration.builder()
                                .reference("T-1")
                                .addProfessionals(leader)
                                .build(),
                        scheme,
                        DAY)
                .schemes()
                .get(0)
                .rules()
                .get(0);
        assertThat(bound.verdict()).isEqualTo(Verdict.PASS);
        assertThat(bound.explanation().resolve(Locale.ENGLISH)).startsWith("A qualification meets alternative bound");
        assertThat(bound.evidence()).containsEntry("category", "careers-leader");
    }
}
