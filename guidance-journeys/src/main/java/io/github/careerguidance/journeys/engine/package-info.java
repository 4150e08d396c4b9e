/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * The journey engine: a checked {@link io.github.careerguidance.journeys.model.Journey} compiled once into an
 * immutable, thread-safe {@link io.github.careerguidance.journeys.engine.JourneyEngine} that runs any number of
 * immutable {@link io.github.careerguidance.journeys.engine.Session}s; a
 * {@link io.github.careerguidance.journeys.engine.JourneyRouter} that picks the journey for an intake goal; and the
 * {@link io.github.careerguidance.journeys.engine.EscalationPolicy} that keeps a person within reach (CIP readiness,
 * safety net, stalls, contact on request) with a {@link io.github.careerguidance.journeys.engine.ContactOffer} in
 * every {@link io.github.careerguidance.journeys.engine.StepView}.
 *
 * @since 0.1.0
 */
package io.github.careerguidance.journeys.engine;
