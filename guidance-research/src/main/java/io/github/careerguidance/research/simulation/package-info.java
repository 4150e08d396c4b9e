/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * Simulation of journey designs before a portal is built: a {@link
 * io.github.careerguidance.research.simulation.PopulationModel} (as data, with a JSON Schema) describes the
 * clients, a {@link io.github.careerguidance.research.simulation.Simulator} runs them through the real engine and
 * router, seeded and reproducible on any number of threads, and produces a {@link
 * io.github.careerguidance.research.simulation.SimulationSummary} of rates with 95 % Wilson intervals, a funnel,
 * transition traffic and paths; {@link io.github.careerguidance.research.simulation.DesignComparison} compares two
 * designs on the same clients (Newcombe intervals) and {@link io.github.careerguidance.research.simulation.SimulationCsv}
 * writes tidy CSV for R or pandas.
 *
 * <pre>{@code
 * Simulator sim = Simulator.builder().population(population).clients(10_000).seed(7).threads(2).build();
 * SimulationSummary a = sim.run("A", engineA);
 * SimulationSummary b = sim.run("B", engineB);
 * DesignComparison ab = DesignComparison.of(a, b);
 * }</pre>
 *
 * @since 0.1.0
 */
package io.github.careerguidance.research.simulation;
