/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * Why the reference portal refuses what it is asked to serve: a journey that fails the SDK's check
 * ({@link io.github.careerguidance.examples.portal.check.JourneyRefusedException}) and a file of licensed instrument
 * item texts that cannot be used ({@link io.github.careerguidance.examples.portal.check.InstrumentItemsException}).
 */
package io.github.careerguidance.examples.portal.check;
