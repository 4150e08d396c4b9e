/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * The research toolkit's output: {@link io.github.careerguidance.research.report.Plots} draws a drop-out funnel, a
 * steps-to-outcome histogram and escalation rates by support level from plain values ({@link
 * io.github.careerguidance.research.report.FunnelStage}, a map of bins, {@link
 * io.github.careerguidance.research.report.RateEstimate}) as PNG and SVG, and {@link
 * io.github.careerguidance.research.report.HtmlReport} puts tables, plots and a journey diagram into one
 * self-contained, accessible HTML file that loads nothing from the network. {@link
 * io.github.careerguidance.research.report.SimulationReport} wires a simulation summary or an A/B comparison from
 * {@code research.simulation} into such a report (this package depends on the simulation package, never the
 * other way round).
 *
 * <p>Plots are drawn with {@code org.knowm.xchart:xchart}, an ordinary dependency of guidance-research; a build that
 * excludes it can still write HTML reports without plots ({@code Plots} then throws an
 * {@link java.lang.IllegalStateException} naming it). Journey diagrams come from guidance-journeys'
 * {@code journeys.diagram}, which knows nothing of simulation: the report passes the simulated traffic in.
 *
 * @since 0.1.0
 */
package io.github.careerguidance.research.report;
