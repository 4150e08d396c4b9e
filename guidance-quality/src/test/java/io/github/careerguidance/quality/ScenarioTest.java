/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.quality.scheme.DocumentsRule;
import io.github.careerguidance.quality.scheme.Policy;
import io.github.careerguidance.quality.scheme.ServiceCoverageRule;
import io.github.careerguidance.quality.scheme.Subject;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The scenarios of issue 5 on realistic Dutch registrations (fixtures in YAML). */
class ScenarioTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final Locale NL = Locale.forLanguageTag("nl");
    private final QualityChecker checker = QualityChecker.builtIn();

    @Test
    void validRlAdviserPasses() {
        QualityReport report = checker.check(Fixtures.registration("rl-adviser-valid.yaml"), "noloc-rl", TODAY);
        assertThat(report.verdict()).isEqualTo(Verdict.PASS);
        assertThat(report.diagnostics()).isEmpty();
        SchemeResult rl = report.scheme("noloc-rl").get(0);
        assertThat(rl.subjectRef()).contains("adviser-1");
        assertThat(rl.rule("NOLOC-RL-VALID").orElseThrow()).satisfies(r -> {
            assertThat(r.verdict()).isEqualTo(Verdict.PASS);
            assertThat(r.evidence()).containsEntry("expiry", "2027-02-28").containsEntry("status", "active");
            assertThat(r.explanation().resolve(Locale.ENGLISH))
                    .isEqualTo(
                            "The entry in noloc-rl is active and valid until 2027-02-28 (valid from 2023-03-01 until 2027-02-28)"
                                    + " (scheme noloc-rl, version 2021.1)");
            assertThat(r.explanation().resolve(NL))
                    .isEqualTo(
                            "De inschrijving in noloc-rl is actief, geldig van 2023-03-01 tot en met 2027-02-28 (schema noloc-rl, versie 2021.1)");
            assertThat(r.citations()).isNotEmpty();
            assertThat(r.changesOn()).contains(LocalDate.of(2026, 12, 30));
            assertThat(r.location()).hasToString("/professionals/0");
        });
        assertThat(rl.rule("NOLOC-RL-PE").orElseThrow().verdict()).isEqualTo(Verdict.PASS);
        assertThat(rl.rule("NOLOC-RL-REFLECT").orElseThrow().verdict()).isEqualTo(Verdict.PASS);
        assertThat(rl.rule("NOLOC-RL-ENTRY").orElseThrow().verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(report.changesOn()).contains(LocalDate.of(2026, 12, 30));
        assertThat(GuidanceCodec.json()
                        .read(GuidanceCodec.json().write(report), QualityReport.class)
                        .orElseThrow())
                .isEqualTo(report);
    }

    @Test
    void rlExpiredLastYearFails() {
        QualityReport report = checker.check(Fixtures.registration("rl-expired-last-year.yaml"), "noloc-rl", TODAY);
        assertThat(report.verdict()).isEqualTo(Verdict.FAIL);
        SchemeResult rl = report.scheme("noloc-rl").get(0);
        assertThat(rl.rule("NOLOC-RL-VALID").orElseThrow()).satisfies(r -> {
            assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(r.code()).isEqualTo("quality.rule.registration.expired");
            assertThat(r.changesOn()).isEmpty();
        });
        assertThat(rl.rule("NOLOC-RL-PE").orElseThrow().explanation().resolve(Locale.ENGLISH))
                .isEqualTo(
                        "Only 40 of 75 PE points from 2021-06-01 until 2025-05-31 (scheme noloc-rl, version 2021.1)");
    }

    @Test
    void bkaAdviserWithTooFewClientsFails() {
        QualityReport report = checker.check(Fixtures.registration("bka-too-few-clients.yaml"), "register-bka", TODAY);
        SchemeResult bka = report.scheme("register-bka").get(0);
        assertThat(bka.rule("BKA-CLIENTS").orElseThrow()).satisfies(r -> {
            assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(r.evidence()).containsEntry("clients.2024", "6");
            assertThat(r.explanation().resolve(NL)).contains("Slechts 6 cliënten in 2024");
        });
        assertThat(bka.rule("BKA-VALID").orElseThrow().verdict()).isEqualTo(Verdict.WARNING);
        assertThat(bka.rule("BKA-PE").orElseThrow().code()).isEqualTo("quality.rule.parameter-missing");
        assertThat(report.verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void providerWithoutIndependentComplaintsBodyFailsTheListingPolicy() {
        LocalizedText t = LocalizedText.of("t", "t");
        Policy listing = Policy.builder()
                .id("portal-listing")
                .version("1")
                .name(LocalizedText.of("Vermelding op de portal", "Listing on the portal"))
                .addSchemes("noloc-rl")
                .addRules(ServiceCoverageRule.builder()
                        .id("LISTING-COVERAGE")
                        .title(t)
                        .addSchemes("noloc-rl", "noloc-rj", "register-bka")
                        .build())
                .addRules(DocumentsRule.builder()
                        .id("LISTING-COMPLAINTS")
                        .title(t)
                        .subject(Subject.ORGANISATION)
                        .addDocuments("complaints-procedure", "independent-complaints-body")
                        .build())
                .build();
        QualityReport report =
                checker.check(Fixtures.registration("provider-without-independent-body.yaml"), listing, TODAY);
        assertThat(report.verdict()).isEqualTo(Verdict.FAIL);
        SchemeResult own = report.scheme("portal-listing").get(0);
        assertThat(own.rule("LISTING-COVERAGE").orElseThrow().verdict()).isEqualTo(Verdict.PASS);
        assertThat(own.rule("LISTING-COMPLAINTS").orElseThrow()).satisfies(r -> {
            assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(r.explanation().resolve(Locale.ENGLISH))
                    .isEqualTo(
                            "Missing or not accepted: independent complaints body (scheme portal-listing, version 1)");
        });
    }

    @Test
    void ontwikkeladviesAdviserWithTwoYearsOfExperienceFails() {
        QualityReport report = checker.check(
                Fixtures.registration("oa-adviser-two-years.yaml"), "ontwikkeladvies-2023", LocalDate.of(2023, 11, 1));
        SchemeResult oa = report.scheme("ontwikkeladvies-2023").get(0);
        assertThat(oa.rule("OA-A").orElseThrow().verdict()).isEqualTo(Verdict.PASS);
        assertThat(oa.rule("OA-B").orElseThrow()).satisfies(r -> {
            assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(r.explanation().resolve(Locale.ENGLISH))
                    .isEqualTo(
                            "Experience of 2 years is below the minimum of 3 years (scheme ontwikkeladvies-2023, version 2023)");
            assertThat(r.explanation().resolve(NL))
                    .startsWith("Ervaring van 2 jaar is minder dan het minimum van 3 jaar");
        });
        assertThat(oa.rule("OA-C").orElseThrow().verdict()).isEqualTo(Verdict.PASS);
        assertThat(oa.rule("OA-DEEMED-RL").orElseThrow().verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(report.verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void rlMeetsOntwikkeladviesAAndCByEquivalence() {
        QualityReport report = checker.check(
                Fixtures.registration("oa-rl-equivalence.yaml"), "ontwikkeladvies-2023", LocalDate.of(2023, 11, 1));
        SchemeResult oa = report.scheme("ontwikkeladvies-2023").get(0);
        for (String id : new String[] {"OA-A", "OA-C"}) {
            assertThat(oa.rule(id).orElseThrow()).satisfies(r -> {
                assertThat(r.verdict()).isEqualTo(Verdict.PASS);
                assertThat(r.deemedBy()).contains("OA-DEEMED-RL");
                assertThat(r.code()).isEqualTo("quality.rule.deemed");
                assertThat(r.citations()).hasSizeGreaterThanOrEqualTo(2);
            });
        }
        assertThat(oa.rule("OA-B").orElseThrow().deemedBy()).isEmpty();
        assertThat(report.verdict()).isEqualTo(Verdict.PASS);

        // The same adviser after the RL expired: (a) is only "hbo plus courses" (not assessable), (c) fails.
        QualityReport later = checker.check(
                Fixtures.registration("oa-rl-equivalence.yaml"),
                io.github.careerguidance.quality.scheme.Scheme.builder()
                        .from(checker.catalogue().scheme("ontwikkeladvies-2023").orElseThrow())
                        .effectiveUntil(java.util.Optional.empty())
                        .build(),
                LocalDate.of(2026, 3, 1));
        SchemeResult oaLater = later.schemes().get(0);
        assertThat(oaLater.rule("OA-A").orElseThrow().verdict()).isEqualTo(Verdict.NOT_ASSESSABLE);
        assertThat(oaLater.rule("OA-C").orElseThrow().verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void schemeOutsideItsEffectivePeriodIsNotApplicable() {
        QualityReport report =
                checker.check(Fixtures.registration("oa-adviser-two-years.yaml"), "ontwikkeladvies-2023", TODAY);
        assertThat(report.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(report.schemes().get(0).rules())
                .allSatisfy(r -> assertThat(r.code()).isEqualTo("quality.scheme.not-in-force"));
    }

    @Test
    void unknownSchemeAndStructuralErrorsAreReportedNotThrown() {
        QualityReport report = checker.check(Fixtures.registration("rl-adviser-valid.yaml"), "no-such-scheme", TODAY);
        assertThat(report.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(report.diagnostics().asList())
                .singleElement()
                .satisfies(d -> assertThat(d.code()).isEqualTo("quality.policy.unknown-scheme"));
    }
}
