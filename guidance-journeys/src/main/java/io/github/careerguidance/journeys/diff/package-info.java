/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * What changed between two versions of a journey ({@link io.github.careerguidance.journeys.diff.JourneyDiffer}):
 * steps, transitions, texts and conditions added, removed or changed; which stored sessions of the old version
 * resume on the new one by the engine's own resume rules; and the semantic version bump that follows.
 */
@Beta
package io.github.careerguidance.journeys.diff;

import io.github.careerguidance.core.meta.Beta;
