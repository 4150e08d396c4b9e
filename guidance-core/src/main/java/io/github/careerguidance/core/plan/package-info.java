/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * Action plans as data: a client's {@linkplain io.github.careerguidance.core.plan.ActionPlan plan} with goals
 * linked to the intake goal, {@linkplain io.github.careerguidance.core.plan.PlanAction actions} (task, learning,
 * application, contact, recurring obligation) with links and signposts to services, due dates or periods after
 * acceptance, {@linkplain io.github.careerguidance.core.plan.Recurrence recurrences} such as the WW duty of at least
 * 4 job-search activities per 4 weeks, dated {@linkplain io.github.careerguidance.core.plan.ActionStatus statuses},
 * {@linkplain io.github.careerguidance.core.plan.Review review touchpoints} with a professional, the client's
 * acceptance and the plan's horizon and version.
 *
 * <p>Plans round-trip through {@link io.github.careerguidance.core.json.GuidanceCodec} as JSON or YAML;
 * {@link io.github.careerguidance.core.plan.ActionPlans} reads and checks them (diagnostics with JSON Pointers,
 * {@code core.plan.*}) and gives their JSON Schema.
 *
 * <p>The whole package is {@link io.github.careerguidance.core.meta.Beta @Beta}: the journeys, engine, CLI and
 * research toolkit start to use it in the same release and may still change its shape.
 *
 * <p>Sources: England's National Careers Service action plans and Estonia's Töötukassa individual action plan
 * ({@code shared/research/peer-portals.md}, {@code models-and-portals.md}); the WW duty: UWV,
 * https://www.uwv.nl/en/individuals/unemployment-benefit/when-receiving.
 */
@Beta
package io.github.careerguidance.core.plan;

import io.github.careerguidance.core.meta.Beta;
