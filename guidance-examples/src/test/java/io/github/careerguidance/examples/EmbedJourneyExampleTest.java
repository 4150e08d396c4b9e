/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.profile.ClientProfile;
import io.github.careerguidance.core.profile.EmploymentSituation;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.examples.portal.store.JdbcSessionStore;
import io.github.careerguidance.journeys.engine.ErrorReason;
import io.github.careerguidance.journeys.engine.SessionResult;
import io.github.careerguidance.journeys.engine.StepView;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbedJourneyExampleTest {
    @TempDir
    Path dir;

    @Test
    void aPortalControllerStartsShowsAndSubmitsThroughTheStore() {
        try (JdbcSessionStore store = JdbcSessionStore.h2(dir)) {
            EmbedJourneyExample portal =
                    new EmbedJourneyExample(store, Clock.fixed(Instant.parse("2026-11-30T09:30:00Z"), ZoneOffset.UTC));
            ClientProfile profile = ClientProfile.builder()
                    .employment(EmploymentSituation.UNEMPLOYED_WITH_BENEFIT)
                    .build();
            String id = portal.start("looking-for-work", profile).orElseThrow();
            assertThat(id).hasSize(43);
            assertThat(portal.start("towards-retirement", profile)).isEmpty();

            StepView welkom = portal.show(id).orElseThrow();
            assertThat(welkom.content()).extracting(c -> c.id()).containsExactly("intro", "ww-plicht");
            assertThat(portal.submit(id, "welkom", Map.of()).orElseThrow().isAccepted())
                    .isTrue();

            SessionResult wrong = portal.submit(id, "q-situatie", Map.of("answer", "miljonair"))
                    .orElseThrow();
            assertThat(wrong.isAccepted()).isFalse();
            assertThat(wrong.error().orElseThrow().reason()).isEqualTo(ErrorReason.CHOICE_NOT_OFFERED);
            assertThat(portal.submit(id, "q-situatie", Map.of("answer", " "))).isEmpty();
            assertThat(portal.show(id).orElseThrow().step()).isEqualTo("q-situatie"); // nothing lost

            portal.submit(id, "q-situatie", Map.of("answer", "geen-werk"));
            portal.submit(id, "q-richting", Map.of("answer", "duidelijk"));
            Map<String, String> items = new LinkedHashMap<>();
            for (String dim : new String[] {"concern", "control", "curiosity", "confidence"}) {
                for (int i = 1; i <= 6; i++) {
                    items.put(dim + "-" + i, "3");
                }
            }
            assertThat(portal.submit(id, "zelftest", items).orElseThrow().isAccepted())
                    .isTrue();
            portal.submit(id, "info-opties", Map.of());
            portal.submit(id, "q-vangnet", Map.of("answer", "nee"));
            StepView contact = portal.show(id).orElseThrow();
            assertThat(contact.step()).isEqualTo("contact-adviseur");
            assertThat(contact.supportLevel()).isEqualTo(SupportLevel.BRIEF_STAFF_ASSISTED);
            assertThat(contact.contactOffer().openNow()).isNotEmpty();
            assertThat(portal.show("unknown")).isEmpty();
        }
    }
}
