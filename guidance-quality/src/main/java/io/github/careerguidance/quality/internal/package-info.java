/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * Implementation details of guidance-quality: the small maps of rule outcomes, the validator bootstrap and its
 * pre-screen, the message bundle. Not API, and imports no other package of guidance-quality.
 */
package io.github.careerguidance.quality.internal;
