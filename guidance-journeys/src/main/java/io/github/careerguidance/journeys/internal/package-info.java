/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * Helpers of guidance-journeys that are not API: identifier rules, enum wire codes and the message bundle. A
 * leaf: it imports no other package of guidance-journeys, so the model and every other package may use it. May
 * change in any release.
 */
package io.github.careerguidance.journeys.internal;
