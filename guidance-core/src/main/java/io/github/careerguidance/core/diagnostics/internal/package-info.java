/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * Implementation details of the diagnostics of guidance-core: the core message bundle. Not API: may change in any
 * release. Depends on {@code core.diagnostics}, never the other way round.
 */
package io.github.careerguidance.core.diagnostics.internal;
