/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * The definition model of guidance journeys: a {@link io.github.careerguidance.journeys.model.Journey} of
 * {@link io.github.careerguidance.journeys.model.Step steps} of seven {@linkplain
 * io.github.careerguidance.journeys.model.StepKind kinds}, each tagged with a CASVE phase and the competencies it
 * trains, joined by {@link io.github.careerguidance.journeys.model.Transition transitions} guarded by structured
 * {@link io.github.careerguidance.journeys.model.Condition conditions} (no scripting).
 *
 * <p>All types are immutable, null-hostile Immutables values that round-trip through the core
 * {@code GuidanceCodec} as JSON and YAML. Construction checks only local invariants; cross-references and
 * policies are the journey checker's job, so a broken design can still be loaded and diagnosed.
 *
 * @since 0.1.0
 */
package io.github.careerguidance.journeys.model;
