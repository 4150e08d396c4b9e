/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.simulation;

import io.github.careerguidance.core.competence.CasvePhase;
import io.github.careerguidance.core.competence.DimensionRef;
import io.github.careerguidance.core.contact.ContactChannel;
import io.github.careerguidance.core.profile.AgeBand;
import io.github.careerguidance.core.profile.ClientProfile;
import io.github.careerguidance.core.profile.EducationLevel;
import io.github.careerguidance.core.profile.EmploymentSituation;
import io.github.careerguidance.core.profile.Region;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.journeys.engine.EscalationReason;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.engine.JourneyRouter;
import io.github.careerguidance.journeys.engine.Route;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.Step;
import io.github.careerguidance.research.internal.PopulationCodes;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;

/**
 * One simulation of one design: compiles the population against the router's engines, runs the clients in
 * fixed-size chunks (on the caller's thread or a pool), merges chunk accumulators in chunk order and builds the
 * summary. Each client's random streams depend only on (seed, client index), so the result does not depend on
 * the number of threads.
 */
final class SimulationRun {
    /** Clients per chunk: the unit of work and of the event window; fixed so results never depend on threads. */
    public static final int CHUNK = 256;

    final String design;
    final PopulationModel population;
    final JourneyRouter router;
    final long seed;
    final long clients;
    final int topPaths;
    final int pathCapacity;
    final Instant at;
    final List<JourneyPlan> plans = new ArrayList<>();
    final Map<JourneyEngine, JourneyPlan> byEngine = new IdentityHashMap<>();
    final List<DimensionRef> competencies;
    final String[] goals;
    final double[] goalCumulative;
    final AgeBand[] ageBands;
    final double[] ageCumulative;
    final EducationLevel[] education;
    final double[] educationCumulative;
    final EmploymentSituation[] employment;
    final double[] employmentCumulative;
    final Region[] regions;
    final double[] regionCumulative;
    final double[] dropOut;
    final ContactChannel[] channelPreference;
    final double[] channelWeights;
    /** The compiled plan follow-up, or null. */
    final FollowUpRun followUp;

    /**
     * Prepares a run.
     *
     * @param design the design name
     * @param population the population (checked by the caller)
     * @param router the design's router
     * @param seed the seed
     * @param clients the number of clients
     * @param topPaths how many paths to report
     * @param pathCapacity distinct paths counted exactly
     * @param at the instant for views (assessment steps of instruments given to the engine's compiler), and the
     *     first day of the follow-up's calendar
     * @param followUp the plan follow-up, or null
     */
    public SimulationRun(
            String design,
            PopulationModel population,
            JourneyRouter router,
            long seed,
            long clients,
            int topPaths,
            int pathCapacity,
            Instant at,
            PlanFollowUp followUp) {
        this.design = design;
        this.population = population;
        this.router = router;
        this.seed = seed;
        this.clients = clients;
        this.topPaths = topPaths;
        this.pathCapacity = pathCapacity;
        this.at = at;
        TreeSet<DimensionRef> refs = new TreeSet<>();
        for (JourneyEngine e : router.engines()) {
            for (Step s : e.journey().steps()) {
                refs.addAll(s.competencies());
            }
        }
        competencies = List.copyOf(refs);
        Map<DimensionRef, Integer> competenceIndex = new java.util.HashMap<>();
        for (int i = 0; i < competencies.size(); i++) {
            competenceIndex.put(competencies.get(i), i);
        }
        for (JourneyEngine e : router.engines()) {
            JourneyPlan plan = new JourneyPlan(plans.size(), e, population, competenceIndex);
            plans.add(plan);
            byEngine.put(e, plan);
        }
        goals = population.goals().keySet().toArray(new String[0]);
        goalCumulative = Samplers.cumulative(population.goals());
        Map<String, Double> mix = population.profile().ageBand();
        ageBands = mix.keySet().stream().map(AgeBand::fromCode).toArray(AgeBand[]::new);
        ageCumulative = Samplers.cumulative(mix);
        mix = population.profile().educationLevel();
        education = mix.keySet().stream().map(EducationLevel::fromCode).toArray(EducationLevel[]::new);
        educationCumulative = Samplers.cumulative(mix);
        mix = population.profile().employment();
        employment = mix.keySet().stream().map(EmploymentSituation::fromCode).toArray(EmploymentSituation[]::new);
        employmentCumulative = Samplers.cumulative(mix);
        mix = population.profile().region();
        regions = mix.keySet().stream().map(PopulationCodes::region).toArray(Region[]::new);
        regionCumulative = Samplers.cumulative(mix);
        dropOut = new double[io.github.careerguidance.journeys.model.StepKind.values().length];
        population
                .dropOut()
                .forEach((k, p) -> dropOut[
                        io.github.careerguidance.journeys.model.StepKind.fromCode(k)
                                .ordinal()] = p);
        dropOut[io.github.careerguidance.journeys.model.StepKind.OUTCOME.ordinal()] = 0;
        channelPreference = population.channels().keySet().stream()
                .map(ContactChannel::fromCode)
                .toArray(ContactChannel[]::new);
        channelWeights = population.channels().values().stream()
                .mapToDouble(Double::doubleValue)
                .toArray();
        this.followUp = followUp == null ? null : new FollowUpRun(followUp, population, seed, at);
    }

    Accumulator newAccumulator() {
        int[] sizes = new int[plans.size()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = plans.get(i).steps.length;
        }
        Accumulator a = new Accumulator(
                sizes,
                SupportLevel.values().length,
                EscalationReason.values().length,
                ContactChannel.values().length,
                competencies.size(),
                CasvePhase.values().length,
                pathCapacity);
        if (followUp != null) {
            a.followUp = followUp.newCounts();
        }
        return a;
    }

    /**
     * Runs every client.
     *
     * @param threads worker threads; 1 runs on the caller's thread
     * @param listener receives the event rows in client order, or null
     * @param progress receives the number of clients done after each chunk, or null
     * @return the summary
     */
    public SimulationSummary run(int threads, SimulationListener listener, LongConsumer progress) {
        Accumulator total = newAccumulator();
        long chunks = (clients + CHUNK - 1) / CHUNK;
        boolean events = listener != null;
        if (threads <= 1 || chunks <= 1) {
            for (long c = 0; c < chunks; c++) {
                Chunk done = chunk(c, events);
                absorb(total, done, listener, progress);
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "guidance-simulation");
                t.setDaemon(true);
                return t;
            });
            try {
                ArrayDeque<Future<Chunk>> window = new ArrayDeque<>();
                long next = 0;
                while (next < chunks || !window.isEmpty()) {
                    while (next < chunks && window.size() < threads * 2) {
                        long c = next++;
                        window.add(pool.submit(() -> chunk(c, events)));
                    }
                    absorb(total, window.poll().get(), listener, progress);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("simulation interrupted", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException) {
                    throw (RuntimeException) cause;
                }
                throw new IllegalStateException("simulation failed", cause);
            } finally {
                pool.shutdownNow();
            }
        }
        return new SummaryBuilder(this, total).build();
    }

    private void absorb(Accumulator total, Chunk done, SimulationListener listener, LongConsumer progress) {
        total.merge(done.accumulator);
        if (listener != null) {
            for (int i = 0; i < done.events.size(); i++) {
                List<ClientStep> rows = done.events.get(i);
                listener.onClient(rows.get(0).client(), rows);
            }
        }
        if (progress != null) {
            progress.accept(total.clients);
        }
    }

    Chunk chunk(long c, boolean events) {
        Walker walker = new Walker(this, newAccumulator(), events);
        long from = c * CHUNK;
        long to = Math.min(clients, from + CHUNK);
        for (long client = from; client < to; client++) {
            walker.walk(client);
        }
        return new Chunk(walker.accumulator, walker.events);
    }

    /**
     * Draws a client's profile and goal from the population (the profile stream only).
     *
     * @param client the client index
     * @return the profile, with the goal set
     */
    public ClientProfile profile(long client) {
        SplittableRandom r = Samplers.stream(seed, client, 0);
        io.github.careerguidance.core.profile.ImmutableClientProfile.Builder b = ClientProfile.builder();
        b.goal(goals[Samplers.draw(goalCumulative, r)]);
        if (ageBands.length > 0) {
            b.ageBand(ageBands[Samplers.draw(ageCumulative, r)]);
        }
        if (education.length > 0) {
            b.educationLevel(education[Samplers.draw(educationCumulative, r)]);
        }
        if (employment.length > 0) {
            b.employment(employment[Samplers.draw(employmentCumulative, r)]);
        }
        if (regions.length > 0) {
            b.region(regions[Samplers.draw(regionCumulative, r)]);
        }
        return b.build();
    }

    JourneyPlan plan(Route route) {
        return route.engine().map(byEngine::get).orElse(null);
    }

    List<Journey> journeys() {
        List<Journey> js = new ArrayList<>();
        for (JourneyPlan p : plans) {
            js.add(p.journey);
        }
        return js;
    }

    /** A finished chunk. */
    static final class Chunk {
        final Accumulator accumulator;
        final List<List<ClientStep>> events;

        Chunk(Accumulator accumulator, List<List<ClientStep>> events) {
            this.accumulator = accumulator;
            this.events = events;
        }
    }
}
