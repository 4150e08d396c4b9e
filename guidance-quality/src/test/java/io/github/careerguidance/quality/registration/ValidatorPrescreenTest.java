/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.careerguidance.core.diagnostics.Diagnostics;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The validator's pre-screen never changes a result: whenever it finds a registration valid, Hibernate Validator
 * finds nothing either, and {@code validate} gives exactly Hibernate Validator's diagnostics (QuickTheories, over
 * generated registrations with valid and invalid values in every constrained field).
 */
class ValidatorPrescreenTest {
    private static final RegistrationValidator VALIDATOR = RegistrationValidator.shared();
    private static final LocalDate BASE = LocalDate.of(2018, 3, 1);
    private static final String LONG = "Loopbaanbegeleiding en outplacement in de regio Utrecht, Amersfoort en het Gooi"
            + " voor werkzoekenden, werknemers die willen omscholen en zij-instromers in het onderwijs en de zorg"
            + " sinds 1998 met meer dan tweehonderd tevreden cliënten per jaar.";
    private static final String[] TEXTS = {"Loopbaanpraktijk De Wending", "Jansen", "", " ", "\t", "a", LONG, "Zwolle"};
    private static final String[] KVK = {"12345678", "30123456", "1234567", "123456789", "1234567a", "", " 12345678"};
    private static final String[] VESTIGING = {"000012345678", "123456789012", "12345", "abcdefghijkl", ""};
    private static final String[] POSTCODES = {"3511 AB", "1012 JS", "0123 AB", "3511AB", "3511 ab", "", "9999 ZZ"};
    private static final String[] CODES = {
        "looking-for-work",
        "mens-en-organisatie",
        "noloc-gedragscode",
        "cv",
        "Mens",
        "-bad",
        "bad-",
        "a--b",
        "",
        "kort",
        "zij instromer"
    };
    private static final String[] URLS = {
        "https://www.noloc.nl",
        "http://loopbaan.example.nl/prijzen",
        "ftp://x.nl",
        "www.noloc.nl",
        "https://",
        "",
        "https://a b"
    };
    private static final String[] NUMBERS = {
        "RL-1234", "BKA-5678", "7", "-RL", "RL-", "RL 1234", "", "ABCDEFGHIJ1234567890" + "ABCDEFGHIJ1234567890ABC"
    };
    private static final int[] INTS = {0, 1, 5, 8, 9, -1, 40, 2025, 1949, 2201, Integer.MAX_VALUE, Integer.MIN_VALUE};
    private static final double[] DOUBLES = {0.0, -0.0, 1.5, 12, 80, 80.000001, 81, -1, -0.5};

    @Test
    void prescreenNeverChangesAResult() {
        AtomicInteger valid = new AtomicInteger();
        AtomicInteger invalid = new AtomicInteger();
        qt().withExamples(400).forAll(longs().all()).checkAssert(seed -> {
            Registration r = generate(seed);
            Diagnostics reference = VALIDATOR.validateBeans(r);
            boolean prescreened = VALIDATOR.prescreened(r);
            // Sound: a registration passed by the pre-screen has no violation.
            if (prescreened) {
                assertThat(reference.isEmpty())
                        .as("HV finds nothing on a pre-screened registration")
                        .isTrue();
                valid.incrementAndGet();
            } else {
                invalid.incrementAndGet();
            }
            // Precise on these types: it passes every registration Hibernate Validator passes.
            assertThat(prescreened).isEqualTo(reference.isEmpty());
            // validate() gives exactly Hibernate Validator's diagnostics, in the same order, with the jurisdiction's.
            assertThat(List.copyOf(VALIDATOR.validate(r).asList()))
                    .isEqualTo(List.copyOf(VALIDATOR.validateFully(r).asList()))
                    .containsAll(reference.asList());
            for (Professional p : r.professionals()) {
                assertThat(VALIDATOR.validate(p)).isEqualTo(VALIDATOR.validateFully(p));
            }
            r.organisation().ifPresent(o -> assertThat(VALIDATOR.validate(o)).isEqualTo(VALIDATOR.validateFully(o)));
        });
        // Both sides were really exercised.
        assertThat(valid.get()).isGreaterThan(40);
        assertThat(invalid.get()).isGreaterThan(40);
    }

    @Test
    void everyRegistrationTypeIsUnderstood() {
        var prescreen = new io.github.careerguidance.quality.internal.ConstraintPrescreen(
                jakarta.validation.Validation.byProvider(org.hibernate.validator.HibernateValidator.class)
                        .configure()
                        .getterPropertySelectionStrategy(
                                new io.github.careerguidance.quality.internal.AccessorPropertyStrategy())
                        .messageInterpolator(
                                new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
                        .buildValidatorFactory()
                        .getValidator());
        for (Class<?> type : List.of(
                ImmutableRegistration.class,
                ImmutableOrganisation.class,
                ImmutableAddress.class,
                ImmutableComplaintsProcedure.class,
                ImmutableOrganisationMark.class,
                ImmutableProfessional.class,
                ImmutablePersonRegistration.class,
                ImmutableEducation.class,
                ImmutableExperience.class,
                ImmutableCpdRecord.class,
                ImmutableReflectionRecord.class,
                ImmutableClientYear.class)) {
            assertThat(prescreen.whyNot(type)).as(type.getSimpleName()).isEmpty();
            assertThat(prescreen.understands(type)).isTrue();
        }
    }

    @Test
    void aBadValueDeepInsideIsStillReportedWithItsPath() {
        Registration r = Registration.builder()
                .reference("2026-000417")
                .addProfessionals(Professional.builder()
                        .id("adviseur-1")
                        .addCpd(CpdRecord.builder()
                                .from(BASE)
                                .until(BASE.plusYears(1))
                                .pePoints(-3)
                                .build())
                        .build())
                .build();
        assertThat(VALIDATOR.prescreened(r)).isFalse();
        Diagnostics found = VALIDATOR.validate(r);
        assertThat(found.asList()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("quality.registration.min");
            assertThat(d.location().toString()).isEqualTo("/professionals/0/cpd/0/pePoints");
        });
    }

    /** A registration whose constrained fields each take a valid or an invalid value; reproducible by seed. */
    static Registration generate(long seed) {
        Random rnd = new Random(seed);
        // Mostly valid values, so that whole registrations are often valid and often not.
        boolean clean = rnd.nextInt(3) == 0;
        var b = Registration.builder();
        if (rnd.nextBoolean()) {
            b.reference(pick(rnd, clean, "2026-100417", TEXTS));
        }
        if (rnd.nextInt(4) > 0) {
            attempt(() -> b.organisation(organisation(rnd, clean)));
        }
        for (int i = rnd.nextInt(3); i > 0; i--) {
            int n = i;
            attempt(() -> b.addProfessionals(professional(rnd, clean, n)));
        }
        try {
            return b.build();
        } catch (IllegalArgumentException | IllegalStateException rejected) {
            // no subject, or two professionals with the same id: another registration
            return generate(seed * 31 + 7);
        }
    }

    private static Organisation organisation(Random rnd, boolean clean) {
        var o = Organisation.builder()
                .legalName(pick(rnd, clean, "Loopbaanpraktijk Utrecht B.V.", TEXTS))
                .kvkNumber(pick(rnd, clean, "30123456", KVK))
                .address(Address.builder()
                        .street(pick(rnd, clean, "Oudegracht", TEXTS))
                        .houseNumber(pick(rnd, clean, "12a", TEXTS))
                        .postcode(pick(rnd, clean, "3511 AB", POSTCODES))
                        .city(pick(rnd, clean, "Utrecht", TEXTS))
                        .build());
        if (rnd.nextBoolean()) {
            o.vestigingsnummer(pick(rnd, clean, "000012345678", VESTIGING));
        }
        if (rnd.nextBoolean()) {
            o.website(pick(rnd, clean, "https://www.loopbaanpraktijk.nl", URLS));
        }
        for (int i = rnd.nextInt(3); i > 0; i--) {
            o.addServices(pick(rnd, clean, "looking-for-work", CODES));
            o.addTargetGroups(pick(rnd, clean, "werkzoekenden", CODES));
            o.addDocuments(pick(rnd, clean, "privacy-statement", CODES));
        }
        if (rnd.nextBoolean()) {
            o.priceInformationUrl(pick(rnd, clean, "https://www.loopbaanpraktijk.nl/tarieven", URLS));
            o.privacyStatement(pick(rnd, clean, "https://www.loopbaanpraktijk.nl/privacy", URLS));
            o.codeOfConduct(pick(rnd, clean, "noloc-gedragscode", CODES));
        }
        if (rnd.nextBoolean()) {
            var c = ComplaintsProcedure.builder().internal(rnd.nextBoolean());
            if (rnd.nextBoolean()) {
                c.independentBody(pick(rnd, clean, "Raad voor Klachtenbehandeling (Noloc)", TEXTS));
            }
            if (rnd.nextBoolean()) {
                c.url(pick(rnd, clean, "https://www.noloc.nl/klachten", URLS));
            }
            o.complaintsProcedure(c.build());
        }
        for (int i = rnd.nextInt(3); i > 0; i--) {
            attempt(() -> {
                var m = OrganisationMark.builder()
                        .scheme(pick(rnd, clean, "blik-op-werk", CODES))
                        .status(RegistrationStatus.values()[rnd.nextInt(4)]);
                if (rnd.nextBoolean()) {
                    m.certificateNumber(pick(rnd, clean, "BOW-2024-117", NUMBERS));
                }
                if (rnd.nextBoolean()) {
                    m.addServices(pick(rnd, clean, "looking-for-work", CODES));
                }
                o.addMarks(m.build());
            });
        }
        return o.build();
    }

    private static Professional professional(Random rnd, boolean clean, int n) {
        var p = Professional.builder().id(pick(rnd, clean, "adviseur-" + n, TEXTS));
        if (rnd.nextBoolean()) {
            p.name(pick(rnd, clean, "Anouk de Vries", TEXTS));
        }
        for (int i = rnd.nextInt(3); i > 0; i--) {
            p.addServices(pick(rnd, clean, "looking-for-work", CODES));
            p.addDocuments(pick(rnd, clean, "cv", CODES));
        }
        if (rnd.nextBoolean()) {
            p.codeOfConduct(pick(rnd, clean, "noloc-gedragscode", CODES));
        }
        for (int i = rnd.nextInt(3); i > 0; i--) {
            attempt(() -> {
                var e = PersonRegistration.builder()
                        .scheme(pick(rnd, clean, "noloc-rl", CODES))
                        .status(RegistrationStatus.values()[rnd.nextInt(4)]);
                if (rnd.nextBoolean()) {
                    e.registerNumber(pick(rnd, clean, "RL-" + (1000 + rnd.nextInt(9000)), NUMBERS));
                }
                if (rnd.nextBoolean()) {
                    e.level(pick(rnd, clean, "B", TEXTS));
                }
                if (rnd.nextBoolean()) {
                    e.validFrom(BASE.plusDays(rnd.nextInt(900)));
                }
                p.addRegistrations(e.build());
            });
        }
        for (int i = rnd.nextInt(3); i > 0; i--) {
            attempt(() -> {
                var e = Education.builder().nlqfLevel(clean ? 1 + rnd.nextInt(8) : INTS[rnd.nextInt(INTS.length)]);
                if (rnd.nextBoolean()) {
                    e.field(pick(rnd, clean, "mens-en-organisatie", CODES));
                }
                if (rnd.nextBoolean()) {
                    e.trainingHours(clean ? rnd.nextInt(300) : INTS[rnd.nextInt(INTS.length)]);
                }
                if (rnd.nextBoolean()) {
                    e.credits(clean ? rnd.nextInt(60) : INTS[rnd.nextInt(INTS.length)]);
                }
                if (rnd.nextBoolean()) {
                    e.programme(pick(rnd, clean, "Post-hbo Loopbaanprofessional", TEXTS));
                }
                p.addEducation(e.build());
            });
        }
        if (rnd.nextBoolean()) {
            attempt(() -> {
                var x = Experience.builder();
                if (rnd.nextBoolean()) {
                    x.hours(clean ? rnd.nextInt(5000) : INTS[rnd.nextInt(INTS.length)]);
                }
                if (rnd.nextBoolean()) {
                    x.years(clean ? rnd.nextInt(40) : DOUBLES[rnd.nextInt(DOUBLES.length)]);
                }
                p.experience(x.build());
            });
        }
        for (int i = rnd.nextInt(3); i > 0; i--) {
            attempt(() -> {
                var c = CpdRecord.builder().from(BASE).until(BASE.plusYears(4).minusDays(1));
                if (rnd.nextBoolean()) {
                    c.pePoints(clean ? rnd.nextInt(100) : INTS[rnd.nextInt(INTS.length)]);
                } else {
                    c.hours(clean ? rnd.nextInt(100) : INTS[rnd.nextInt(INTS.length)]);
                }
                p.addCpd(c.build());
            });
        }
        for (int i = rnd.nextInt(2); i > 0; i--) {
            attempt(() -> p.addReflection(ReflectionRecord.builder()
                    .from(BASE)
                    .until(BASE.plusYears(1))
                    .intervisie(clean ? rnd.nextInt(5) : INTS[rnd.nextInt(INTS.length)])
                    .supervisie(clean ? rnd.nextInt(3) : INTS[rnd.nextInt(INTS.length)])
                    .coaching(clean ? rnd.nextInt(3) : INTS[rnd.nextInt(INTS.length)])
                    .build()));
        }
        for (int i = rnd.nextInt(3); i > 0; i--) {
            attempt(() -> p.addClients(ClientYear.builder()
                    .year(clean ? 2020 + rnd.nextInt(6) : INTS[rnd.nextInt(INTS.length)])
                    .clients(clean ? rnd.nextInt(50) : INTS[rnd.nextInt(INTS.length)])
                    .build()));
        }
        return p.build();
    }

    /** The valid value, or (unless the registration is kept clean) now and then one from the pool. */
    private static String pick(Random rnd, boolean clean, String valid, String[] pool) {
        return clean || rnd.nextInt(4) > 0 ? valid : pool[rnd.nextInt(pool.length)];
    }

    /** Runs a step that a value type's own check may reject (then the part is left out). */
    private static void attempt(Runnable step) {
        try {
            step.run();
        } catch (IllegalArgumentException | IllegalStateException rejected) {
            // the value type refused this combination; the registration is generated without it
        }
    }
}
