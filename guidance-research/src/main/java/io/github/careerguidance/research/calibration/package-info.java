/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * Calibration from real logs (young, {@link io.github.careerguidance.core.meta.Beta}): read anonymised session
 * event logs ({@link io.github.careerguidance.research.calibration.EventLog}, from the engine's stored sessions or a
 * documented CSV of events), compute the simulator's metrics from them, fit a
 * {@link io.github.careerguidance.research.simulation.PopulationModel} ({@link
 * io.github.careerguidance.research.calibration.Calibrator}) and compare what was observed with what the fitted
 * model simulates on the real engine ({@link io.github.careerguidance.research.calibration.CalibrationComparison},
 * {@link io.github.careerguidance.research.calibration.CalibrationReport}).
 *
 * <pre>{@code
 * EventLog log = EventLog.read(Path.of("events.csv"), LogFormat.CSV, List.of(journey));
 * Calibration fit = Calibrator.builder().journeys(List.of(journey)).build().fit(log);
 * CalibrationComparison check = fit.compare(20_000, 1);
 * CalibrationReport.of(fit, check).language(Locale.ENGLISH).html().write(Path.of("calibration.html"));
 * }</pre>
 *
 * @since 0.1.0
 */
package io.github.careerguidance.research.calibration;
