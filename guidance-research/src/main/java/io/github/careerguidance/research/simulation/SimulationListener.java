/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.simulation;

import java.util.List;

/**
 * Receives the event stream of a simulation as it goes: the rows of one client at a time, in client order, on
 * the thread that called {@link Simulator#run}. Only a bounded window of clients is buffered, so a listener that
 * writes to a file keeps memory flat. {@link SimulationCsv#events(java.io.Writer)} writes tidy CSV.
 *
 * <pre>{@code
 * Simulator s = Simulator.builder().population(p).clients(1000).listener((client, rows) -> log(rows)).build();
 * }</pre>
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface SimulationListener {
    /**
     * The rows of one client.
     *
     * @param client the client index
     * @param steps the client's rows, in step order
     */
    void onClient(long client, List<ClientStep> steps);
}
