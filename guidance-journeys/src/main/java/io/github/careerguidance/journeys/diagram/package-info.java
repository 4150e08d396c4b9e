/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * Journey diagrams: a {@link io.github.careerguidance.journeys.model.Journey} drawn as a Mermaid flowchart or a
 * Graphviz DOT digraph by {@link io.github.careerguidance.journeys.diagram.JourneyDiagrams}, with a shape per step
 * kind, human touchpoints, safety-net (escalation) questions and outcomes highlighted, transition conditions as
 * edge labels and, optionally, observed or simulated traffic per edge ({@link
 * io.github.careerguidance.journeys.diagram.EdgeTraffic}) as labels and line widths.
 *
 * <p>Everything here is plain text generation without dependencies; the output is deterministic. The package knows
 * nothing of simulation: guidance-research's report counts the traffic and passes it in as an {@code EdgeTraffic}.
 *
 * @since 0.1.0
 */
package io.github.careerguidance.journeys.diagram;
