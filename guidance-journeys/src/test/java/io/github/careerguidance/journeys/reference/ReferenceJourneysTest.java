/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import io.github.careerguidance.core.competence.CasvePhase;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.intake.IntakeCatalogue;
import io.github.careerguidance.journeys.check.JourneyChecker;
import io.github.careerguidance.journeys.format.JourneyFormat;
import io.github.careerguidance.journeys.format.JourneySchema;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.Step;
import io.github.careerguidance.journeys.model.StepKind;
import io.github.careerguidance.testsupport.SchemaValidation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReferenceJourneysTest {

    @Test
    void everyReferenceJourneyPassesTheCheckerWithoutErrorsOrWarnings() {
        assertThat(ReferenceJourneys.all()).hasSize(ReferenceJourneys.IDS.size());
        for (Journey journey : ReferenceJourneys.all()) {
            Diagnostics found = JourneyChecker.ofDefaults().check(journey);
            assertThat(found.asList()).as("%s: %s", journey.id(), found).isEmpty();
        }
    }

    @Test
    void referenceJourneysHaveTheShapeOfCarefulGuidance() {
        for (Journey journey : ReferenceJourneys.all()) {
            assertThat(journey.locales()).containsExactly("nl", "en");
            assertThat(journey.goals()).contains(journey.id());
            assertThat(journey.citations()).isNotEmpty();
            assertThat(journey.steps()).extracting(Step::kind).contains(StepKind.values());
            assertThat(journey.steps()).anyMatch(Step::isReflectionWithProfessional);
            assertThat(journey.steps())
                    .anyMatch(s -> s.question()
                            .map(q -> q.prompt().texts().get("nl").equals("Vind je wat je zoekt?")
                                    && q.choices().stream().anyMatch(c -> c.escalate()))
                            .orElse(false));
            assertThat(journey.steps())
                    .anyMatch(s -> s.content().stream().anyMatch(c -> c.when().isPresent()));
            assertThat(journey.step(journey.start()).orElseThrow().phase()).isEqualTo(CasvePhase.COMMUNICATION);
            assertThat(journey.steps()).filteredOn(Step::isOutcome).allMatch(s -> s.phase() == CasvePhase.EXECUTION);
        }
    }

    @Test
    void referenceJourneysValidateAgainstTheSchemaAndRoundTrip() throws IOException {
        var schema = SchemaValidation.load(JourneySchema.text());
        for (String id : ReferenceJourneys.IDS) {
            try (InputStream in =
                    getClass().getClassLoader().getResourceAsStream(ReferenceJourneys.BASE + id + ".yaml")) {
                String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(SchemaValidation.errors(schema, yaml, InputFormat.YAML))
                        .as(id)
                        .isEmpty();
            }
            Journey journey = ReferenceJourneys.byId(id).orElseThrow();
            assertThat(JourneyFormat.json()
                            .read(JourneyFormat.json().write(journey))
                            .orElseThrow())
                    .isEqualTo(journey);
        }
    }

    @Test
    void theReferenceJourneysServeTheirCatalogueGoalsWithoutDuplicates() {
        Diagnostics found =
                JourneyChecker.ofDefaults().checkCatalogue(ReferenceJourneys.all(), IntakeCatalogue.builtIn());
        assertThat(found.withCode("journeys.catalogue.duplicate-journey").asList())
                .isEmpty();
        assertThat(found.withCode("journeys.catalogue.unknown-goal").asList()).isEmpty();
        assertThat(found.withCode("journeys.catalogue.unserved-goal").asList())
                .extracting(d -> d.arguments().get("goal"))
                .doesNotContain(
                        "first-time-study",
                        "looking-for-work",
                        "became-unemployed",
                        "must-retrain",
                        "switching-careers",
                        "returning-to-work");
    }

    @Test
    void lookupByIdAndGoal() {
        assertThat(ReferenceJourneys.forGoal("must-retrain").map(Journey::id)).contains("must-retrain");
        assertThat(ReferenceJourneys.forGoal("first-time-study").map(Journey::id))
                .contains("first-time-study");
        assertThat(ReferenceJourneys.forGoal("became-unemployed").map(Journey::id))
                .contains("became-unemployed");
        assertThat(ReferenceJourneys.forGoal("switching-careers").map(Journey::id))
                .contains("switching-careers");
        assertThat(ReferenceJourneys.forGoal("returning-to-work").map(Journey::id))
                .contains("returning-to-work");
        assertThat(ReferenceJourneys.forGoal("towards-retirement")).isEmpty();
        assertThat(ReferenceJourneys.byId("looking-for-work")).isPresent();
        assertThat(ReferenceJourneys.byId("nope")).isEmpty();
        assertThatThrownBy(() -> ReferenceJourneys.load("bestaat-niet"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("missing");
    }
}
