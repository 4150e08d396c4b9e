/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * Not API: what the packages of guidance-research share: its message bundle and the reading of population codes.
 * Imports no other package of this module, so every package may use it without a cycle.
 */
package io.github.careerguidance.research.internal;
