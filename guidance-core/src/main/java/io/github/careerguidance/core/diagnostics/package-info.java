/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * The one diagnostics type of guidance: {@link io.github.careerguidance.core.diagnostics.Diagnostic} (severity,
 * stable code, JSON Pointer location, localized message, source) and the ordered
 * {@link io.github.careerguidance.core.diagnostics.Diagnostics} collection, with localized message bundles.
 */
package io.github.careerguidance.core.diagnostics;
