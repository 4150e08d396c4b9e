/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.handover;

import io.github.careerguidance.core.calendar.CallbackWindow;
import io.github.careerguidance.core.contact.ContactChannel;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.core.profile.Region;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.journeys.summary.PlanReference;
import io.github.careerguidance.journeys.summary.ShareConsent;
import io.github.careerguidance.journeys.summary.SharedSummary;
import io.github.careerguidance.journeys.summary.SummarySource;
import java.time.Instant;
import java.util.Random;

/**
 * Test data. <b>Illustrative only:</b> the postcodes, regions and contact points below are invented for the tests;
 * they are not a real routing table (guidance ships none).
 */
final class HandoverFixtures {
    static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    private static final String WEEKDAYS = "{weekly: {MONDAY: [{start: \"09:00\", end: \"17:00\"}],"
            + " TUESDAY: [{start: \"09:00\", end: \"17:00\"}], WEDNESDAY: [{start: \"09:00\", end: \"17:00\"}],"
            + " THURSDAY: [{start: \"09:00\", end: \"17:00\"}], FRIDAY: [{start: \"09:00\", end: \"17:00\"}]}}";

    static final String ROUTING_YAML = ""
            + "# ILLUSTRATIVE TEST DATA: invented postcodes, regions and contact points, not a real routing table\n"
            + "contactPoints:\n"
            + "  - {id: loket-noord, name: {nl: Loket Noord (voorbeeld), en: Desk North (example)},"
            + " channels: [phone, email], hours: " + WEEKDAYS + ", supportLevels: [brief-staff-assisted]}\n"
            + "  - {id: loket-noord-case, name: {nl: Trajectbegeleiding Noord (voorbeeld), en: Case work North (example)},"
            + " channels: [video], hours: " + WEEKDAYS + ", supportLevels: [individual-case-managed]}\n"
            + "  - {id: loket-zuid, name: {nl: Loket Zuid (voorbeeld), en: Desk South (example)},"
            + " channels: [phone], hours: " + WEEKDAYS + ", supportLevels: [brief-staff-assisted]}\n"
            + "  - {id: landelijk, name: {nl: Landelijke lijn (voorbeeld), en: National line (example)},"
            + " channels: [phone, chat, email], hours: " + WEEKDAYS + ","
            + " supportLevels: [brief-staff-assisted, individual-case-managed]}\n"
            + "postcodes: {\"9999ZZ\": zuid}\n"
            + "pc4: {\"9711\": noord}\n"
            + "pc4Ranges:\n"
            + "  - {from: 9700, to: 9799, region: noord}\n"
            + "  - {from: 5000, to: 5999, region: zuid}\n"
            + "regions: {noord: [loket-noord, loket-noord-case], zuid: [loket-zuid], leeg: []}\n"
            + "nationalDefault: [landelijk]\n";

    private HandoverFixtures() {}

    static RoutingTable table() {
        return HandoverFormat.yaml().readRoutingTable(ROUTING_YAML).orElseThrow();
    }

    static HandoverRequest fullRequest() {
        String id = "ho-1";
        SharedSummary summary = SharedSummary.from(
                ShareConsent.builder()
                        .givenAt(NOW)
                        .addAnswer("q-situatie")
                        .handover(true)
                        .plan(true)
                        .build(),
                SummarySource.builder()
                        .putAnswer("q-situatie", Answer.choice("ontslagen"))
                        .putAnswer("q-geheim", Answer.text("niet gedeeld"))
                        .handoverRequestId(id)
                        .plan(PlanReference.of("plan-1", "2"))
                        .build(),
                "sum-1",
                NOW,
                NOW.plusSeconds(30 * 86_400L));
        return HandoverRequest.builder()
                .id(id)
                .createdAt(NOW)
                .reason(HandoverReason.SAFETY_NET)
                .supportLevel(SupportLevel.BRIEF_STAFF_ASSISTED)
                .preferredChannel(ContactChannel.PHONE)
                .callbackWindow(CallbackWindow.builder()
                        .earliest(NOW)
                        .latest(NOW.plusSeconds(2 * 86_400L))
                        .businessDays(2)
                        .build())
                .contactPoint("loket-noord")
                .region(Region.labourMarketRegion("noord"))
                .routeLevel(RouteLevel.PC4)
                .addPriorityGroup("recent-job-loss")
                .sessionId("s-81")
                .plan(PlanReference.of("plan-1", "2"))
                .summary(summary)
                .build();
    }

    static HandoverRequest randomRequest(Random random) {
        ImmutableHandoverRequest.Builder b = HandoverRequest.builder()
                .id("ho-" + random.nextInt(1_000_000))
                .createdAt(NOW.plusSeconds(random.nextInt(1_000_000)))
                .reason(HandoverReason.values()[random.nextInt(HandoverReason.values().length)])
                .supportLevel(SupportLevel.values()[random.nextInt(SupportLevel.values().length)])
                .preferredChannel(ContactChannel.values()[random.nextInt(ContactChannel.values().length)])
                .contactPoint("cp-" + random.nextInt(50));
        HandoverRequest base = b.build();
        if (random.nextBoolean()) {
            Instant earliest = base.createdAt().plusSeconds(random.nextInt(100_000));
            b.callbackWindow(CallbackWindow.builder()
                    .earliest(earliest)
                    .latest(earliest.plusSeconds(random.nextInt(500_000)))
                    .businessDays(random.nextInt(6))
                    .build());
        }
        if (random.nextBoolean()) {
            b.region(
                    random.nextBoolean()
                            ? Region.labourMarketRegion("regio " + random.nextInt(35))
                            : Region.province("NL-UT"));
        }
        if (random.nextBoolean()) {
            b.routeLevel(RouteLevel.values()[random.nextInt(RouteLevel.values().length)]);
        }
        for (int i = 0; i < random.nextInt(3); i++) {
            b.addPriorityGroup("groep-" + random.nextInt(5));
        }
        if (random.nextBoolean()) {
            b.sessionId("s-" + random.nextInt(999));
        }
        if (random.nextBoolean()) {
            b.plan(PlanReference.of("plan-" + random.nextInt(99), "v" + random.nextInt(9)));
        }
        if (random.nextBoolean()) {
            b.summary(SharedSummary.from(
                    ShareConsent.builder()
                            .givenAt(base.createdAt())
                            .addAnswer("q-1")
                            .handover(random.nextBoolean())
                            .build(),
                    SummarySource.builder()
                            .putAnswer("q-1", Answer.number(random.nextInt(10)))
                            .handoverRequestId(base.id())
                            .build(),
                    "sum-" + random.nextInt(99),
                    base.createdAt(),
                    base.createdAt().plusSeconds(86_400)));
        }
        return b.build();
    }
}
