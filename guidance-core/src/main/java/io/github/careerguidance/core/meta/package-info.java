/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * Annotations about the API itself: the shared Immutables style and stability markers.
 */
package io.github.careerguidance.core.meta;
