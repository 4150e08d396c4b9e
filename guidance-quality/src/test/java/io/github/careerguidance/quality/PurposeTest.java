/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.quality.registration.Registration;
import io.github.careerguidance.quality.scheme.Policy;
import io.github.careerguidance.quality.scheme.Purpose;
import io.github.careerguidance.quality.scheme.SchemeCatalogue;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Listing and admission (issue #16): who is assessed, which rules apply, and a scheme with nobody to assess. */
class PurposeTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private final QualityChecker checker = QualityChecker.builtIn();

    static Registration scenario(String name) {
        return GuidanceCodec.yaml()
                .read(Fixtures.text("../scenarios/" + name), Registration.class)
                .orElseThrow();
    }

    @Test
    void anApplicantWhoMeetsTheEntryRequirementsIsAdmitted() {
        QualityReport report =
                checker.check(scenario("rj-applicant-admitted.yaml"), "noloc-rj", TODAY, Purpose.ADMISSION);
        assertThat(report.purpose()).isEqualTo(Purpose.ADMISSION);
        assertThat(report.verdict()).isEqualTo(Verdict.PASS);
        assertThat(report.unassessedSchemes()).isEmpty();
        SchemeResult rj = report.scheme("noloc-rj").get(0);
        assertThat(rj.subjectRef()).contains("jobcoach-1");
        assertThat(rj.rule("NOLOC-RJ-EDU").orElseThrow().verdict()).isEqualTo(Verdict.PASS);
        assertThat(rj.rule("NOLOC-RJ-HOURS").orElseThrow().verdict()).isEqualTo(Verdict.PASS);
        assertThat(rj.rule("NOLOC-CODE").orElseThrow().verdict()).isEqualTo(Verdict.PASS);
        // holding an entry is not asked of an applicant
        assertThat(rj.rule("NOLOC-RJ-VALID").orElseThrow()).satisfies(r -> {
            assertThat(r.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
            assertThat(r.code()).isEqualTo("quality.rule.holders-only");
        });
        assertThat(rj.rule("NOLOC-RJ-PE").orElseThrow().verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    }

    @Test
    void anApplicantMissingARequirementIsRefusedWithTheRequirementNamed() {
        QualityReport report =
                checker.check(scenario("rj-applicant-refused.yaml"), "noloc-rj", TODAY, Purpose.ADMISSION);
        assertThat(report.verdict()).isEqualTo(Verdict.FAIL);
        SchemeResult rj = report.scheme("noloc-rj").get(0);
        RuleResult edu = rj.rule("NOLOC-RJ-EDU").orElseThrow();
        assertThat(edu.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(edu.code()).isEqualTo("quality.rule.education.unmet");
        assertThat(edu.explanation().resolve(Locale.ENGLISH)).contains("hbo plus 98 hours of training");
        assertThat(edu.explanation().resolve(io.github.careerguidance.core.text.LocalizedText.DUTCH))
                .startsWith("Geen opleiding voldoet aan een van de alternatieven: ")
                .contains("hbo plus 98 uur scholing");
        assertThat(rj.rule("NOLOC-RJ-HOURS").orElseThrow().verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void aListingOfAnApplicantFailsOnTheStatusAndSkipsNobody() {
        QualityReport report = checker.check(scenario("rj-applicant-admitted.yaml"), "noloc-rj", TODAY);
        assertThat(report.purpose()).isEqualTo(Purpose.LISTING);
        assertThat(report.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(report.scheme("noloc-rj")
                        .get(0)
                        .rule("NOLOC-RJ-VALID")
                        .orElseThrow()
                        .code())
                .isEqualTo("quality.rule.registration.status");
    }

    @Test
    void aSchemeWithNobodyToAssessSaysSo() {
        Registration holder = Fixtures.registration("rl-adviser-valid.yaml");
        QualityReport admission = checker.check(holder, "noloc-rl", TODAY, Purpose.ADMISSION);
        assertThat(admission.unassessedSchemes()).containsExactly("noloc-rl");
        assertThat(admission.scheme("noloc-rl").get(0).noSubject()).isTrue();
        assertThat(admission
                        .scheme("noloc-rl")
                        .get(0)
                        .explanation()
                        .orElseThrow()
                        .resolve(Locale.ENGLISH))
                .isEqualTo("Nobody in this registration can apply for noloc-rl: every subject already holds an entry");

        QualityReport listing = checker.check(holder, "register-bka", TODAY);
        assertThat(listing.unassessedSchemes()).containsExactly("register-bka");
        assertThat(listing.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(checker.check(holder, "noloc-rl", TODAY).unassessedSchemes()).isEmpty();
    }

    @Test
    void aHolderWhoseEntryExpiredMayApplyAgain() {
        Registration expired = Fixtures.registration("rl-expired-last-year.yaml");
        QualityReport report = checker.check(expired, "noloc-rl", TODAY, Purpose.ADMISSION);
        assertThat(report.unassessedSchemes()).isEmpty();
        SchemeResult rl = report.scheme("noloc-rl").get(0);
        assertThat(rl.rule("NOLOC-RL-ENTRY").orElseThrow().verdict()).isNotEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(rl.rule("NOLOC-RL-VALID").orElseThrow().code()).isEqualTo("quality.rule.holders-only");
    }

    @Test
    void thePurposeIsPartOfAPolicyAndItsWireForm() {
        Policy admission =
                Policy.of(SchemeCatalogue.builtIn().scheme("noloc-rj").orElseThrow(), Purpose.ADMISSION);
        String yaml = GuidanceCodec.yaml().write(admission);
        assertThat(yaml).contains("purpose: \"admission\"");
        Policy read = GuidanceCodec.yaml().read(yaml, Policy.class).orElseThrow();
        assertThat(read).isEqualTo(admission);
        QualityReport report = checker.check(scenario("rj-applicant-admitted.yaml"), read, TODAY);
        assertThat(report.purpose()).isEqualTo(Purpose.ADMISSION);
        assertThat(report.verdict()).isEqualTo(Verdict.PASS);
        assertThat(Purpose.fromCode("ADMISSION")).isEqualTo(Purpose.ADMISSION);
    }
}
