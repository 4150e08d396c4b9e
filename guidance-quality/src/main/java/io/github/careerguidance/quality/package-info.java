/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * guidance-quality: check provider registrations against quality marks, registers and integrator policies, as
 * of a date, with a verdict, evidence, explanation and citation per rule. Entry point:
 * {@link io.github.careerguidance.quality.QualityChecker}; results:
 * {@link io.github.careerguidance.quality.QualityReport}.
 */
package io.github.careerguidance.quality;
