/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.contact.ContactChannel;
import io.github.careerguidance.core.plan.ActionKind;
import io.github.careerguidance.core.plan.ActionPlan;
import io.github.careerguidance.core.plan.PlanAction;
import io.github.careerguidance.core.plan.PlanDate;
import io.github.careerguidance.core.plan.PlanGoal;
import io.github.careerguidance.core.plan.Recurrence;
import io.github.careerguidance.core.plan.Review;
import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.handover.HandoverFormat;
import io.github.careerguidance.journeys.handover.HandoverRouter;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.reference.ReferenceJourneys;
import io.github.careerguidance.research.simulation.FollowUpBehaviour;
import io.github.careerguidance.research.simulation.PlanFollowUp;
import io.github.careerguidance.research.simulation.SimulationCsv;
import io.github.careerguidance.research.simulation.SimulationSummary;
import io.github.careerguidance.research.simulation.Simulator;
import java.io.StringWriter;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The plan follow-up's metrics reach the HTML report (a section of their own), the CSV and the JSON. */
class FollowUpReportTest {
    /** Illustrative test data: one invented national contact point, not a real routing table. */
    private static final String ROUTING = "contactPoints:\n"
            + "  - {id: landelijk, name: {nl: Landelijke lijn (voorbeeld), en: National line (example)},"
            + " channels: [phone, chat, video, walk-in], hours: {weekly: {MONDAY: [{start: \"09:00\", end: \"17:00\"}],"
            + " WEDNESDAY: [{start: \"09:00\", end: \"17:00\"}]}},"
            + " supportLevels: [self-help, brief-staff-assisted, individual-case-managed]}\n"
            + "regions: {}\nnationalDefault: [landelijk]\n";

    static ActionPlan plan() {
        LocalizedText t = LocalizedText.of("Werk", "Work");
        return ActionPlan.builder()
                .id("p")
                .version(1)
                .intakeGoal("looking-for-work")
                .horizon(PlanDate.afterAcceptance(Period.ofDays(84)))
                .addGoals(PlanGoal.of("werk", t, "looking-for-work"))
                .addActions(PlanAction.builder()
                        .id("cv")
                        .goal("werk")
                        .kind(ActionKind.TASK)
                        .title(t)
                        .due(PlanDate.afterAcceptance(Period.ofDays(14)))
                        .build())
                .addActions(PlanAction.builder()
                        .id("ww")
                        .goal("werk")
                        .kind(ActionKind.RECURRING_OBLIGATION)
                        .title(t)
                        .recurrence(Recurrence.builder()
                                .count(4)
                                .period(Period.ofDays(28))
                                .evidence(t)
                                .build())
                        .build())
                .addReviews(Review.builder()
                        .id("r")
                        .when(PlanDate.afterAcceptance(Period.ofDays(21)))
                        .channel(ContactChannel.VIDEO)
                        .prepare(t)
                        .build())
                .build();
    }

    static SimulationSummary run() throws Exception {
        FollowUpBehaviour behaviour = FollowUpBehaviour.builder()
                .putMissHazard("task", 0.4)
                .putMissHazard("recurring-obligation", 0.3)
                .reviewNoShow(0.2)
                .uptake(0.8)
                .build();
        PlanFollowUp followUp = PlanFollowUp.builder(c -> Optional.of(plan()))
                .router(HandoverRouter.of(
                        HandoverFormat.yaml().readRoutingTable(ROUTING).orElseThrow()))
                .capacityPerDay(2)
                .build();
        return Simulator.builder()
                .population(io.github.careerguidance.research.simulation.PopulationModel.builder()
                        .from(SimulationReportTest.population("looking-for-work.population.yaml"))
                        .followUp(behaviour)
                        .build())
                .clients(300)
                .seed(8)
                .followUp(followUp)
                .build()
                .run(
                        "A",
                        JourneyEngine.compile(
                                ReferenceJourneys.byId("looking-for-work").orElseThrow()));
    }

    @Test
    void theReportHasASectionOnPlansAndFollowUp() throws Exception {
        SimulationSummary s = run();
        Journey lfw = ReferenceJourneys.byId("looking-for-work").orElseThrow();
        String en = SimulationReport.of(s, List.of(lfw))
                .language(Locale.ENGLISH)
                .html()
                .html();
        SimulationReportTest.assertReport(en, s);
        assertThat(en)
                .contains(
                        "After the journey: plans, follow-up and handover",
                        "assumptions",
                        ">plan-action-on-time<",
                        ">plan-obligation-met<",
                        ">plan-first-touchpoint-days<",
                        ">plan-follow-up-reflection<",
                        ">handover<",
                        ">callback-late<",
                        "plan actions done on time");
        String nl = SimulationReport.of(s, List.of(lfw))
                .language(Locale.forLanguageTag("nl"))
                .html()
                .html();
        assertThat(nl).contains("Na de route: plannen, opvolging en overdracht", "aannames");
        assertThat(s.metric("callback-late", "", "").orElseThrow().count().orElseThrow())
                .isPositive();
    }

    @Test
    void csvAndJsonCarryTheNewMetrics() throws Exception {
        SimulationSummary s = run();
        StringWriter csv = new StringWriter();
        SimulationCsv.metrics(List.of(s), csv);
        assertThat(csv.toString())
                .contains(
                        "A,plan-obligation-met,,,",
                        "A,handover,region,none,",
                        "A,callback-late,contact-point,landelijk,");
        assertThat(SimulationSummary.fromJson(s.toJson()).orElseThrow()).isEqualTo(s);
    }

    @Test
    void aReportWithoutFollowUpHasNoSuchSection() throws Exception {
        Journey lfw = ReferenceJourneys.byId("looking-for-work").orElseThrow();
        SimulationSummary s = Simulator.builder()
                .population(SimulationReportTest.population("looking-for-work.population.yaml"))
                .clients(50)
                .seed(8)
                .build()
                .run("A", JourneyEngine.compile(lfw));
        assertThat(SimulationReport.of(s, List.of(lfw))
                        .language(Locale.ENGLISH)
                        .html()
                        .html())
                .doesNotContain("After the journey");
    }
}
