/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.quality.Fixtures;
import io.github.careerguidance.quality.RuleResult;
import io.github.careerguidance.quality.SchemeResult;
import io.github.careerguidance.quality.Verdict;
import io.github.careerguidance.quality.registration.PersonRegistration;
import io.github.careerguidance.quality.registration.Professional;
import io.github.careerguidance.quality.registration.Registration;
import io.github.careerguidance.quality.registration.RegistrationStatus;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegisterVerifierTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final JsonPointer AT = JsonPointer.parse("/professionals/0/registrations/0");
    private final CsvRegisterSource export = load();
    private final RegisterVerifier verifier =
            RegisterVerifier.builder().addSource(export).build();

    private static CsvRegisterSource load() {
        Reader reader = new InputStreamReader(
                RegisterVerifierTest.class.getResourceAsStream("noloc-rl-export.csv"), StandardCharsets.UTF_8);
        return CsvRegisterSource.load(reader, "noloc-rl", "noloc-rl-export.csv", ',');
    }

    private static PersonRegistration claim(String number, RegistrationStatus status, LocalDate until) {
        var b = PersonRegistration.builder().scheme("noloc-rl").status(status).validFrom(LocalDate.of(2020, 1, 1));
        if (number != null) {
            b.registerNumber(number);
        }
        if (until != null) {
            b.validUntil(until);
        }
        return b.build();
    }

    private RuleResult verify(RegisterVerifier v, PersonRegistration claim, String name) {
        return v.verify(claim, Optional.ofNullable(name), export, TODAY, AT);
    }

    @Test
    void anExportLoadsItsUsableRowsAndReportsTheOthersWithLineAndColumn() {
        assertThat(export.size()).isEqualTo(6);
        assertThat(export.diagnostics().asList())
                .extracting(Diagnostic::code)
                .containsExactly(
                        "quality.register.csv.empty-number",
                        "quality.register.csv.status",
                        "quality.register.csv.date",
                        "quality.register.csv.duplicate");
        Diagnostic status = export.diagnostics()
                .withCode("quality.register.csv.status")
                .asList()
                .get(0);
        assertThat(status.location()).isEqualTo(JsonPointer.parse("/7/status"));
        assertThat(status.line()).hasValue(9);
        assertThat(status.column()).hasValue(3);
        assertThat(status.source()).contains("noloc-rl-export.csv");
        assertThat(export.lookup("noloc-rl", " RL-3310 "))
                .map(RegisterEntry::status)
                .contains(RegistrationStatus.ACTIVE);
        assertThat(export.lookup("noloc-rj", "RL-1234")).isEmpty();
        assertThat(export.lookup("noloc-rl", "RL-9999")).isEmpty();
        assertThat(export.lookup("noloc-rl", "RL-1234").orElseThrow().toString())
                .doesNotContain("Anne");
    }

    @Test
    void aMissingRequiredColumnAndAnUnreadableFile() {
        CsvRegisterSource noStatus =
                CsvRegisterSource.load(new StringReader("register_number;naam\nRL-1;X\n"), "noloc-rl", "x.csv", ';');
        assertThat(noStatus.size()).isZero();
        assertThat(noStatus.diagnostics().asList())
                .singleElement()
                .satisfies(d -> assertThat(d.arguments()).containsEntry("column", "status"));
        assertThatThrownBy(() -> CsvRegisterSource.load(Path.of("/nonexistent/register.csv"), "noloc-rl"))
                .isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void theScenarioAdvisersAgainstTheRegister() {
        List<SchemeResult> valid = verifier.verify(Fixtures.registration("rl-adviser-valid.yaml"), TODAY);
        assertThat(valid).singleElement().satisfies(s -> {
            assertThat(s.scheme()).isEqualTo("noloc-rl");
            assertThat(s.subjectRef()).contains("adviser-1");
            RuleResult r = s.rules().get(0);
            assertThat(r.ruleId()).isEqualTo(RegisterVerifier.RULE_ID);
            assertThat(r.verdict()).isEqualTo(Verdict.PASS);
            assertThat(r.code()).isEqualTo("quality.register.match");
            assertThat(r.changesOn()).contains(LocalDate.of(2026, 12, 30));
            assertThat(r.location()).isEqualTo(AT);
            assertThat(r.explanation().resolve(Locale.forLanguageTag("nl")))
                    .isEqualTo(
                            "Register noloc-rl-export.csv vermeldt RL-1234 in noloc-rl als actief, geldig tot en met 2027-02-28");
        });
        RuleResult expired = verifier.verify(Fixtures.registration("rl-expired-last-year.yaml"), TODAY)
                .get(0)
                .rules()
                .get(0);
        assertThat(expired.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(expired.code()).isEqualTo("quality.register.status");
        assertThat(expired.evidence())
                .containsEntry("registerStatus", "expired")
                .containsEntry("claimedStatus", "active");
    }

    @Test
    void eachWayAClaimCanDisagreeWithTheRegister() {
        assertThat(verify(verifier, claim("RL-9999", RegistrationStatus.ACTIVE, null), null)
                        .code())
                .isEqualTo("quality.register.not-found");
        assertThat(verify(verifier, claim("RL-9999", RegistrationStatus.ACTIVE, null), null)
                        .verdict())
                .isEqualTo(Verdict.FAIL);
        assertThat(verify(verifier, claim(null, RegistrationStatus.ACTIVE, null), null)
                        .verdict())
                .isEqualTo(Verdict.NOT_ASSESSABLE);
        RuleResult overstated =
                verify(verifier, claim("RL-3310", RegistrationStatus.ACTIVE, LocalDate.of(2029, 1, 14)), null);
        assertThat(overstated.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(overstated.code()).isEqualTo("quality.register.expiry-overstated");
        RuleResult stale =
                verify(verifier, claim("RL-3310", RegistrationStatus.ACTIVE, LocalDate.of(2027, 1, 14)), null);
        assertThat(stale.verdict()).isEqualTo(Verdict.WARNING);
        assertThat(stale.code()).isEqualTo("quality.register.expiry-stale");
        RuleResult expiring = verify(verifier, claim("RL-5120", RegistrationStatus.ACTIVE, null), null);
        assertThat(expiring.verdict()).isEqualTo(Verdict.WARNING);
        assertThat(expiring.explanation().resolve(Locale.ENGLISH)).endsWith("in 17 days");
        assertThat(expiring.changesOn()).contains(LocalDate.of(2026, 12, 16));
        assertThat(verify(verifier, claim("RL-6001", RegistrationStatus.ACTIVE, null), null)
                        .code())
                .isEqualTo("quality.register.match-no-expiry");
        assertThat(verify(verifier, claim("RL-4402", RegistrationStatus.ACTIVE, null), null)
                        .code())
                .isEqualTo("quality.register.status");
    }

    @Test
    void theExpiryBoundaryDayBeforeOfAndAfter() {
        RegisterVerifier v =
                RegisterVerifier.builder().addSource(export).warningDays(0).build();
        PersonRegistration c = claim("RL-1234", RegistrationStatus.ACTIVE, null);
        LocalDate expiry = LocalDate.of(2027, 2, 28);
        assertThat(v.verify(c, Optional.empty(), export, expiry.minusDays(1), AT)
                        .verdict())
                .isEqualTo(Verdict.PASS);
        assertThat(v.verify(c, Optional.empty(), export, expiry, AT).verdict()).isEqualTo(Verdict.WARNING);
        assertThat(v.verify(c, Optional.empty(), export, expiry.plusDays(1), AT).code())
                .isEqualTo("quality.register.expired");
    }

    @Test
    void namesAreComparedOnlyWhenAskedAndNeverShown() {
        assertThat(verify(verifier, claim("RL-3310", RegistrationStatus.ACTIVE, null), "Iemand Anders")
                        .evidence())
                .containsEntry("nameCheck", "off");
        RegisterVerifier names =
                RegisterVerifier.builder().addSource(export).compareNames(true).build();
        RuleResult mismatch = verify(names, claim("RL-3310", RegistrationStatus.ACTIVE, null), "Iemand Anders");
        assertThat(mismatch.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(mismatch.code()).isEqualTo("quality.register.name-mismatch");
        assertThat(mismatch.explanation().texts().values()).noneMatch(t -> t.contains("Joris") || t.contains("Iemand"));
        assertThat(mismatch.evidence().values()).noneMatch(t -> t.contains("Joris") || t.contains("Iemand"));
        assertThat(verify(names, claim("RL-4402", RegistrationStatus.SUSPENDED, null), "  Fátima  El Amrani")
                        .evidence())
                .containsEntry("nameCheck", "match");
        assertThat(verify(names, claim("RL-3310", RegistrationStatus.ACTIVE, null), null)
                        .evidence())
                .containsEntry("nameCheck", "not-given");
    }

    @Test
    void uncoveredSchemesAreLeftAloneAndAFailingSourceIsNotAssessable() {
        Registration bka = Registration.builder()
                .addProfessionals(Professional.builder()
                        .id("p1")
                        .addRegistrations(PersonRegistration.builder()
                                .scheme("register-bka")
                                .registerNumber("BKA-1")
                                .status(RegistrationStatus.ACTIVE)
                                .build())
                        .build())
                .build();
        assertThat(verifier.verify(bka, TODAY)).isEmpty();
        RegisterSource broken = new RegisterSource() {
            @Override
            public String name() {
                return "api";
            }

            @Override
            public boolean covers(String scheme) {
                return true;
            }

            @Override
            public Optional<RegisterEntry> lookup(String scheme, String registerNumber) {
                throw new IllegalStateException("timeout");
            }
        };
        RegisterVerifier v = RegisterVerifier.builder().addSource(broken).build();
        assertThat(v.verify(bka, TODAY).get(0).verdict()).isEqualTo(Verdict.NOT_ASSESSABLE);
        assertThatThrownBy(() -> RegisterVerifier.builder().warningDays(-1))
                .hasMessageContaining("must be >= 0 but was -1");
    }
}
