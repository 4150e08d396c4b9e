/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * The tour ({@code bin/guidance tour}): a scripted, non-interactive walk through the SDK in the terminal, as a list
 * of {@link io.github.careerguidance.examples.tour.TourStep}s to which more steps can be appended.
 */
package io.github.careerguidance.examples.tour;
