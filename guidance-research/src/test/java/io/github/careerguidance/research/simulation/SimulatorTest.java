/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.engine.JourneyRouter;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.reference.ReferenceJourneys;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatorTest {
    private static final JourneyEngine LFW = Populations.lookingForWorkEngine();

    @Test
    void theSamplePopulationsFitTheirDesigns() {
        Journey lfw = ReferenceJourneys.byId("looking-for-work").orElseThrow();
        assertThat(Populations.lookingForWork().check(List.of(lfw)).atLeast(Severity.WARNING))
                .isEmpty();
        assertThat(Populations.oneStopShop().check(ReferenceJourneys.all()).atLeast(Severity.WARNING))
                .isEmpty();
    }

    @Test
    void sameSeedSameSummaryWhateverTheThreads() {
        Simulator one = Simulator.builder()
                .population(Populations.lookingForWork())
                .clients(800)
                .seed(42)
                .threads(1)
                .build();
        Simulator four = Simulator.builder()
                .population(Populations.lookingForWork())
                .clients(800)
                .seed(42)
                .threads(4)
                .build();
        SimulationSummary a = one.run("A", LFW);
        SimulationSummary b = four.run("A", LFW);
        assertThat(b).isEqualTo(a);
        assertThat(a.clients()).isEqualTo(800);
        SimulationSummary other = Simulator.builder()
                .population(Populations.lookingForWork())
                .clients(800)
                .seed(43)
                .build()
                .run("A", LFW);
        assertThat(other).isNotEqualTo(a);
    }

    @Test
    void theOneStopShopIsReproducibleAcrossThreadsToo() {
        JourneyRouter router = Populations.allReference();
        Simulator.Builder b = Simulator.builder()
                .population(Populations.oneStopShop())
                .clients(1000)
                .seed(7);
        SimulationSummary one = b.threads(1).build().run("loket", router);
        SimulationSummary three = b.threads(3).build().run("loket", router);
        assertThat(three).isEqualTo(one);
        assertThat(one.metric("unrouted", "", "").orElseThrow().count()).contains(0L);
        assertThat(one.metrics("journey-share")).hasSize(6);
    }

    @Test
    void summaryIsConsistentWithTheEngine() {
        SimulationSummary s = Simulator.builder()
                .population(Populations.lookingForWork())
                .clients(1200)
                .seed(1)
                .build()
                .run("A", LFW);
        Metric completion = s.metric("completion", "", "").orElseThrow();
        Metric dropOut = s.metric("drop-out", "", "").orElseThrow();
        assertThat(completion.count().orElseThrow()
                        + dropOut.count().orElseThrow()
                        + s.metric("step-limit", "", "").orElseThrow().count().orElseThrow()
                        + s.metric("rejected", "", "").orElseThrow().count().orElseThrow())
                .isEqualTo(1200);
        assertThat(s.metric("rejected", "", "").orElseThrow().count()).contains(0L);
        assertThat(completion.lower().orElseThrow()).isLessThan(completion.estimate());
        assertThat(completion.upper().orElseThrow()).isGreaterThan(completion.estimate());
        // the funnel starts with everyone at the start step, and the outcomes add up to completion
        assertThat(s.funnel().get(0).step()).isEqualTo("welkom");
        assertThat(s.funnel().get(0).reached()).isEqualTo(1200);
        assertThat(s.funnel().stream().mapToLong(FunnelStep::completed).sum())
                .isEqualTo(completion.count().orElseThrow());
        assertThat(s.funnel().stream().mapToLong(FunnelStep::dropped).sum())
                .isEqualTo(1200 - completion.count().orElseThrow());
        // traffic into a step never exceeds the clients who reached it times the visits
        long intoGesprek = s.edges().stream()
                .filter(e -> e.to().equals("gesprek"))
                .mapToLong(EdgeCount::count)
                .sum();
        assertThat(intoGesprek)
                .isEqualTo(s.funnel().stream()
                        .filter(f -> f.step().equals("gesprek"))
                        .findFirst()
                        .orElseThrow()
                        .reached());
        assertThat(s.stepsToOutcome().stream().mapToLong(HistogramBin::count).sum())
                .isEqualTo(completion.count().orElseThrow());
        assertThat(s.metric("reflection-reach", "looking-for-work", "gesprek")).isPresent();
        assertThat(s.metric("minutes-to-outcome", "statistic", "p90")).isPresent();
        assertThat(s.metric("exposure", "phase", "valuing")).isPresent();
        assertThat(s.metric("exposure", "competency", "kuijpers:netwerken")).isPresent();
        // every client passes the reflection with a professional unless they drop out first
        assertThat(s.metric("no-human-touchpoint", "", "").orElseThrow().estimate())
                .isLessThan(0.5);
        assertThat(s.escalationsByLevel()).containsKeys("self-help", "brief-staff-assisted", "individual-case-managed");
        assertThat(s.paths()).isNotEmpty();
        assertThat(s.pathsExact()).isTrue();
        assertThat(s.paths().get(0).path()).startsWith("looking-for-work:welkom>q-situatie");
    }

    @Test
    void eventsComeInClientOrderAndMatchTheSummary() {
        List<ClientStep> rows = new ArrayList<>();
        List<Long> clients = new ArrayList<>();
        SimulationSummary s = Simulator.builder()
                .population(Populations.lookingForWork())
                .clients(700)
                .seed(5)
                .threads(2)
                .listener((client, steps) -> {
                    clients.add(client);
                    rows.addAll(steps);
                })
                .build()
                .run("A", LFW);
        assertThat(clients).hasSize(700).isSorted();
        assertThat(clients.get(699)).isEqualTo(699L);
        long completed =
                rows.stream().filter(r -> r.action().equals("completed")).count();
        assertThat(completed)
                .isEqualTo(s.metric("completion", "", "").orElseThrow().count().orElseThrow());
        SimulationSummary quiet = Simulator.builder()
                .population(Populations.lookingForWork())
                .clients(700)
                .seed(5)
                .build()
                .run("A", LFW);
        assertThat(quiet).isEqualTo(s);
    }

    @Test
    void aPopulationThatDoesNotFitIsRefused() {
        PopulationModel wrong = PopulationModel.builder()
                .from(Populations.lookingForWork())
                .putQuestion(
                        "looking-for-work/q-bestaat-niet",
                        List.of(AnswerRule.builder().putAnswer("ja", 1.0).build()))
                .build();
        Simulator sim = Simulator.builder().population(wrong).clients(10).build();
        assertThat(sim.check(JourneyRouter.of(List.of(LFW)))
                        .withCode("research.simulation.unknown-question")
                        .atLeast(Severity.ERROR))
                .hasSize(1);
        // a plain step id may belong to the other design of an A/B comparison: only a warning
        PopulationModel elsewhere = PopulationModel.builder()
                .from(Populations.lookingForWork())
                .putQuestion(
                        "q-bestaat-niet",
                        List.of(AnswerRule.builder().putAnswer("ja", 1.0).build()))
                .build();
        Simulator tolerant =
                Simulator.builder().population(elsewhere).clients(10).build();
        assertThat(tolerant.check(JourneyRouter.of(List.of(LFW)))
                        .withCode("research.simulation.unknown-question")
                        .asList())
                .singleElement()
                .extracting(d -> d.severity())
                .isEqualTo(Severity.WARNING);
        assertThat(tolerant.run("A", LFW).clients()).isEqualTo(10);
        assertThatThrownBy(() -> sim.run("A", LFW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("q-bestaat-niet");
        PopulationModel invalid =
                PopulationModel.builder().from(wrong).contactRequest(1.5).build();
        assertThatThrownBy(() -> Simulator.builder().population(invalid).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("contactRequest");
    }
}
