/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine;

import static io.github.careerguidance.journeys.engine.EngineFixtures.LOKET;
import static io.github.careerguidance.journeys.engine.EngineFixtures.MONDAY_MORNING;
import static io.github.careerguidance.journeys.engine.EngineFixtures.SATURDAY_NOON;
import static io.github.careerguidance.journeys.engine.EngineFixtures.WW_MBO;
import static io.github.careerguidance.journeys.engine.EngineFixtures.ams;
import static io.github.careerguidance.journeys.engine.EngineFixtures.caas;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.careerguidance.core.contact.ContactChannel;
import io.github.careerguidance.core.contact.ContactPoint;
import io.github.careerguidance.core.contact.OpeningHours;
import io.github.careerguidance.core.contact.TimeRange;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.core.readiness.DecisionStatus;
import io.github.careerguidance.core.readiness.ReadinessAssessment;
import io.github.careerguidance.core.readiness.SafetyNetOutcome;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.journeys.reference.ReferenceJourneys;
import java.util.List;
import org.junit.jupiter.api.Test;

class EscalationTest {
    private static final JourneyEngine ENGINE =
            JourneyEngine.compiler().contactPoints(List.of(LOKET)).compile(EngineFixtures.small());

    @Test
    void theReadinessAssessmentDecidesTheStartingLevel() {
        assertThat(ENGINE.start(WW_MBO).supportLevel()).isEqualTo(SupportLevel.SELF_HELP);
        assertThat(ENGINE.start(WW_MBO, ReadinessAssessment.of(0.8, 0.2)).supportLevel())
                .isEqualTo(SupportLevel.SELF_HELP);
        assertThat(ENGINE.start(WW_MBO, ReadinessAssessment.of(0.8, 0.7)).supportLevel())
                .isEqualTo(SupportLevel.BRIEF_STAFF_ASSISTED);
        Session low = ENGINE.start(WW_MBO, ReadinessAssessment.of(0.2, 0.8));
        assertThat(low.supportLevel()).isEqualTo(SupportLevel.INDIVIDUAL_CASE_MANAGED);
        assertThat(low.events().get(0).readiness()).contains(ReadinessAssessment.of(0.2, 0.8));
        assertThat(low.events().get(0).to()).contains(SupportLevel.INDIVIDUAL_CASE_MANAGED);
        ReadinessAssessment indecisive = ReadinessAssessment.builder()
                .capability(0.9)
                .complexity(0.1)
                .decisionStatus(DecisionStatus.INDECISIVE)
                .build();
        assertThat(ENGINE.start(WW_MBO, indecisive).supportLevel()).isEqualTo(SupportLevel.INDIVIDUAL_CASE_MANAGED);
        JourneyEngine brief = JourneyEngine.compiler()
                .escalation(EscalationPolicy.builder()
                        .defaultLevel(SupportLevel.BRIEF_STAFF_ASSISTED)
                        .build())
                .compile(EngineFixtures.small());
        assertThat(brief.start(WW_MBO).supportLevel()).isEqualTo(SupportLevel.BRIEF_STAFF_ASSISTED);
    }

    @Test
    void theClientCanAlwaysAskForAPerson() {
        Session s = ENGINE.start(WW_MBO);
        SessionResult asked = ENGINE.requestContact(s);
        assertThat(asked.session().supportLevel()).isEqualTo(SupportLevel.BRIEF_STAFF_ASSISTED);
        assertThat(asked.session().step()).isEqualTo("welkom");
        assertThat(asked.events())
                .extracting(SessionEvent::type)
                .containsExactly(EventType.CONTACT_REQUESTED, EventType.ESCALATED);
        assertThat(asked.events().get(1).reason()).contains(EscalationReason.CONTACT_REQUESTED);
        assertThat(asked.events().get(1).from()).contains(SupportLevel.SELF_HELP);
        SessionResult again = ENGINE.requestContact(asked.session());
        assertThat(again.session().supportLevel()).isEqualTo(SupportLevel.BRIEF_STAFF_ASSISTED);
        assertThat(again.events()).extracting(SessionEvent::type).containsExactly(EventType.CONTACT_REQUESTED);
        Session caseManaged = ENGINE.start(WW_MBO, ReadinessAssessment.of(0.1, 0.9));
        assertThat(ENGINE.requestContact(caseManaged).session().supportLevel())
                .isEqualTo(SupportLevel.INDIVIDUAL_CASE_MANAGED);
        StepView view = ENGINE.view(asked.session(), MONDAY_MORNING);
        assertThat(view.supportLevel()).isEqualTo(SupportLevel.BRIEF_STAFF_ASSISTED);
        assertThat(view.contactOffer().active()).isTrue();
    }

    @Test
    void aSafetyNetNoMovesTheClientUpOneLevel() {
        Session s = walkToVangnet(ENGINE.start(WW_MBO));
        SessionResult no = ENGINE.answer(s, "q-vangnet", Answer.choice("nee"));
        assertThat(no.events())
                .extracting(SessionEvent::type)
                .containsExactly(EventType.ANSWERED, EventType.SAFETY_NET_ANSWERED, EventType.ESCALATED);
        assertThat(no.events().get(1).outcome()).contains(SafetyNetOutcome.STRUGGLING);
        assertThat(no.events().get(2).reason()).contains(EscalationReason.SAFETY_NET);
        assertThat(no.session().supportLevel()).isEqualTo(SupportLevel.BRIEF_STAFF_ASSISTED);
        assertThat(no.session().step()).isEqualTo("contact");
        SessionResult yes = ENGINE.answer(s, "q-vangnet", Answer.choice("ja"));
        assertThat(yes.events())
                .extracting(SessionEvent::type)
                .containsExactly(EventType.ANSWERED, EventType.SAFETY_NET_ANSWERED);
        assertThat(yes.events().get(1).outcome()).contains(SafetyNetOutcome.FINDING_WHAT_I_NEED);
        assertThat(yes.session().supportLevel()).isEqualTo(SupportLevel.SELF_HELP);
    }

    @Test
    void aSafetyNetNoAtBriefMovesToCaseManagedAndTheContactStepRaisesToItsLevel() {
        JourneyEngine engine =
                JourneyEngine.compile(ReferenceJourneys.byId("looking-for-work").orElseThrow());
        Session s = engine.start(WW_MBO, ReadinessAssessment.of(0.8, 0.8));
        assertThat(s.supportLevel()).isEqualTo(SupportLevel.BRIEF_STAFF_ASSISTED);
        s = engine.proceed(s, "welkom").orElseThrow();
        s = engine.answer(s, "q-situatie", Answer.choice("geen-werk")).orElseThrow();
        s = engine.answer(s, "q-richting", Answer.choice("duidelijk")).orElseThrow();
        s = engine.assess(s, "zelftest", caas(4)).orElseThrow();
        s = engine.proceed(s, "info-opties").orElseThrow();
        s = engine.answer(s, "q-vangnet", Answer.choice("ja")).orElseThrow();
        s = engine.proceed(s, "gesprek").orElseThrow();
        SessionResult notYet = engine.answer(s, "q-keuze", Answer.choice("nog-niet"));
        assertThat(notYet.session().step()).isEqualTo("contact-begeleiding");
        assertThat(notYet.session().supportLevel()).isEqualTo(SupportLevel.INDIVIDUAL_CASE_MANAGED);
        assertThat(notYet.events())
                .filteredOn(e -> e.type() == EventType.ESCALATED)
                .extracting(e -> e.reason().orElseThrow())
                .containsExactly(EscalationReason.SAFETY_NET);

        JourneyEngine contactStepOnly = JourneyEngine.compiler()
                .escalation(EscalationPolicy.builder().stallVisits(0).build())
                .compile(EngineFixtures.small());
        Session t = contactStepOnly.start(WW_MBO);
        t = contactStepOnly.proceed(t, "welkom").orElseThrow();
        SessionResult fewHours = contactStepOnly.answer(t, "q-uren", Answer.number(4));
        assertThat(fewHours.session().step()).isEqualTo("contact");
        assertThat(fewHours.session().supportLevel()).isEqualTo(SupportLevel.BRIEF_STAFF_ASSISTED);
        assertThat(fewHours.events())
                .filteredOn(e -> e.type() == EventType.ESCALATED)
                .extracting(e -> e.reason().orElseThrow())
                .containsExactly(EscalationReason.CONTACT_STEP);
        JourneyEngine noRaise = JourneyEngine.compiler()
                .escalation(EscalationPolicy.builder().raiseOnContactStep(false).build())
                .compile(EngineFixtures.small());
        Session u = noRaise.proceed(noRaise.start(WW_MBO), "welkom").orElseThrow();
        assertThat(noRaise.answer(u, "q-uren", Answer.number(4)).session().supportLevel())
                .isEqualTo(SupportLevel.SELF_HELP);
    }

    @Test
    void visitingTheSameStepNTimesCountsAsAStall() {
        Session s = ENGINE.proceed(ENGINE.start(WW_MBO), "welkom").orElseThrow();
        s = ENGINE.answer(s, "q-uren", Answer.number(20)).orElseThrow();
        s = ENGINE.back(s).orElseThrow();
        assertThat(s.visits()).containsEntry("q-uren", 2);
        assertThat(s.supportLevel()).isEqualTo(SupportLevel.SELF_HELP);
        s = ENGINE.answer(s, "q-uren", Answer.number(20)).orElseThrow();
        SessionResult third = ENGINE.back(s);
        assertThat(third.session().visits()).containsEntry("q-uren", 3);
        assertThat(third.session().supportLevel()).isEqualTo(SupportLevel.BRIEF_STAFF_ASSISTED);
        assertThat(third.events())
                .extracting(SessionEvent::type)
                .containsExactly(EventType.MOVED_BACK, EventType.ESCALATED);
        assertThat(third.events().get(1).reason()).contains(EscalationReason.STALLED);

        JourneyEngine off = JourneyEngine.compiler()
                .escalation(EscalationPolicy.builder().stallVisits(0).build())
                .compile(EngineFixtures.small());
        Session t = off.proceed(off.start(WW_MBO), "welkom").orElseThrow();
        for (int i = 0; i < 5; i++) {
            t = off.back(off.answer(t, "q-uren", Answer.number(20)).orElseThrow())
                    .orElseThrow();
        }
        assertThat(t.visits()).containsEntry("q-uren", 6);
        assertThat(t.supportLevel()).isEqualTo(SupportLevel.SELF_HELP);
        assertThatThrownBy(() -> EscalationPolicy.builder().stallVisits(1).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stallVisits must be 0 (off) or >= 2 but was 1");
        assertThatThrownBy(() -> EscalationPolicy.builder()
                        .contactRequestLevel(SupportLevel.SELF_HELP)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("self-help");
    }

    @Test
    void theContactOfferListsChannelsThatFitTheLevelOpenNowOrWithTheNextOpening() {
        Session s = ENGINE.start(WW_MBO);
        ContactOffer monday = ENGINE.view(s, MONDAY_MORNING).contactOffer();
        assertThat(monday.level()).isEqualTo(SupportLevel.BRIEF_STAFF_ASSISTED);
        assertThat(monday.active()).isFalse();
        assertThat(monday.options())
                .extracting(ContactOption::channel)
                .containsExactly(ContactChannel.CHAT, ContactChannel.PHONE);
        assertThat(monday.openNow()).hasSize(2);
        assertThat(monday.options().get(1).address()).contains("+31 30 123 4567");
        assertThat(monday.nextOpening()).isEmpty();

        ContactOffer saturday = ENGINE.view(s, SATURDAY_NOON).contactOffer();
        assertThat(saturday.openNow()).isEmpty();
        assertThat(saturday.options())
                .allSatisfy(o -> assertThat(o.nextOpening()).contains(ams("2026-03-30T09:00")));
        assertThat(saturday.options()
                        .get(0)
                        .nextOpeningLocal()
                        .orElseThrow()
                        .toLocalTime()
                        .toString())
                .isEqualTo("09:00");

        Session caseManaged = ENGINE.start(WW_MBO, ReadinessAssessment.of(0.1, 0.9));
        ContactOffer cm = ENGINE.view(caseManaged, MONDAY_MORNING).contactOffer();
        assertThat(cm.level()).isEqualTo(SupportLevel.INDIVIDUAL_CASE_MANAGED);
        assertThat(cm.active()).isTrue();
        assertThat(cm.options())
                .extracting(ContactOption::channel)
                .containsExactly(ContactChannel.VIDEO, ContactChannel.WALK_IN);
        assertThat(cm.openNow()).extracting(ContactOption::channel).containsExactly(ContactChannel.VIDEO);
        assertThat(cm.options().get(1).nextOpening()).contains(ams("2026-03-31T13:00"));

        ContactPoint chatOnly = ContactPoint.builder()
                .id("chat-brief")
                .name(LocalizedText.of("Chat met een adviseur", "Chat with an adviser"))
                .addChannels(ContactChannel.CHAT)
                .hours(OpeningHours.workdays(TimeRange.parse("09:00-17:00")))
                .addSupportLevels(SupportLevel.BRIEF_STAFF_ASSISTED)
                .build();
        assertThat(ENGINE.view(caseManaged, MONDAY_MORNING, List.of(chatOnly))
                        .contactOffer()
                        .options())
                .isEmpty();
        assertThat(ENGINE.view(s, MONDAY_MORNING, List.of(chatOnly))
                        .contactOffer()
                        .options())
                .extracting(ContactOption::contactPoint)
                .containsExactly("chat-brief");
    }

    @Test
    void onAContactStepTheOfferUsesTheStepsChannels() {
        Session s = ENGINE.proceed(ENGINE.start(WW_MBO), "welkom").orElseThrow();
        s = ENGINE.answer(s, "q-uren", Answer.number(4)).orElseThrow();
        StepView view = ENGINE.view(s, ams("2026-03-30T18:30"));
        assertThat(view.contact().orElseThrow().channels()).containsExactly(ContactChannel.CHAT, ContactChannel.PHONE);
        assertThat(view.contactOffer().options())
                .extracting(ContactOption::channel)
                .containsExactly(ContactChannel.CHAT, ContactChannel.PHONE);
        assertThat(view.contactOffer().openNow()).isEmpty();
        assertThat(view.contactOffer().nextOpening()).contains(ams("2026-03-31T09:00"));
    }

    @Test
    void viewsAndOffersRoundTripAsJson() {
        StepView view = ENGINE.view(ENGINE.start(WW_MBO, ReadinessAssessment.of(0.1, 0.9)), SATURDAY_NOON);
        String json = GuidanceCodec.json().write(view);
        assertThat(GuidanceCodec.json().read(json, StepView.class).orElseThrow())
                .isEqualTo(view);
        assertThat(GuidanceCodec.json()
                        .read(GuidanceCodec.json().write(EscalationPolicy.ofDefaults()), EscalationPolicy.class)
                        .orElseThrow())
                .isEqualTo(EscalationPolicy.ofDefaults());
    }

    private static Session walkToVangnet(Session s) {
        s = ENGINE.proceed(s, "welkom").orElseThrow();
        s = ENGINE.answer(s, "q-uren", Answer.number(32)).orElseThrow();
        s = ENGINE.answer(s, "q-wens", Answer.choice("onderwijs")).orElseThrow();
        s = ENGINE.answer(s, "q-toelichting", Answer.text("Kinderen iets leren"))
                .orElseThrow();
        s = ENGINE.answer(s, "q-zeker", Answer.number(2)).orElseThrow();
        s = ENGINE.assess(s, "zelftest", caas(3)).orElseThrow();
        return ENGINE.proceed(s, "info-opties").orElseThrow();
    }
}
