/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * Helpers shared by the tour and the reference portal; not API.
 */
package io.github.careerguidance.examples.internal;
