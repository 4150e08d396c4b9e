/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * Helpers of guidance-journeys that are not API: identifier rules, enum wire codes, the message bundle and the
 * graph algorithms behind the checker. May change in any release.
 */
package io.github.careerguidance.journeys.internal;
