/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine;

import static io.github.careerguidance.journeys.engine.EngineFixtures.WW_MBO;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.core.readiness.SupportLevel;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class SessionListenerTest {

    @Test
    void listenersReceiveTheEventsOfEveryAcceptedOperationOnly() {
        List<SessionEvent> heard = new CopyOnWriteArrayList<>();
        List<SupportLevel> alerts = new CopyOnWriteArrayList<>();
        JourneyEngine engine = JourneyEngine.compiler()
                .listener((session, events) -> heard.addAll(events))
                .listener((session, events) -> events.stream()
                        .filter(e -> e.type() == EventType.ESCALATED)
                        .forEach(e -> alerts.add(session.supportLevel())))
                .compile(EngineFixtures.small());
        Session s = engine.start(WW_MBO);
        assertThat(heard).containsExactlyElementsOf(s.events());
        assertThat(engine.answer(s, "q-uren", Answer.number(3)).isAccepted()).isFalse();
        s = engine.proceed(s, "welkom").orElseThrow();
        s = engine.answer(s, "q-uren", Answer.number(3)).orElseThrow();
        s = engine.back(s).orElseThrow();
        s = engine.requestContact(s).orElseThrow();
        assertThat(heard).containsExactlyElementsOf(s.events());
        assertThat(alerts).containsExactly(SupportLevel.BRIEF_STAFF_ASSISTED);

        int before = heard.size();
        assertThat(engine.replay(s.events()).orElseThrow()).isEqualTo(s);
        assertThat(engine.resume(engine.store(s)).orElseThrow()).isEqualTo(s);
        assertThat(heard).hasSize(before);

        JourneyEngine newer = JourneyEngine.compiler()
                .listener((session, events) -> heard.addAll(events))
                .compile(EngineFixtures.small("1.1.0", true));
        Session moved = newer.resume(s).orElseThrow();
        assertThat(heard.subList(before, heard.size())).containsExactly(SessionEvent.resumed("1.0.0", "1.1.0"));
        assertThat(moved.version()).isEqualTo("1.1.0");
    }
}
