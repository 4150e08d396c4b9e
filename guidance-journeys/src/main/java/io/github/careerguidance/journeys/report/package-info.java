/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * The research toolkit's output: {@link io.github.careerguidance.journeys.report.Plots} draws a drop-out funnel, a
 * steps-to-outcome histogram and escalation rates by support level from plain values ({@link
 * io.github.careerguidance.journeys.report.FunnelStage}, a map of bins, {@link
 * io.github.careerguidance.journeys.report.RateEstimate}) as PNG and SVG, and {@link
 * io.github.careerguidance.journeys.report.HtmlReport} puts tables, plots and a journey diagram into one
 * self-contained, accessible HTML file that loads nothing from the network. {@link
 * io.github.careerguidance.journeys.report.SimulationReport} wires a simulation summary or an A/B comparison from
 * {@code journeys.simulation} into such a report (this package depends on the simulation package, never the
 * other way round).
 *
 * <p>Plots need the optional dependency {@code org.knowm.xchart:xchart}; without it {@code Plots} throws an
 * {@link java.lang.IllegalStateException} naming it. HTML reports without plots need nothing extra.
 *
 * @since 0.1.0
 */
package io.github.careerguidance.journeys.report;
