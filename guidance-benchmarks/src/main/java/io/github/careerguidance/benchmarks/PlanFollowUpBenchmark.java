/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.benchmarks;

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
import io.github.careerguidance.journeys.format.JourneyFormat;
import io.github.careerguidance.journeys.handover.HandoverFormat;
import io.github.careerguidance.journeys.handover.HandoverRouter;
import io.github.careerguidance.research.simulation.FollowUpBehaviour;
import io.github.careerguidance.research.simulation.PlanFollowUp;
import io.github.careerguidance.research.simulation.PopulationModel;
import io.github.careerguidance.research.simulation.ProfileMix;
import io.github.careerguidance.research.simulation.SimulationSummary;
import io.github.careerguidance.research.simulation.Simulator;
import java.time.Period;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The simulation of action plans over {@link #WEEKS} weeks (issue #14), reported per client-week: each invocation
 * simulates {@link #CLIENTS} clients on one thread, and {@code @OperationsPerInvocation(CLIENTS * WEEKS)} makes the
 * score the time per client-week.
 *
 * <ul>
 *   <li>{@code followUp}: a three-step journey (information, a reflection with a professional, outcome) and then the plan follow-up: a WW-like plan
 *       (3 one-off actions, 4 applications per 4 weeks, a review after 3 weeks), miss hazards of 0.2 to 0.4,
 *       follow-up check-ins, handovers routed by postcode over 3 invented contact points, callback windows from
 *       the Dutch business calendar and a capacity of 5 callbacks per point per day.</li>
 *   <li>{@code walkOnly}: the same clients through the same three-step journey without the follow-up, divided the
 *       same way; subtract it from {@code followUp} for the cost of the follow-up alone per client-week.</li>
 * </ul>
 * The plan, hazards and routing table are illustrative, not data about any service.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PlanFollowUpBenchmark {
    /** Clients per invocation. */
    public static final int CLIENTS = 2048;

    /** Weeks of follow-up per client. */
    public static final int WEEKS = 12;

    private static final String JOURNEY = "id: kort\nversion: 1.0.0\ntitle: {nl: Kort, en: Short}\n"
            + "goals: [became-unemployed]\nlocales: [nl, en]\nstart: welkom\nsteps:\n"
            + "  - id: welkom\n    kind: information\n    phase: communication\n    title: {nl: Welkom, en: Welcome}\n"
            + "    content: [{id: intro, text: {nl: Welkom, en: Welcome}}]\n"
            + "    transitions: [{target: gesprek}]\n"
            + "  - id: gesprek\n    kind: reflection\n    phase: valuing\n    title: {nl: Gesprek, en: Conversation}\n"
            + "    text: {nl: Een gesprek met een adviseur, en: A conversation with an adviser}\n"
            + "    reflection: {withProfessional: true, prompts: [{nl: Wat wil ik?, en: What do I want?}]}\n"
            + "    transitions: [{target: plan}]\n"
            + "  - id: plan\n    kind: outcome\n    phase: execution\n    title: {nl: Je plan, en: Your plan}\n"
            + "    outcome: {type: plan, text: {nl: Je plan staat klaar, en: Your plan is ready}}\n";

    private static final String WEEKDAYS = "{weekly: {MONDAY: [{start: \"09:00\", end: \"17:00\"}],"
            + " TUESDAY: [{start: \"09:00\", end: \"17:00\"}], WEDNESDAY: [{start: \"09:00\", end: \"17:00\"}],"
            + " THURSDAY: [{start: \"09:00\", end: \"17:00\"}], FRIDAY: [{start: \"09:00\", end: \"17:00\"}]}}";

    /** Invented contact points and regions (illustrative, not a real routing table). */
    private static final String ROUTING = "contactPoints:\n"
            + "  - {id: noord, name: {nl: Noord, en: North}, channels: [phone, chat, video, walk-in], hours: "
            + WEEKDAYS
            + ", supportLevels: [self-help, brief-staff-assisted, individual-case-managed]}\n"
            + "  - {id: zuid, name: {nl: Zuid, en: South}, channels: [phone, chat, video, walk-in], hours: " + WEEKDAYS
            + ", supportLevels: [self-help, brief-staff-assisted, individual-case-managed]}\n"
            + "  - {id: landelijk, name: {nl: Landelijk, en: National}, channels: [phone, chat, video, walk-in], hours: "
            + WEEKDAYS + ", supportLevels: [self-help, brief-staff-assisted, individual-case-managed]}\n"
            + "pc4Ranges: [{from: 9700, to: 9799, region: noord}, {from: 5600, to: 5699, region: zuid}]\n"
            + "regions: {noord: [noord], zuid: [zuid]}\nnationalDefault: [landelijk]\n";

    private JourneyEngine engine;
    private Simulator withPlans;
    private Simulator withoutPlans;

    /**
     * The WW-like plan every client leaves with.
     *
     * @return the plan
     */
    public static ActionPlan plan() {
        LocalizedText t = LocalizedText.of("Werk", "Work");
        return ActionPlan.builder()
                .id("plan")
                .version(1)
                .intakeGoal("became-unemployed")
                .horizon(PlanDate.afterAcceptance(Period.ofDays(84)))
                .addGoals(PlanGoal.of("werk", t, "became-unemployed"))
                .addActions(
                        action("cv", ActionKind.TASK, 14, t),
                        action("cursus", ActionKind.LEARNING, 42, t),
                        action("bellen", ActionKind.CONTACT, 7, t))
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
                        .id("evaluatie")
                        .when(PlanDate.afterAcceptance(Period.ofDays(21)))
                        .channel(ContactChannel.VIDEO)
                        .prepare(t)
                        .build())
                .build();
    }

    private static PlanAction action(String id, ActionKind kind, int days, LocalizedText title) {
        return PlanAction.builder()
                .id(id)
                .goal("werk")
                .kind(kind)
                .title(title)
                .due(PlanDate.afterAcceptance(Period.ofDays(days)))
                .build();
    }

    /**
     * The population: everyone finishes the three-step journey; the follow-up behaviour is illustrative.
     *
     * @return the population
     */
    public static PopulationModel population() {
        return PopulationModel.builder()
                .id("benchmark")
                .putGoal("became-unemployed", 1.0)
                .profile(ProfileMix.builder()
                        .putEmployment("unemployed-with-benefit", 1.0)
                        .build())
                .putChannel("phone", 0.6)
                .putChannel("chat", 0.2)
                .putChannel("video", 0.2)
                .followUp(FollowUpBehaviour.builder()
                        .putMissHazard("task", 0.3)
                        .putMissHazard("learning", 0.4)
                        .putMissHazard("contact", 0.3)
                        .putMissHazard("recurring-obligation", 0.2)
                        .reviewNoShow(0.1)
                        .uptake(0.7)
                        .putPostcode("9711", 0.4)
                        .putPostcode("5611", 0.4)
                        .putPostcode("1011", 0.2)
                        .build())
                .build();
    }

    @Setup(Level.Trial)
    public void setUp() {
        engine = JourneyEngine.compile(JourneyFormat.yaml().read(JOURNEY).orElseThrow());
        ActionPlan plan = plan();
        PlanFollowUp followUp = PlanFollowUp.builder(c -> Optional.of(plan))
                .weeks(WEEKS)
                .router(HandoverRouter.of(
                        HandoverFormat.yaml().readRoutingTable(ROUTING).orElseThrow()))
                .capacityPerDay(5)
                .build();
        withPlans = Simulator.builder()
                .population(population())
                .clients(CLIENTS)
                .seed(2026)
                .followUp(followUp)
                .build();
        withoutPlans = Simulator.builder()
                .population(population())
                .clients(CLIENTS)
                .seed(2026)
                .build();
        SimulationSummary s = withPlans.run("benchmark", engine);
        if (s.metric("plan", "", "").orElseThrow().estimate() != 1.0) {
            throw new IllegalStateException("every client should leave with a plan: " + s.metrics("plan"));
        }
        System.out.printf(
                "%n[PlanFollowUpBenchmark] %d client-weeks per invocation; handovers %d, late callbacks" + " %.3f%n",
                CLIENTS * WEEKS,
                s.metric("handover", "reason", "plan-behind").orElseThrow().n(),
                s.metric("callback-late", "", "").orElseThrow().estimate());
    }

    @Benchmark
    @OperationsPerInvocation(CLIENTS * WEEKS)
    public SimulationSummary followUp() {
        return withPlans.run("benchmark", engine);
    }

    @Benchmark
    @OperationsPerInvocation(CLIENTS * WEEKS)
    public SimulationSummary walkOnly() {
        return withoutPlans.run("benchmark", engine);
    }
}
