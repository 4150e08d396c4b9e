/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadResult;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ReadinessModelTest {
    private static final ReadinessModel MODEL = ReadinessModel.standard();

    private static Gen<Double> unit() {
        // Uniform scores plus the edges and the threshold, where off-by-one mistakes live.
        return doubles().between(0.0, 1.0).mix(Generate.pick(java.util.List.of(0.0, 0.5, Math.nextDown(0.5), 1.0)), 30);
    }

    private static Gen<ReadinessModel> models() {
        return doubles()
                .between(0.01, 1.0)
                .zip(
                        doubles().between(0.01, 1.0),
                        (a, b) -> ReadinessModel.builder()
                                .capabilityThreshold(a)
                                .complexityThreshold(b)
                                .build());
    }

    @Test
    void quadrantCornersEqualTheResearchTable() {
        assertThat(MODEL.assess(1.0, 0.0)).isEqualTo(SupportLevel.SELF_HELP);
        assertThat(MODEL.assess(1.0, 1.0)).isEqualTo(SupportLevel.BRIEF_STAFF_ASSISTED);
        assertThat(MODEL.assess(0.0, 0.0)).isEqualTo(SupportLevel.BRIEF_STAFF_ASSISTED);
        assertThat(MODEL.assess(0.0, 1.0)).isEqualTo(SupportLevel.INDIVIDUAL_CASE_MANAGED);
        assertThat(MODEL.readiness(1.0, 0.0)).isEqualTo(Readiness.HIGH);
        assertThat(MODEL.readiness(1.0, 1.0)).isEqualTo(Readiness.MODERATE);
        assertThat(MODEL.readiness(0.0, 0.0)).isEqualTo(Readiness.MODERATE);
        assertThat(MODEL.readiness(0.0, 1.0)).isEqualTo(Readiness.LOW);
        assertThat(Readiness.of(Capability.HIGH, Complexity.LOW)).isEqualTo(Readiness.HIGH);
        assertThat(Readiness.of(Capability.LOW, Complexity.HIGH)).isEqualTo(Readiness.LOW);
    }

    @Test
    void thresholdCountsAsHighAndIsConfigurable() {
        assertThat(MODEL.capabilityLevel(0.5)).isEqualTo(Capability.HIGH);
        assertThat(MODEL.capabilityLevel(Math.nextDown(0.5))).isEqualTo(Capability.LOW);
        assertThat(MODEL.complexityLevel(0.5)).isEqualTo(Complexity.HIGH);
        ReadinessModel strict =
                ReadinessModel.builder().capabilityThreshold(0.7).build();
        assertThat(strict.complexityThreshold()).isEqualTo(0.5);
        assertThat(strict.assess(0.6, 0.2)).isEqualTo(SupportLevel.BRIEF_STAFF_ASSISTED);
        assertThat(MODEL.assess(0.6, 0.2)).isEqualTo(SupportLevel.SELF_HELP);
    }

    @Test
    void everyPairOfScoresMapsToExactlyOneLevel() {
        qt().forAll(models(), unit(), unit()).checkAssert((model, cap, cx) -> {
            SupportLevel level = model.assess(cap, cx);
            assertThat(level).isNotNull();
            assertThat(level).isEqualTo(model.readiness(cap, cx).supportLevel());
            boolean highCap = cap >= model.capabilityThreshold();
            boolean highCx = cx >= model.complexityThreshold();
            SupportLevel expected = highCap && !highCx
                    ? SupportLevel.SELF_HELP
                    : !highCap && highCx ? SupportLevel.INDIVIDUAL_CASE_MANAGED : SupportLevel.BRIEF_STAFF_ASSISTED;
            assertThat(level).isEqualTo(expected);
        });
    }

    @Test
    void raisingCapabilityNeverRaisesTheLevel() {
        qt().forAll(models(), unit(), unit(), unit()).checkAssert((model, a, b, cx) -> {
            double low = Math.min(a, b);
            double high = Math.max(a, b);
            assertThat(model.assess(high, cx)).isLessThanOrEqualTo(model.assess(low, cx));
        });
    }

    @Test
    void raisingComplexityNeverLowersTheLevel() {
        qt().forAll(models(), unit(), unit(), unit()).checkAssert((model, cap, a, b) -> {
            double low = Math.min(a, b);
            double high = Math.max(a, b);
            assertThat(model.assess(cap, high)).isGreaterThanOrEqualTo(model.assess(cap, low));
        });
    }

    @Test
    void indecisiveClientsAreCaseManagedWhateverTheirReadiness() {
        qt().forAll(unit(), unit()).checkAssert((cap, cx) -> {
            assertThat(MODEL.route(cap, cx, DecisionStatus.INDECISIVE)).isEqualTo(SupportLevel.INDIVIDUAL_CASE_MANAGED);
            assertThat(MODEL.route(cap, cx, DecisionStatus.DECIDED)).isEqualTo(MODEL.assess(cap, cx));
            assertThat(MODEL.route(cap, cx, DecisionStatus.UNDECIDED)).isEqualTo(MODEL.assess(cap, cx));
        });
        for (Readiness r : Readiness.values()) {
            for (DecisionStatus s : DecisionStatus.values()) {
                assertThat(ReadinessModel.route(r, s)).isGreaterThanOrEqualTo(r.supportLevel());
            }
        }
    }

    @Test
    void routesAnAssessment() {
        ReadinessAssessment a =
                ReadinessAssessment.builder().capability(0.8).complexity(0.3).build();
        assertThat(MODEL.route(a)).isEqualTo(SupportLevel.SELF_HELP);
        assertThat(MODEL.route(ImmutableReadinessAssessment.copyOf(a).withDecisionStatus(DecisionStatus.INDECISIVE)))
                .isEqualTo(SupportLevel.INDIVIDUAL_CASE_MANAGED);
        assertThat(MODEL.route(ReadinessAssessment.of(0.3, 0.3))).isEqualTo(SupportLevel.BRIEF_STAFF_ASSISTED);
    }

    @Test
    void badScoresAreRejectedNamingTheValue() {
        assertThatThrownBy(() -> MODEL.assess(Double.NaN, 0.2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("capability must be a number in [0, 1] but was NaN");
        assertThatThrownBy(() -> MODEL.assess(0.2, 1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("complexity must be a number in [0, 1] but was 1.5");
        assertThatThrownBy(() -> MODEL.assess(-0.1, 0.2)).hasMessageContaining("-0.1");
        assertThatThrownBy(() -> MODEL.assess(Double.POSITIVE_INFINITY, 0.2)).hasMessageContaining("Infinity");
        assertThatThrownBy(() -> ReadinessAssessment.of(0.5, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("complexity")
                .hasMessageContaining("NaN");
        assertThatThrownBy(
                        () -> ReadinessModel.builder().capabilityThreshold(0.0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("capabilityThreshold must be a number in (0, 1] but was 0.0");
        assertThatThrownBy(() ->
                        ReadinessModel.builder().complexityThreshold(Double.NaN).build())
                .hasMessageContaining("complexityThreshold")
                .hasMessageContaining("NaN");
    }

    @Test
    void outOfRangeValuesAreRejectedEverywhere() {
        qt().forAll(doubles().any())
                .assuming(d -> !(d >= 0.0 && d <= 1.0))
                .checkAssert(d -> assertThatThrownBy(() -> MODEL.assess(0.5, d))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining(String.valueOf(d)));
    }

    @Test
    void valuesRoundTripInJsonAndYaml() {
        ReadinessModel model = ReadinessModel.builder()
                .capabilityThreshold(0.6)
                .complexityThreshold(0.4)
                .build();
        ReadinessAssessment assessment = ReadinessAssessment.builder()
                .capability(0.25)
                .complexity(0.75)
                .decisionStatus(DecisionStatus.INDECISIVE)
                .build();
        SafetyNetCheck check = SafetyNetCheck.builder()
                .outcome(SafetyNetOutcome.STALLED)
                .checkedAt(java.time.Instant.parse("2026-03-02T10:15:30Z"))
                .note("Geen activiteit in 3 weken")
                .build();
        for (GuidanceCodec codec : java.util.List.of(GuidanceCodec.json(), GuidanceCodec.yaml())) {
            assertThat(codec.read(codec.write(model), ReadinessModel.class).orElseThrow())
                    .isEqualTo(model);
            assertThat(codec.read(codec.write(assessment), ReadinessAssessment.class)
                            .orElseThrow())
                    .isEqualTo(assessment);
            assertThat(codec.read(codec.write(check), SafetyNetCheck.class).orElseThrow())
                    .isEqualTo(check);
            assertThat(codec.read(codec.write(MODEL), ReadinessModel.class).orElseThrow())
                    .isEqualTo(MODEL);
        }
        assertThat(GuidanceCodec.json().write(assessment)).contains("\"indecisive\"");
        assertThat(GuidanceCodec.json().write(check)).contains("\"stalled\"");
    }

    @Test
    void generatedAssessmentsRoundTrip() {
        GuidanceCodec json = GuidanceCodec.json();
        qt().withExamples(100)
                .forAll(unit(), unit(), Generate.enumValues(DecisionStatus.class))
                .checkAssert((a, b, s) -> {
                    ReadinessAssessment v = ReadinessAssessment.builder()
                            .capability(a)
                            .complexity(b)
                            .decisionStatus(s)
                            .build();
                    assertThat(json.read(json.write(v), ReadinessAssessment.class)
                                    .orElseThrow())
                            .isEqualTo(v);
                });
    }

    @Test
    void badDocumentsGiveDiagnosticsNamingThePath() {
        ReadResult<ReadinessAssessment> r =
                GuidanceCodec.json().read("{\"capability\": 1.5, \"complexity\": 0.2}", ReadinessAssessment.class);
        assertThat(r.isSuccessful()).isFalse();
        Diagnostic d = r.diagnostics().asList().get(0);
        assertThat(d.code()).isEqualTo("core.json.invalid-value");
        assertThat(d.message(Locale.ENGLISH)).contains("capability").contains("1.5");

        ReadResult<ReadinessAssessment> missing =
                GuidanceCodec.json().read("{\"capability\": 0.5}", ReadinessAssessment.class);
        assertThat(missing.diagnostics().asList())
                .extracting(Diagnostic::location)
                .contains(JsonPointer.of("complexity"));

        ReadResult<ReadinessAssessment> status = GuidanceCodec.json()
                .read(
                        "{\"capability\": 0.5, \"complexity\": 0.5, \"decisionStatus\": \"maybe\"}",
                        ReadinessAssessment.class);
        assertThat(status.isSuccessful()).isFalse();
        assertThat(status.diagnostics().asList().get(0).location()).isEqualTo(JsonPointer.of("decisionStatus"));
    }

    @Test
    void enumsHaveCodesAndAcceptNames() {
        assertThat(DecisionStatus.fromCode("INDECISIVE")).isEqualTo(DecisionStatus.INDECISIVE);
        assertThat(SafetyNetOutcome.fromCode("finding-what-i-need")).isEqualTo(SafetyNetOutcome.FINDING_WHAT_I_NEED);
        assertThat(Readiness.fromCode("Moderate")).isEqualTo(Readiness.MODERATE);
        assertThat(Capability.fromCode("high")).isEqualTo(Capability.HIGH);
        assertThat(Complexity.fromCode("LOW")).isEqualTo(Complexity.LOW);
        assertThatThrownBy(() -> DecisionStatus.fromCode("maybe"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maybe")
                .hasMessageContaining("decided, undecided or indecisive");
        assertThat(Readiness.LOW.label().resolve(Locale.ENGLISH)).isEqualTo("Low readiness");
        assertThat(DecisionStatus.INDECISIVE.label().resolve(new Locale("nl"))).isEqualTo("Besluiteloos");
    }

    @Test
    void modelCarriesTheResearchCitations() {
        assertThat(MODEL.citations())
                .extracting(c -> c.url())
                .contains(
                        "https://slideplayer.com./amp/14606364",
                        "https://issuhub.com/view/index?id=4663&pageIndex=356",
                        "https://issuhub.com/view/index/4663?pageIndex=355",
                        "https://docsbay.net/doc/398065/career-service-interventions");
    }
}
