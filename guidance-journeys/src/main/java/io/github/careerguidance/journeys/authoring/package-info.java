/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * Writing journeys in Java: the step-by-step {@link io.github.careerguidance.journeys.authoring.JourneyBuilder},
 * one of the three equal ways to author a journey (with JSON and YAML).
 *
 * @since 0.1.0
 */
package io.github.careerguidance.journeys.authoring;
