/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * Internal helpers of the profile package: the data behind the education-level classification. Not API.
 */
package io.github.careerguidance.core.profile.internal;
