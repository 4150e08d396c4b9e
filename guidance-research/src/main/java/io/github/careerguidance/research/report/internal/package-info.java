/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * Internal: the XChart drawing behind {@code io.github.careerguidance.research.report.Plots}. Loaded only when
 * XChart is on the classpath. Not API; may change in any release.
 */
package io.github.careerguidance.research.report.internal;
