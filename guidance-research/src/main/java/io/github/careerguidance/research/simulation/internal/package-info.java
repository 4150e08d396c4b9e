/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * Not API: the samplers, the per-journey plans, the client walker on the real engine, the mergeable counters and the
 * CSV support behind {@code io.github.careerguidance.research.simulation}. Classes here may use that package's
 * value types; the population model's own checks live beside it (package-private), not here, so the model does not
 * call into a package that imports it back.
 */
package io.github.careerguidance.research.simulation.internal;
