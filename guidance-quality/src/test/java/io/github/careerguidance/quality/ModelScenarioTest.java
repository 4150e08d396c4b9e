/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.quality.registration.Address;
import io.github.careerguidance.quality.registration.ImmutableRegistration;
import io.github.careerguidance.quality.registration.Organisation;
import io.github.careerguidance.quality.registration.OrganisationIdentifier;
import io.github.careerguidance.quality.registration.Registration;
import io.github.careerguidance.quality.registration.RegistrationValidator;
import io.github.careerguidance.quality.scheme.Purpose;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What integrators have (issue #16), on registrations written from the schemes' own documents (each fixture cites
 * its document): a UK organisation, credit levels, an unknown CMI or NLQF level, facts declared without an address.
 */
class ModelScenarioTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private final QualityChecker checker = QualityChecker.builtIn();

    @Test
    void aUkMatrixOrganisationIsCheckedWithItsOwnIdentifiersAndPostcode() {
        Registration uk = PurposeTest.scenario("matrix-uk-organisation.yaml");
        assertThat(uk.jurisdiction()).isEqualTo("gb");
        QualityReport report = checker.check(uk, "matrix-standard", TODAY);
        assertThat(report.diagnostics()).isEmpty();
        assertThat(report.verdict()).isEqualTo(Verdict.PASS);
        SchemeResult matrix = report.scheme("matrix-standard").get(0);
        assertThat(matrix.subjectRef()).contains("04567890");
        assertThat(matrix.rule("MATRIX-REVIEW").orElseThrow().verdict()).isEqualTo(Verdict.PASS);
        assertThat(matrix.rule("MATRIX-CIC").orElseThrow().verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void theJurisdictionDecidesWhichIdentifiersAndFormatsApply() {
        Registration uk = PurposeTest.scenario("matrix-uk-organisation.yaml");
        Organisation org = uk.organisation().orElseThrow();
        // the same organisation as a Dutch registration: a KvK number is required, and M1 5QA is no Dutch postcode
        Registration asDutch = ImmutableRegistration.copyOf(uk).withJurisdiction("nl");
        assertThat(RegistrationValidator.shared().validate(asDutch))
                .extracting(Diagnostic::code)
                .contains(
                        "quality.registration.identifier-missing",
                        "quality.registration.postcode",
                        "quality.registration.identifier-unknown");
        Registration badUk = ImmutableRegistration.copyOf(uk)
                .withOrganisation(Organisation.builder()
                        .from(org)
                        .identifiers(java.util.List.of(OrganisationIdentifier.of("companies-house", "12-34")))
                        .address(Address.builder()
                                .from(org.address())
                                .postcode("1234 AB")
                                .build())
                        .build());
        assertThat(RegistrationValidator.shared().validate(badUk))
                .extracting(Diagnostic::code)
                .containsExactlyInAnyOrder("quality.registration.identifier", "quality.registration.postcode");
        assertThat(RegistrationValidator.shared()
                        .validate(badUk)
                        .iterator()
                        .next()
                        .message()
                        .resolve(Locale.ENGLISH))
                .containsAnyOf("like 01234567", "like SW1A 1AA");
        Registration nowhere = ImmutableRegistration.copyOf(uk).withJurisdiction("xx");
        assertThat(RegistrationValidator.shared().validate(nowhere))
                .extracting(Diagnostic::code)
                .containsExactly("quality.registration.jurisdiction");
        // a Dutch registration as before: KvK number and Dutch postcode
        assertThat(RegistrationValidator.shared().validate(Fixtures.registration("rl-adviser-valid.yaml")))
                .isEmpty();
    }

    @Test
    void creditLevelsLetAQualifiedCdiApplicantBeAdmitted() {
        QualityReport report = checker.check(
                PurposeTest.scenario("cdi-applicant-admitted.yaml"), "cdi-register", TODAY, Purpose.ADMISSION);
        assertThat(report.diagnostics()).isEmpty();
        SchemeResult cdi = report.scheme("cdi-register").get(0);
        assertThat(cdi.rule("CDI-QUAL").orElseThrow()).satisfies(r -> {
            assertThat(r.verdict()).isEqualTo(Verdict.PASS);
            assertThat(r.evidence()).containsEntry("creditLevel", "scqf 11");
        });
        assertThat(cdi.rule("CDI-CODE").orElseThrow().verdict()).isEqualTo(Verdict.PASS);
        assertThat(report.verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void anUnknownCmiLevelIsAssessedApartFromValidity() {
        QualityReport report =
                checker.check(PurposeTest.scenario("cmi-unknown-level.yaml"), "cmi-rl", LocalDate.of(2022, 3, 1));
        SchemeResult cmi = report.scheme("cmi-rl").get(0);
        assertThat(cmi.rule("CMI-VALID").orElseThrow().verdict()).isEqualTo(Verdict.PASS);
        assertThat(cmi.rule("CMI-VALID").orElseThrow().evidence()).containsEntry("expiry", "2024-05-31");
        assertThat(cmi.rule("CMI-LEVEL").orElseThrow()).satisfies(r -> {
            assertThat(r.verdict()).isEqualTo(Verdict.NOT_ASSESSABLE);
            assertThat(r.code()).isEqualTo("quality.rule.evidence-missing");
        });
    }

    @Test
    void anUnknownNlqfLevelIsNotAssessableWhereTheRuleNeedsIt() {
        QualityReport report = checker.check(
                PurposeTest.scenario("oa-unknown-nlqf.yaml"), "ontwikkeladvies-2023", LocalDate.of(2023, 11, 1));
        assertThat(report.diagnostics()).isEmpty();
        SchemeResult oa = report.scheme("ontwikkeladvies-2023").get(0);
        assertThat(oa.rule("OA-A").orElseThrow()).satisfies(r -> {
            assertThat(r.verdict()).isEqualTo(Verdict.NOT_ASSESSABLE);
            assertThat(r.code()).isEqualTo("quality.rule.education.level-unknown");
            assertThat(r.explanation().resolve(Locale.ENGLISH))
                    .contains("higher professional education (hbo) in people and organisation");
            assertThat(r.explanation().resolve(LocalizedText.DUTCH))
                    .contains("hbo-opleiding in mens en organisatie")
                    .contains("NLQF-niveau");
        });
        // the rules that do not need the level still decide
        assertThat(oa.rule("OA-B").orElseThrow().verdict()).isEqualTo(Verdict.PASS);
        assertThat(oa.rule("OA-C").orElseThrow().verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void aPrivacyStatementDeclaredWithoutAnAddressCounts() {
        QualityReport report = checker.check(PurposeTest.scenario("bow-privacy-declared.yaml"), "blik-op-werk", TODAY);
        assertThat(report.diagnostics()).isEmpty();
        RuleResult docs = report.scheme("blik-op-werk").get(0).rule("BOW-DOCS").orElseThrow();
        assertThat(docs.verdict()).isEqualTo(Verdict.PASS);
    }
}
