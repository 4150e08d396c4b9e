/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.competence.Instrument;
import io.github.careerguidance.core.competence.Item;
import io.github.careerguidance.core.contact.ContactPoint;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.core.profile.ClientProfile;
import io.github.careerguidance.core.profile.EmploymentSituation;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.journeys.check.JourneyChecker;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.reference.ReferenceJourneys;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's embedding example, kept compiling and passing. Keep the marked block in sync with the README. */
class EmbeddingExampleTest {
    private final ContactPoint loket = EngineFixtures.LOKET;
    private final Instant now = EngineFixtures.MONDAY_MORNING;
    private final List<StepView> shown = new ArrayList<>();

    @Test
    void embedding() {
        // --- README: embedding example ---
        // At start-up: load, check and compile once; engines are immutable and shared by all visitors.
        Journey journey = ReferenceJourneys.byId("looking-for-work").orElseThrow();
        Diagnostics found = JourneyChecker.ofDefaults().check(journey); // nl/en messages, JSON Pointers
        JourneyEngine engine =
                JourneyEngine.compiler().contactPoints(List.of(loket)).compile(journey);
        JourneyRouter router = JourneyRouter.of(List.of(engine));

        // Per visitor: route the intake goal, start, then one step per request.
        ClientProfile profile = ClientProfile.builder()
                .employment(EmploymentSituation.UNEMPLOYED_WITH_BENEFIT)
                .build();
        JourneyEngine chosen = router.route("looking-for-work", profile).orElseThrow();
        String stored = chosen.store(chosen.start(profile)); // keep the JSON in your database
        Map<String, Answer> clicks = Map.of(
                "q-situatie",
                Answer.choice("geen-werk"),
                "q-richting",
                Answer.choice("duidelijk"),
                "q-vangnet",
                Answer.choice("nee"),
                "q-keuze",
                Answer.choice("ja"),
                "q-lukt",
                Answer.choice("ja"));
        Session session = chosen.resume(stored).orElseThrow();
        while (!session.completed()) {
            StepView view = chosen.view(session, now); // narrowed content + contact offer
            show(view);
            SessionResult result = switch (view.kind()) {
                case QUESTION -> chosen.answer(session, view.step(), clicks.get(view.step()));
                case ASSESSMENT ->
                    chosen.assess(
                            session, view.step(), responses(view.instrument().orElseThrow()));
                default -> chosen.proceed(session, view.step());
            };
            // rejected? show result.error().get().message(locale); result.session() is then unchanged
            session = chosen.resume(chosen.store(result.session())).orElseThrow(); // next request
        }
        show(chosen.view(session, now)); // the outcome: a plan or a referral
        // --- end of README example ---

        assertThat(found.hasErrors()).isFalse();
        assertThat(session.step()).isEqualTo("plan");
        assertThat(shown.get(0).content()).extracting(c -> c.id()).containsExactly("intro", "ww-plicht");
        // "nee" on the safety net: one level up and a contact step with an open chat
        StepView contact = shown.stream()
                .filter(v -> v.step().equals("contact-adviseur"))
                .findFirst()
                .orElseThrow();
        assertThat(contact.supportLevel()).isEqualTo(SupportLevel.BRIEF_STAFF_ASSISTED);
        assertThat(contact.contactOffer().openNow()).isNotEmpty();
        assertThat(shown.get(shown.size() - 1).outcome()).isPresent();
        assertThat(chosen.replay(session.events()).orElseThrow()).isEqualTo(session);
    }

    private void show(StepView view) {
        shown.add(view);
    }

    /** The portal collects these from the client; the built-in CAAS ships no item texts. */
    private static Map<String, Integer> responses(Instrument instrument) {
        Map<String, Integer> responses = new LinkedHashMap<>();
        for (Item item : instrument.items()) {
            responses.put(item.id(), 4);
        }
        return responses;
    }
}
