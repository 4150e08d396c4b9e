/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * Readiness and support levels after the Cognitive Information Processing (CIP) service-delivery model of Sampson,
 * Peterson, Lenz and Reardon: a client's {@linkplain io.github.careerguidance.core.readiness.Capability capability}
 * (internal) and the {@linkplain io.github.careerguidance.core.readiness.Complexity complexity} of their situation
 * (external) give a {@linkplain io.github.careerguidance.core.readiness.Readiness readiness}, which a
 * {@link io.github.careerguidance.core.readiness.ReadinessModel} turns into a
 * {@link io.github.careerguidance.core.readiness.SupportLevel}; an indecisive
 * {@linkplain io.github.careerguidance.core.readiness.DecisionStatus decision status} routes to case-managed help, and
 * the {@linkplain io.github.careerguidance.core.readiness.SafetyNet safety net} moves a struggling self-help user up
 * one level.
 *
 * <p>Sources (see {@code shared/research/models-and-portals.md} §3 and §7C): https://docsbay.net/doc/398065/career-service-interventions
 * (definition of readiness), https://slideplayer.com./amp/14606364 (the readiness quadrant and the decision states),
 * https://issuhub.com/view/index?id=4663&amp;pageIndex=356 (the safety net) and
 * https://issuhub.com/view/index/4663?pageIndex=355 (meet, but not exceed, need). Numeric scores and thresholds are
 * a guidance proposal, not part of the sources.
 */
package io.github.careerguidance.core.readiness;
