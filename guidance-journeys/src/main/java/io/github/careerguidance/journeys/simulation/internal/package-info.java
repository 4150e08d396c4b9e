/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * Not API: the population checks and samplers, the per-journey plans, the client walker on the real engine, the
 * mergeable counters and the CSV support behind {@code io.github.careerguidance.journeys.simulation}.
 */
package io.github.careerguidance.journeys.simulation.internal;
