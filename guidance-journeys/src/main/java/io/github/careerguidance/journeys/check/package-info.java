/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * Static checks of journeys before use: {@link io.github.careerguidance.journeys.check.JourneyChecker} with a
 * configurable {@link io.github.careerguidance.journeys.check.CheckPolicy}, reporting core diagnostics with JSON
 * Pointer locations and Dutch and English messages.
 *
 * @since 0.1.0
 */
package io.github.careerguidance.journeys.check;
