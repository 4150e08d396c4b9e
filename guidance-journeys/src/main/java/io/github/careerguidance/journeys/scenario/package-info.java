/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * Scenario tests for journey designs: a {@link io.github.careerguidance.journeys.scenario.ScenarioSuite} (YAML or
 * JSON, read by {@link io.github.careerguidance.journeys.scenario.ScenarioFormat}, described by
 * {@link io.github.careerguidance.journeys.scenario.ScenarioSchema}) holds {@link
 * io.github.careerguidance.journeys.scenario.Scenario}s: a profile, a clock, answers per visit (visits are separated by
 * a save and a resume through the engine) and {@link io.github.careerguidance.journeys.scenario.Expectations}: the
 * path, the outcome, the support level, content shown on a step and the contact offer at an instant. The
 * {@link io.github.careerguidance.journeys.scenario.ScenarioRunner} walks each scenario on the real engine and returns
 * a {@link io.github.careerguidance.journeys.scenario.ScenarioResult} with the first {@link
 * io.github.careerguidance.journeys.scenario.Divergence}. Expectations this package does not know (plan actions, for
 * example) are checked by an {@link io.github.careerguidance.journeys.scenario.ExpectationCheck} the caller adds.
 *
 * <p>Like GOV.UK's smart-answer regression scenarios: answers in, path and outcome out, run on every change.
 */
@Beta
package io.github.careerguidance.journeys.scenario;

import io.github.careerguidance.core.meta.Beta;
