/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * Implementation details of guidance-core. Not API: may change in any release.
 */
package io.github.careerguidance.core.internal;
