/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.quality.scheme.Purpose;
import io.github.careerguidance.quality.scheme.Scheme;
import io.github.careerguidance.quality.scheme.SchemeCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every built-in scheme, for both purposes, on registrations written from the schemes' own documents (issue #16):
 * each fixture under {@code scenarios/} cites the document (URL) it was written from in its opening comment. A
 * scenario names the fixture, the scheme, the purpose and the date, and what the checker must decide: the overall
 * verdict, the verdicts (and codes) of the rules the document is about, and the date the verdict changes.
 */
class SchemeScenariosTest {
    private static final QualityChecker CHECKER = QualityChecker.builtIn();

    /** One scenario: a fixture checked against a scheme for a purpose as of a date, and what must come out. */
    record Scenario(
            String fixture,
            String scheme,
            Purpose purpose,
            LocalDate asOf,
            Verdict verdict,
            Map<String, String> rules,
            LocalDate changesOn) {
        @Override
        public String toString() {
            return fixture + " " + scheme + " " + purpose.code() + " " + asOf;
        }
    }

    /** Rule expectations: rule id, then {@code verdict} or {@code verdict code}, in pairs. */
    private static Map<String, String> rules(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private static Scenario listing(
            String fixture, String scheme, String asOf, Verdict verdict, String changesOn, String... rules) {
        return new Scenario(
                fixture,
                scheme,
                Purpose.LISTING,
                LocalDate.parse(asOf),
                verdict,
                rules(rules),
                changesOn == null ? null : LocalDate.parse(changesOn));
    }

    private static Scenario admission(
            String fixture, String scheme, String asOf, Verdict verdict, String changesOn, String... rules) {
        return new Scenario(
                fixture,
                scheme,
                Purpose.ADMISSION,
                LocalDate.parse(asOf),
                verdict,
                rules(rules),
                changesOn == null ? null : LocalDate.parse(changesOn));
    }

    static List<Scenario> scenarios() {
        return List.of(
                // Noloc Register Loopbaanprofessional
                listing(
                        "rl-recertified-with-elearnings",
                        "noloc-rl",
                        "2024-06-01",
                        Verdict.PASS,
                        "2024-08-01",
                        "NOLOC-RL-VALID",
                        "pass",
                        "NOLOC-RL-PE",
                        "pass",
                        "NOLOC-RL-ELEARN",
                        "pass quality.rule.documents.met",
                        "NOLOC-ASPIRANT",
                        "not-applicable quality.rule.entry-only"),
                listing(
                        "rl-missing-elearning",
                        "noloc-rl",
                        "2024-06-01",
                        Verdict.FAIL,
                        "2024-08-01",
                        "NOLOC-RL-ELEARN",
                        "fail quality.rule.documents.missing"),
                admission(
                        "rl-aspirant-within-deadline",
                        "noloc-rl",
                        "2026-11-28",
                        Verdict.NOT_ASSESSABLE,
                        "2027-07-02",
                        "NOLOC-ASPIRANT",
                        "pass quality.rule.deadline.open",
                        "NOLOC-RL-ENTRY",
                        "not-assessable quality.rule.parameter-missing",
                        "NOLOC-RL-ELEARN",
                        "not-applicable quality.rule.holders-only",
                        "NOLOC-CODE",
                        "pass"),
                admission(
                        "rl-aspirant-past-deadline",
                        "noloc-rl",
                        "2026-11-28",
                        Verdict.FAIL,
                        null,
                        "NOLOC-ASPIRANT",
                        "fail quality.rule.deadline.passed"),
                // Noloc Register Jobcoach
                listing(
                        "rj-holder-listed",
                        "noloc-rj",
                        "2026-11-28",
                        Verdict.NOT_ASSESSABLE,
                        "2027-01-30",
                        "NOLOC-RJ-VALID",
                        "pass quality.rule.registration.valid",
                        "NOLOC-RJ-PE",
                        "not-assessable quality.rule.parameter-missing",
                        "NOLOC-ASPIRANT",
                        "not-applicable quality.rule.entry-only"),
                admission(
                        "rj-applicant-admitted",
                        "noloc-rj",
                        "2026-11-28",
                        Verdict.PASS,
                        null,
                        "NOLOC-RJ-EDU",
                        "pass",
                        "NOLOC-RJ-HOURS",
                        "pass",
                        "NOLOC-ASPIRANT",
                        "not-applicable quality.rule.deadline.not-aspirant"),
                admission(
                        "rj-applicant-refused",
                        "noloc-rj",
                        "2026-11-28",
                        Verdict.FAIL,
                        null,
                        "NOLOC-RJ-EDU",
                        "fail quality.rule.education.unmet"),
                // CMI (historic)
                listing(
                        "cmi-unknown-level",
                        "cmi-rl",
                        "2022-03-01",
                        Verdict.NOT_ASSESSABLE,
                        "2024-02-29",
                        "CMI-VALID",
                        "pass",
                        "CMI-LEVEL",
                        "not-assessable"),
                admission(
                        "cmi-applicant-2019",
                        "cmi-rl",
                        "2019-06-01",
                        Verdict.PASS,
                        null,
                        "CMI-EXP",
                        "pass",
                        "CMI-CODE",
                        "pass",
                        "CMI-VALID",
                        "not-applicable quality.rule.holders-only"),
                // Register BKA
                listing(
                        "bka-adviser-renewal",
                        "register-bka",
                        "2026-11-28",
                        Verdict.NOT_ASSESSABLE,
                        "2026-12-30",
                        "BKA-VALID",
                        "pass",
                        "BKA-CLIENTS",
                        "pass",
                        "BKA-PE",
                        "not-assessable quality.rule.parameter-missing"),
                admission(
                        "bka-applicant",
                        "register-bka",
                        "2026-11-28",
                        Verdict.NOT_APPLICABLE,
                        null,
                        "BKA-VALID",
                        "not-applicable quality.rule.holders-only",
                        "BKA-CLIENTS",
                        "not-applicable quality.rule.holders-only",
                        "BKA-PE",
                        "not-applicable quality.rule.holders-only"),
                // Blik op Werk
                listing(
                        "bow-services-known",
                        "blik-op-werk",
                        "2026-11-28",
                        Verdict.PASS,
                        "2028-04-01",
                        "BOW-SERVICE",
                        "pass quality.rule.service-list.met",
                        "BOW-DOCS",
                        "pass"),
                listing(
                        "bow-service-not-named",
                        "blik-op-werk",
                        "2026-11-28",
                        Verdict.NOT_ASSESSABLE,
                        "2028-04-01",
                        "BOW-SERVICE",
                        "not-assessable quality.rule.service-list.unknown"),
                admission(
                        "bow-applicant",
                        "blik-op-werk",
                        "2026-11-28",
                        Verdict.PASS,
                        null,
                        "BOW-SERVICE",
                        "pass quality.rule.service-list.met",
                        "BOW-DOCS",
                        "pass",
                        "BOW-VALID",
                        "not-applicable quality.rule.holders-only"),
                // Ontwikkeladvies: a subsidy's adviser requirements; the verdict flips on the RL's expiry
                listing(
                        "oa-rl-expires-in-round",
                        "ontwikkeladvies-2023",
                        "2023-11-01",
                        Verdict.PASS,
                        "2023-11-16",
                        "OA-C",
                        "pass quality.rule.deemed"),
                listing(
                        "oa-rl-expires-in-round",
                        "ontwikkeladvies-2023",
                        "2023-11-16",
                        Verdict.FAIL,
                        "2023-12-19",
                        "OA-C",
                        "fail quality.rule.documents.missing"),
                admission(
                        "oa-2017-adviser",
                        "ontwikkeladvies-2017",
                        "2018-03-01",
                        Verdict.PASS,
                        "2020-01-11",
                        "OA-A",
                        "pass",
                        "OA-B",
                        "pass",
                        "OA-C",
                        "pass"),
                // matrix Standard (UK)
                listing(
                        "matrix-uk-organisation",
                        "matrix-standard",
                        "2026-11-28",
                        Verdict.PASS,
                        "2027-03-11",
                        "MATRIX-REVIEW",
                        "pass",
                        "MATRIX-MANDATORY",
                        "not-applicable quality.rule.mandatory.voluntary"),
                listing(
                        "matrix-ncs-contractor",
                        "matrix-standard",
                        "2026-11-28",
                        Verdict.PASS,
                        "2027-02-04",
                        "MATRIX-MANDATORY",
                        "pass quality.rule.mandatory.held"),
                listing(
                        "matrix-aeb-college-lapsed",
                        "matrix-standard",
                        "2026-11-28",
                        Verdict.FAIL,
                        null,
                        "MATRIX-MANDATORY",
                        "fail quality.rule.mandatory.missing"),
                admission(
                        "matrix-uk-applicant",
                        "matrix-standard",
                        "2026-11-28",
                        Verdict.NOT_APPLICABLE,
                        null,
                        "MATRIX-REVIEW",
                        "not-applicable quality.rule.holders-only",
                        "MATRIX-CIC",
                        "not-applicable quality.rule.holders-only",
                        "MATRIX-MANDATORY",
                        "not-applicable quality.rule.holders-only"),
                // CDI Register (UK)
                listing(
                        "cdi-careers-leader-guidance",
                        "cdi-register",
                        "2026-11-28",
                        Verdict.FAIL,
                        "2027-01-01",
                        "CDI-SCOPE",
                        "fail quality.rule.scope.outside",
                        "CDI-CPD",
                        "pass"),
                admission(
                        "cdi-applicant-admitted",
                        "cdi-register",
                        "2026-11-28",
                        Verdict.PASS,
                        null,
                        "CDI-QUAL",
                        "pass",
                        "CDI-SCOPE",
                        "pass quality.rule.scope.met"),
                admission(
                        "cdi-careers-leader-applicant",
                        "cdi-register",
                        "2026-11-28",
                        Verdict.PASS,
                        null,
                        "CDI-QUAL",
                        "pass quality.rule.education.met",
                        "CDI-CODE",
                        "pass",
                        "CDI-SCOPE",
                        "pass quality.rule.scope.met",
                        "CDI-VALID",
                        "not-applicable quality.rule.holders-only"));
    }

    @TestFactory
    List<DynamicTest> theCheckerDecidesAsTheSchemesDocumentsSay() {
        return scenarios().stream()
                .map(s -> DynamicTest.dynamicTest(s.toString(), () -> decides(s)))
                .toList();
    }

    private static void decides(Scenario s) {
        QualityReport report =
                CHECKER.check(PurposeTest.scenario(s.fixture() + ".yaml"), s.scheme(), s.asOf(), s.purpose());
        assertThat(report.diagnostics()).as("diagnostics").isEmpty();
        assertThat(report.unassessedSchemes()).as("unassessed schemes").isEmpty();
        SchemeResult result = report.scheme(s.scheme()).get(0);
        for (Map.Entry<String, String> e : s.rules().entrySet()) {
            RuleResult r = result.rule(e.getKey()).orElseThrow();
            String got = r.verdict().code() + (e.getValue().contains(" ") ? " " + r.code() : "");
            assertThat(got)
                    .as(e.getKey() + ": " + r.explanation().resolve(Locale.ENGLISH))
                    .isEqualTo(e.getValue());
            // every text names the scheme and version it applied, in both languages
            assertThat(r.explanation().resolve(Locale.ENGLISH))
                    .endsWith("(scheme " + s.scheme() + ", version " + result.version() + ")");
            assertThat(r.explanation().resolve(LocalizedText.DUTCH))
                    .endsWith("(schema " + s.scheme() + ", versie " + result.version() + ")")
                    .doesNotContain("quality.", "[", "{");
        }
        for (RuleResult r : result.rules()) {
            // every Dutch text of the scenario reads as Dutch and names the scheme version
            assertThat(DutchExplanationsTest.problems(r.explanation().resolve(LocalizedText.DUTCH), true))
                    .as(r.ruleId() + " in Dutch: " + r.explanation().resolve(LocalizedText.DUTCH))
                    .isEmpty();
        }
        assertThat(report.verdict()).as("verdict").isEqualTo(s.verdict());
        assertThat(report.changesOn().orElse(null)).as("changesOn").isEqualTo(s.changesOn());
        if (s.changesOn() != null) {
            // on that day the verdict is another one; the day before, the same
            assertThat(CHECKER.check(
                                    PurposeTest.scenario(s.fixture() + ".yaml"),
                                    s.scheme(),
                                    s.changesOn().minusDays(1),
                                    s.purpose())
                            .verdict())
                    .isEqualTo(s.verdict());
        }
    }

    @Test
    void everyBuiltInSchemeFamilyHasAListingAndAnAdmissionScenario() {
        Set<String> covered = new TreeSet<>();
        for (Scenario s : scenarios()) {
            covered.add(family(s.scheme()) + " " + s.purpose().code());
        }
        Set<String> expected = new TreeSet<>();
        for (Scheme scheme : SchemeCatalogue.builtIn().schemes()) {
            for (Purpose p : EnumSet.allOf(Purpose.class)) {
                expected.add(family(scheme.id()) + " " + p.code());
            }
        }
        assertThat(covered).containsAll(expected);
    }

    @Test
    void everyScenarioFixtureCitesTheDocumentItWasWrittenFrom() throws IOException {
        for (Scenario s : scenarios()) {
            String name = "io/github/careerguidance/quality/scenarios/" + s.fixture() + ".yaml";
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
                assertThat(in).as(name).isNotNull();
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(text)
                        .as(name)
                        .startsWith("#")
                        .containsPattern("# .*https?://")
                        .contains("accessed");
            }
        }
    }

    /** The ontwikkeladvies regulations of four years are one scheme family. */
    private static String family(String scheme) {
        return scheme.startsWith("ontwikkeladvies-") ? "ontwikkeladvies" : scheme;
    }
}
