/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.quality.registration.Experience;
import io.github.careerguidance.quality.registration.PersonRegistration;
import io.github.careerguidance.quality.registration.Professional;
import io.github.careerguidance.quality.registration.Registration;
import io.github.careerguidance.quality.registration.RegistrationStatus;
import io.github.careerguidance.quality.scheme.Scheme;
import io.github.careerguidance.quality.scheme.SchemeCatalogue;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@code changesOn} against day-by-day re-evaluation (issue #16): for generated cases (every built-in scheme, the test
 * policies and generated schemes with rules of every type), each rule's verdict stays the same on every day before its
 * {@code changesOn}, and when it does change within the horizon, {@code changesOn} is given and not later than that
 * day. The sources of change include the warning-window start, an expiry, the end of a CPD period, the expiry of a
 * registration a deemed equivalence rests on and the end of a scheme's round.
 */
class ChangesOnPropertyTest {
    /** Days re-evaluated after each check date: two years, so that the test runs in seconds. */
    private static final int HORIZON = 2 * 366;

    @Test
    void noVerdictChangesBeforeItsChangeDateAndNoChangeGoesUnannounced() {
        QualityChecker[] checkers = {
            QualityChecker.builder().warningDays(0).build(),
            QualityChecker.builtIn(),
            QualityChecker.builder().warningDays(120).build()
        };
        qt().withExamples(80)
                .forAll(longs().all(), integers().between(0, 6000), integers().between(0, 2000))
                .checkAssert((seed, day, target) -> {
                    RuleCases.Case c = RuleCases.of(seed, day, target);
                    QualityChecker checker = checkers[Math.floorMod(target, checkers.length)];
                    Map<String, RuleResult> first = results(c.check(checker));
                    Map<String, Verdict> current = new LinkedHashMap<>();
                    first.forEach((k, r) -> current.put(k, r.verdict()));
                    Map<String, LocalDate> flipped = new LinkedHashMap<>();
                    for (int d = 1; d <= HORIZON && flipped.size() < first.size(); d++) {
                        LocalDate on = c.asOf.plusDays(d);
                        Map<String, RuleResult> now = results(c.check(checker, on));
                        for (Map.Entry<String, RuleResult> e : now.entrySet()) {
                            Verdict before = current.get(e.getKey());
                            if (before != null
                                    && !flipped.containsKey(e.getKey())
                                    && before != e.getValue().verdict()) {
                                flipped.put(e.getKey(), on);
                            }
                        }
                    }
                    for (Map.Entry<String, RuleResult> e : first.entrySet()) {
                        Optional<LocalDate> announced = e.getValue().changesOn();
                        LocalDate flip = flipped.get(e.getKey());
                        String what = c.target() + " as of " + c.asOf + ", " + e.getKey() + " "
                                + e.getValue().verdict()
                                + " " + e.getValue().code() + " changesOn " + announced.orElse(null) + ", flipped "
                                + flip;
                        announced.ifPresent(a -> assertThat(a).as(what).isAfter(c.asOf));
                        if (flip != null) {
                            assertThat(announced).as(what).isPresent();
                            assertThat(announced.get()).as(what).isBeforeOrEqualTo(flip);
                        }
                    }
                });
    }

    /**
     * Found by the property above (seed -1249): a results audit already dated after the check meets the rule from its
     * day on, so that day is announced, not only the warning window of the audit deadline.
     */
    @Test
    void anAuditDatedAfterTheCheckIsAnnounced() {
        String yaml = Fixtures.text("../scenarios/bow-services-known.yaml")
                .replace(
                        "measurementPeriodEnd: 2026-05-31, audits: [2026-07-15]",
                        "measurementPeriodEnd: 2026-05-31, audits: [2026-06-20]");
        Registration r = io.github.careerguidance.core.json.GuidanceCodec.yaml()
                .read(yaml, Registration.class)
                .orElseThrow();
        QualityChecker checker = QualityChecker.builtIn();
        RuleResult before = checker.check(r, "blik-op-werk", LocalDate.of(2026, 6, 5))
                .schemes()
                .get(0)
                .rule("BOW-CYCLE")
                .orElseThrow();
        assertThat(before.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(before.changesOn()).hasValue(LocalDate.of(2026, 6, 20));
        RuleResult on = checker.check(r, "blik-op-werk", LocalDate.of(2026, 6, 20))
                .schemes()
                .get(0)
                .rule("BOW-CYCLE")
                .orElseThrow();
        assertThat(on.verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void deemedVerdictsAnnounceTheExpiryOfTheRegistrationTheyRestOn() {
        List<String> rounds =
                List.of("ontwikkeladvies-2017", "ontwikkeladvies-2020", "ontwikkeladvies-2022", "ontwikkeladvies-2023");
        QualityChecker checker = QualityChecker.builtIn();
        qt().withExamples(150).forAll(longs().all()).checkAssert(seed -> {
            Random rnd = new Random(seed);
            Scheme round = SchemeCatalogue.builtIn()
                    .scheme(rounds.get(rnd.nextInt(rounds.size())))
                    .orElseThrow();
            LocalDate from = round.effectiveFrom().orElseThrow();
            LocalDate until = round.effectiveUntil().orElseThrow();
            LocalDate asOf = from.plusDays(rnd.nextInt((int) (until.toEpochDay() - from.toEpochDay()) + 1));
            String deemingScheme = rnd.nextInt(3) == 0 ? "cmi-rl" : "noloc-rl";
            LocalDate validFrom = asOf.minusDays(rnd.nextInt(2000) - 30);
            var entry = PersonRegistration.builder()
                    .scheme(deemingScheme)
                    .status(RegistrationStatus.ACTIVE)
                    .validFrom(validFrom)
                    .firstRegistered(asOf.minusYears(8));
            if (rnd.nextInt(4) > 0) {
                LocalDate end = asOf.plusDays(rnd.nextInt(120) - 10);
                entry.validUntil(end.isBefore(validFrom) ? validFrom : end);
            }
            var adviser = Professional.builder()
                    .id("a")
                    .addRegistrations(entry.build())
                    .experience(Experience.builder().years(rnd.nextInt(6)).build());
            if (rnd.nextBoolean()) {
                adviser.codeOfConduct("noloc-gedragscode");
            }
            Registration r = Registration.builder()
                    .reference("R-" + seed)
                    .addProfessionals(adviser.build())
                    .build();
            Map<String, RuleResult> first = results(checker.check(r, round.id(), asOf));
            Map<String, LocalDate> flipped = new LinkedHashMap<>();
            for (LocalDate on = asOf.plusDays(1); !on.isAfter(until.plusDays(30)); on = on.plusDays(1)) {
                for (Map.Entry<String, RuleResult> e :
                        results(checker.check(r, round.id(), on)).entrySet()) {
                    RuleResult before = first.get(e.getKey());
                    if (before != null && before.verdict() != e.getValue().verdict()) {
                        flipped.putIfAbsent(e.getKey(), on);
                    }
                }
            }
            for (Map.Entry<String, RuleResult> e : first.entrySet()) {
                LocalDate flip = flipped.get(e.getKey());
                String what = round.id() + " as of " + asOf + ", " + e.getKey() + " "
                        + e.getValue().code() + " changesOn "
                        + e.getValue().changesOn().orElse(null) + ", flipped " + flip;
                if (flip != null) {
                    assertThat(e.getValue().changesOn()).as(what).isPresent();
                    assertThat(e.getValue().changesOn().get()).as(what).isBeforeOrEqualTo(flip);
                }
            }
        });
    }

    /** The rule results of a report by scheme, subject and rule. */
    private static Map<String, RuleResult> results(QualityReport report) {
        Map<String, RuleResult> out = new LinkedHashMap<>();
        for (SchemeResult s : report.schemes()) {
            for (RuleResult r : s.rules()) {
                out.put(s.scheme() + s.location() + "#" + r.ruleId(), r);
            }
        }
        return out;
    }

    @Test
    void aVerdictThatRestsOnAnUnderlyingRegistrationFlipsOnItsExpiry() {
        // Uitvoering van beleid SZW, Ontwikkeladvies praktisch opgeleiden: aanvraagcriteria (the fixture cites it)
        Registration adviser = PurposeTest.scenario("oa-rl-expires-in-round.yaml");
        QualityChecker checker = QualityChecker.builtIn();
        QualityReport before = checker.check(adviser, "ontwikkeladvies-2023", LocalDate.of(2023, 10, 10));
        SchemeResult oa = before.scheme("ontwikkeladvies-2023").get(0);
        RuleResult code = oa.rule("OA-C").orElseThrow();
        assertThat(code.verdict()).isEqualTo(Verdict.PASS);
        assertThat(code.deemedBy()).contains("OA-DEEMED-RL");
        assertThat(code.changesOn()).contains(LocalDate.of(2023, 11, 16));
        assertThat(oa.rule("OA-DEEMED-RL").orElseThrow().changesOn()).contains(LocalDate.of(2023, 11, 16));
        assertThat(before.changesOn()).contains(LocalDate.of(2023, 11, 16));
        assertThat(code.explanation().resolve(LocalizedText.DUTCH))
                .endsWith("(schema ontwikkeladvies-2023, versie 2023)");

        QualityReport lastDay = checker.check(adviser, "ontwikkeladvies-2023", LocalDate.of(2023, 11, 15));
        assertThat(lastDay.scheme("ontwikkeladvies-2023")
                        .get(0)
                        .rule("OA-C")
                        .orElseThrow()
                        .verdict())
                .isEqualTo(Verdict.PASS);
        QualityReport after = checker.check(adviser, "ontwikkeladvies-2023", LocalDate.of(2023, 11, 16));
        RuleResult own =
                after.scheme("ontwikkeladvies-2023").get(0).rule("OA-C").orElseThrow();
        assertThat(own.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(own.deemedBy()).isEmpty();
        assertThat(own.explanation().resolve(LocalizedText.DUTCH))
                .startsWith("Ontbreekt of wordt niet aanvaard: gedragscode");
        // the round ends on 18 December 2023: the rule's own verdict changes the next day at the latest
        assertThat(own.changesOn()).contains(LocalDate.of(2023, 12, 19));
    }
}
