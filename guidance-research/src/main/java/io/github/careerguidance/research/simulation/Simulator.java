/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.simulation;

import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.engine.JourneyRouter;
import io.github.careerguidance.journeys.model.Journey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * Runs N simulated clients of a {@link PopulationModel} through a design on the real engine: each client gets a
 * profile and an intake goal, the {@link JourneyRouter} picks the journey, and the {@link JourneyEngine} takes the
 * client's answers, assessments and "proceed"s, decides every transition, escalation and outcome, while the
 * simulator draws the client's input (and drop-out and requests for a person) from the model.
 *
 * <p>Reproducible: every client's random streams are derived from (seed, client index) with SplitMix64 and
 * {@link java.util.SplittableRandom}, clients run in fixed chunks of {@value SimulationRun#CHUNK}, and chunk
 * counters (integers only) are merged in chunk order, so the same population, design, clients and seed give an
 * equal {@link SimulationSummary} for any number of threads. Running two designs with the same seed gives both the
 * same clients (common random numbers) for {@link DesignComparison}.
 *
 * <p>Memory is flat in the number of clients: counters and bounded integer histograms (percentiles are exact
 * nearest-rank values from them), exact path counts up to {@link Builder#pathCapacity(int)} distinct paths, and
 * the optional event stream goes to a {@link SimulationListener} in client order as chunks finish.
 *
 * <p>Immutable and thread-safe; {@link #run} may be called concurrently (each run uses its own pool).
 *
 * <pre>{@code
 * Simulator simulator = Simulator.builder()
 *         .population(PopulationModel.read(Path.of("werkzoekenden.yaml")).orElseThrow())
 *         .clients(100_000)
 *         .seed(2026)
 *         .threads(Runtime.getRuntime().availableProcessors())
 *         .build();
 * SimulationSummary a = simulator.run("A", JourneyRouter.of(List.of(JourneyEngine.compile(journey))));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Simulator {
    /** The default number of top paths reported. */
    public static final int DEFAULT_TOP_PATHS = 20;

    /** The default number of distinct paths counted exactly. */
    public static final int DEFAULT_PATH_CAPACITY = 10_000;

    private final PopulationModel population;
    private final long clients;
    private final long seed;
    private final int threads;
    private final int topPaths;
    private final int pathCapacity;
    private final Instant at;
    private final SimulationListener listener;
    private final LongConsumer progress;
    private final PlanFollowUp followUp;

    private Simulator(Builder b) {
        this.population = b.population;
        this.clients = b.clients;
        this.seed = b.seed;
        this.threads = b.threads;
        this.topPaths = b.topPaths;
        this.pathCapacity = b.pathCapacity;
        this.at = b.at;
        this.listener = b.listener;
        this.progress = b.progress;
        this.followUp = b.followUp;
    }

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The population.
     *
     * @return the population
     */
    public PopulationModel population() {
        return population;
    }

    /**
     * The plan follow-up.
     *
     * @return the follow-up, or empty when the run ends at the journeys' outcomes
     * @since 0.1.0
     */
    public java.util.Optional<PlanFollowUp> followUp() {
        return java.util.Optional.ofNullable(followUp);
    }

    /**
     * Checks the population against a design's journeys ({@link PopulationModel#check}).
     *
     * @param router the design
     * @return the diagnostics; {@link #run} refuses a design with errors
     */
    public Diagnostics check(JourneyRouter router) {
        List<Journey> journeys = new ArrayList<>();
        for (JourneyEngine e : Objects.requireNonNull(router, "router").engines()) {
            journeys.add(e.journey());
        }
        return population.check(journeys);
    }

    /**
     * Simulates the clients through a design.
     *
     * @param design the design's name, such as {@code A} (it labels the metrics)
     * @param router the design: the engines and how goals route to them
     * @return the summary
     * @throws IllegalArgumentException if the population does not fit the design ({@link #check} has errors)
     */
    public SimulationSummary run(String design, JourneyRouter router) {
        Objects.requireNonNull(design, "design");
        Diagnostics found = check(router);
        if (found.hasErrors()) {
            throw new IllegalArgumentException("population '" + population.id() + "' does not fit design '" + design
                    + "': " + found.atLeast(Severity.ERROR).render(Locale.ENGLISH));
        }
        return new SimulationRun(design, population, router, seed, clients, topPaths, pathCapacity, at, followUp)
                .run(threads, listener, progress);
    }

    /**
     * Simulates the clients through one journey (a router with just this engine).
     *
     * @param design the design's name
     * @param engine the engine
     * @return the summary
     * @throws IllegalArgumentException if the population does not fit the journey
     */
    public SimulationSummary run(String design, JourneyEngine engine) {
        return run(design, JourneyRouter.of(List.of(Objects.requireNonNull(engine, "engine"))));
    }

    /**
     * A copy with another listener (for example one events file per design).
     *
     * @param listener the listener, or null for none
     * @return the copy
     */
    public Simulator withListener(SimulationListener listener) {
        Builder b = toBuilder();
        b.listener = listener;
        return new Simulator(b);
    }

    private Builder toBuilder() {
        Builder b = new Builder();
        b.population = population;
        b.clients = clients;
        b.seed = seed;
        b.threads = threads;
        b.topPaths = topPaths;
        b.pathCapacity = pathCapacity;
        b.at = at;
        b.listener = listener;
        b.progress = progress;
        b.followUp = followUp;
        return b;
    }

    @Override
    public String toString() {
        return "Simulator{" + population.id() + ", clients=" + clients + ", seed=" + seed + ", threads=" + threads
                + "}";
    }

    /**
     * Builds a {@link Simulator}. Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private PopulationModel population;
        private long clients = 10_000;
        private long seed;
        private int threads = 1;
        private int topPaths = DEFAULT_TOP_PATHS;
        private int pathCapacity = DEFAULT_PATH_CAPACITY;
        private Instant at = Instant.parse("2026-01-05T10:00:00Z");
        private SimulationListener listener;
        private LongConsumer progress;
        private PlanFollowUp followUp;

        private Builder() {}

        /**
         * The population (required).
         *
         * @param population the population
         * @return this builder
         */
        public Builder population(PopulationModel population) {
            this.population = Objects.requireNonNull(population, "population");
            return this;
        }

        /**
         * The number of clients.
         *
         * @param clients at least 1; default 10 000
         * @return this builder
         */
        public Builder clients(long clients) {
            if (clients < 1) {
                throw new IllegalArgumentException("clients must be >= 1 but was " + clients);
            }
            this.clients = clients;
            return this;
        }

        /**
         * The seed.
         *
         * @param seed any value; default 0
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Worker threads; the results do not depend on it.
         *
         * @param threads 1 to 1024; default 1 (the caller's thread)
         * @return this builder
         */
        public Builder threads(int threads) {
            if (threads < 1 || threads > 1024) {
                throw new IllegalArgumentException("threads must be from 1 to 1024 but was " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * How many of the most frequent paths to report.
         *
         * @param topPaths 0 or more; default {@value #DEFAULT_TOP_PATHS}
         * @return this builder
         */
        public Builder topPaths(int topPaths) {
            if (topPaths < 0) {
                throw new IllegalArgumentException("topPaths must be >= 0 but was " + topPaths);
            }
            this.topPaths = topPaths;
            return this;
        }

        /**
         * How many distinct paths are counted exactly (memory bound; see {@link SimulationSummary#pathsExact()}).
         *
         * @param capacity at least 1; default {@value #DEFAULT_PATH_CAPACITY}
         * @return this builder
         */
        public Builder pathCapacity(int capacity) {
            if (capacity < 1) {
                throw new IllegalArgumentException("pathCapacity must be >= 1 but was " + capacity);
            }
            this.pathCapacity = capacity;
            return this;
        }

        /**
         * The instant used when the simulator needs a view (only for instruments the engine got from its compiler).
         *
         * @param at the instant; default 2026-01-05T10:00:00Z
         * @return this builder
         */
        public Builder at(Instant at) {
            this.at = Objects.requireNonNull(at, "at");
            return this;
        }

        /**
         * Receives the event stream.
         *
         * @param listener the listener, or null for none (default)
         * @return this builder
         */
        public Builder listener(SimulationListener listener) {
            this.listener = listener;
            return this;
        }

        /**
         * Receives the number of clients done, on the caller's thread, after every chunk.
         *
         * @param progress the callback, or null (default)
         * @return this builder
         */
        public Builder progress(LongConsumer progress) {
            this.progress = progress;
            return this;
        }

        /**
         * Follows every client after the journey: the plan they leave with over the following weeks, reviews,
         * handovers and callbacks ({@link PlanFollowUp}); the figures are added to the summary's metrics.
         *
         * @param followUp the follow-up, or null for none (default)
         * @return this builder
         */
        @io.github.careerguidance.core.meta.Beta
        public Builder followUp(PlanFollowUp followUp) {
            this.followUp = followUp;
            return this;
        }

        /**
         * The simulator.
         *
         * @return the simulator
         * @throws IllegalStateException if no population was set
         * @throws IllegalArgumentException if the population has errors ({@link PopulationModel#validate()})
         */
        public Simulator build() {
            if (population == null) {
                throw new IllegalStateException("a simulator needs a population");
            }
            Diagnostics found = population.validate();
            if (found.hasErrors()) {
                throw new IllegalArgumentException("population '" + population.id() + "' is invalid: "
                        + found.atLeast(Severity.ERROR).render(Locale.ENGLISH));
            }
            return new Simulator(this);
        }
    }
}
