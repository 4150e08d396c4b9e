/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine;

import static io.github.careerguidance.journeys.engine.EngineFixtures.MONDAY_MORNING;
import static io.github.careerguidance.journeys.engine.EngineFixtures.WW_MBO;
import static io.github.careerguidance.journeys.engine.EngineFixtures.caas;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.core.profile.ClientProfile;
import io.github.careerguidance.core.readiness.ReadinessAssessment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnonymizeTest {
    private static final JourneyEngine ENGINE = JourneyEngine.compiler()
            .contactPoints(List.of(EngineFixtures.LOKET))
            .compile(EngineFixtures.small());

    private static Session busy() {
        Session s = ENGINE.start(WW_MBO, ReadinessAssessment.of(0.9, 0.1));
        s = ENGINE.proceed(s, "welkom").orElseThrow();
        s = ENGINE.answer(s, "q-uren", Answer.number(32)).orElseThrow();
        s = ENGINE.answer(s, "q-wens", Answer.choices("zorg", "onderwijs")).orElseThrow();
        s = ENGINE.requestContact(s).orElseThrow();
        s = ENGINE.answer(s, "q-toelichting", Answer.text("Buurvrouw Jannie werkt in de thuiszorg"))
                .orElseThrow();
        s = ENGINE.back(s).orElseThrow();
        s = ENGINE.answer(s, "q-toelichting", Answer.text("Ik wil voor mensen zorgen"))
                .orElseThrow();
        s = ENGINE.answer(s, "q-zeker", Answer.number(2)).orElseThrow();
        return ENGINE.assess(s, "zelftest", caas(2)).orElseThrow();
    }

    @Test
    void keepsWhatStatisticsNeed() {
        Session s = busy();
        Session a = s.anonymize();
        assertThat(a.journey()).isEqualTo(s.journey());
        assertThat(a.version()).isEqualTo(s.version());
        assertThat(a.step()).isEqualTo(s.step());
        assertThat(a.supportLevel()).isEqualTo(s.supportLevel());
        assertThat(a.completed()).isEqualTo(s.completed());
        assertThat(a.path()).isEqualTo(s.path());
        assertThat(a.visits()).isEqualTo(s.visits());
        assertThat(a.events()).hasSameSizeAs(s.events());
        for (int i = 0; i < s.events().size(); i++) {
            SessionEvent before = s.events().get(i);
            SessionEvent after = a.events().get(i);
            assertThat(after.step()).isEqualTo(before.step());
            if (before.type() == EventType.ANSWERED || before.type() == EventType.ASSESSED) {
                assertThat(after.type()).isEqualTo(EventType.PROCEEDED);
            } else if (before.type() != EventType.STARTED) {
                assertThat(after).isEqualTo(before);
            }
        }
        assertThat(a.events()).anySatisfy(e -> assertThat(e.type()).isEqualTo(EventType.ESCALATED));
        assertThat(a.events().get(0).to()).isEqualTo(s.events().get(0).to());
    }

    @Test
    void dropsAnswersProfileReadinessResponsesAndScores() {
        Session s = busy();
        Session a = s.anonymize();
        assertThat(a.answers()).isEmpty();
        assertThat(a.scores()).isEmpty();
        assertThat(a.profile()).isEqualTo(ClientProfile.anonymous());
        assertThat(a.events().get(0).readiness()).isEmpty();
        assertThat(a.events()).allSatisfy(e -> {
            assertThat(e.answer()).isEmpty();
            assertThat(e.responses()).isEmpty();
        });
        String stored = ENGINE.store(a);
        assertThat(stored)
                .doesNotContain("Jannie")
                .doesNotContain("zorgen")
                .doesNotContain("onderwijs")
                .doesNotContain("mbo")
                .doesNotContain("unemployed")
                .doesNotContain("capability")
                .doesNotContain("concern")
                .doesNotContain("caas");
        assertThat(ENGINE.store(s)).contains("Jannie").contains("mbo-3").contains("concern-1");
        assertThat(s.answers()).isNotEmpty();
    }

    @Test
    void theRecordStoresResumesAndViewsButIsNotReplayed() {
        Session a = busy().anonymize();
        assertThat(ENGINE.store(a)).startsWith("{\"format\":2");
        Session resumed = ENGINE.resume(ENGINE.store(a)).orElseThrow();
        assertThat(resumed).isEqualTo(a);
        assertThat(ENGINE.view(resumed, MONDAY_MORNING).step()).isEqualTo(a.step());
        assertThat(ENGINE.replay(a.events()).isSuccessful()).isFalse();
        assertThat(a.anonymize()).isEqualTo(a);
    }

    @Test
    void anonymousWalksOfEveryLengthStayConsistent() {
        Session s = ENGINE.start(WW_MBO);
        List<Session> walk = new ArrayList<>(List.of(s));
        s = ENGINE.proceed(s, "welkom").orElseThrow();
        walk.add(s);
        s = ENGINE.answer(s, "q-uren", Answer.number(4)).orElseThrow();
        walk.add(s);
        for (Session each : walk) {
            Session a = each.anonymize();
            assertThat(ENGINE.resume(ENGINE.store(a)).orElseThrow()).isEqualTo(a);
            assertThat(a.path()).isEqualTo(each.path());
        }
    }
}
