/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.simulation;

import io.github.careerguidance.core.citation.Citation;
import io.github.careerguidance.core.contact.ContactChannel;
import io.github.careerguidance.core.plan.ActionKind;
import io.github.careerguidance.core.plan.ActionPlan;
import io.github.careerguidance.core.plan.PlanAction;
import io.github.careerguidance.core.plan.PlanDate;
import io.github.careerguidance.core.plan.PlanGoal;
import io.github.careerguidance.core.plan.Recurrence;
import io.github.careerguidance.core.plan.Review;
import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.journeys.handover.HandoverFormat;
import io.github.careerguidance.journeys.handover.HandoverRouter;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Test data for the plan follow-up. <b>Illustrative only:</b> the plan is shaped like a WW plan (the duty of 4
 * job-search activities per 4 weeks is UWV's rule), but the routing table's postcodes, regions and contact points
 * are invented; they are not a real routing table.
 */
final class PlanFixtures {
    private static final String WEEKDAYS = "{weekly: {MONDAY: [{start: \"09:00\", end: \"17:00\"}],"
            + " TUESDAY: [{start: \"09:00\", end: \"17:00\"}], WEDNESDAY: [{start: \"09:00\", end: \"17:00\"}],"
            + " THURSDAY: [{start: \"09:00\", end: \"17:00\"}], FRIDAY: [{start: \"09:00\", end: \"17:00\"}]}}";

    static final String ROUTING_YAML = ""
            + "# ILLUSTRATIVE TEST DATA: invented postcodes, regions and contact points, not a real routing table\n"
            + "contactPoints:\n"
            + "  - {id: werkplein-noord, name: {nl: Werkplein Noord (voorbeeld), en: Work square North (example)},"
            + " channels: [phone, chat, video, walk-in, email], hours: " + WEEKDAYS + ","
            + " supportLevels: [self-help, brief-staff-assisted, individual-case-managed]}\n"
            + "  - {id: werkplein-zuid, name: {nl: Werkplein Zuid (voorbeeld), en: Work square South (example)},"
            + " channels: [phone, chat, video, walk-in], hours: " + WEEKDAYS + ","
            + " supportLevels: [self-help, brief-staff-assisted, individual-case-managed]}\n"
            + "  - {id: landelijk, name: {nl: Landelijke lijn (voorbeeld), en: National line (example)},"
            + " channels: [phone, chat, video, walk-in, email], hours: " + WEEKDAYS + ","
            + " supportLevels: [self-help, brief-staff-assisted, individual-case-managed]}\n"
            + "pc4Ranges:\n"
            + "  - {from: 9700, to: 9799, region: noord}\n"
            + "  - {from: 5600, to: 5699, region: zuid}\n"
            + "regions: {noord: [werkplein-noord], zuid: [werkplein-zuid]}\n"
            + "nationalDefault: [landelijk]\n";

    private PlanFixtures() {}

    static HandoverRouter router() {
        return HandoverRouter.of(
                HandoverFormat.yaml().readRoutingTable(ROUTING_YAML).orElseThrow());
    }

    /**
     * A WW-like plan over 12 weeks: update the CV within 14 days, a course within 6 weeks, call the work coach
     * within a week, 4 applications per 4 weeks (3 periods), and a review with a professional after the given days.
     */
    static ActionPlan wwPlan(int reviewDays) {
        LocalizedText werk = LocalizedText.of("Nieuw werk", "New work");
        return ActionPlan.builder()
                .id("plan-ww")
                .version(1)
                .intakeGoal("became-unemployed")
                .horizon(PlanDate.afterAcceptance(Period.ofDays(84)))
                .addGoals(PlanGoal.of("werk", werk, "became-unemployed"))
                .addActions(action("cv", ActionKind.TASK, 14))
                .addActions(action("cursus", ActionKind.LEARNING, 42))
                .addActions(action("bellen", ActionKind.CONTACT, 7))
                .addActions(PlanAction.builder()
                        .id("ww-sollicitaties")
                        .goal("werk")
                        .kind(ActionKind.RECURRING_OBLIGATION)
                        .title(LocalizedText.of("Solliciteer", "Apply for jobs"))
                        .recurrence(Recurrence.builder()
                                .count(4)
                                .period(Period.ofDays(28))
                                .evidence(LocalizedText.of(
                                        "Vier activiteiten in je Werkmap", "Four activities in your Werkmap"))
                                .citation(Citation.of(
                                        "UWV: when receiving unemployment benefit",
                                        "https://www.uwv.nl/en/individuals/unemployment-benefit/when-receiving"))
                                .build())
                        .build())
                .addReviews(Review.builder()
                        .id("evaluatie-1")
                        .when(PlanDate.afterAcceptance(Period.ofDays(reviewDays)))
                        .channel(ContactChannel.VIDEO)
                        .prepare(LocalizedText.of("Neem je Werkmap mee", "Bring your Werkmap"))
                        .professional(LocalizedText.of("werkcoach", "work coach"))
                        .build())
                .build();
    }

    /**
     * A plan like {@link #wwPlan(int)} with other due days for its three one-off actions and another recurrence.
     *
     * @param reviewDays the review, days after acceptance (0 to 84)
     * @param dueDays the due days of the task, the learning action and the contact (each 0 or more)
     * @param count activities per period
     * @param periodDays the length of a period in days
     */
    static ActionPlan plan(int reviewDays, int[] dueDays, int count, int periodDays) {
        ActionPlan ww = wwPlan(reviewDays);
        PlanAction obligation = ww.action("ww-sollicitaties").orElseThrow();
        return io.github.careerguidance.core.plan.ImmutableActionPlan.copyOf(ww)
                .withActions(java.util.List.of(
                        action("cv", ActionKind.TASK, dueDays[0]),
                        action("cursus", ActionKind.LEARNING, dueDays[1]),
                        action("bellen", ActionKind.CONTACT, dueDays[2]),
                        PlanAction.builder()
                                .from(obligation)
                                .recurrence(Recurrence.builder()
                                        .from(obligation.recurrence().orElseThrow())
                                        .count(count)
                                        .period(Period.ofDays(periodDays))
                                        .build())
                                .build()));
    }

    private static PlanAction action(String id, ActionKind kind, int dueDays) {
        return PlanAction.builder()
                .id(id)
                .goal("werk")
                .kind(kind)
                .title(LocalizedText.of(id, id))
                .due(PlanDate.afterAcceptance(Period.ofDays(dueDays)))
                .build();
    }

    /** Clients who all complete the looking-for-work journey (no drop-out, defaults), with a follow-up behaviour. */
    static PopulationModel population(FollowUpBehaviour behaviour) {
        return PopulationModel.builder()
                .id("plannen")
                .putGoal("looking-for-work", 1.0)
                .profile(ProfileMix.builder()
                        .putEmployment("unemployed-with-benefit", 1.0)
                        .putRegion("noord", 0.5)
                        .putRegion("zuid", 0.5)
                        .build())
                .putChannel("phone", 1.0)
                .followUp(behaviour)
                .build();
    }

    /** The same miss hazard for every action kind. */
    static FollowUpBehaviour hazard(double hazard, double noShow, double uptake) {
        ImmutableFollowUpBehaviour.Builder b =
                FollowUpBehaviour.builder().reviewNoShow(noShow).uptake(uptake);
        for (ActionKind kind : ActionKind.values()) {
            b.putMissHazard(kind.code(), hazard);
        }
        return b.build();
    }

    static Map<String, Double> postcodes() {
        Map<String, Double> shares = new LinkedHashMap<>();
        shares.put("9711", 0.5);
        shares.put("5611", 0.5);
        return shares;
    }
}
