/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * Quality schemes as versioned, cited data: {@link io.github.careerguidance.quality.scheme.Scheme} with typed
 * {@link io.github.careerguidance.quality.scheme.Rule}s, integrator
 * {@link io.github.careerguidance.quality.scheme.Policy}s that compose schemes, and the
 * {@link io.github.careerguidance.quality.scheme.SchemeCatalogue} of built-in schemes.
 */
package io.github.careerguidance.quality.scheme;
