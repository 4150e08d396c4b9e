/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.careerguidance.benchmarks.journey.DecisionJourney;
import io.github.careerguidance.benchmarks.peers.Decision;
import io.github.careerguidance.benchmarks.peers.EasyRulesRouter;
import io.github.careerguidance.benchmarks.peers.FlowablePeer;
import io.github.careerguidance.benchmarks.peers.HandWrittenRouter;
import io.github.careerguidance.benchmarks.peers.Offered;
import io.github.careerguidance.benchmarks.peers.PeerWalks;
import io.github.careerguidance.benchmarks.peers.Router;
import io.github.careerguidance.benchmarks.peers.Routes;
import io.github.careerguidance.benchmarks.peers.SpringStatemachineRouter;
import io.github.careerguidance.benchmarks.peers.SquirrelRouter;
import io.github.careerguidance.benchmarks.peers.Visitor;
import io.github.careerguidance.benchmarks.peers.WalkState;
import io.github.careerguidance.core.profile.AgeBand;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.core.profile.ClientProfile;
import io.github.careerguidance.core.profile.EducationLevel;
import io.github.careerguidance.core.profile.EmploymentSituation;
import io.github.careerguidance.core.profile.Province;
import io.github.careerguidance.core.profile.Region;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.engine.Session;
import io.github.careerguidance.journeys.engine.StepView;
import io.github.careerguidance.journeys.model.ContentItem;
import io.github.careerguidance.journeys.model.StepKind;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The floor and every peer do the same work as the SDK engine: for many generated visitors and answer sequences
 * (seeded, so a failure repeats) they visit the same steps and show the same narrowed content and, where the SDK's
 * session is at the contact-request level, the same contact offer. CI runs this; it does not run the benchmarks.
 */
class PeerEquivalenceTest {
    private static final int MAX_STEPS = 80;
    private static final Instant[] NOW = {
        DecisionJourney.MONDAY_MORNING,
        LocalDateTime.parse("2026-04-04T11:00").atZone(DecisionJourney.AMS).toInstant(), // Saturday
        LocalDateTime.parse("2026-03-31T14:30").atZone(DecisionJourney.AMS).toInstant(), // Tuesday, walk-in open
        DecisionJourney.SATURDAY_NIGHT, // every channel closed
    };
    private static final JourneyEngine ENGINE = DecisionJourney.engine();
    private static FlowablePeer flowable;

    @BeforeAll
    static void bootFlowable() {
        flowable = new FlowablePeer();
    }

    @AfterAll
    static void closeFlowable() {
        flowable.close();
    }

    /** What a visitor sees at one step. */
    record Visit(String step, List<String> content, Set<Offered> offer) {}

    /** A generated visitor, instant and answers (per step and visit, so loops get fresh answers). */
    static final class Script {
        final long seed;
        final ClientProfile profile;
        final Instant now;

        Script(long seed) {
            this.seed = seed;
            Random r = new Random(seed);
            this.profile = ClientProfile.builder()
                    .ageBand(pick(r, AgeBand.values()))
                    .educationLevel(pick(r, EducationLevel.values()))
                    .employment(pick(r, EmploymentSituation.values()))
                    .region(Region.province(pick(r, Province.values())))
                    .goal("looking-for-work")
                    .build();
            this.now = NOW[r.nextInt(NOW.length)];
        }

        Answer answer(String step, int visit) {
            Random r = new Random(Objects.hash(seed, step, visit));
            Set<String> options = Routes.CHOICES.get(step);
            if (options != null) {
                List<String> sorted = options.stream().sorted().collect(Collectors.toList());
                if (!Routes.MULTIPLE.contains(step)) {
                    return Answer.choice(sorted.get(r.nextInt(sorted.size())));
                }
                List<String> chosen =
                        sorted.stream().filter(o -> r.nextBoolean()).collect(Collectors.toList());
                return Answer.choices(chosen.isEmpty() ? List.of(sorted.get(0)) : chosen);
            }
            double[] edges = EDGES.get(step);
            if (edges != null) {
                return Answer.number(edges[r.nextInt(edges.length)]);
            }
            return Answer.text("Ik wil iets betekenen voor anderen (" + r.nextInt(100) + ").");
        }

        Map<String, Integer> caas(int visit) {
            Random r = new Random(Objects.hash(seed, "caas", visit));
            int concern = 1 + r.nextInt(5);
            Map<String, Integer> responses = new LinkedHashMap<>(DecisionJourney.caas(3));
            for (int i = 1; i <= 6; i++) {
                int v = concern + (r.nextInt(4) == 0 ? (r.nextBoolean() ? 1 : -1) : 0);
                responses.put("concern-" + i, Math.max(1, Math.min(5, v)));
            }
            return responses;
        }

        static double concernMean(Map<String, Integer> responses) {
            return responses.entrySet().stream()
                    .filter(e -> e.getKey().startsWith("concern-"))
                    .mapToInt(Map.Entry::getValue)
                    .average()
                    .orElseThrow();
        }

        private static <T> T pick(Random r, T[] values) {
            return values[r.nextInt(values.length)];
        }
    }

    /** Numbers at and around each numeric condition's threshold, and the range ends. */
    private static final Map<String, double[]> EDGES = Map.of(
            "q-uren", new double[] {0, 7, 8, 32, 60},
            "q-zeker", new double[] {1, 2, 3, 5},
            "q-reistijd", new double[] {0, 30, 60, 61, 240},
            "q-budget", new double[] {0, 499, 500, 2500, 20_000},
            "q-tijd", new double[] {0, 6, 10},
            "q-terugblik", new double[] {1, 2, 3, 5});

    static List<Visit> sdkWalk(Script script) {
        List<Visit> visits = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Session s = ENGINE.start(script.profile);
        for (int i = 0; i < MAX_STEPS; i++) {
            StepView view = ENGINE.view(s, script.now);
            boolean brief = view.contactOffer().level() == SupportLevel.BRIEF_STAFF_ASSISTED;
            visits.add(new Visit(
                    view.step(),
                    view.content().stream().map(ContentItem::id).collect(Collectors.toList()),
                    brief
                            ? view.contactOffer().options().stream()
                                    .map(o -> new Offered(o.channel(), o.open(), o.nextOpening()))
                                    .collect(Collectors.toSet())
                            : null));
            if (s.completed()) {
                break;
            }
            int visit = seen.merge(view.step(), 1, Integer::sum);
            if (view.kind() == StepKind.QUESTION) {
                s = ENGINE.answer(s, view.step(), script.answer(view.step(), visit))
                        .orElseThrow();
            } else if (view.kind() == StepKind.ASSESSMENT) {
                s = ENGINE.assess(s, view.step(), script.caas(visit)).orElseThrow();
            } else {
                s = ENGINE.proceed(s, view.step()).orElseThrow();
            }
        }
        return visits;
    }

    static List<Visit> peerWalk(Router router, Script script) {
        List<Visit> visits = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Decision d = Routes.view(WalkState.start(Visitor.of(script.profile)), script.now);
        for (int i = 0; i < MAX_STEPS; i++) {
            String step = d.state().step();
            visits.add(new Visit(step, d.content(), new HashSet<>(d.offer())));
            if (Routes.OUTCOMES.contains(step)) {
                break;
            }
            int visit = seen.merge(step, 1, Integer::sum);
            if (step.equals(Routes.ASSESSMENT)) {
                d = Routes.assess(router, d.state(), Script.concernMean(script.caas(visit)), script.now);
            } else if (step.startsWith("q-")) {
                d = Routes.answer(router, d.state(), script.answer(step, visit), script.now);
            } else {
                d = Routes.proceed(router, d.state(), script.now);
            }
        }
        return visits;
    }

    /** The peer's visits, with the offer left out where the SDK's session was escalated beyond brief help. */
    static List<Visit> comparable(List<Visit> peer, List<Visit> sdk) {
        List<Visit> out = new ArrayList<>();
        for (int i = 0; i < peer.size(); i++) {
            Visit p = peer.get(i);
            boolean keepOffer = i < sdk.size() && sdk.get(i).offer() != null;
            out.add(new Visit(p.step(), p.content(), keepOffer ? p.offer() : null));
        }
        return out;
    }

    private static final Map<Long, List<Visit>> SDK_WALKS = new java.util.concurrent.ConcurrentHashMap<>();

    private static void sameAsSdk(Function<Script, List<Visit>> peer, int examples) {
        qt().withFixedSeed(20261128L)
                .withExamples(examples)
                .forAll(longs().all())
                .checkAssert(seed -> {
                    Script script = new Script(seed);
                    List<Visit> sdk = SDK_WALKS.computeIfAbsent(seed, k -> sdkWalk(script));
                    assertThat(comparable(peer.apply(script), sdk))
                            .as("seed %d", seed)
                            .isEqualTo(sdk);
                });
    }

    @Test
    void generatedWalksCoverEveryStepBranchAndContentItem() {
        Set<String> steps = new HashSet<>();
        Set<String> items = new HashSet<>();
        Set<String> outcomes = new HashSet<>();
        int offersCompared = 0;
        for (long seed = 0; seed < 200; seed++) {
            List<Visit> walk = sdkWalk(new Script(seed));
            walk.forEach(v -> steps.add(v.step()));
            walk.forEach(v -> items.addAll(
                    v.content().stream().map(c -> v.step() + "/" + c).toList()));
            outcomes.add(walk.get(walk.size() - 1).step());
            offersCompared += (int) walk.stream().filter(v -> v.offer() != null).count();
        }
        assertThat(steps).hasSize(30);
        assertThat(outcomes).contains("plan", "verwijzing");
        assertThat(items)
                .contains(
                        "welkom/ww",
                        "welkom/mbo",
                        "welkom/jong",
                        "info-opties/zorg",
                        "info-opties/ict",
                        "info-opties/zorgen",
                        "info-regio/ut",
                        "info-regio/nh",
                        "info-regio/ww-regio",
                        "info-regio/reis");
        assertThat(offersCompared).as("visits whose contact offer is compared").isGreaterThan(2000);
    }

    @Test
    void handWrittenFloorVisitsTheSameStepsAndShowsTheSameContent() {
        sameAsSdk(script -> peerWalk(HandWrittenRouter.INSTANCE, script), 200);
    }

    @Test
    void squirrelVisitsTheSameStepsAndShowsTheSameContent() {
        SquirrelRouter squirrel = new SquirrelRouter();
        sameAsSdk(script -> peerWalk(squirrel, script), 100);
    }

    @Test
    void springStatemachineVisitsTheSameStepsAndShowsTheSameContent() {
        SpringStatemachineRouter spring = new SpringStatemachineRouter();
        sameAsSdk(script -> peerWalk(spring, script), 60);
    }

    @Test
    void easyRulesVisitsTheSameStepsAndShowsTheSameContent() {
        EasyRulesRouter easyRules = new EasyRulesRouter();
        sameAsSdk(script -> peerWalk(easyRules, script), 100);
    }

    @Test
    void flowableVisitsTheSameStepsAndShowsTheSameContent() {
        sameAsSdk(
                script -> {
                    String process = flowable.start();
                    try {
                        return peerWalk(flowable.on(process), script);
                    } finally {
                        flowable.delete(process);
                    }
                },
                10);
    }

    @Test
    void everyContestantMakesTheBenchmarkedDecision() {
        WalkState at = PeerWalks.atDecision();
        assertThat(at.step()).isEqualTo(DecisionJourney.DECISION_STEP);
        assertThat(at.answers()).hasSize(8);
        StepView sdk = ENGINE.view(
                ENGINE.answer(
                                DecisionJourney.atDecision(ENGINE),
                                DecisionJourney.DECISION_STEP,
                                DecisionJourney.DECISION_ANSWER)
                        .orElseThrow(),
                DecisionJourney.MONDAY_MORNING);
        String process = flowable.startAt(at);
        try {
            for (Router router : List.of(
                    HandWrittenRouter.INSTANCE,
                    new SquirrelRouter(),
                    new SpringStatemachineRouter(),
                    new EasyRulesRouter(),
                    flowable.on(process))) {
                Decision d = Routes.answer(router, at, DecisionJourney.DECISION_ANSWER, DecisionJourney.MONDAY_MORNING);
                assertThat(d.state().step()).isEqualTo(sdk.step()).isEqualTo(DecisionJourney.DECISION_NEXT);
                assertThat(d.content())
                        .containsExactly("werkbedrijf", "ut", "ww-regio")
                        .isEqualTo(sdk.content().stream().map(ContentItem::id).toList());
                assertThat(d.offer()).extracting(Offered::open).contains(true);
                assertThat(d.state().answers())
                        .containsEntry(DecisionJourney.DECISION_STEP, DecisionJourney.DECISION_ANSWER);
                assertThat(at.answers()).doesNotContainKey(DecisionJourney.DECISION_STEP);
            }
        } finally {
            flowable.delete(process);
        }
    }

    @Test
    void anAnswerThatDoesNotFitIsRejectedByEveryone() {
        WalkState at = PeerWalks.atDecision();
        assertThat(ENGINE.answer(
                                DecisionJourney.atDecision(ENGINE),
                                DecisionJourney.DECISION_STEP,
                                Answer.choice("groningen"))
                        .isAccepted())
                .isFalse();
        assertThat(Routes.valid(DecisionJourney.DECISION_STEP, Answer.choice("groningen")))
                .isFalse();
        assertThat(Routes.valid("q-uren", Answer.number(61))).isFalse();
        assertThat(Routes.valid("q-uren", Answer.number(60))).isTrue();
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> Routes.answer(
                        HandWrittenRouter.INSTANCE, at, Answer.choice("groningen"), DecisionJourney.MONDAY_MORNING));
    }
}
