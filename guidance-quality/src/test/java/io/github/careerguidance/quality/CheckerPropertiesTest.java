/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.quality.registration.Address;
import io.github.careerguidance.quality.registration.ClientYear;
import io.github.careerguidance.quality.registration.ComplaintsProcedure;
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
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties over generated registrations (QuickTheories, seeded generators of our own). */
public class CheckerPropertiesTest {
    private static final LocalDate BASE = LocalDate.of(2015, 1, 1);
    private static final List<String> SCHEMES =
            List.of("noloc-rl", "noloc-rj", "cmi-rl", "register-bka", "cdi-register");
    private final QualityChecker checker = QualityChecker.builtIn();

    /** A random but well-formed registration; the seed makes it reproducible. */
    public static Registration generate(long seed) {
        Random rnd = new Random(seed);
        int professionals = 1 + rnd.nextInt(3);
        var b = Registration.builder().reference("gen-" + seed);
        for (int i = 0; i < professionals; i++) {
            var p = Professional.builder().id("p" + i);
            if (rnd.nextBoolean()) {
                p.addServices("looking-for-work");
            }
            for (int k = rnd.nextInt(3); k > 0; k--) {
                LocalDate from = BASE.plusDays(rnd.nextInt(4000));
                var e = PersonRegistration.builder()
                        .scheme(SCHEMES.get(rnd.nextInt(SCHEMES.size())))
                        .status(RegistrationStatus.values()[rnd.nextInt(4)]);
                if (rnd.nextInt(4) > 0) {
                    e.validFrom(from);
                }
                if (rnd.nextBoolean()) {
                    e.validUntil(from.plusDays(rnd.nextInt(2000)));
                }
                if (rnd.nextBoolean()) {
                    e.level(List.of("A", "B", "C", "D").get(rnd.nextInt(4)));
                }
                if (rnd.nextBoolean()) {
                    e.firstRegistered(from.minusDays(rnd.nextInt(3000)));
                }
                p.addRegistrations(e.build());
            }
            for (int k = rnd.nextInt(3); k > 0; k--) {
                var ed = Education.builder().nlqfLevel(1 + rnd.nextInt(8)).kind(EducationKind.values()[rnd.nextInt(3)]);
                if (rnd.nextBoolean()) {
                    ed.field(rnd.nextBoolean() ? "mens-en-organisatie" : "career-development");
                }
                if (rnd.nextBoolean()) {
                    ed.completed(BASE.plusDays(rnd.nextInt(4500)));
                }
                if (rnd.nextBoolean()) {
                    ed.trainingHours(rnd.nextInt(200));
                }
                if (rnd.nextBoolean()) {
                    ed.programme(rnd.nextBoolean() ? "Sara Werkt" : "Combo");
                }
                if (rnd.nextBoolean()) {
                    ed.credits(rnd.nextInt(120));
                }
                p.addEducation(ed.build());
            }
            if (rnd.nextBoolean()) {
                var ex = Experience.builder();
                if (rnd.nextBoolean()) {
                    ex.hours(rnd.nextInt(3000));
                }
                if (rnd.nextBoolean()) {
                    ex.years(rnd.nextInt(100) / 10.0);
                }
                p.experience(ex.build());
            }
            for (int k = rnd.nextInt(3); k > 0; k--) {
                LocalDate from = BASE.plusDays(rnd.nextInt(4000));
                var c = CpdRecord.builder().from(from).until(from.plusDays(rnd.nextInt(1500)));
                if (rnd.nextBoolean()) {
                    c.pePoints(rnd.nextInt(100));
                } else {
                    c.hours(rnd.nextInt(60));
                }
                p.addCpd(c.build());
            }
            for (int k = rnd.nextInt(3); k > 0; k--) {
                LocalDate from = BASE.plusDays(rnd.nextInt(4000));
                p.addReflection(ReflectionRecord.builder()
                        .from(from)
                        .until(from.plusDays(rnd.nextInt(1500)))
                        .intervisie(rnd.nextInt(4))
                        .supervisie(rnd.nextInt(2))
                        .reportWritten(rnd.nextBoolean())
                        .build());
            }
            for (int year = 2016 + rnd.nextInt(4); year < 2027; year++) {
                if (rnd.nextInt(5) > 0) {
                    p.addClients(ClientYear.builder()
                            .year(year)
                            .clients(rnd.nextInt(20))
                            .build());
                }
            }
            if (rnd.nextBoolean()) {
                p.codeOfConduct(List.of("noloc-gedragscode", "cmi-gedragscode", "cdi-code-of-ethics")
                        .get(rnd.nextInt(3)));
            }
            b.addProfessionals(p.build());
        }
        if (rnd.nextBoolean()) {
            var mark = OrganisationMark.builder()
                    .scheme(rnd.nextBoolean() ? "matrix-standard" : "blik-op-werk")
                    .status(RegistrationStatus.values()[rnd.nextInt(4)]);
            if (rnd.nextBoolean()) {
                mark.accreditedOn(BASE.plusDays(rnd.nextInt(4000)));
            }
            if (rnd.nextBoolean()) {
                mark.measurementPeriodEnd(BASE.plusDays(rnd.nextInt(4000)));
            }
            for (int k = rnd.nextInt(3); k > 0; k--) {
                mark.addAudits(BASE.plusDays(rnd.nextInt(4500)));
            }
            var org = Organisation.builder()
                    .legalName("Bureau " + seed)
                    .kvkNumber(String.format("%08d", Math.abs(seed % 100_000_000)))
                    .address(Address.builder()
                            .street("Markt")
                            .houseNumber("1")
                            .postcode("1234 AB")
                            .city("Delft")
                            .build())
                    .addServices("looking-for-work")
                    .addMarks(mark.build());
            if (rnd.nextBoolean()) {
                org.complaintsProcedure(ComplaintsProcedure.builder()
                        .internal(rnd.nextBoolean())
                        .independentBody(
                                rnd.nextBoolean()
                                        ? java.util.Optional.of("Geschillencommissie")
                                        : java.util.Optional.empty())
                        .build());
            }
            b.organisation(org.build());
        }
        return b.build();
    }

    @Test
    void generatedRegistrationsNeverMakeTheCheckerThrowAndRoundTrip() {
        qt().withExamples(100)
                .forAll(longs().all(), integers().between(0, 6000))
                .checkAssert((seed, day) -> {
                    Registration r = generate(seed);
                    assertThat(GuidanceCodec.json()
                                    .read(GuidanceCodec.json().write(r), Registration.class)
                                    .orElseThrow())
                            .isEqualTo(r);
                    LocalDate asOf = BASE.plusDays(day);
                    for (Scheme scheme : checker.catalogue().schemes()) {
                        QualityReport report = checker.check(r, scheme.id(), asOf);
                        assertThat(report.schemes()).isNotEmpty();
                        report.schemes()
                                .forEach(s -> s.rules().forEach(rule -> {
                                    assertThat(rule.code()).isNotEqualTo("quality.rule.internal-error");
                                    rule.changesOn()
                                            .ifPresent(c -> assertThat(c).isAfter(asOf));
                                }));
                    }
                });
    }

    @Test
    void anExpiredRegistrationStaysExpired() {
        qt().withExamples(150)
                .forAll(longs().all(), integers().between(0, 6000), integers().between(1, 4000))
                .checkAssert((seed, day, later) -> {
                    Registration r = generate(seed);
                    LocalDate asOf = BASE.plusDays(day);
                    for (String scheme : SCHEMES) {
                        QualityReport now = checker.check(r, scheme, asOf);
                        QualityReport after = checker.check(r, scheme, asOf.plusDays(later));
                        for (int i = 0; i < now.schemes().size(); i++) {
                            for (RuleResult rule : now.schemes().get(i).rules()) {
                                if (rule.code().equals("quality.rule.registration.expired")) {
                                    RuleResult then = after.schemes()
                                            .get(i)
                                            .rule(rule.ruleId())
                                            .orElseThrow();
                                    assertThat(then.verdict()).as(rule.ruleId()).isEqualTo(Verdict.FAIL);
                                }
                            }
                        }
                    }
                });
    }

    @Test
    void aVerdictDoesNotChangeBeforeItsChangeDate() {
        qt().withExamples(200)
                .forAll(longs().all(), integers().between(0, 6000))
                .checkAssert((seed, day) -> {
                    Registration r = generate(seed);
                    LocalDate asOf = BASE.plusDays(day);
                    QualityReport now = checker.check(r, "noloc-rl", asOf);
                    LocalDate stable = now.changesOn().map(c -> c.minusDays(1)).orElse(asOf.plusDays(365));
                    QualityReport later = checker.check(r, "noloc-rl", stable.isBefore(asOf) ? asOf : stable);
                    if (!now.schemes().isEmpty() && now.changesOn().isPresent()) {
                        assertThat(later.verdict()).isEqualTo(now.verdict());
                    }
                });
    }
}
