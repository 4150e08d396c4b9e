/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.handover.desk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.contact.ContactChannel;
import io.github.careerguidance.core.plan.ActionPlan;
import io.github.careerguidance.core.profile.AgeBand;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.core.profile.ClientProfile;
import io.github.careerguidance.core.profile.EducationLevel;
import io.github.careerguidance.core.profile.EmploymentSituation;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.engine.Session;
import io.github.careerguidance.journeys.engine.SessionResult;
import io.github.careerguidance.journeys.handover.HandoverReason;
import io.github.careerguidance.journeys.handover.HandoverRequest;
import io.github.careerguidance.journeys.handover.HandoverRouter;
import io.github.careerguidance.journeys.handover.RouteQuery;
import io.github.careerguidance.journeys.handover.sink.InMemoryHandoverSink;
import io.github.careerguidance.journeys.handover.spi.HandoverException;
import io.github.careerguidance.journeys.model.Step;
import io.github.careerguidance.journeys.reference.ReferenceJourneys;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The engine's sessions become handover requests: own request, safety net, stall and a follow-up behind on the plan. */
class HandoverDeskTest {
    static final ClientProfile CLIENT = ClientProfile.builder()
            .ageBand(AgeBand.AGE_45_54)
            .educationLevel(EducationLevel.MBO_3)
            .employment(EmploymentSituation.UNEMPLOYED_WITH_BENEFIT)
            .goal("became-unemployed")
            .build();
    static final java.time.Instant NOW = java.time.Instant.parse("2026-12-07T09:00:00Z");
    /** Illustrative only: an invented routing table with one desk for the invented region "noord". */
    static final io.github.careerguidance.journeys.handover.RoutingTable ROUTING =
            io.github.careerguidance.journeys.handover.HandoverFormat.yaml()
                    .readRoutingTable(
                            "contactPoints:\n"
                                    + "  - {id: loket-noord, name: {nl: Loket Noord (voorbeeld), en: Desk North (example)}, channels: [phone],"
                                    + " hours: {weekly: {MONDAY: [{start: \"09:00\", end: \"17:00\"}], TUESDAY: [{start: \"09:00\", end: \"17:00\"}],"
                                    + " WEDNESDAY: [{start: \"09:00\", end: \"17:00\"}]}}, supportLevels: [self-help, brief-staff-assisted]}\n"
                                    + "pc4: {\"9711\": noord}\nregions: {noord: [loket-noord]}\nnationalDefault: [loket-noord]\n")
                    .orElseThrow();

    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final RouteQuery NOORD = RouteQuery.builder().postcode("9711 AB").build();

    static final JourneyEngine UNEMPLOYED = JourneyEngine.compiler()
            .clock(CLOCK)
            .compile(ReferenceJourneys.byId("became-unemployed").orElseThrow());
    static final JourneyEngine FOLLOW_UP = JourneyEngine.compiler()
            .clock(CLOCK)
            .compile(ReferenceJourneys.byId("became-unemployed-follow-up").orElseThrow());

    static HandoverDesk desk(JourneyEngine engine, InMemoryHandoverSink sink) {
        return HandoverDesk.of(engine, HandoverRouter.of(ROUTING)).withSink(sink);
    }

    static Session toOutcome(Map<String, Answer> script) {
        Session s = UNEMPLOYED.start(CLIENT);
        for (int i = 0; i < 40 && !s.completed(); i++) {
            Step step = UNEMPLOYED.journey().step(s.step()).orElseThrow();
            switch (step.kind()) {
                case QUESTION:
                    s = UNEMPLOYED.answer(s, step.id(), script.get(step.id())).session();
                    break;
                case ASSESSMENT:
                    s = UNEMPLOYED.assess(s, step.id(), caas()).session();
                    break;
                default:
                    s = UNEMPLOYED.proceed(s, step.id()).session();
            }
        }
        return s;
    }

    static Map<String, Integer> caas() {
        Map<String, Integer> responses = new java.util.LinkedHashMap<>();
        for (String scale : new String[] {"concern", "control", "curiosity", "confidence"}) {
            for (int i = 1; i <= 6; i++) {
                responses.put(scale + "-" + i, 4);
            }
        }
        return responses;
    }

    static final Map<String, Answer> SCRIPT = Map.of(
            "q-gevoel",
            Answer.number(4),
            "q-werkvorm",
            Answer.choice("contract"),
            "q-ww",
            Answer.choice("aangevraagd"),
            "q-richting",
            Answer.choice("zelfde"),
            "q-vangnet",
            Answer.choice("ja"),
            "q-keuze",
            Answer.choice("solliciteren"),
            "q-lukt",
            Answer.choice("ja"));

    @Test
    void anOwnRequestBecomesARoutedRequestWithACallbackWindowInTheSink() {
        InMemoryHandoverSink sink = new InMemoryHandoverSink(CLOCK);
        HandoverDesk desk = desk(UNEMPLOYED, sink);
        Session s = UNEMPLOYED.start(CLIENT);
        assertThat(desk.reason(s)).isEmpty();
        assertThat(desk.handOver(s, ContactChannel.PHONE, NOORD)).isEmpty();
        SessionResult r = UNEMPLOYED.requestContact(s);
        HandoverResult result = desk.after(r, ContactChannel.PHONE, NOORD).orElseThrow();
        assertThat(result.isHandedOver()).isTrue();
        HandoverRequest request = result.request();
        assertThat(request.reason()).isEqualTo(HandoverReason.OWN_REQUEST);
        assertThat(request.supportLevel()).isEqualTo(r.session().supportLevel());
        assertThat(request.preferredChannel()).isEqualTo(ContactChannel.PHONE);
        assertThat(request.contactPoint()).isEqualTo("loket-noord");
        assertThat(request.callbackWindow().orElseThrow().businessDays()).isEqualTo(HandoverDesk.DEFAULT_BUSINESS_DAYS);
        assertThat(request.createdAt()).isEqualTo(NOW);
        assertThat(request.plan()).isEmpty();
        assertThat(sink.requests()).containsExactly(request);
        // an operation that gives no reason hands nothing over
        assertThat(desk.after(UNEMPLOYED.proceed(r.session(), "welkom"), ContactChannel.PHONE, NOORD))
                .isEmpty();
    }

    @Test
    void aFailedSafetyNetIsTheReasonAndWithoutASinkOnlyTheRequestIsBuilt() {
        HandoverDesk bare = HandoverDesk.of(UNEMPLOYED, HandoverRouter.of(ROUTING));
        Session s = UNEMPLOYED.proceed(UNEMPLOYED.start(CLIENT), "welkom").session();
        s = UNEMPLOYED.answer(s, "q-gevoel", Answer.number(4)).session();
        s = UNEMPLOYED.answer(s, "q-werkvorm", Answer.choice("flex")).session();
        SessionResult r = UNEMPLOYED.answer(s, "q-ww", Answer.choice("weet-niet"));
        HandoverResult result = bare.after(r, ContactChannel.PHONE, NOORD).orElseThrow();
        assertThat(result.request().reason()).isEqualTo(HandoverReason.SAFETY_NET);
        assertThat(result.receipt()).isEmpty();
        assertThat(result.failure()).isEmpty();
        assertThat(bare.reason(r.session())).contains(HandoverReason.SAFETY_NET);
    }

    @Test
    void aFollowUpBehindOnThePlanIsHandedOverAsPlanBehindWithThePlanReference() {
        Session done = toOutcome(SCRIPT);
        ActionPlan plan = UNEMPLOYED.view(done, NOW).plan().orElseThrow().accept(LocalDate.of(2026, 12, 7));
        InMemoryHandoverSink sink = new InMemoryHandoverSink(CLOCK);
        HandoverDesk desk = desk(FOLLOW_UP, sink);
        Session s = FOLLOW_UP.startFollowUp(CLIENT, plan, LocalDate.of(2027, 1, 4));
        s = FOLLOW_UP.proceed(s, "welkom").session();
        s = FOLLOW_UP.answer(s, "q-cv", Answer.choice("done")).session();
        s = FOLLOW_UP.answer(s, "q-netwerk", Answer.choice("done")).session();
        s = FOLLOW_UP.answer(s, "q-sollicitaties", Answer.number(2)).session();
        SessionResult r = FOLLOW_UP.answer(s, "q-vangnet", Answer.choice("ja"));
        assertThat(r.session().step()).isEqualTo("reflectie-achterstand");
        HandoverResult result = desk.after(r, ContactChannel.PHONE, NOORD).orElseThrow();
        assertThat(result.request().reason()).isEqualTo(HandoverReason.PLAN_BEHIND);
        assertThat(result.request().plan().orElseThrow().id()).isEqualTo(plan.id());
        assertThat(result.request().plan().orElseThrow().version()).isEqualTo(Integer.toString(plan.version()));
        assertThat(sink.size()).isEqualTo(1);
        assertThat(desk.reason(r.session())).contains(HandoverReason.PLAN_BEHIND);
        assertThat(r.session().supportLevel()).isEqualTo(SupportLevel.SELF_HELP);
    }

    @Test
    void aSinkThatRefusesGivesTheReasonNotAnException() {
        HandoverDesk desk = HandoverDesk.of(UNEMPLOYED, HandoverRouter.of(ROUTING))
                .withSink(request -> {
                    throw new HandoverException(HandoverException.Reason.UNAVAILABLE, request.id(), "down", null);
                });
        HandoverResult result = desk.handOver(
                        UNEMPLOYED.requestContact(UNEMPLOYED.start(CLIENT)).session(), ContactChannel.PHONE, NOORD)
                .orElseThrow();
        assertThat(result.isHandedOver()).isFalse();
        assertThat(result.failure()).contains(HandoverException.Reason.UNAVAILABLE);
    }
}
