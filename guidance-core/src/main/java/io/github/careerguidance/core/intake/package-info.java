/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * Intake: the life events ("Ik zoek werk", "Ik moet omscholen", ...) through which a visitor enters a guidance
 * portal. {@link io.github.careerguidance.core.intake.IntakeGoal} is an open value, not a closed enum;
 * {@link io.github.careerguidance.core.intake.IntakeCatalogue#builtIn()} is the built-in Dutch catalogue and
 * integrators add or replace goals with {@link io.github.careerguidance.core.intake.IntakeCatalogue#withGoal}.
 */
package io.github.careerguidance.core.intake;
