/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.quality.Fixtures;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RegistrationModelTest {
    private final RegistrationValidator validator = RegistrationValidator.shared();

    @Test
    void fixtureReadsAndRoundTripsThroughJsonAndYaml() {
        Registration r = Fixtures.registration("rl-adviser-valid.yaml");
        assertThat(r.organisation())
                .get()
                .extracting(Organisation::kvkNumber)
                .isEqualTo(java.util.Optional.of("30123456"));
        assertThat(r.professionals()).singleElement().satisfies(p -> {
            assertThat(p.registrationsIn("noloc-rl"))
                    .singleElement()
                    .extracting(PersonRegistration::validUntil)
                    .isEqualTo(java.util.Optional.of(LocalDate.of(2027, 2, 28)));
            assertThat(p.reflection().get(0).sessions()).isEqualTo(4);
        });
        for (GuidanceCodec codec : new GuidanceCodec[] {GuidanceCodec.json(), GuidanceCodec.yaml()}) {
            String written = codec.write(r);
            assertThat(codec.read(written, Registration.class).orElseThrow()).isEqualTo(r);
        }
        assertThat(GuidanceCodec.json().write(r)).contains("\"status\" : \"active\"", "\"kind\" : \"diploma\"");
    }

    @Test
    void validFixtureHasNoStructuralFindings() {
        assertThat(validator.validate(Fixtures.registration("rl-adviser-valid.yaml")))
                .isEmpty();
    }

    @Test
    void badFormatsAreReportedWithJsonPointersAndBothLanguages() {
        Registration good = Fixtures.registration("rl-adviser-valid.yaml");
        Organisation org = good.organisation().orElseThrow();
        Professional adviser = good.professionals().get(0);
        Registration bad = Registration.builder()
                .from(good)
                .organisation(Organisation.builder()
                        .from(org)
                        .kvkNumber("3012345")
                        .vestigingsnummer("12345")
                        .address(Address.builder()
                                .from(org.address())
                                .postcode("3511ab")
                                .build())
                        .website("www.example.nl")
                        .services(java.util.List.of("looking-for-work", "Must Retrain"))
                        .build())
                .professionals(java.util.List.of(Professional.builder()
                        .from(adviser)
                        .id(" ")
                        .registrations(java.util.List.of(PersonRegistration.builder()
                                .from(adviser.registrations().get(0))
                                .registerNumber("RL 12 34")
                                .build()))
                        .education(java.util.List.of(
                                Education.builder().nlqfLevel(9).build()))
                        .experience(Experience.builder().hours(-5).build())
                        .build()))
                .build();
        Diagnostics found = validator.validate(bad);
        assertThat(found.stream().collect(Collectors.toMap(d -> d.location().toString(), Diagnostic::code)))
                .containsEntry("/organisation/kvkNumber", "quality.registration.kvk-number")
                .containsEntry("/organisation/vestigingsnummer", "quality.registration.vestigingsnummer")
                .containsEntry("/organisation/address/postcode", "quality.registration.postcode")
                .containsEntry("/organisation/website", "quality.registration.web-address")
                .containsEntry("/organisation/services/1", "quality.registration.code")
                .containsEntry("/professionals/0/id", "quality.registration.blank")
                .containsEntry(
                        "/professionals/0/registrations/0/registerNumber", "quality.registration.register-number")
                .containsEntry("/professionals/0/education/0/nlqfLevel", "quality.registration.max")
                .containsEntry("/professionals/0/experience/hours", "quality.registration.min")
                .hasSize(9);
        Diagnostic postcode =
                found.under(JsonPointer.parse("/organisation/address")).asList().get(0);
        assertThat(postcode.message(Locale.ENGLISH)).isEqualTo("Postcode '3511ab' must be written like 1234 AB");
        assertThat(postcode.message(Locale.forLanguageTag("nl")))
                .isEqualTo("Postcode '3511ab' moet geschreven zijn als 1234 AB");
        assertThat(found.hasErrors()).isTrue();
    }

    @Test
    void missingAndWrongTypedFieldsAreDiagnosticsWithPaths() {
        String missing =
                "organisation:\n  legalName: X\n  address: {street: A, houseNumber: '1', postcode: 1234 AB, city: B}\n";
        // the KvK number is optional in the model (issue #16) and required by the jurisdiction nl
        ReadResult<Registration> read = GuidanceCodec.yaml().read(missing, Registration.class);
        assertThat(read.isSuccessful()).isTrue();
        assertThat(validator.validate(read.orElseThrow()).asList()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo("quality.registration.identifier-missing");
            assertThat(d.location()).hasToString("/organisation/kvkNumber");
        });

        String wrongType = "professionals:\n  - id: a\n    education:\n      - nlqfLevel: zes\n";
        ReadResult<Registration> read2 = GuidanceCodec.yaml().read(wrongType, Registration.class);
        assertThat(read2.diagnostics().asList()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("core.json.wrong-type");
            assertThat(d.location()).hasToString("/professionals/0/education/0/nlqfLevel");
        });

        String badStatus =
                "professionals:\n  - id: a\n    registrations:\n      - {scheme: noloc-rl, status: lapsed}\n";
        assertThat(GuidanceCodec.yaml()
                        .read(badStatus, Registration.class)
                        .diagnostics()
                        .asList())
                .singleElement()
                .satisfies(d -> assertThat(d.location()).hasToString("/professionals/0/registrations/0/status"));

        String empty = "reference: x\n";
        assertThat(GuidanceCodec.yaml()
                        .read(empty, Registration.class)
                        .diagnostics()
                        .asList())
                .singleElement()
                .satisfies(d -> assertThat(d.code()).isEqualTo("core.json.invalid-value"));
    }

    @Test
    void builderChecksNameTheArgument() {
        assertThatThrownBy(() -> PersonRegistration.builder()
                        .scheme("noloc-rl")
                        .status(RegistrationStatus.ACTIVE)
                        .validFrom(LocalDate.of(2024, 1, 1))
                        .validUntil(LocalDate.of(2023, 1, 1))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("validUntil")
                .hasMessageContaining("2023-01-01");
        assertThatThrownBy(() -> Registration.builder()
                        .professionals(java.util.List.of(
                                Professional.builder().id("a").build(),
                                Professional.builder().id("a").build()))
                        .build())
                .hasMessageContaining("'a'");
        assertThat(RegistrationStatus.fromCode("SILENT")).isEqualTo(RegistrationStatus.SILENT);
        assertThatThrownBy(() -> RegistrationStatus.fromCode("stil")).hasMessageContaining("active, silent");
    }
}
