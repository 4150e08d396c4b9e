/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * Internals of the journey engine: conditions compiled to allocation-free rules. Not API; may change in any
 * release.
 *
 * @since 0.1.0
 */
package io.github.careerguidance.journeys.engine.internal;
